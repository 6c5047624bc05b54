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
from vanskapshuset.messages import rules as said
from vanskapshuset.messages.text import Message, Text

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

    what: Text  # the subject of the sentences, e.g. "Platsens namn"
    limit: int
    empty: Text | None  # the sentence when nothing is given; None: may be left empty
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
            raise UserError(said.TEXT_TOO_LONG(self.limit, what=self.what, length=len(cleaned)))
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

    def _refusal(self, char: str) -> Message:
        if char in "\t\n\r":
            return said.TEXT_ONE_LINE(what=self.what)
        return said.TEXT_CONTROL_CHARACTER(what=self.what, character=f"U+{ord(char):04X}")


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


SITE_NAME = TextRule(said.SITE_NAME, NAME_LIMIT, said.SITE_NAME_EMPTY)
SEASON_NAME = TextRule(said.SEASON_NAME, NAME_LIMIT, said.SEASON_NAME_EMPTY)
ACTIVITY_TYPE_NAME = TextRule(said.ACTIVITY_TYPE_NAME, NAME_LIMIT, said.ACTIVITY_TYPE_NAME_EMPTY)
LEADER_NAME = TextRule(said.LEADER_NAME, NAME_LIMIT, said.LEADER_NAME_EMPTY)
ORGANISATION_NAME = TextRule(
    said.ORGANISATION_NAME, ORGANISATION_LIMIT, said.ORGANISATION_NAME_EMPTY
)
ACTIVITY_TITLE = TextRule(said.ACTIVITY_TITLE, TITLE_LIMIT, said.ACTIVITY_TITLE_EMPTY)
TEMPLATE_TITLE = TextRule(said.TEMPLATE_TITLE, TITLE_LIMIT, said.TEMPLATE_TITLE_EMPTY)
NOTE = TextRule(said.NOTE, NOTE_LIMIT, None, multiline=True)
DEVICE_NAME = TextRule(said.DEVICE_NAME, DEVICE_NAME_LIMIT, said.DEVICE_NAME_EMPTY)
# Who made a change, in the audit log: a leader's name, or the computer's user name.
ACTOR = TextRule(said.ACTOR, NAME_LIMIT, None)
AGE_BAND_CODE = TextRule(said.AGE_BAND_CODE, AGE_BAND_LIMIT, said.AGE_BAND_CODE_EMPTY)
# The name printed at the top of every report (a shared setting).
REPORT_ORGANISATION = TextRule(said.REPORT_ORGANISATION, NAME_LIMIT, said.REPORT_ORGANISATION_EMPTY)
CONSENT_TEXT = TextRule(said.CONSENT_TEXT, CONSENT_LIMIT, said.CONSENT_TEXT_EMPTY, multiline=True)
CHILD_NAME = TextRule(said.CHILD_NAME, PERSON_LIMIT, said.CHILD_NAME_EMPTY)
GUARDIAN_NAME = TextRule(said.GUARDIAN_NAME, PERSON_LIMIT, None)
# What the printed sign-up sheet's header says beyond the activity itself.
MEETING_POINT = TextRule(said.MEETING_POINT, SHEET_FIELD_LIMIT, None)
SHEET_LEADER = TextRule(said.SHEET_LEADER, SHEET_FIELD_LIMIT, None)
SHEET_PHONE = TextRule(said.SHEET_PHONE, SHEET_FIELD_LIMIT, None)
BRING = TextRule(said.BRING, SHEET_FIELD_LIMIT, None)

_PHONE_TEXT = TextRule(said.PHONE, PHONE_LIMIT, None)
# A phone number: digits with the usual separators and an optional leading +, 6–15 digits.
_PHONE = re.compile(r"\+?[\d \-()/]+")


def clean_phone(text: str) -> str:
    """A guardian's phone number, trimmed; empty is allowed."""
    phone = _PHONE_TEXT.clean(text)
    digits = sum(char.isdigit() for char in phone)
    if phone and (_PHONE.fullmatch(phone) is None or not 6 <= digits <= 15):
        raise UserError(said.PHONE_INVALID(phone=shown(phone)))
    return phone
