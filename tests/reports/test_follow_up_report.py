"""The annual report's "Kvalitativa mått": the year's surveys and initiatives from the follow-up
register, read back from the PDF (pdfplumber), the XLSX (openpyxl), the CSV and the Word file
(python-docx). Other years' entries stay out; an empty year says so in a sentence."""

import csv
import datetime as dt
from pathlib import Path

import docx
import openpyxl
import pytest
from report_data import ARABIC_ORG, FORMULA_ORG
from test_report_docx import meaning, text_of, word_tables, xlsx_tables
from test_report_pdf import lines, pdf_pages

from vanskapshuset.app import App
from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.services.follow_up import InitiativeInput, SurveyInput

YEAR = 2025
SUMMARY = "Aktörerna önskar fler gemensamma helgaktiviteter."


@pytest.fixture
def followed(filled: App) -> App:
    orgs = {org.name: org.id for org in filled.organisations.list()}
    add_survey, add_initiative = filled.follow_up.add_survey, filled.follow_up.add_initiative
    add_survey(SurveyInput(dt.date(2025, 3, 12), SUMMARY, (orgs["FC Rosengård"], orgs[ARABIC_ORG])))
    add_survey(SurveyInput(dt.date(2025, 10, 8), "Trygga föräldrar.", (), "Föräldraforum"))
    add_survey(SurveyInput(dt.date(2024, 5, 5), "Förra årets enkät.", (), "boende"))
    add_initiative(
        InitiativeInput(
            "Sommarlovsplanering",
            "ended",
            (orgs["FC Rosengård"], orgs[FORMULA_ORG]),
            dt.date(2025, 2, 1),
            dt.date(2025, 8, 31),
            "Varannan månad.",
        )
    )
    add_initiative(InitiativeInput("Läxhjälpsnätverk", "ongoing", (), dt.date(2025, 9, 1)))
    add_initiative(
        InitiativeInput("Avslutat 2024", "ended", (), dt.date(2024, 1, 1), dt.date(2024, 12, 1))
    )
    return filled


def test_the_annual_report_holds_the_years_follow_up(followed: App, reports) -> None:
    report = reports.annual(YEAR)
    assert report.follow_up is not None
    assert [s.summary for s in report.follow_up.surveys] == [SUMMARY, "Trygga föräldrar."]
    assert [i.title for i in report.follow_up.initiatives] == [
        "Sommarlovsplanering",
        "Läxhjälpsnätverk",
    ]


def test_the_pdf_has_the_section_with_names_and_statuses(
    followed: App, reports: ReportService, tmp_path: Path
) -> None:
    pages = pdf_pages(files.write_pdf(reports.annual(YEAR), tmp_path / "år.pdf"))
    text = "\n".join(pages)
    section = text[text.index("Kvalitativa mått") : text.index("Bilaga")].replace("\n", " ")
    assert "Under 2025 genomfördes 2 enkäter med aktörer, och 2 samverkansinitiativ" in section
    assert "(1 pågående och 1 avslutat)" in section
    assert "Enkäter till aktörer 2025" in section
    assert "Samverkansinitiativ som följts 2025" in section
    found = lines(pages)
    assert "2025-10-08 Föräldraforum Trygga föräldrar." in found
    assert "Läxhjälpsnätverk – pågår 2025-09-01 – –" in found
    assert SUMMARY in section and "FC Rosengård" in section and "avslutad" in section
    assert visual(ARABIC_ORG) in section  # shaped, right to left, as in every table
    assert "Förra årets enkät" not in text and "Avslutat 2024" not in text


def test_the_xlsx_and_csv_have_the_tables_with_real_dates(
    followed: App, reports: ReportService, tmp_path: Path
) -> None:
    report = reports.annual(YEAR)
    workbook = openpyxl.load_workbook(files.write_xlsx(report, tmp_path / "år.xlsx"))
    surveys = list(workbook["Enkäter"].iter_rows(values_only=True))
    assert surveys[0] == ("Datum", "Med vilka", "Sammanfattning")
    assert surveys[-1] == (dt.datetime(2025, 10, 8), "Föräldraforum", "Trygga föräldrar.")
    initiatives = list(workbook["Samverkansinitiativ"].iter_rows(values_only=True))
    assert initiatives[0] == ("Initiativ", "Partner", "Status", "Start", "Slut", "Anteckning")
    assert initiatives[1][2:5] == ("avslutad", dt.datetime(2025, 2, 1), dt.datetime(2025, 8, 31))
    # Names are kept apart by " | " (names hold commas); a formula-like name stays text.
    [partners] = [c for c in workbook["Samverkansinitiativ"]["B"] if c.value and "|" in c.value]
    assert FORMULA_ORG in partners.value and "FC Rosengård" in partners.value
    assert partners.data_type == "s"
    written = files.write_csv(report, tmp_path / "csv")
    [survey_file] = [p for p in written if p.name == "enkäter.csv"]
    with survey_file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Datum", "Med vilka", "Sammanfattning"]
    assert len(rows) == 3


def test_the_word_file_has_the_section_and_the_same_tables_as_the_xlsx(
    followed: App, reports: ReportService, tmp_path: Path
) -> None:
    report = reports.annual(YEAR)
    word = files.write_docx(report, tmp_path / "år.docx")
    sheets = xlsx_tables(files.write_xlsx(report, tmp_path / "år.xlsx"))
    in_word = [meaning(table) for table in word_tables(word)]
    assert meaning(sheets["Enkäter"]) in in_word
    assert meaning(sheets["Samverkansinitiativ"]) in in_word
    text = text_of(word)
    assert "Under 2025 genomfördes 2 enkäter med aktörer" in text
    headings = [
        p.text for p in docx.Document(str(word)).paragraphs if p.style.name.startswith("Heading")
    ]
    # Before the appendices, after the year's own tables.
    assert headings.index("Kvalitativa mått") > headings.index("Per plats")
    assert headings.index("Kvalitativa mått") < headings.index("Bilaga: Bästa sommaren 2025")


def test_a_year_without_follow_up_says_so(reports: ReportService, tmp_path: Path) -> None:
    report = reports.annual(YEAR)
    pages = pdf_pages(files.write_pdf(report, tmp_path / "tomt.pdf"))
    text = "\n".join(pages)
    assert (
        "Under 2025 genomfördes inga enkäter med aktörer, och inga samverkansinitiativ följdes."
        in text.replace("\n", " ")
    )
    word = text_of(files.write_docx(report, tmp_path / "tomt.docx"))
    assert "inga samverkansinitiativ följdes" in word
