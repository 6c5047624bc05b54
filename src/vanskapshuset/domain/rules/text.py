"""Names, titles and notes: what a person may type and what a bundle may bring.

Every name, title and note passes `TextRule.clean` before it is stored, and sync import tests a
bundle's values with `TextRule.accepts`, the same rule: what one laptop stores, every laptop takes.

Refused characters are fixed by code point, not by Unicode category, so laptops with different
Python (and so Unicode) versions agree on them:
- C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F): invisible; ESC starts a
  terminal escape, and a spreadsheet cannot hold most of them. A multi-line note keeps tab and
  newline (a carriage return becomes a newline); a name or title is one line.
- lone surrogates (U+D800–U+DFFF): not text; they come from undecodable bytes on a command line
  and cannot be written as UTF-8.
- the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
  they reorder the text after them on screen and on paper. The marks Arabic and Persian writing
  need (LRM, RLM, ALM, ZWJ, ZWNJ) stay allowed.
"""

import re
from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError

_REORDERING = r"\u202a-\u202e\u2066-\u2069"
_SURROGATES = r"\ud800-\udfff"
_REFUSED_IN_LINE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_REORDERING}{_SURROGATES}]")
_REFUSED_IN_NOTE = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_REORDERING}{_SURROGATES}]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029]")
_WHITE_CONTROLS = re.compile(r"[\t\n\r\u2028\u2029]")
_SHOWN_LENGTH = 60
_RECORD_ID = re.compile(r"[0-9A-Za-z-]{1,36}")  # a UUID, as every record's id is

# Limits in characters after tidying; the database columns are as wide (store/models.py).
NAME_LIMIT = 120  # sites, seasons, activity types, leaders: one line in a list or a heading
ORGANISATION_LIMIT = 200  # "Fritidsförvaltningen, Malmö stad – …": organisations run long
TITLE_LIMIT = 200  # activities and their weekly templates
PERSON_LIMIT = 200  # a child's or a guardian's name on a sign-up
NOTE_LIMIT = 4000  # about a printed page: a day note or an activity's note is a few lines
CONSENT_LIMIT = 2000  # printed in a box on the sign-up sheet, above the rows
SHEET_FIELD_LIMIT = 120  # a header line of the printed sign-up sheet
DEVICE_NAME_LIMIT = 64  # a laptop's name: its host name by default (at most 64 on Linux)
PHONE_LIMIT = 40
AGE_BAND_LIMIT = 20  # "10-13", "26+"


@dataclass(frozen=True)
class TextRule:
    """One kind of text: what it is called in a sentence, how long it may be, whether it may
    be empty (`empty` is then None) and whether it may hold several lines."""

    what: str  # the subject of the sentences, e.g. "Platsens namn"
    limit: int
    empty: str | None  # the sentence when nothing is given; None: may be left empty
    multiline: bool = False

    def clean(self, text: str) -> str:
        """`text` tidied (trimmed; a name's spaces collapsed), or one sentence saying why not."""
        if self.multiline:
            text = _LINE_BREAKS.sub("\n", text)
        refused = (_REFUSED_IN_NOTE if self.multiline else _REFUSED_IN_LINE).search(text)
        if refused is not None:
            raise UserError(self._refusal(refused.group()))
        cleaned = text.strip() if self.multiline else " ".join(text.split())
        if not cleaned and self.empty is not None:
            raise UserError(self.empty)
        if len(cleaned) > self.limit:
            raise UserError(f"{self.what} får vara högst {self.limit} tecken (nu {len(cleaned)}).")
        return cleaned

    def accepts(self, value: object) -> bool:
        """Whether a stored value (from a bundle) is one `clean` lets through."""
        if type(value) is not str or len(value) > self.limit:
            return False
        try:
            self.clean(value)
        except UserError:
            return False
        return True

    def fit(self, text: str) -> str:
        """`text` from the system (not typed) made acceptable: refused characters dropped,
        spaces collapsed, cut at the limit; may come out empty."""
        return " ".join(_REFUSED_IN_LINE.sub(" ", text).split())[: self.limit].strip()

    def _refusal(self, char: str) -> str:
        if char in "\t\n\r":
            return f"{self.what} ska stå på en rad, utan radbrytningar och tabbar."
        return (
            f"{self.what} innehåller ett osynligt styrtecken (U+{ord(char):04X}) "
            "som inte får finnas i text."
        )


