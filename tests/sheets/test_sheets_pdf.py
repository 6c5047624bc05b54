"""The printable sheets read back with pdfplumber: header fields, every row, page breaks, Arabic
names shaped, blank rows and writing lines, the one-page tally grid, unwritable targets."""

import datetime as dt
import itertools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.sheets.data import (
    DEFAULT_CONSENT_TEXT,
    SignUpRow,
    SignUpSheet,
    TallySheet,
)
from vanskapshuset.sheets.parts import header_title, swedish_date
from vanskapshuset.sheets.signup_pdf import write_signup_sheet
from vanskapshuset.sheets.tally_pdf import write_tally_sheet

ARABIC_CHILD = "زينب محمد العلي"
PRODUCED = dt.date(2025, 7, 1)
SHEET = SignUpSheet(
    organisation="Vänskapshuset",
    activity_title="Utflykt till Ribersborg",
    date=dt.date(2025, 7, 12),
    start=dt.time(10, 0),
    end=dt.time(15, 0),
    place="Vänskapsparken",
    meeting_point="Vid grinden",
    leader="Leyla Ahmed",
    leader_phone="072-345 67 89",
    bring="Badkläder och matsäck",
    consent_text=DEFAULT_CONSENT_TEXT,
    rows=(
        SignUpRow("Amina Warsame", 9, "Hodan Warsame", "070-111 22 33", True, "Nötallergi"),
        SignUpRow(ARABIC_CHILD, 11, "فاطمة العلي", "073-555 12 34", False, ""),
        SignUpRow("Elsa Nilsson", None, "Per Nilsson", "076-987 65 43", None, ""),
    ),
    blank_rows=4,
    produced=PRODUCED,
)
BLANK = replace(
    SHEET, activity_title="", date=None, start=None, end=None, place="", meeting_point="",
    leader="", leader_phone="", bring="", rows=(), blank_rows=12,
)  # fmt: skip
GENDERS = (("girl", "Flicka"), ("boy", "Pojke"), ("other", "Annat"), ("unknown", "Vill ej ange"))
BANDS = ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
TALLY = TallySheet(
    "Vänskapshuset", "Vänskapsparken", dt.date(2025, 7, 12), GENDERS, BANDS, PRODUCED
)


def read(path: Path) -> list[dict[str, Any]]:
    """Per page: its text and its words (with font size)."""
    with pdfplumber.open(path) as pdf:
        return [
            {
                "text": page.extract_text() or "",
                "words": page.extract_words(extra_attrs=["size"]),
                "lines": page.lines,
            }
            for page in pdf.pages
        ]


def flat(pages: list[dict[str, Any]]) -> str:
    """All text with every run of whitespace as one space (wrapped lines read on)."""
    return " ".join(" ".join(page["text"] for page in pages).split())


def row_numbers(page: dict[str, Any]) -> list[tuple[int, float]]:
    """(number, top) of the words in the Nr column, below its header."""
    nr = next(w for w in page["words"] if w["text"] == "Nr")
    column_end = nr["x0"] + 8 * mm
    return [
        (int(w["text"]), w["top"])
        for w in page["words"]
        if w["text"].isdigit() and w["top"] > nr["bottom"] and w["x1"] < column_end
    ]


def test_signup_sheet_prints_header_rows_and_consent(tmp_path: Path) -> None:
    path = write_signup_sheet(SHEET, tmp_path / "anmälan.pdf")
    assert path == tmp_path / "anmälan.pdf"
    pages = read(path)
    text = flat(pages)
    assert "Utflykt till Ribersborg" in text and "lördag 12 juli 2025" in text
    assert "Datum: lördag 12 juli 2025 Tid: 10:00–15:00" in text
    assert "Plats: Vänskapsparken Samlingsplats: Vid grinden" in text
    assert "Ansvarig ledare: Leyla Ahmed Telefon: 072-345 67 89" in text
    assert "Ta med: Badkläder och matsäck" in text
    assert "Aktivitet:" not in text  # only a blank sheet asks for it
    assert "raderar den senast 30 dagar efter aktiviteten" in text
    # Two-line column headers interleave when read back: check them word by word.
    for heading in ("Nr", "Barnets namn", "Ålder", "Vårdnadshavare", "Telefon", "ja/nej"):
        assert heading in text
    for word in ("Foto", "Allergier", "anteckning", "Underskrift", "vårdnadshavare"):
        assert word in text
    for row in SHEET.rows:
        assert row.guardian_phone in text
    assert "1 Amina Warsame 9 Hodan Warsame 070-111 22 33 ☒ ja Nötallergi" in text
    assert "Elsa Nilsson Per Nilsson 076-987 65 43" in text  # no age: blank, not "None"
    # The Arabic name prints shaped (joined presentation forms), right to left.
    assert visual(ARABIC_CHILD) in text and ARABIC_CHILD not in text
    assert visual("فاطمة العلي") in text
    # Photo consent: ticked as given, both boxes empty when not asked.
    assert text.count("☒ ja") == 1 and text.count("☒ nej") == 1
    assert text.count("☐ ja") == 2 + SHEET.blank_rows
    assert [n for n, _ in row_numbers(pages[0])] == list(range(1, 8))
    assert "Sida 1 av 1" in text and "Framställd 2025-07-01" in text


