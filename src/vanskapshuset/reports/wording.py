"""The Swedish words of the printed reports (documents handed to the city, so Swedish)."""

import datetime as dt
from collections.abc import Sequence

from vanskapshuset.domain.vocabulary import (
    AREA_LABELS,
    GENDER_LABELS,
    ORGANISATION_KIND_LABELS,
    Area,
    Gender,
    OrganisationKind,
)

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

# The section 8 measures, in the agreement's own order and (shortened) words.
KNOWLEDGE_EXCHANGES = "Tillfällen av kunskapsutbyte"
ACTIVE_ORGANISATIONS = "Aktiva föreningar och grupper"
ACTIVITIES = "Kultur- och fritidsaktiviteter"
PARTICIPANTS = "Deltagare i aktiviteterna"
VISITS = "Besök"
NEW_VISITORS = "Nya besökare"
# What the figure is, beside every table of it: marks leaders made, not distinct persons.
NEW_VISITORS_NOTE = (
    "Nya besökare: besök som ledarna markerat som barnets första besök i säsongen. "
    "Det är markeringar, inte unika personer; inga namn sparas."
)
DAYS_OPEN = "Öppna dagar"


def gender(code: str) -> str:
    try:
        return GENDER_LABELS[Gender(code)]
    except ValueError:
        return code


def area(code: str) -> str:
    try:
        return AREA_LABELS[Area(code)]
    except ValueError:
        return code


def organisation_kind(code: str) -> str:
    try:
        return ORGANISATION_KIND_LABELS[OrganisationKind(code)]
    except ValueError:
        return code


def weekday(index: int) -> str:
    return WEEKDAYS[index].capitalize()


def month(index: int) -> str:
    return MONTHS[index - 1].capitalize()


def long_date(day: dt.date) -> str:
    """ "3 juli 2025", as dates are written in Swedish prose."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()} – {end.isoformat()}"


def yes_no(value: bool) -> str:
    return "ja" if value else "nej"


def week(iso_year: int, number: int, year: int) -> str:
    """ "v. 25"; a week of another ISO year than `year` (the period's first) says which:
    1 January 2022 is in "v. 52 (2021)", so a year's chart does not start and end on "v. 52"."""
    return f"v. {number}" if iso_year == year else f"v. {number} ({iso_year})"


# Totals that are distinct counts, not sums of the rows above them: an organisation active in
# several months is one organisation in the year. Every format (PDF, Word, Excel, CSV) labels
# such a total row with `distinct_total` and puts `counted_once` under the table (not in CSV).
DISTINCT_ORGANISATIONS = "olika organisationer"
DISTINCT_DAYS = "olika dagar"


def distinct_total(label: str, counted: str) -> str:
    """ "Hela året (olika organisationer)": a total row whose count is distinct, not a sum."""
    return f"{label} ({counted})"


def counted_once(total: str, one_in_several: str, measure: str, rows: str) -> str:
    """The note under a table with a distinct total, e.g. "Hela året (olika organisationer):
    en organisation som varit aktiv under flera månader räknas en gång i totalens …"."""
    return (
        f"{total}: {one_in_several} räknas en gång i totalens {measure.lower()}, så {rows} "
        "summerar till mer än totalen. Övriga kolumner är summor."
    )


def site_list(names: Sequence[str]) -> str:
    """ "Utflykt och Vänskapsparken", "A, B och C": names as a sentence lists them."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} och {names[-1]}"
