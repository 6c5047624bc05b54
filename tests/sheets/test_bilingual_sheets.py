"""Sign-up sheets in Swedish plus Arabic, Somali or English: the texts files, the command line's
`--second-language`, and the PDFs read back (headings in both languages, Arabic shaped and in visual
order, the consent text in two boxes, everything inside the page)."""

import datetime as dt
import itertools
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from test_sheets_pdf import BLANK, SHEET, flat, read, row_numbers

from vanskapshuset.app import App
from vanskapshuset.domain.defaults import DEFAULT_CONSENT_TEXT
from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports.pdf.fonts import FONT, FONT_BOLD
from vanskapshuset.reports.text_direction import has_rtl, visual
from vanskapshuset.sheets import sheet_texts as texts_module
from vanskapshuset.sheets.parts import SHEET_MARGINS, sheet_width, swedish_date
from vanskapshuset.sheets.service import SheetService
from vanskapshuset.sheets.sheet_texts import (
    SWEDISH,
    languages,
    second_languages,
    sheet_texts,
)
from vanskapshuset.sheets.signup_pdf import COLUMNS, write_signup_sheet

FOLDER = Path(texts_module.__file__).parent.parent / "resources" / "sheet_texts"
SECOND = ("ar", "en", "so")
ARABIC_PRESENTATION_FORMS = range(0xFB50, 0xFF00)


def load(code: str) -> dict:
    return json.loads((FOLDER / f"{code}.json").read_text(encoding="utf-8"))


def bilingual(code: str, sheet=SHEET):
    return replace(sheet, second_language=code, second_consent_text=sheet_texts(code)["consent"])


def by_top(word: dict) -> float:
    return word["top"]


def strings(value: object) -> list[str]:
    return [value] if isinstance(value, str) else [s for item in value for s in strings(item)]


# --- the texts files -----------------------------------------------------------------------


def test_the_languages_are_the_files_present() -> None:
    assert languages()[0] == SWEDISH
    assert set(SECOND) <= set(second_languages())
    assert sorted(languages()) == sorted(p.stem for p in FOLDER.glob("*.json"))


@pytest.mark.parametrize("code", sorted(p.stem for p in FOLDER.glob("*.json")))
def test_every_language_file_has_the_swedish_keys_and_no_empty_value(code: str) -> None:
    swedish, other = load(SWEDISH), load(code)
    assert other.keys() == swedish.keys()
    for key, value in other.items():
        assert type(value) is type(swedish[key]), key
        if isinstance(value, list):
            assert len(value) == len(swedish[key]), key
        assert all(s.strip() for s in strings(value)), key
    texts = sheet_texts(code)
    assert texts.date(dt.date(2025, 7, 12)).count("2025") == 1


@pytest.mark.parametrize("code", ["ar", "so"])
def test_arabic_and_somali_say_they_need_a_native_speakers_review(code: str) -> None:
    assert "native speaker" in load(code)["_note"]
    readme = (FOLDER.parents[3] / "README.md").read_text(encoding="utf-8")
    assert "native speaker" in readme


def test_the_swedish_texts_are_the_programs_own() -> None:
    sv = sheet_texts(SWEDISH)
    assert sv["consent"] == DEFAULT_CONSENT_TEXT
    day = dt.date(2025, 1, 6)
    for offset in range(0, 366, 5):
        assert sv.date(day + dt.timedelta(offset)) == swedish_date(day + dt.timedelta(offset))
    assert [sv[key] for key, _ in COLUMNS][1:4] == ["Barnets namn", "Ålder", "Vårdnadshavare"]


@pytest.mark.parametrize("code", sorted(p.stem for p in FOLDER.glob("*.json")))
def test_the_bundled_font_has_every_glyph_the_texts_need(code: str) -> None:
    folder = FOLDER.parent / "fonts"
    values = [s for key, v in load(code).items() if key != "_note" for s in strings(v)]
    needed = {ch for value in values for ch in visual(value) if not ch.isspace()}
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font = TTFont(f"check-{name}", str(folder / name))
        missing = sorted(ch for ch in needed if ord(ch) not in font.face.charToGlyph)
        assert not missing, (name, missing)


