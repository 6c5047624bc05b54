"""What a printable sheet shows, as plain frozen data (filled from the database elsewhere).

The renderers in this package take these and write a PDF; they never touch the database or Qt.
"""

import datetime as dt
from dataclasses import dataclass

from vanskapshuset.domain.defaults import DEFAULT_CONSENT_TEXT

__all__ = ["DEFAULT_CONSENT_TEXT", "SignUpRow", "SignUpSheet", "TallySheet"]


@dataclass(frozen=True)
class SignUpRow:
    child_name: str
    age: int | None
    guardian_name: str
    guardian_phone: str
    photo_consent: bool | None  # None: not asked yet (blank on paper)
    notes: str  # allergies / notes


@dataclass(frozen=True)
class SignUpSheet:
    organisation: str
    activity_title: str  # "" for a blank sheet
    date: dt.date | None  # None on a blank sheet
    start: dt.time | None
    end: dt.time | None
    place: str  # the site
    meeting_point: str
    leader: str  # responsible leader
    leader_phone: str
    bring: str  # what to bring
    consent_text: str  # printed on the sheet, editable by the coordinator
    rows: tuple[SignUpRow, ...]  # filled rows, in order
    blank_rows: int = 10  # extra empty numbered rows after the filled ones
    produced: dt.date | None = None
    # The language printed beside Swedish (a code of sheets.sheet_texts, e.g. "ar"); None:
    # Swedish only. Headings, labels and column headers come from that language's texts file.
    second_language: str | None = None
    second_consent_text: str = ""  # the consent text in the second language, beside Swedish
    # True when the second text is the shipped standard translation but `consent_text` is the
    # coordinator's own wording: the sheet then says the Swedish text is the one that applies.
    consent_standard: bool = False


@dataclass(frozen=True)
class TallySheet:
    organisation: str
    site: str
    date: dt.date
    # (code, Swedish label) in the order of the Idag page: girl, boy, other, unknown.
    genders: tuple[tuple[str, str], ...]
    age_bands: tuple[str, ...]  # e.g. ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
    produced: dt.date | None = None
