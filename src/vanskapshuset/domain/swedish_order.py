"""Names in the Swedish order: … X, Y, Z, Å, Ä, Ö, whatever their case, as a Swedish reader
looks a name up. Accented letters sort with their base letter (é as e, à as a), ü as y, æ as ä
and ø as ö, as Swedish dictionaries file them. `str.casefold` alone puts Ä before Å and both
before … no letter at all: after "z" only by the accident of their code points.

The one key the services, the reports and the window sort names by.
"""

import unicodedata

# Past "z" in code point order, in the Swedish order of the three last letters.
_LAST_LETTERS = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
_AS_OTHER = {"ü": "y"}


def _letter(character: str) -> str:
    if character in _LAST_LETTERS:
        return _LAST_LETTERS[character]
    if character in _AS_OTHER:
        return _AS_OTHER[character]
    base = unicodedata.normalize("NFD", character)
    return "".join(part for part in base if not unicodedata.combining(part))


def swedish_key(text: str) -> tuple[str, str, str]:
    """Sort key: the Swedish letters first, then accents, then case (so the order is total)."""
    folded = text.casefold()
    return "".join(_letter(character) for character in folded), folded, text


def swedish_sort_text(text: str) -> str:
    """The same order as one string, for a sort that compares text by code points (a Qt
    model's sort role with locale-aware comparison off)."""
    return "\x00".join(swedish_key(text))