def test_signup_sheet_is_legible_and_roomy(tmp_path: Path) -> None:
    page = read(write_signup_sheet(SHEET, tmp_path / "a.pdf"))[0]
    name = next(w for w in page["words"] if w["text"] == "Amina")
    assert name["size"] >= 10  # filled text readable at arm's length
    tops = [top for _, top in row_numbers(page)]
    pitches = [b - a for a, b in itertools.pairwise(tops)]
    assert min(pitches) >= 10 * mm  # room to write by hand


def test_45_sign_ups_break_over_pages_with_headers(tmp_path: Path) -> None:
    firsts = ("Amina", "Yusuf", "Elsa", "Hamza", "Noor", "Liam", "Sara", "Omar", "Ilhan")
    lasts = ("Abdi", "Karlsson", "Haddad", "Nilsson", "Warsame")
    names = [f"{first} {last}" for last in lasts for first in firsts]
    rows = tuple(
        SignUpRow(name, 7 + i % 7, "Förälder", f"070-{i:03d} 00 00", None, "")
        for i, name in enumerate(names)
    )
    sheet = replace(SHEET, rows=rows, blank_rows=5)
    pages = read(write_signup_sheet(sheet, tmp_path / "många.pdf"))
    assert len(pages) >= 3
    numbers: list[int] = []
    for number, page in enumerate(pages, 1):
        text = page["text"]
        assert f"Sida {number} av {len(pages)}" in text
        assert "Barnets namn" in text and "Vårdnadshavare" in text  # column header repeated
        assert "Utflykt till Ribersborg · lördag 12 juli 2025" in text  # page header
        numbers += [n for n, _ in row_numbers(page)]
    assert numbers == list(range(1, 51))  # 45 filled, then 5 blank, in order
    everything = "\n".join(page["text"] for page in pages)
    for name in names:
        assert len(re.findall(rf"(?<!\w){name}(?!\w)", everything)) == 1, name


def test_blank_sheet_has_numbered_rows_and_writing_lines(tmp_path: Path) -> None:
    pages = read(write_signup_sheet(BLANK, tmp_path / "tom.pdf"))
    text = flat(pages)
    assert "Anmälningslista" in text
    numbers = [n for page in pages for n, _ in row_numbers(page)]
    assert numbers == list(range(1, 13))
    assert text.count("☐ ja") == 12 and text.count("☐ nej") == 12
    first = pages[0]
    assert "Aktivitet:" in first["text"]
    # A writing line after each of the eight empty header fields, above the rows.
    nr = next(w for w in first["words"] if w["text"] == "Nr")
    label_end = next(w for w in first["words"] if w["text"] == "Aktivitet:")["x1"]
    writing_lines = [
        line
        for line in first["lines"]
        if abs(line["top"] - line["bottom"]) < 0.5
        and line["x0"] > label_end
        and 20 * mm < line["top"] < nr["top"]
    ]
    assert len(writing_lines) == 8


def test_long_texts_wrap_instead_of_failing(tmp_path: Path) -> None:
    note = "Tar medicin vid lunch och behöver påminnas. " * 60
    row = SignUpRow("Abdirahmaan-Mohamed Xasan Cabdullaahi", 12, "Hodan", "070", None, note)
    pages = read(write_signup_sheet(replace(SHEET, rows=(row,) * 3), tmp_path / "lång.pdf"))
    text = flat(pages)
    assert "Cabdullaahi" in text and text.count("Tar medicin vid lunch") >= 3


def test_header_title_keeps_the_date_when_the_title_is_long() -> None:
    date = swedish_date(dt.date(2025, 7, 12))
    assert header_title("Kort", date) == f"Kort · {date}"
    long = header_title("Utflykt " * 30, date)
    assert long.endswith(f"… · {date}") and len(long) < 120
    assert header_title("", date) == date


def test_tally_sheet_is_one_page_with_the_whole_grid(tmp_path: Path) -> None:
    pages = read(write_tally_sheet(TALLY, tmp_path / "räknelista.pdf"))
    assert len(pages) == 1
    page = pages[0]
    text = flat(pages)
    assert "Räknelista Vänskapsparken lördag 12 juli 2025" in text
    for _, label in GENDERS:
        assert label in text
    words = [w["text"] for w in page["words"]]
    for band in BANDS:
        assert band in words
    assert text.count("Summa") >= 3  # column and row headers (and the instruction)
    for field in ("Ledare:", "Öppettider:", "Anteckning:", "Inskrivet i datorn (datum, signatur):"):
        assert field in text
    # Big cells for tally marks: the gender rows are at least 25 mm apart.
    tops = {w["text"]: w["top"] for w in page["words"]}
    assert tops["Pojke"] - tops["Flicka"] >= 25 * mm
    assert "Sida 1 av 1" in text


@pytest.mark.parametrize("write", [write_signup_sheet, write_tally_sheet])
def test_unwritable_target_is_refused_without_a_file(write: Any, tmp_path: Path) -> None:
    sheet = SHEET if write is write_signup_sheet else TALLY
    with pytest.raises(UserError, match="finns inte"):
        write(sheet, tmp_path / "saknas" / "lista.pdf")
    with pytest.raises(UserError, match="är en mapp"):
        write(sheet, tmp_path)
    assert list(tmp_path.iterdir()) == []
