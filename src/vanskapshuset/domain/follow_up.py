"""The follow-up register's vocabulary and text rules (Uppföljning, agreement section 8).

Surveys of actors and collaboration initiatives are the qualitative measures the city asks
for beside the counts: a survey is held on a day with organisations of the register and/or
others named in words; an initiative runs over a period with partner organisations and a
status. The same rules check what a person types and what a bundle brings (sync/tables.py).
"""

import datetime as dt
from enum import StrEnum

from vanskapshuset.domain.rules.text import ORGANISATION_LIMIT, TITLE_LIMIT, TextRule
from vanskapshuset.messages import follow_up as said
from vanskapshuset.messages.text import Text


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    ENDED = "ended"


# The words for each status, one catalogue text each: the window and the command line say them
# in the person's language, the reports print the city's Swedish.
INITIATIVE_STATUS_WORDS: dict[InitiativeStatus, Text] = {
    InitiativeStatus.PLANNED: said.STATUS_PLANNED,
    InitiativeStatus.ONGOING: said.STATUS_ONGOING,
    InitiativeStatus.ENDED: said.STATUS_ENDED,
}
INITIATIVE_STATUS_LABELS: dict[InitiativeStatus, str] = {
    status: str(word) for status, word in INITIATIVE_STATUS_WORDS.items()
}

SUMMARY_LIMIT = 2000  # a short summary: a paragraph in the annual report

SURVEY_WITH = TextRule(said.SURVEY_WITH_TEXT, ORGANISATION_LIMIT, None)
SURVEY_SUMMARY = TextRule(
    said.SURVEY_SUMMARY, SUMMARY_LIMIT, said.SURVEY_SUMMARY_EMPTY, multiline=True
)
INITIATIVE_TITLE = TextRule(said.INITIATIVE_TITLE, TITLE_LIMIT, said.INITIATIVE_TITLE_EMPTY)
# An initiative's note is a note like an activity's (domain/rules: NOTE).


def initiative_in_year(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """Whether an initiative running from `start` to `end` (None: open on that side) was
    followed during `year`: its period and the year share at least a day."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return (start is None or start <= last) and (end is None or end >= first)
