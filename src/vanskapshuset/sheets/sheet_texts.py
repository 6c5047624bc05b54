"""The sign-up sheet's fixed texts in each language it can be printed in, from
`resources/sheet_texts/<code>.json` (one file per language).

The languages are the files present: adding a language is one new file with the same keys as
`sv.json` (a test checks that). Swedish is always printed; one other language may be printed
beside it. Plain Python: no reportlab and no Qt, so the window may list the languages too.
"""

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import setup as said
from vanskapshuset.reports.text_direction import is_rtl_paragraph

__all__ = ["SWEDISH", "SheetTexts", "languages", "second_languages", "sheet_texts"]

SWEDISH = "sv"
_FOLDER = "sheet_texts"


@dataclass(frozen=True)
class SheetTexts:
    """One language's texts: `texts["title"]`, `texts.date(day)`, `texts.rtl`."""

    code: str
    values: MappingProxyType[str, Any]

    def __getitem__(self, key: str) -> str:
        return str(self.values[key])

    @property
    def name(self) -> str:
        """The language's own name ("العربية", "Soomaali"), as a chooser shows it."""
        return self["language_name"]

    @property
    def rtl(self) -> bool:
        """True for a right-to-left language (Arabic): its texts are right-aligned."""
        return is_rtl_paragraph(self["title"])

    def date(self, day: dt.date) -> str:
        """The day in this language, weekday first ("lördag 12 juli 2025")."""
        return self["date_format"].format(
            weekday=self.values["weekdays"][day.weekday()],
            day=day.day,
            month=self.values["months"][day.month - 1],
            year=day.year,
        )


def _folder() -> Any:
    return files("vanskapshuset.resources") / _FOLDER


@cache
def languages() -> tuple[str, ...]:
    """The language codes with a texts file: Swedish first, then the others by code."""
    codes = {
        entry.name.removesuffix(".json")
        for entry in _folder().iterdir()
        if entry.name.endswith(".json") and entry.is_file()
    }
    return (SWEDISH, *sorted(codes - {SWEDISH}))


def second_languages() -> tuple[str, ...]:
    """The languages that may be printed beside Swedish."""
    return languages()[1:]


@cache
def sheet_texts(code: str) -> SheetTexts:
    """The texts of `code`; UserError (one sentence) for a language without a file."""
    code = code.strip().lower()
    if code not in languages():
        known = ", ".join(second_languages())
        raise UserError(
            said.SHEET_LANGUAGE_UNKNOWN(language=code, known=known, swedish=SWEDISH),
            field="sheet_language",
        )
    raw = (_folder() / f"{code}.json").read_text(encoding="utf-8")
    return SheetTexts(code, MappingProxyType(json.loads(raw)))
