"""New visitors in the reports: by gender and by age band in the season summary and the yearly
follow-up (PDF, XLSX, DOCX), a key figure, and a column of the data export; every format read
back and agreeing with `stats --json`. The figures below are worked out by hand."""

import csv
import datetime as dt
import json
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from report_reading import pdf_tiles

from vanskapshuset.app import App
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService, report_service

SEASON = "Bästa sommaren 2025"
NOTE_START = "Nya besökare: besök som ledarna markerat som barnets första besök i säsongen."


def _at(day: str, hour: int = 14) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=STOCKHOLM)


@pytest.fixture
def reports(app: App) -> ReportService:
    """At the park: 9 visits, 5 of them new.

      girl 7-9   ×3 new (one undone)  → 2 new
      boy 10-13  ×2 new               → 2 new
      girl 10-13 ×4 not new           → 0 new
      other 0-6  ×1 new               → 1 new
    New by gender: girl 2, boy 2, other 1 (40,0 / 40,0 / 20,0 %); by age: 0-6 1, 7-9 2,
    10-13 2. In the house, outside the season's site: 1 new (counted in the year only).
    """
    park = app.sites.add("Vänskapsparken", "outdoor").id
    house = app.sites.add("Vänskapshuset", "indoor").id
    app.seasons.add(SEASON, dt.date(2025, 6, 16), dt.date(2025, 8, 8), [park])
    visits = app.visits
    first, *_ = visits.add(park, "girl", "7-9", 3, _at("2025-06-17"), new=True)
    visits.undo(first)
    visits.add(park, "boy", "10-13", 2, _at("2025-06-18"), new=True)
    visits.add(park, "girl", "10-13", 4, _at("2025-06-18"))
    visits.add(park, "other", "0-6", 1, _at("2025-07-01"), new=True)
    visits.add(house, "boy", "14-17", 1, _at("2025-07-02"), new=True)
    return report_service(app)


def pdf_lines(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return [line.strip() for line in text.splitlines()]


def after(lines: list[str], title: str, count: int) -> list[str]:
    """The `count` lines after the first line `title` (a table's title)."""
    index = lines.index(title)
    return lines[index + 1 : index + 1 + count]


def sheet(path: Path, name: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[name].iter_rows(values_only=True))


BY_GENDER = [
    ("Kön", "Antal", "Andel %"),
    ("Flicka", 2, 40.0),
    ("Pojke", 2, 40.0),
    ("Annat", 1, 20.0),
    ("Vill ej ange", 0, 0.0),
    ("Totalt", 5, None),
]


def test_stats_json_counts_the_season_s_new_visitors(reports, cli):
    result = cli("stats", "--from", "2025-06-16", "--to", "2025-08-08", "--json")
    assert json.loads(result.out)["new_visitors"] == 6  # both sites
    result = cli(
        "stats", "--from", "2025-06-16", "--to", "2025-08-08", "--site", "Vänskapsparken", "--json"
    )
    stats = json.loads(result.out)
    assert (stats["visits"], stats["new_visitors"]) == (9, 5)


def test_season_pdf_shows_new_visitors_by_gender_and_age(reports, tmp_path):
    pdf = files.write_pdf(reports.season(SEASON), tmp_path / "säsong.pdf")
    lines = pdf_lines(pdf)
    assert after(lines, "Nya besökare per kön", 6) == [
        "Kön Antal Andel %",
        "Flicka 2 40,0",
        "Pojke 2 40,0",
        "Annat 1 20,0",
        "Vill ej ange 0 0,0",
        "Totalt 5 –",
    ]
    by_age = after(lines, "Nya besökare per åldersgrupp", 8)
    assert by_age[:4] == ["Åldersgrupp Antal Andel %", "0-6 1 20,0", "7-9 2 40,0", "10-13 2 40,0"]
    assert by_age[-1] == "Totalt 5 –"
    assert any(line.startswith(NOTE_START) for line in lines)
    tiles = pdf_tiles(pdf)  # the tiles of the key figures as they were
    assert (tiles["Besök"], tiles["Öppna dagar"], tiles["Besök per öppen dag"]) == ("9", "3", "3,0")


def test_season_xlsx_and_docx_hold_the_same_tables(reports, tmp_path):
    summary = reports.season(SEASON)
    workbook = files.write_xlsx(summary, tmp_path / "säsong.xlsx")
    assert sheet(workbook, "Nya besökare per kön") == BY_GENDER
    ages = sheet(workbook, "Nya besökare per ålder")
    assert ages[1:4] == [("0-6", 1, 20.0), ("7-9", 2, 40.0), ("10-13", 2, 40.0)]
    figures = dict(sheet(workbook, "Nyckeltal")[1:])
    assert figures["Nya besökare"] == 5 and figures["Besök"] == 9

    document = docx.Document(str(files.write_docx(summary, tmp_path / "säsong.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "5 besök markerades som nya (barnets första besök i säsongen enligt ledarna)." in text
    assert NOTE_START in text
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    assert [
        ["Kön", "Antal", "Andel %"],
        ["Flicka", "2", "40,0"],
        ["Pojke", "2", "40,0"],
        ["Annat", "1", "20,0"],
        ["Vill ej ange", "0", "0,0"],
        ["Totalt", "5", "–"],
    ] in tables


def test_the_yearly_follow_up_shows_the_year_s_new_visitors(reports, tmp_path):
    report = reports.annual(2025)
    workbook = files.write_xlsx(report, tmp_path / "år.xlsx")
    year = sheet(workbook, "Nya besökare per kön")
    assert year[0] == ("Kön", "Antal", "Andel %")
    rows = {row[0]: row[1] for row in year if row and row[0] in ("Flicka", "Pojke", "Totalt")}
    assert rows == {"Flicka": 2, "Pojke": 3, "Totalt": 6}  # the house's new boy too
    assert sheet(workbook, "Bilaga Nya besökare per kön") == BY_GENDER  # the season
    lines = pdf_lines(files.write_pdf(report, tmp_path / "år.pdf"))
    assert after(lines, "Nya besökare per kön 2025", 6)[-1] == "Totalt 6 –"
    assert after(lines, "Nya besökare per kön", 6)[-1] == "Totalt 5 –"  # the appendix
    document = docx.Document(str(files.write_docx(report, tmp_path / "år.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "6 besök markerades som nya" in text


def test_the_export_has_a_column_of_new_visitors(reports, tmp_path):
    data = reports.export(dt.date(2025, 6, 1), dt.date(2025, 7, 31))
    folder = tmp_path / "csv"
    files.write_csv(data, folder)
    with (folder / "besök.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    assert header[-2:] == ["Besök", "Varav nya besökare"]
    new = {(r[1], r[2], r[3]): int(r[-1]) for r in rows[1:]}
    assert sum(new.values()) == 6
    assert new["Vänskapsparken", "Flicka", "7-9"] == 2
    assert new["Vänskapsparken", "Flicka", "10-13"] == 0
    assert sum(int(r[-2]) for r in rows[1:]) == 10