def test_right_to_left_texts_hold_no_brackets_the_pdf_would_not_mirror() -> None:
    for code in languages():
        if not sheet_texts(code).rtl:
            continue
        values = [
            s for key, v in load(code).items() if key not in ("_note", "date_format")
            for s in strings(v)
        ]  # fmt: skip
        assert not [v for v in values if set(v) & set("()[]{}<>«»‹›")], code


def test_a_new_file_is_a_new_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "sheet_texts"
    shutil.copytree(FOLDER, folder)
    finnish = load("en") | {"language_name": "Suomi", "title": "Ilmoittautumislista"}
    (folder / "fi.json").write_text(json.dumps(finnish), encoding="utf-8")
    monkeypatch.setattr(texts_module, "_folder", lambda: folder)
    texts_module.languages.cache_clear()
    texts_module.sheet_texts.cache_clear()
    try:
        assert "fi" in second_languages() and sheet_texts("fi").name == "Suomi"
    finally:
        texts_module.languages.cache_clear()
        texts_module.sheet_texts.cache_clear()


def test_an_unknown_language_is_one_sentence() -> None:
    with pytest.raises(UserError, match=r"finns inte på språket ”xx”; välj bland ar, en, so"):
        sheet_texts("xx")
    with pytest.raises(UserError):
        write_signup_sheet(replace(SHEET, second_language="xx"), Path("never-written.pdf"))
    assert not Path("never-written.pdf").exists()


# --- the PDF -------------------------------------------------------------------------------


def test_an_arabic_sheet_has_both_languages_arabic_shaped_and_right_aligned(
    tmp_path: Path,
) -> None:
    ar = sheet_texts("ar")
    pages = read(write_signup_sheet(bilingual("ar"), tmp_path / "ar.pdf"))
    text = flat(pages)
    assert "Anmälningslista" in text and visual(ar["title"]) in text
    for key in ("date", "place", "meeting_point", "leader", "bring"):
        assert f"{sheet_texts(SWEDISH)[key]}:" in text and visual(ar[key]) in text
    for key in ("col_child", "col_age", "col_guardian", "col_signature"):
        assert visual(ar[key]) in text, key
    assert "Barnets namn" in text and "Vårdnadshavare" in text
    assert visual(ar.date(dt.date(2025, 7, 12))) in text
    assert any(ord(ch) in ARABIC_PRESENTATION_FORMS for ch in text)
    assert ar["title"] not in text  # never logical order on paper
    # The consent text: Swedish in the left box, Arabic in the right one, right-aligned there.
    page = pages[0]
    words = page["words"]
    middle = A4[0] / 2
    assert next(w for w in words if w["text"] == "vårdnadshavare:")["x1"] < middle
    last_word = visual(ar["consent"].split()[-1])
    end = max((w for w in words if w["text"] == last_word and w["x0"] > middle), key=by_top)
    last_line = [w for w in words if abs(w["top"] - end["top"]) < 1 and w["x0"] > middle]
    # The short last line hugs the box's right edge: right-aligned, not left.
    assert max(w["x1"] for w in last_line) > A4[0] - SHEET_MARGINS[0] - 8 * mm
    assert min(w["x0"] for w in last_line) > middle + 30 * mm
    assert [n for n, _ in row_numbers(page)] == list(range(1, 8))  # still one page
    assert len(pages) == 1


def test_a_somali_sheet_prints_the_somali_consent_default(tmp_path: Path) -> None:
    so = sheet_texts("so")
    path = write_signup_sheet(bilingual("so", BLANK), tmp_path / "so.pdf")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        right = page.crop((page.width / 2, 0, page.width, page.height)).extract_text()
        left = page.crop((0, 0, page.width / 2, page.height)).extract_text()
    assert " ".join(so["consent"].split()) in " ".join(right.split())
    assert " ".join(DEFAULT_CONSENT_TEXT.split()) in " ".join(left.split())
    text = flat(read(path))
    for key in ("title", "activity", "col_child", "col_signature"):
        assert so[key] in text, key
    assert so["consent_standard_note"] not in text  # the Swedish text is the standard one


@pytest.mark.parametrize("code", SECOND)
def test_bilingual_sheets_stay_inside_the_page_and_roomy(code: str, tmp_path: Path) -> None:
    pages = read(write_signup_sheet(bilingual(code), tmp_path / "s.pdf"))
    left, right = SHEET_MARGINS[0], A4[0] - SHEET_MARGINS[0]
    for page in pages:
        for word in page["words"]:
            assert left - 1 <= word["x0"] and word["x1"] <= right + 1, word["text"]
    tops = [top for _, top in row_numbers(pages[0])]
    assert min(b - a for a, b in itertools.pairwise(tops)) >= 10 * mm
    assert len(pages) == 1


