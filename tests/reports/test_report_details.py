"""Issue 16 item 8, the details: one rounding rule, "–" for no data, ISO week-years, the
partner separator, the default year and print-ready XLSX, each read back from real files."""

import csv
import dataclasses
import datetime as dt
import textwrap
from pathlib import Path

import docx
import openpyxl
import pdfplumber
from report_data import SEASON, _activity

from vanskapshuset.app import App
from vanskapshuset.domain.rounding import one_decimal, ratio
from vanskapshuset.reports import files
from vanskapshuset.reports.figures import PeriodSummary, WeekdayVisits
from vanskapshuset.reports.report_year import default_report_year
from vanskapshuset.reports.service import ReportService, report_service


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def pdf_lines(path: Path) -> set[str]:
    with pdfplumber.open(path) as pdf:
        return {
            line.strip() for page in pdf.pages for line in (page.extract_text() or "").split("\n")
        }


def word_rows(path: Path) -> list[list[str]]:
    document = docx.Document(str(path))
    return [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]


def sheet_rows(path: Path, name: str) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path)[name]
    return [tuple(c.value for c in row) for row in sheet.iter_rows()]


def with_monday(summary: PeriodSummary, monday: WeekdayVisits) -> PeriodSummary:
    """The summary with Monday's totals replaced (the other six days as they were)."""
    days = (monday, *summary.visits_by_weekday[1:])
    return dataclasses.replace(summary, visits_by_weekday=days)


# -- 1. one rounding rule --------------------------------------------------------------------


def test_the_rule_rounds_half_up() -> None:
    assert [one_decimal(x) for x in (2.25, 2.35, -2.25, 0.05, 4.0)] == [2.3, 2.4, -2.3, 0.1, 4.0]
    assert ratio(9, 4) == 2.3 and ratio(1, 16, 100) == 6.3 and ratio(1, 0) is None


def test_a_tie_rounds_half_up_in_every_file(reports: ReportService, tmp_path: Path) -> None:
    # 9 visits on 4 Mondays is 2,25 a day: the headline's rule gives 2,3, round() gave 2,2.
    summary = with_monday(reports.season(SEASON), WeekdayVisits(0, 9, 4))
    assert sheet_rows(files.write_xlsx(summary, tmp_path / "s.xlsx"), "Besök per veckodag")[1] == (
        "Måndag",
        9,
        4,
        2.3,
    )
    written = {p.name: p for p in files.write_csv(summary, tmp_path / "csv")}
    assert read_csv(written["besök_per_veckodag.csv"])[1] == ["Måndag", "9", "4", "2,3"]
    assert "Måndag 9 4 2,3" in pdf_lines(files.write_pdf(summary, tmp_path / "s.pdf"))
    assert ["Måndag", "9", "4", "2,3"] in word_rows(files.write_docx(summary, tmp_path / "s.docx"))


# -- 2. "–" for no data --------------------------------------------------------------------


def test_a_weekday_without_open_days_has_no_average(reports: ReportService, tmp_path: Path) -> None:
    # The summer season is open on weekdays only: Sunday has no open day, so no average.
    summary = reports.season(SEASON)
    workbook = files.write_xlsx(summary, tmp_path / "s.xlsx")
    assert sheet_rows(workbook, "Besök per veckodag")[7] == ("Söndag", 0, 0, None)  # empty cell
    written = {p.name: p for p in files.write_csv(summary, tmp_path / "csv")}
    assert read_csv(written["besök_per_veckodag.csv"])[7] == ["Söndag", "0", "0", ""]
    assert "Söndag 0 0 –" in pdf_lines(files.write_pdf(summary, tmp_path / "s.pdf"))
    assert ["Söndag", "0", "0", "–"] in word_rows(files.write_docx(summary, tmp_path / "s.docx"))


def test_a_period_without_open_days_has_no_headline_average(
    reports: ReportService, tmp_path: Path
) -> None:
    empty = reports.period(dt.date(2030, 1, 1), dt.date(2030, 1, 31))
    figures = dict(sheet_rows(files.write_xlsx(empty, tmp_path / "tom.xlsx"), "Nyckeltal")[1:])
    assert figures["Besök per öppen dag"] is None
    assert ["Besök per öppen dag", "–"] in word_rows(files.write_docx(empty, tmp_path / "t.docx"))


# -- 3. ISO week-years ---------------------------------------------------------------------


