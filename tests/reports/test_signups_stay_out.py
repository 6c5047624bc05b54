"""Sign-ups are personal data: they never reach statistics, reports or exports."""

import datetime as dt
from pathlib import Path

import openpyxl
import pdfplumber
from report_data import SEASON

from vanskapshuset.app import App
from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService
from vanskapshuset.services.signups import SignUpInput

CHILD, GUARDIAN, PHONE, NOTE = "Zlatan Testsson", "Vera Testsson", "0701234567", "Jordnötsallergi"


def outputs(app: App, reports: ReportService, folder: Path) -> dict[str, object]:
    """Every figure and file the app can give out for the year, as comparable values."""
    folder.mkdir()
    year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    written: dict[str, object] = {"stats": app.statistics.period(*year).as_json()}
    for name, report in (
        ("season", reports.season(SEASON)),
        ("annual", reports.annual(2025)),
        ("export", reports.export(*year)),
    ):
        for path in files.write_csv(report, folder / name):
            written[f"{name}/{path.name}"] = path.read_text("utf-8-sig")
        workbook = openpyxl.load_workbook(files.write_xlsx(report, folder / f"{name}.xlsx"))
        written[f"{name}.xlsx"] = [
            [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets[1:]  # the first says when it was produced
        ]
    for name, report in (
        ("season.pdf", reports.season(SEASON)),
        ("annual.pdf", reports.annual(2025)),
        ("day.pdf", reports.day(dt.date(2025, 6, 16))),
    ):
        with pdfplumber.open(files.write_pdf(report, folder / name)) as pdf:
            written[name] = "\n".join(page.extract_text() for page in pdf.pages)
    return written


def test_signups_change_no_figure_and_appear_in_no_file(
    filled: App, reports: ReportService, tmp_path: Path
) -> None:
    before = outputs(filled, reports, tmp_path / "before")
    football = filled.activities.list(dt.date(2025, 6, 16), dt.date(2025, 6, 16))[0]
    for number in range(3):
        filled.signups.add(
            football.id,
            SignUpInput(f"{CHILD} {number}", 9, GUARDIAN, PHONE, True, NOTE),
        )
    after = outputs(filled, reports, tmp_path / "after")
    assert after == before
    everything = repr(after)  # CSV text, XLSX cells and PDF text alike
    for personal in (CHILD, GUARDIAN, PHONE, NOTE):
        assert personal not in everything
