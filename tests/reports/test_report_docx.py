"""The Word report read back with python-docx: the Swedish sentences hold the report's figures,
every table is a real Word table with the same cells as the XLSX, the charts are images."""

import datetime as dt
import os
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from report_data import FORMULA_ORG, SEASON, fill

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports import files
from vanskapshuset.reports.pdf.layout import cell_text, format_number
from vanskapshuset.reports.service import ReportService

YEAR = 2025


def word_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def same_value(text: str) -> str | float:
    """A cell's meaning: XLSX gives 0.0 back as the integer 0, which prints "0", not "0,0"."""
    try:
        return float(text.replace("\u202f", "").replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return text


def meaning(table: list[list[str]]) -> list[list[str | float]]:
    return [[same_value(cell) for cell in row] for row in table]


def xlsx_tables(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet (but the first, about the report) as the Word table should show it."""

    def shown(value: object) -> str:
        if isinstance(value, dt.datetime):  # openpyxl reads a date cell back as a datetime
            value = value.date()
        return cell_text(value)

    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in workbook.worksheets[1:]:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            if all(value is None for value in row):
                break  # the table ends at its first empty row; a note may stand below it
            rows.append(row)
        sheets[sheet.title] = [list(rows[0]), *([shown(v) for v in row] for row in rows[1:])]
    return sheets


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("kind", ["season", "annual"])
def test_every_table_is_a_word_table_with_the_cells_of_the_xlsx(
    reports: ReportService, tmp_path: Path, kind: str
) -> None:
    report = reports.season(SEASON) if kind == "season" else reports.annual(YEAR)
    word = files.write_docx(report, tmp_path / "r.docx")
    sheets = xlsx_tables(files.write_xlsx(report, tmp_path / "r.xlsx"))
    in_word = [meaning(table) for table in word_tables(word)]
    with_rows = {name: rows for name, rows in sheets.items() if len(rows) > 1}
    assert with_rows  # the data set fills the tables
    for name, rows in with_rows.items():
        assert meaning(rows) in in_word, name
    assert len(in_word) == len(with_rows)  # and no other tables (empty ones are a sentence)


def test_the_header_row_is_bold_and_repeats_on_every_page(
    reports: ReportService, tmp_path: Path
) -> None:
    document = docx.Document(str(files.write_docx(reports.annual(YEAR), tmp_path / "å.docx")))
    for table in document.tables:
        header = table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        assert not any(run.bold for cell in table.rows[1].cells for run in cell.paragraphs[0].runs)


def test_the_season_sentences_hold_the_figures(reports: ReportService, tmp_path: Path) -> None:
    summary = reports.season(SEASON)
    text = text_of(files.write_docx(summary, tmp_path / "s.docx"))
    figures = dict(
        openpyxl.load_workbook(files.write_xlsx(summary, tmp_path / "s.xlsx"))[
            "Nyckeltal"
        ].iter_rows(min_row=2, values_only=True)
    )
    visits, average = figures["Besök"], figures["Besök per öppen dag"]
    assert (
        f"{format_number(visits)} besök under {SEASON} på Vänskapsparken, "
        f"i snitt {format_number(average)} per öppen dag"
    ) in text
    assert f"genomfördes {format_number(figures['Aktiviteter'])} aktiviteter" in text
    assert "Jämfört med " in text and "ökade besöken med" in text


def test_the_annual_sentences_hold_the_year_s_measures(
    reports: ReportService, tmp_path: Path
) -> None:
    report = reports.annual(YEAR)
    text = text_of(files.write_docx(report, tmp_path / "å.docx"))
    measures = {
        row[0]: row[1]  # the year's value; then the year before's and the change
        for row in openpyxl.load_workbook(files.write_xlsx(report, tmp_path / "å.xlsx"))[
            "Uppföljning"
        ].iter_rows(min_row=2, values_only=True)
    }
    activities = format_number(measures["Kultur- och fritidsaktiviteter"])
    assert f"Under {YEAR} genomfördes {activities} aktivitet" in text
    assert f"{format_number(measures['Besök'])} besök under {YEAR}" in text


def test_the_charts_are_png_images(reports: ReportService, tmp_path: Path) -> None:
    document = docx.Document(str(files.write_docx(reports.season(SEASON), tmp_path / "s.docx")))
    assert len(document.inline_shapes) == 5  # weeks, weekdays, ages, genders, areas
    images = [part for part in document.part.package.parts if part.partname.endswith(".png")]
    assert images and all(part.blob.startswith(b"\x89PNG") for part in images)


def test_a_day_report_has_its_grid_and_sentence(reports: ReportService, tmp_path: Path) -> None:
    report = reports.day(dt.date(2025, 7, 3), None)
    target = files.write_docx(report, tmp_path / "d.docx")
    text = text_of(target)
    assert "hade" in text and "3 juli 2025" in text
    grids = [t for t in word_tables(target) if t[0][0] == "Kön"]
    assert len(grids) == len(report.pages)
    for page, grid in zip(report.pages, grids, strict=True):
        assert grid[-1][-1] == format_number(page.total)


def test_formula_like_names_stay_plain_text(reports: ReportService, tmp_path: Path) -> None:
    target = files.write_docx(reports.season(SEASON), tmp_path / "s.docx")
    assert any(FORMULA_ORG in row for table in word_tables(target) for row in table)


def test_unwritable_targets_get_one_sentence_and_leave_nothing(
    reports: ReportService, tmp_path: Path
) -> None:
    summary = reports.season(SEASON)
    out = tmp_path / "out"
    out.mkdir()
    a_file = out / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(UserError, match=r"ingen mapp|finns inte"):
        files.write_docx(summary, a_file / "rapport.docx")
    with pytest.raises(UserError, match="är en mapp"):
        files.write_docx(summary, out)
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_gets_one_sentence(reports: ReportService, tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="skrivskyddad"):
            files.write_docx(reports.season(SEASON), folder / "rapport.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_the_command_line_writes_the_word_report(app: App, cli, tmp_path: Path) -> None:
    fill(app)
    target = tmp_path / "säsong.docx"
    result = cli("report", "season", "--season", SEASON, "--docx", str(target))
    assert result.code == 0, result.err
    assert str(target) in result.out
    assert f"under {SEASON}" in text_of(target)
    day = tmp_path / "dag.docx"
    assert cli("report", "day", "--date", "2025-07-03", "--docx", str(day)).code == 0
    assert day.exists()
