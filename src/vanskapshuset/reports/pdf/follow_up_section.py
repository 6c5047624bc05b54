"""The annual report's "Kvalitativa mått" in the PDF: a heading, a sentence, the surveys and
the initiatives (reports/follow_up_section.py builds them)."""

from reportlab.platypus import Flowable

from vanskapshuset.reports.follow_up_section import (
    INTRO,
    SECTION_TITLE,
    follow_up_sentence,
    follow_up_tables,
)
from vanskapshuset.reports.pdf.layout import content_width, para, styles
from vanskapshuset.reports.pdf.parts import heading, titled_table
from vanskapshuset.services.follow_up import FollowUpYear

# Shares of the frame: the summary and the note get the room, dates and status little.
SURVEY_SHARES = (0.14, 0.3, 0.56)
INITIATIVE_SHARES = (0.23, 0.18, 0.1, 0.125, 0.125, 0.24)


def follow_up_story(follow_up: FollowUpYear | None) -> list[Flowable]:
    if follow_up is None:
        return []
    s = styles()
    surveys, initiatives = follow_up_tables(follow_up)
    width = content_width()
    story = heading(SECTION_TITLE)
    story += [para(follow_up_sentence(follow_up), s.body), para(INTRO, s.small)]
    story += titled_table(surveys, [width * share for share in SURVEY_SHARES])
    story += titled_table(initiatives, [width * share for share in INITIATIVE_SHARES])
    return story