@pytest.mark.parametrize("code", SECOND)
def test_column_headers_fit_their_columns(code: str) -> None:
    from vanskapshuset.sheets import signup_pdf

    second = sheet_texts(code)
    widths = signup_pdf._column_widths(second, sheet_width())
    assert sum(widths) == pytest.approx(sheet_width())
    assert widths[5] >= signup_pdf._photo_width(second) - 0.01  # "☐ nej maya" on one line
    for (key, _), width in zip(COLUMNS, widths, strict=True):
        room = width - 6
        for word in sheet_texts(SWEDISH)[key].split():
            assert stringWidth(word, FONT_BOLD, 8) <= room, (key, word)
        for word in second[key].split():
            assert stringWidth(visual(word), FONT, 5.5) <= room, (key, word)


def test_many_rows_repeat_the_bilingual_header_on_every_page(tmp_path: Path) -> None:
    from test_sheets_pdf import SignUpRow

    rows = tuple(SignUpRow(f"Barn {i}", 9, "", "070", None, "") for i in range(40))
    pages = read(write_signup_sheet(bilingual("ar", replace(SHEET, rows=rows)), tmp_path / "m.pdf"))
    assert len(pages) >= 2
    for page in pages:
        assert "Barnets namn" in page["text"] and visual("اسم الطفل") in page["text"]


def test_a_long_consent_text_is_stacked_not_lost(tmp_path: Path) -> None:
    long = ("Vi tar hand om barnen och följer reglerna. " * 48).strip()[:2000]
    sheet = replace(bilingual("en"), consent_text=long, consent_standard=True)
    text = flat(read(write_signup_sheet(sheet, tmp_path / "lång.pdf")))
    assert text.count("Vi tar hand om barnen") == long.count("Vi tar hand om barnen")
    assert "We may take photos during the activity" in text
    assert "The Swedish text is the one that applies" in text


# --- from the database and the command line --------------------------------------------------


def test_the_coordinators_own_text_gets_the_standard_translation_and_a_note(
    app: App, tmp_path: Path
) -> None:
    service = SheetService(app)
    plain = service.signup_sheet(None, language="en")
    assert plain.second_language == "en" and not plain.consent_standard
    assert plain.second_consent_text == sheet_texts("en")["consent"]
    assert service.signup_sheet(None).second_language is None
    app.signups.set_consent_text("Vi fotograferar inte på den här utflykten.")
    own = service.signup_sheet(None, language="ar")
    assert own.consent_standard and own.second_consent_text == sheet_texts("ar")["consent"]
    text = flat(read(write_signup_sheet(own, tmp_path / "egen.pdf")))
    assert "Vi fotograferar inte" in text and "Den svenska texten gäller" in text
    assert visual("النص السويدي هو المعتمد") in text


def test_the_cli_writes_a_bilingual_sheet(cli, app: App, tmp_path: Path) -> None:
    target = tmp_path / "ar.pdf"
    result = cli("sheet", "signup", "--blank", "--second-language", "ar", "--pdf", str(target))
    assert result.code == 0, result.err
    text = flat(read(target))
    assert "Anmälningslista" in text and visual("قائمة التسجيل") in text
    assert "Underskrift" in text and visual("توقيع ولي الأمر") in text
    assert any(ord(ch) in ARABIC_PRESENTATION_FORMS for ch in text)
    somali = tmp_path / "so.pdf"
    assert (
        cli("sheet", "signup", "--blank", "--second-language", "so", "--pdf", str(somali)).code == 0
    )
    assert "Liiska is-diiwaangelinta" in flat(read(somali))
    swedish = tmp_path / "sv.pdf"
    assert cli("sheet", "signup", "--blank", "--pdf", str(swedish)).code == 0
    assert not has_rtl(flat(read(swedish))) and "Soomaali" not in flat(read(swedish))


def test_the_cli_refuses_an_unknown_language_in_one_sentence(cli, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    result = cli("sheet", "signup", "--blank", "--second-language", "klingon", "--pdf", str(target))
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "Traceback" not in result.err
    assert "finns inte på språket ”klingon”" in result.err
    assert not target.exists()