def one_line(text: str) -> str:
    """`text` on one line: line breaks and tabs as spaces, other invisible characters as �."""
    return _REFUSED_IN_LINE.sub("\ufffd", _WHITE_CONTROLS.sub(" ", text))


def shown(text: str) -> str:
    """`text` as a sentence may quote it: on one line, and cut if long."""
    visible = one_line(text)
    return visible if len(visible) <= _SHOWN_LENGTH else visible[: _SHOWN_LENGTH - 1] + "…"


def is_record_id(text: str) -> bool:
    """Whether `text` can be a record's id; anything else is looked up as "not found"."""
    return _RECORD_ID.fullmatch(text) is not None


SITE_NAME = TextRule("Platsens namn", NAME_LIMIT, "Platsen måste ha ett namn.")
SEASON_NAME = TextRule("Säsongens namn", NAME_LIMIT, "Säsongen måste ha ett namn.")
ACTIVITY_TYPE_NAME = TextRule(
    "Aktivitetstypens namn", NAME_LIMIT, "Aktivitetstypen måste ha ett namn."
)
LEADER_NAME = TextRule("Ledarens namn", NAME_LIMIT, "Ledaren måste ha ett namn.")
ORGANISATION_NAME = TextRule(
    "Organisationens namn", ORGANISATION_LIMIT, "Organisationen måste ha ett namn."
)
ACTIVITY_TITLE = TextRule("Titeln", TITLE_LIMIT, "Aktiviteten måste ha en titel.")
TEMPLATE_TITLE = TextRule("Mallens titel", TITLE_LIMIT, "Mallen måste ha en titel.")
NOTE = TextRule("Anteckningen", NOTE_LIMIT, None, multiline=True)
DEVICE_NAME = TextRule("Datorns namn", DEVICE_NAME_LIMIT, "Datorn måste ha ett namn.")
# Who made a change, in the audit log: a leader's name, or the computer's user name.
ACTOR = TextRule("Användarens namn", NAME_LIMIT, None)
AGE_BAND_CODE = TextRule("Åldersgruppen", AGE_BAND_LIMIT, "Åldersgruppen måste ha ett namn.")
# The name printed at the top of every report (a shared setting).
REPORT_ORGANISATION = TextRule(
    "Organisationens namn på rapporterna",
    NAME_LIMIT,
    "Organisationens namn på rapporterna kan inte vara tomt.",
)
CONSENT_TEXT = TextRule(
    "Samtyckestexten", CONSENT_LIMIT, "Samtyckestexten kan inte vara tom.", multiline=True
)
CHILD_NAME = TextRule("Barnets namn", PERSON_LIMIT, "Skriv barnets namn.")
GUARDIAN_NAME = TextRule("Vårdnadshavarens namn", PERSON_LIMIT, None)
# What the printed sign-up sheet's header says beyond the activity itself.
MEETING_POINT = TextRule("Samlingsplatsen", SHEET_FIELD_LIMIT, None)
SHEET_LEADER = TextRule("Ansvarig ledare", SHEET_FIELD_LIMIT, None)
SHEET_PHONE = TextRule("Ledarens telefon", SHEET_FIELD_LIMIT, None)
BRING = TextRule("Ta med", SHEET_FIELD_LIMIT, None)

_PHONE_TEXT = TextRule("Telefonnumret", PHONE_LIMIT, None)
# A phone number: digits with the usual separators and an optional leading +, 6–15 digits.
_PHONE = re.compile(r"\+?[\d \-()/]+")


def clean_phone(text: str) -> str:
    """A guardian's phone number, trimmed; empty is allowed."""
    phone = _PHONE_TEXT.clean(text)
    digits = sum(char.isdigit() for char in phone)
    if phone and (_PHONE.fullmatch(phone) is None or not 6 <= digits <= 15):
        raise UserError(f"”{shown(phone)}” är inget telefonnummer (skriv t.ex. 070-123 45 67).")
    return phone
