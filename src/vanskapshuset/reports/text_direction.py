"""Right-to-left text for renderers that draw glyphs in the order they are given.

reportlab (without HarfBuzz) neither joins Arabic letters nor reorders right-to-left runs, so
PDF text goes through `visual()` first: arabic-reshaper picks the joined presentation forms and
python-bidi puts the characters in visual (left-to-right drawing) order. Plain Python only: no
reportlab, no Qt, so XLSX/CSV code or tests may use it too.
"""

import re
from functools import lru_cache

import arabic_reshaper
from bidi import get_display as get_display_unmirrored
from bidi.algorithm import get_display  # see _MIRRORING

__all__ = ["has_rtl", "is_rtl_paragraph", "visual"]

# _MIRRORING: python-bidi's pure-Python algorithm (bidi.algorithm) mirrors brackets (UAX #9
# rule L4); its default Rust one (0.6) does not, and "(مثل)" would print as ")مثل(".

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, the Hebrew and Arabic
# presentation forms, and the explicit RTL marks/embeddings/isolates.
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067"
_RTL = re.compile(f"[{_RTL_CHARS}]")
# The first strong letter decides a paragraph's direction (UAX #9 rules P2/P3); the Latin-like
# ranges are enough for the scripts this app meets (Swedish, Somali, English, Arabic, Hebrew).
_FIRST_STRONG = re.compile(f"[A-Za-z\u00c0-\u024f\u0370-\u052f{_RTL_CHARS}]")

# Ligatures off except the obligatory lam-alef: DejaVu Sans has the lam-alef forms
# (U+FEF5..U+FEFC) but not the word ligature ALLAH (U+FDF2), which would print as a missing
# glyph. Harakat are kept and not shifted: after the bidi reversal each mark precedes its base
# letter, and DejaVu's zero-width mark glyphs reach to the right, over the glyph drawn next
# (checked on rendered PDFs; shifting put every mark one letter too far right).
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "shift_harakat_position": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
        "ARABIC LIGATURE LAM WITH ALEF": True,
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE": True,
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW": True,
        "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE": True,
    }
)


def has_rtl(text: str) -> bool:
    """True if `text` contains a Hebrew or Arabic-script character (or an RTL control mark)."""
    # isascii() is a C-level scan and answers the common case (numbers, plain names) at once.
    return not text.isascii() and _RTL.search(text) is not None


def is_rtl_paragraph(text: str) -> bool:
    """True if the first strong letter of `text` is right-to-left (the paragraph reads RTL).

    Renderers use this to right-align a paragraph such as "جمعية النور 2025", while
    "Föreningen النور 2025" stays left-aligned.
    """
    if not has_rtl(text):
        return False
    first = _FIRST_STRONG.search(text)
    return first is not None and _RTL.match(first.group()) is not None


def visual(text: str) -> str:
    """Return `text` in visual order with Arabic letters joined, ready to draw left to right.

    Text without right-to-left characters is returned unchanged (the same object), cheaply:
    this runs on every table cell. Each line (split on "\\n") is reordered on its own, with
    its direction taken from its first strong letter, so "Föreningen النور 2025" keeps the Latin
    words and the number where they were and only reverses the Arabic run.

    Pass logical text (as typed and stored) and call this once: applying it twice reverses the
    Arabic back.
    """
    if not has_rtl(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


@lru_cache(maxsize=4096)
def _visual_line(line: str) -> str:
    # Cached because reports repeat the same organisation and activity names on many rows.
    if not has_rtl(line):
        return line
    shaped = _RESHAPER.reshape(line)
    try:
        return get_display(shaped)
    except AssertionError:
        # The pure-Python algorithm refuses a code point with no bidi class (unassigned, e.g.
        # U+0590); the Rust one orders it, without mirroring brackets. Typed text has none.
        return get_display_unmirrored(shaped)
