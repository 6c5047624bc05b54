"""The catalogue for the command line: the window's own .ts files, read without Qt.

The window translates through Qt's QTranslator (ui/messages.py); the command line reads the
same translations from the .ts files, and chooses a plural form by CLDR's rules (Babel), in the
order Qt's numerus forms use (zero, one, two, few, many, other).
"""

import xml.etree.ElementTree as ET
from functools import cache

from vanskapshuset.messages.languages import SOURCE_LANGUAGE, is_known, ts_file
from vanskapshuset.messages.text import CONTEXT, COUNT, Message, Text, swedish

__all__ = ["Catalogue", "catalogue"]

_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")
Key = tuple[str, str, str]  # (context, source, disambiguation)


class Catalogue:
    """One language's translations of the catalogue messages (context "Meddelande")."""

    def __init__(self, language: str) -> None:
        self.language = language if is_known(language) else SOURCE_LANGUAGE
        self._forms: dict[Key, list[str]] = {}
        if ts_file(self.language).exists():  # Swedish's holds only its plural forms
            from babel import Locale  # loaded only when there are plural forms to choose

            self._forms = _read(self.language)
            plural_form = Locale.parse(self.language).plural_form
            self._categories = [c for c in _CLDR_ORDER if c in plural_form.tags or c == "other"]
            self._plural_form = plural_form

    def lookup(self, text: Text, count: int | None) -> str:
        forms = self._forms.get((CONTEXT, text.source, text.code))
        if not forms or not any(forms):
            return swedish(text, count)
        if count is None:
            return forms[0]
        index = self._categories.index(self._plural_form(count))
        form = forms[index] if index < len(forms) and forms[index] else forms[-1]
        return form.replace(COUNT, str(count))

    def say(self, message: Message | Text) -> str:
        if isinstance(message, Text):
            return self.lookup(message, None)
        return message.render(self.lookup)


@cache
def catalogue(language: str) -> Catalogue:
    return Catalogue(language)


def _read(language: str) -> dict[Key, list[str]]:
    root = ET.parse(ts_file(language)).getroot()
    found: dict[Key, list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            numerus = translation.findall("numerusform")
            forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = forms
    return found
