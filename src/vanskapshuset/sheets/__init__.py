"""Printable sheets (sign-up lists, paper tally sheets): plain data in, PDF out.

No Qt and no database here: someone fills the dataclasses of `data`, and the renderers write
the PDF through `services.safe_file.replacing`, so a file is whole or not there.
"""
