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


def site_list(names: Sequence[str]) -> str:
    """ "Utflykt och Vänskapsparken", "A, B och C": names as a sentence lists them."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} och {names[-1]}"