def test_weeks_of_another_iso_year_say_which(reports: ReportService, tmp_path: Path) -> None:
    # 1 January 2022 is a Saturday in ISO week 52 of 2021; 31 December 2022 is in week 52 of 2022.
    year = reports.period(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    weeks = sheet_rows(files.write_xlsx(year, tmp_path / "år.xlsx"), "Besök per vecka")
    assert weeks[1][:2] == ("v. 52 (2021)", dt.datetime(2021, 12, 27))
    assert weeks[2][0] == "v. 1" and weeks[-1][0] == "v. 52"
    written = {p.name: p for p in files.write_csv(year, tmp_path / "csv")}
    assert read_csv(written["besök_per_vecka.csv"])[1][0] == "v. 52 (2021)"
    pdf = pdf_lines(files.write_pdf(year, tmp_path / "år.pdf"))
    assert any(line.startswith("v. 52 (2021)") for line in pdf)
    word = word_rows(files.write_docx(year, tmp_path / "år.docx"))
    assert any(row[0] == "v. 52 (2021)" for row in word)


# -- 4. the partner separator --------------------------------------------------------------


def test_partner_names_with_commas_stay_apart(filled: App, tmp_path: Path) -> None:
    filled.organisations.add("Föreningen Nora, Malmö", "association")
    filled.organisations.add("Unga Röster", "informal_group")
    _activity(
        filled,
        "Vänskapsparken",
        "2025-06-20",
        "Sångstund",
        "Konstworkshop",
        partners=("Föreningen Nora, Malmö", "Unga Röster"),
    )
    data = report_service(filled).export(dt.date(2025, 6, 20), dt.date(2025, 6, 20))
    [row] = sheet_rows(files.write_xlsx(data, tmp_path / "export.xlsx"), "Aktiviteter")[1:]
    partners = str(row[8])
    assert sorted(partners.split(" | ")) == ["Föreningen Nora, Malmö", "Unga Röster"]
    written = {p.name: p for p in files.write_csv(data, tmp_path / "csv")}
    [csv_row] = read_csv(written["aktiviteter.csv"])[1:]
    assert csv_row[8] == partners


# -- 5. the default year -------------------------------------------------------------------


def test_the_default_year_is_the_previous_one_until_april() -> None:
    assert default_report_year(dt.date(2026, 1, 1)) == 2025
    assert default_report_year(dt.date(2026, 3, 31)) == 2025
    assert default_report_year(dt.date(2026, 4, 1)) == 2026
    assert default_report_year(dt.date(2026, 12, 31)) == 2026


def test_report_annual_without_year_takes_the_default(cli, tmp_path: Path) -> None:
    target = tmp_path / "år.xlsx"
    result = cli("report", "annual", "--xlsx", str(target))
    assert result.code == 0, result.err
    expected = default_report_year(dt.date.today())  # the command line runs on the real clock
    about = dict(sheet_rows(target, "Om rapporten"))
    assert about["Rapport"] == f"Årlig uppföljning {expected}"


# -- 6. print-ready XLSX -------------------------------------------------------------------


def test_every_xlsx_sheet_is_ready_to_print(reports: ReportService, tmp_path: Path) -> None:
    data = reports.export(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    for report in (reports.season(SEASON), reports.annual(2025), data):
        workbook = openpyxl.load_workbook(files.write_xlsx(report, tmp_path / "r.xlsx"))
        for sheet in workbook.worksheets:
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
            wide = sheet.max_column > 7
            assert sheet.page_setup.orientation == ("landscape" if wide else "portrait")
            if sheet.title != "Om rapporten":
                assert sheet.print_title_rows in {"1:1", "$1:$1"}, sheet.title
                assert all(cell.font.b and cell.font.name for cell in sheet[1]), sheet.title
    activities = openpyxl.load_workbook(tmp_path / "r.xlsx")["Aktiviteter"]
    assert activities.page_setup.orientation == "landscape"  # thirteen columns


def test_wrapped_xlsx_rows_are_tall_enough_for_their_lines(
    reports: ReportService, tmp_path: Path
) -> None:
    """A wrapped header or long name gets the row height of its lines: LibreOffice (unlike
    Excel) does not fit a row to its wrapped text, so the lines would print over the next row."""
    workbook = openpyxl.load_workbook(files.write_xlsx(reports.annual(2025), tmp_path / "å.xlsx"))
    checked = 0
    for sheet in workbook.worksheets[1:]:
        for row in sheet.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.alignment.wrap_text):
                    continue
                if cell.coordinate in sheet.merged_cells:
                    continue  # the note under a table has its own height
                width = sheet.column_dimensions[cell.column_letter].width
                lines = len(textwrap.wrap(cell.value, int(width) - 1, break_long_words=False))
                if lines > 1:
                    height = sheet.row_dimensions[cell.row].height
                    assert height is not None and height >= 15 * lines, (sheet.title, cell.value)
                    checked += 1
    assert checked >= 3  # the areas' long names and several headers wrap in the demo year


def test_the_made_on_date_is_a_real_date(reports: ReportService, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(files.write_xlsx(reports.season(SEASON), tmp_path / "s.xlsx"))
    sheet = workbook["Om rapporten"]
    [made] = [row[1] for row in sheet.iter_rows() if row[0].value == "Framställd"]
    assert made.is_date and made.value == dt.datetime(2025, 7, 3)
    assert made.number_format == "yyyy-mm-dd"
