"""Right-to-left text in visual order: reshaped Arabic, reversed runs, Latin untouched."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vanskapshuset.reports.text_direction import has_rtl, is_rtl_paragraph, visual

AL_NOOR = "جمعية النور"


def _is_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


def test_latin_text_is_returned_unchanged() -> None:
    for text in ["", "Aktivitet 12", "Föreningen Åbo Ängar & <Ö>", "1\u202f456 – 40,4 %"]:
        assert visual(text) is text
        assert not has_rtl(text)


def test_arabic_is_shaped_into_presentation_forms_and_reversed() -> None:
    shaped = visual(AL_NOOR)
    assert shaped != AL_NOOR
    assert all(_is_presentation_form(c) for c in shaped if c != " ")
    # Visual order: the last logical letter (reh, isolated) comes first, the first (jeem,
    # initial form) last.
    assert shaped == "\ufead\ufeee\ufee8\ufedf\ufe8d \ufe94\ufef4\ufecc\ufee4\ufe9f"
    assert unicodedata.name(shaped[-1]) == "ARABIC LETTER JEEM INITIAL FORM"


def test_hebrew_is_reversed() -> None:
    assert visual("שלום") == "םולש"


def test_mixed_line_keeps_latin_words_in_reading_order() -> None:
    assert (
        visual("Föreningen النور och vänner")
        == "Föreningen \ufead\ufeee\ufee8\ufedf\ufe8d och vänner"
    )
    # Unicode bidi rule W2: a number right after Arabic letters belongs to the Arabic run, so it
    # is printed on the run's left, exactly as a browser or word processor shows the string.
    assert visual("Föreningen النور 2025") == "Föreningen 2025 \ufead\ufeee\ufee8\ufedf\ufe8d"


def test_right_to_left_paragraph_puts_latin_and_numbers_on_the_left() -> None:
    assert visual(f"{AL_NOOR} 2025") == f"2025 {visual(AL_NOOR)}"


def test_each_line_is_reordered_on_its_own() -> None:
    text = f"Rad ett\n{AL_NOOR}\nالنور och Åbo"
    lines = visual(text).split("\n")
    assert lines == ["Rad ett", visual(AL_NOOR), visual("النور och Åbo")]
    assert visual("النور och Åbo") == "och Åbo \ufead\ufeee\ufee8\ufedf\ufe8d"


def test_no_allah_ligature_because_dejavu_lacks_it() -> None:
    shaped = visual("الله")
    assert "\ufdf2" not in shaped
    assert shaped == "\ufeea\ufee0\ufedf\ufe8d"


def test_lam_alef_is_joined() -> None:
    assert visual("لا") == "\ufefb"


def test_harakat_are_kept_before_their_letter_in_visual_order() -> None:
    # DejaVu's zero-width marks reach over the glyph drawn after them.
    shaped = visual("مُحَمَّد")
    assert shaped == "\ufeaa\u0651\u064e\ufee4\u064e\ufea4\u064f\ufee3"


def test_paragraph_direction_follows_the_first_strong_letter() -> None:
    assert is_rtl_paragraph(f"{AL_NOOR} 2025")
    assert is_rtl_paragraph(f"2025 {AL_NOOR} Malmö")
    assert not is_rtl_paragraph(f"Föreningen {AL_NOOR}")
    assert not is_rtl_paragraph("Malmö")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_any_text_keeps_its_line_count(text: str) -> None:
    assert visual(text).count("\n") == text.count("\n")
    if not has_rtl(text):
        assert visual(text) is text


def test_brackets_in_right_to_left_text_are_mirrored():
    """Arabic with a bracketed word, drawn left to right: the bracket drawn first opens."""
    shaped = visual("اللقاء (مثل) عند")
    assert shaped.index("(") < shaped.index(")")


def test_a_code_point_without_a_bidi_class_is_still_ordered():
    """U+0590 (unassigned, in the Hebrew block) once stopped python-bidi's pure algorithm."""
    for text in ("\u0590", "جمعية \u0590 (النور)", "Klubb a\u0590b 2025"):
        shown = visual(text)
        assert "\u0590" in shown and shown.count("\n") == text.count("\n")
        assert {c for c in text if c.isascii()} <= set(shown)
