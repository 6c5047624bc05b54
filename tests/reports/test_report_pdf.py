"""The PDFs read back: golden figures, names in every script, page numbers, empty periods."""

import datetime as dt
import re
from pathlib import Path

import pdfplumber
from report_data import ARABIC_ORG, FORMULA_ORG, SEASON
from report_reading import pdf_tiles

from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService
from vanskapshuset.reports.text_direction import visual


def pdf_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def lines(pages: list[str]) -> set[str]:
    return {line.strip() for page in pages for line in page.splitlines()}


def assert_numbered(pages: list[str]) -> None:
    for number, text in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in text


def test_season_pdf(reports: ReportService, tmp_path: Path) -> None:
    target = files.write_pdf(reports.season(SEASON), tmp_path / "säsong.pdf")
    pages = pdf_pages(target)
    assert_numbered(pages)
    first = pages[0]
    assert (
        "Bästa sommaren 2025" in first
        and "2025-06-16 – 2025-08-08 · Plats: Vänskapsparken" in first
    )
    assert "Framställd 2025-07-03" in first
    assert pdf_tiles(target) == {
        "Besök": "19",
        "Öppna dagar": "4",
        "Besök per öppen dag": "4,8",
        "Andel flickor": "50,0 %",  # 9 girls of 18 visits with a stated gender
        "Besök per öppen timme": "0,0",  # 17 June: open 12-17 in the rain, no visits
        "Bästa dag (9 besök)": "3 juli",
        "Aktiviteter": "2",
        "Deltagare": "12",
        "Tillfällen av kunskapsutbyte": "1",
        "Aktiva föreningar och grupper": "3",
    }
    found = lines(pages)
    assert {
        "Flicka 9 47,4",
        "Totalt 19 –",
        "7-9 9 47,4",
        "v. 25 2025-06-16 10 3",
        "Torsdag 9 1 9,0",
        "Fotboll Barn och ungas utveckling och fritid 1 8",
        "Totalt – 2 12",
        "Besök 19 10 9 90,0",  # against Bästa sommaren 2024
    } <= found
    text = "\n".join(pages)
    assert "Organisationer som ordnat eller samverkat (3)" in text
    assert FORMULA_ORG in text  # a PDF shows it as it is; it cannot run there
    # The Arabic name prints shaped (joined presentation forms) and right to left.
    assert visual(ARABIC_ORG) in text and ARABIC_ORG not in text


def test_annual_pdf(reports: ReportService, tmp_path: Path) -> None:
    pages = pdf_pages(files.write_pdf(reports.annual(2025), tmp_path / "år.pdf"))
    assert_numbered(pages)
    first = pages[0]
    assert "Årlig uppföljning 2025" in first and "2025-01-01 – 2025-12-31" in first
    assert "Kraftsamling Herrgården – Vänskapshuset" in first
    assert "2 3 3" in first and "18 23 4" in first  # the six tiles, two rows
    # Each area has its impact goal under its heading.
    assert "Effektmål: Barn och unga i Rosengård får sina rättigheter" in "".join(pages[:2])
    found = lines(pages)
    assert {
        "Mars 1 1 1 6 0 0",
        "Juni 1 3 2 12 10 3",
        "Juli 0 0 0 0 13 1",
        "Vänskapshuset 4 1 1 6",
        "Vänskapsparken 19 4 2 12",
    } <= found
    # The year's organisations are a distinct count, and the total row says so.
    total = re.compile(r"Hela året \(olika( organisationer\))? 2 3 3 18 23 4")
    assert any(total.fullmatch(line) for line in found)
    appendix = "\n".join(pages[2:])
    assert "Bilaga: Bästa sommaren 2025" in appendix and "3 juli 2 12" in appendix


def test_day_pdf(reports: ReportService, tmp_path: Path) -> None:
    pages = pdf_pages(files.write_pdf(reports.day(dt.date(2025, 7, 3)), tmp_path / "dag.pdf"))
    assert len(pages) == 2  # one page per site with something that day
    assert_numbered(pages)
    park = next(p for p in pages if "Vänskapsparken · Torsdag 3 juli 2025" in p)
    assert {
        "Flicka 2 0 0 0 0 0 2",
        "Pojke 0 6 0 0 0 0 6",
        "Annat 0 0 1 0 0 0 1",
        "Totalt 2 6 1 0 0 0 9",
    } <= lines([park])
    house = next(p for p in pages if "Vänskapshuset · Torsdag" in p)
    assert "Totalt 0 0 0 4 0 0 4" in house and "Ingen dagbok skriven." in house

    page = pdf_pages(
        files.write_pdf(reports.day(dt.date(2025, 6, 16), "Vänskapsparken"), tmp_path / "d.pdf")
    )[0]
    assert "Fotboll med" in page
    # The cell wraps the name between its two words; each prints shaped.
    assert all(visual(word) in page for word in ARABIC_ORG.split())
    assert re.search(r"15:00–16:30 .*8 nej", page)


def test_an_empty_period_prints_zeros(reports: ReportService, tmp_path: Path) -> None:
    empty = reports.period(dt.date(2030, 1, 1), dt.date(2030, 1, 31))
    target = files.write_pdf(empty, tmp_path / "tom.pdf")
    pages = pdf_pages(target)
    tiles = pdf_tiles(target)
    # No open day, no visit, no opening hours: no average, no share, dashes (was "0,0").
    assert (tiles["Besök"], tiles["Öppna dagar"]) == ("0", "0")
    assert tiles["Besök per öppen dag"] == tiles["Andel flickor"] == "–"
    assert tiles["Besök per öppen timme"] == "–"
    assert "Inga uppgifter för perioden." in "\n".join(pages)
    year = pdf_pages(files.write_pdf(reports.annual(2030), tmp_path / "tomt-år.pdf"))
    assert any(
        re.fullmatch(r"Hela året \(olika( organisationer\))? 0 0 0 0 0 0", x) for x in lines(year)
    )
    day = pdf_pages(files.write_pdf(reports.day(dt.date(2030, 1, 1)), tmp_path / "tom-dag.pdf"))
    assert all("Totalt 0 0 0 0 0 0 0" in page for page in day)
