"""The partner report (issue 16, item 5) through the real command line, read back from every
format: the hand-worked data set of report_data.py, and on a demo year the figures agree with
the activities `activity list --json` lists for the organisation."""

import csv
import datetime as dt
import json
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from report_data import ARABIC_ORG, FORMULA_ORG, fill
from test_report_docx import meaning, word_tables, xlsx_tables

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports import chart_images, files
from vanskapshuset.reports.service import ReportService
from vanskapshuset.services.demo import DemoOptions, generate_demo

YEAR = ("--from", "2025-01-01", "--to", "2025-12-31")

# Worked by hand from report_data.fill: the Arabic-named association organised the meeting of
# 2025-03-10 (6 participants, "unknown" 26+, a knowledge exchange) and was a partner in the
# football of 2025-06-16 that FC Rosengård organised (girls 7-9: 3, boys 10-13: 5). The
# cancelled (deleted) dance of 2025-06-20 is not counted.
ARABIC_FIGURES = {
    "Aktiviteter tillsammans": 2,
    "Dagar med aktiviteter": 2,
    "Deltagare": 14,
    "Tillfällen av kunskapsutbyte": 1,
    "Som arrangör": 1,
    "Som partner": 1,
    "Andra organisationer (olika)": 1,
}


@pytest.fixture
def filled_cli(app: App, cli):
    fill(app)
    return cli


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_partner_report_in_every_format(filled_cli, tmp_path: Path) -> None:
    pdf, xlsx, word, folder = (tmp_path / n for n in ("p.pdf", "p.xlsx", "p.docx", "csv"))
    result = filled_cli(
        "report", "partner", "--organisation", ARABIC_ORG, *YEAR, "--pdf", str(pdf),
        "--xlsx", str(xlsx), "--docx", str(word), "--csv", str(folder),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.splitlines()[:3] == [str(pdf), str(word), str(xlsx)]

    # XLSX: the headline, the report's subject and the activities with real dates and times.
    workbook = openpyxl.load_workbook(xlsx)
    about = dict(workbook["Om rapporten"].iter_rows(values_only=True))
    assert about["Samarbetspartner"] == ARABIC_ORG
    assert about["Period"] == "2025-01-01 – 2025-12-31"
    figures = dict(workbook["Nyckeltal"].iter_rows(min_row=2, values_only=True))
    assert figures == ARABIC_FIGURES
    rows = list(workbook["Aktiviteter"].iter_rows(min_row=2, values_only=True))
    assert [(r[0].date(), r[1], r[3], r[4], r[6], r[7], r[8], r[9]) for r in rows] == [
        (dt.date(2025, 3, 10), dt.time(15), "Vänskapshuset", "Samverkan med föreningarna",
         "Arrangör", None, 6, "ja"),
        (dt.date(2025, 6, 16), dt.time(15), "Vänskapsparken", "Fotboll med FC Rosengård",
         "Partner", "FC Rosengård", 8, "nej"),
    ]  # fmt: skip

    # CSV: the same rows, and participants per activity by gender with the period's total.
    assert sorted(p.name for p in folder.iterdir()) == [
        "aktiviteter.csv",
        "aktiviteter_per_typ.csv",
        "deltagare_per_kön.csv",
        "deltagare_per_ålder.csv",
        "nyckeltal.csv",
        "per_aktivitet_och_kön.csv",
        "per_aktivitet_och_ålder.csv",
    ]
    listed = read_csv(folder / "aktiviteter.csv")
    assert [row[0] for row in listed[1:]] == ["2025-03-10", "2025-06-16"]
    assert [row[6] for row in listed[1:]] == ["Arrangör", "Partner"]
    by_gender = read_csv(folder / "per_aktivitet_och_kön.csv")
    assert by_gender[0] == ["Datum", "Aktivitet", "Flicka", "Pojke", "Annat", "Vill ej ange",
                            "Totalt"]  # fmt: skip
    assert by_gender[-1] == ["Totalt", "", "3", "5", "0", "6", "14"]
    by_age = {row[0]: row[1] for row in read_csv(folder / "deltagare_per_ålder.csv")[1:]}
    assert (by_age["7-9"], by_age["10-13"], by_age["26+"], by_age["0-6"]) == ("3", "5", "6", "0")

    # PDF: the figures, both activities with their roles, none of the deleted one.
    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "2 2 14" in first and "Aktiviteter tillsammans Dagar med aktiviteter Deltagare" in first
    assert "2025-03-10 Samverkan med Arrangör 6 Ja" in text
    assert "2025-06-16 Fotboll med FC Rosengård Partner FC Rosengård 8" in text
    assert "Totalt – 3 5 0 6 14" in text
    assert "Inställd" not in text

    # Word: ready sentences with the figures, the sheets' tables as Word tables.
    document = docx.Document(str(word))
    assert len(document.inline_shapes) == 3  # participants by gender and age, activities a month
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert (
        "Under perioden 1 januari 2025 – 31 december 2025 genomförde vi 2 aktiviteter "
        f"tillsammans med {ARABIC_ORG}, med sammanlagt 14 deltagare."
    ) in paragraphs
    assert "Bland deltagarna var 3 flickor, 5 pojkar och 6 som inte angett kön." in paragraphs
    assert f"{ARABIC_ORG} var arrangör vid 1 och samverkanspartner vid 1 av dem." in paragraphs
    assert "Aktiviteterna hölls på 2 olika dagar, den första 10 mars 2025" in paragraphs
    in_word = [meaning(table) for table in word_tables(word)]
    for name, rows in xlsx_tables(xlsx).items():
        if name != "Aktiviteter":  # Word prints the list as the PDF does (when and where, …)
            assert meaning(rows) in in_word, name
    printed = word_tables(word)[1]
    assert printed[1][:3] == [
        "2025-03-10\n15:00–16:30\nVänskapshuset",
        "Samverkan med föreningarna\nSamverkansmöte",
        "Arrangör",
    ]


def test_a_shorter_period_and_a_formula_like_name(filled_cli, tmp_path: Path) -> None:
    xlsx, folder = tmp_path / "f.xlsx", tmp_path / "ut"
    result = filled_cli(
        "report", "partner", "--organisation", FORMULA_ORG, "--from", "2025-06-01",
        "--to", "2025-06-30", "--xlsx", str(xlsx), "--csv", str(folder),
    )  # fmt: skip
    assert result.code == 0, result.err
    workbook = openpyxl.load_workbook(xlsx)
    about = workbook["Om rapporten"]
    partner = next(row[1] for row in about.iter_rows() if row[0].value == "Samarbetspartner")
    assert partner.value == FORMULA_ORG and partner.data_type == "s"  # text, never a formula
    figures = dict(workbook["Nyckeltal"].iter_rows(min_row=2, values_only=True))
    assert figures["Aktiviteter tillsammans"] == 1 and figures["Deltagare"] == 4
    assert figures["Tillfällen av kunskapsutbyte"] == 1 and figures["Som partner"] == 1
    listed = read_csv(folder / "aktiviteter.csv")
    assert [row[4] for row in listed[1:]] == ["Målarverkstad"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--organisation", "Okänd förening", *YEAR, "--pdf", "{out}/x.pdf"],
         "Okänd organisation ”Okänd förening” (finns: "),
        (["--organisation", ARABIC_ORG, *YEAR], "Ange var rapporten ska sparas"),
        (["--organisation", ARABIC_ORG, "--from", "2025-12-31", "--to", "2025-01-01",
          "--pdf", "{out}/x.pdf"], "före"),
        (["--organisation", ARABIC_ORG, "--from", "2025-02-30", "--to", "2025-03-01",
          "--csv", "{out}/csv"], "Datumet"),
    ],
)  # fmt: skip
def test_bad_partner_commands_write_nothing(
    filled_cli, tmp_path: Path, arguments: list[str], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = filled_cli("report", "partner", *[a.replace("{out}", str(out)) for a in arguments])
    assert result.code == 2
    assert message in result.err and result.err.count("\n") == 1
    assert list(out.iterdir()) == []


def test_a_demo_year_agrees_with_the_listed_activities(app: App, cli, tmp_path: Path) -> None:
    """Another path to the same figures: `activity list --json` filtered by hand."""
    generate_demo(app, DemoOptions(seed=2023, year=2025))
    listed = json.loads(cli("activity", "list", *YEAR, "--json").out)
    names = [o.name for o in app.organisations.list()]
    with_partners = [n for n in names if any(n in a["partners"] for a in listed)]
    chosen = sorted(with_partners, key=lambda n: -sum(n in a["partners"] for a in listed))[:3]
    assert chosen
    for name in chosen:
        joint = [a for a in listed if a["organiser"] == name or name in a["partners"]]
        xlsx = tmp_path / f"{len(name)}.xlsx"
        result = cli("report", "partner", "--organisation", name, *YEAR, "--xlsx", str(xlsx))
        assert result.code == 0, result.err
        figures = dict(
            openpyxl.load_workbook(xlsx)["Nyckeltal"].iter_rows(min_row=2, values_only=True)
        )
        others = {o for a in joint for o in [a["organiser"], *a["partners"]] if o and o != name}
        assert figures == {
            "Aktiviteter tillsammans": len(joint),
            "Dagar med aktiviteter": len({a["date"] for a in joint}),
            "Deltagare": sum(a["participants_total"] for a in joint),
            "Tillfällen av kunskapsutbyte": sum(a["knowledge_exchange"] for a in joint),
            "Som arrangör": sum(a["organiser"] == name for a in joint),
            "Som partner": sum(a["organiser"] != name for a in joint),
            "Andra organisationer (olika)": len(others),
        }, name


def test_every_chart_is_saved_as_a_png_in_one_go(reports: ReportService, tmp_path: Path) -> None:
    partner = reports.partner(ARABIC_ORG, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    written = chart_images.write_chart_pngs(partner, tmp_path / "bilder", "Samarbete")
    assert [p.name for p in written] == [
        "Samarbete – Deltagare per kön.png",
        "Samarbete – Deltagare per åldersgrupp.png",
        "Samarbete – Aktiviteter per månad.png",
    ]
    assert all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in written)
    season = reports.season("Bästa sommaren 2025")
    assert len(chart_images.write_chart_pngs(season, tmp_path / "säsong", "S")) == 5
    annual = reports.annual(2025)
    assert len(chart_images.write_chart_pngs(annual, tmp_path / "år", "Å")) == 2
    # A period within one month has no month chart; a day report has no charts at all.
    june = reports.partner(ARABIC_ORG, dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert [t for t, _ in chart_images.report_charts(june)] == [
        "Deltagare per kön",
        "Deltagare per åldersgrupp",
    ]
    with pytest.raises(UserError, match="inga diagram"):
        chart_images.write_chart_pngs(reports.day(dt.date(2025, 7, 3)), tmp_path / "dag", "D")
    assert not (tmp_path / "dag").exists()


def test_charts_into_a_file_s_place_are_one_sentence_and_nothing(
    reports: ReportService, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    blocker = out / "fil.txt"
    blocker.write_text("här ligger en fil")
    partner = reports.partner(ARABIC_ORG, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    with pytest.raises(UserError):
        chart_images.write_chart_pngs(partner, blocker, "Samarbete")
    assert blocker.read_text() == "här ligger en fil"
    assert sorted(p.name for p in out.iterdir()) == ["fil.txt"]


def test_files_name_the_partner(reports: ReportService) -> None:
    partner = reports.partner("fc rosengård", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert files.title_of(partner) == "Samarbete med FC Rosengård"  # the register's spelling
