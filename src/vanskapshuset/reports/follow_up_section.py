"""The annual report's "Kvalitativa mått" (agreement section 8): the year's surveys of actors and
the collaboration initiatives followed, from the coordinator's follow-up register.

The tables and sentences here are what the PDF (pdf/follow_up_section.py), the Word document
(follow_up_docx.py), the XLSX sheets and the CSV files all show. Headings and labels are the
city's Swedish, plain strings like the rest of the reports.
"""

from vanskapshuset.domain.follow_up import INITIATIVE_STATUS_LABELS, InitiativeStatus
from vanskapshuset.reports.tables import LIST_SEPARATOR, Table
from vanskapshuset.services.follow_up import FollowUpYear

SECTION_TITLE = "Kvalitativa mått"
SURVEYS = "Enkäter"  # the sheet's and CSV file's name
INITIATIVES = "Samverkansinitiativ"
SURVEY_COLUMNS = ("Datum", "Med vilka", "Sammanfattning")
INITIATIVE_COLUMNS = ("Initiativ", "Partner", "Status", "Start", "Slut", "Anteckning")
INTRO = (
    "Avtalets kvalitativa mått: återkommande enkäter och samtal med aktörerna och uppföljning "
    "av gemensamma initiativ, så som samordnaren har fört in dem i registret Uppföljning."
)


def follow_up_tables(follow_up: FollowUpYear | None) -> list[Table]:
    """The surveys and the initiatives as two tables (none for a report without the section)."""
    if follow_up is None:
        return []
    year = follow_up.year
    surveys = tuple(
        (
            survey.held_on,
            LIST_SEPARATOR.join(survey.with_whom),
            " ".join(survey.summary.split()),
        )
        for survey in follow_up.surveys
    )
    initiatives = tuple(
        (
            initiative.title,
            LIST_SEPARATOR.join(initiative.partners) or None,
            INITIATIVE_STATUS_LABELS[initiative.status],
            initiative.start,
            initiative.end,
            " ".join(initiative.note.split()) or None,
        )
        for initiative in follow_up.initiatives
    )
    return [
        Table(SURVEYS, f"Enkäter till aktörer {year}", SURVEY_COLUMNS, surveys),
        Table(
            INITIATIVES, f"Samverkansinitiativ som följts {year}", INITIATIVE_COLUMNS, initiatives
        ),
    ]


def follow_up_sentence(follow_up: FollowUpYear) -> str:
    """ "Under 2025 genomfördes 2 enkäter med aktörer, och 3 samverkansinitiativ följdes
    (1 planerat, 1 pågående och 1 avslutat)." """
    surveys = len(follow_up.surveys)
    survey_part = (
        f"genomfördes {_count(surveys, 'enkät', 'enkäter')} med aktörer"
        if surveys
        else "genomfördes inga enkäter med aktörer"
    )
    initiatives = len(follow_up.initiatives)
    if not initiatives:
        return f"Under {follow_up.year} {survey_part}, och inga samverkansinitiativ följdes."
    by_status = [
        _count(n, *_STATUS_FORMS[status])
        for status in InitiativeStatus
        if (n := sum(1 for i in follow_up.initiatives if i.status is status))
    ]
    statuses = by_status[0] if len(by_status) == 1 else ", ".join(by_status[:-1])
    if len(by_status) > 1:
        statuses += f" och {by_status[-1]}"
    return (
        f"Under {follow_up.year} {survey_part}, och "
        f"{_count(initiatives, 'samverkansinitiativ', 'samverkansinitiativ')} följdes "
        f"({statuses})."
    )


_STATUS_FORMS = {
    InitiativeStatus.PLANNED: ("planerat", "planerade"),
    InitiativeStatus.ONGOING: ("pågående", "pågående"),
    InitiativeStatus.ENDED: ("avslutat", "avslutade"),
}


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
