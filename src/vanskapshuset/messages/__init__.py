"""Every sentence a service or the command line says: codes with named parameters (text.py),
declared in the catalogue modules beside this one and translated where they are shown."""

from vanskapshuset.messages.text import Message, Text, fill, fill_numbered

__all__ = ["Message", "Text", "fill", "fill_numbered"]
