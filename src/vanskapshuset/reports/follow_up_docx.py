"""The annual report's "Kvalitativa mått" in the Word document (see follow_up_section.py)."""

from docx.document import Document as WordDocument

from vanskapshuset.reports.docx_writer import _clean, _heading, _small, _titled_table
from vanskapshuset.reports.follow_up_section import (
    INTRO,
    SECTION_TITLE,
    follow_up_sentence,
    follow_up_tables,
)
from vanskapshuset.services.follow_up import FollowUpYear


def follow_up_section(document: WordDocument, follow_up: FollowUpYear | None) -> None:
    if follow_up is None:
        return
    _heading(document, SECTION_TITLE)
    document.add_paragraph(_clean(follow_up_sentence(follow_up)))
    _small(document, INTRO)
    for table in follow_up_tables(follow_up):
        _titled_table(document, table)
