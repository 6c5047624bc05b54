"""A season at several sites (issue 16, item 1): one season report covers all its sites, with a
table per site in every format; `--site` narrows it to one, `--all-sites` widens it to every
site; the previous season is compared at the same sites, and the annual report's appendix uses
the season's own sites. Every figure is checked against `stats --json` of each site alone."""

import csv
import datetime as dt
import json
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from report_data import SEASON, _activity, _at, fill

from vanskapshuset.app import App

TRIP = "Utflykt"
PARK = "Vänskapsparken"
HOUSE = "Vänskapshuset"
SITES = [TRIP, PARK]  # in Swedish order, as the report lists them


@pytest.fixture
def filled_cli(app: App, cli):
    """The hand-worked data set, an excursion site with a trip in each summer, and both
    summers running in the park and on excursions."""
    fill(app)
    trip = app.sites.add(TRIP, "excursion").id
    app.organisations.add("Malmö museer", "municipal")
    _activity(app, TRIP, "2025-07-10", "Till Malmöhus", "Utflykt", organiser="Malmö museer",
              participants="girl:7-9=5,boy:7-9=7")  # fmt: skip
    app.visits.add(trip, "girl", "10-13", 3, _at("2025-07-10", 10))
    app.visits.add(trip, "boy", "10-13", 2, _at("2024-07-11", 10))
    for season in ("Bästa sommaren 2024", SEASON):
        edited = cli("season", "edit", season, "--site", PARK, "--site", TRIP)
        assert edited.code == 0, edited.err
    return cli


TOTAL = "Alla platser (olika dagar och aktörer)"  # a day or an organisation counts once


def _stats(cli, site: str | None, start: str = "2025-06-16", end: str = "2025-08-08") -> dict:
    where = ("--site", site) if site else ()
    result = cli("stats", "--from", start, "--to", end, *where, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _site_row(stats: dict) -> list[object]:
    average = stats["avg_visits_per_open_day"] if stats["days_open"] else None
    return [
        stats["visits"],
        stats["days_open"],
        average,
        stats["activities"],
        stats["participants"],
        stats["active_organisations"],
    ]


def test_one_season_report_covers_its_sites_with_a_row_per_site(filled_cli, tmp_path: Path):
    pdf, xlsx, word, folder = (tmp_path / name for name in ("s.pdf", "s.xlsx", "s.docx", "csv"))
    result = filled_cli("report", "season", "--season", SEASON, "--pdf", str(pdf),
                        "--xlsx", str(xlsx), "--docx", str(word), "--csv", str(folder))  # fmt: skip
    assert result.code == 0, result.err
    per_site = {site: _stats(filled_cli, site) for site in SITES}
    house = _stats(filled_cli, HOUSE)
    assert house["visits"] > 0, "the house has visits in the season that the report leaves out"
    expected = {site: _site_row(stats) for site, stats in per_site.items()}
    visits = sum(stats["visits"] for stats in per_site.values())
    activities = sum(stats["activities"] for stats in per_site.values())

    workbook = openpyxl.load_workbook(xlsx)
    rows = list(workbook["Per plats"].iter_rows(min_row=1, values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "Plats"))
    in_xlsx = {row[0]: list(row[1:]) for row in rows[header + 1 :] if row[0]}
    assert {site: in_xlsx[site] for site in SITES} == expected
    assert in_xlsx[TOTAL][0] == visits and in_xlsx[TOTAL][3] == activities
    key = {r[0]: r[1] for r in workbook["Nyckeltal"].iter_rows(min_row=2, values_only=True)}
    assert (key["Besök"], key["Aktiviteter"]) == (visits, activities)

    with (folder / "per_plats.csv").open(encoding="utf-8-sig", newline="") as handle:
        in_csv = {row[0]: row[1:] for row in list(csv.reader(handle, delimiter=";"))[1:]}
    assert in_csv[TRIP][0] == str(per_site[TRIP]["visits"])
    assert in_csv[TOTAL][0] == str(visits)

    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Platser: Utflykt och Vänskapsparken" in text
    for site in SITES:
        assert f"\n{site} {_pdf_row(per_site[site])}\n" in text
    assert "Malmö museer" in text  # the excursion's organiser is among the season's partners

    document = docx.Document(str(word))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "Platser: Utflykt och Vänskapsparken" in paragraphs
    assert "på Utflykt och Vänskapsparken" in paragraphs  # the sentences name both sites
    (table,) = [t for t in document.tables if t.rows[0].cells[0].text == "Plats"]
    assert [row.cells[0].text for row in table.rows[1:]] == [*SITES, TOTAL]


def _pdf_row(stats: dict) -> str:
    """A site's row as the PDF prints it: spaces between thousands, a decimal comma, "–"."""

    def shown(value: object) -> str:
        if value is None:
            return "–"
        if isinstance(value, float):
            return f"{value:.1f}".replace(".", ",")
        return f"{value:,}".replace(",", " ")

    return " ".join(shown(value) for value in _site_row(stats))


def test_the_previous_season_is_compared_at_the_same_sites(filled_cli, tmp_path: Path):
    xlsx = tmp_path / "s.xlsx"
    assert filled_cli("report", "season", "--season", SEASON, "--xlsx", str(xlsx)).code == 0
    before = [_stats(filled_cli, site, "2024-06-17", "2024-08-09") for site in SITES]
    rows = openpyxl.load_workbook(xlsx)["Jämförelse"].iter_rows(values_only=True)
    compared = {row[0]: row[1:] for row in rows if row and row[0]}
    assert compared["Besök"][1] == sum(stats["visits"] for stats in before)
    assert before[0]["visits"] > 0, "the 2024 trip's visits are part of the comparison"


def test_site_narrows_and_all_sites_widens_the_season(filled_cli, tmp_path: Path):
    one, every = tmp_path / "one.xlsx", tmp_path / "every.xlsx"
    narrowed = filled_cli("report", "season", "--season", SEASON, "--site", PARK,
                          "--xlsx", str(one))  # fmt: skip
    assert narrowed.code == 0, narrowed.err
    book = openpyxl.load_workbook(one)
    assert "Per plats" not in book.sheetnames  # one site: no breakdown
    key = {r[0]: r[1] for r in book["Nyckeltal"].iter_rows(min_row=2, values_only=True)}
    assert key["Besök"] == _stats(filled_cli, PARK)["visits"]
    compared = {r[0]: r[1:] for r in book["Jämförelse"].iter_rows(values_only=True) if r[0]}
    assert compared["Besök"][1] == _stats(filled_cli, PARK, "2024-06-17", "2024-08-09")["visits"]

    widened = filled_cli("report", "season", "--season", SEASON, "--all-sites",
                         "--xlsx", str(every))  # fmt: skip
    assert widened.code == 0, widened.err
    rows = list(openpyxl.load_workbook(every)["Per plats"].iter_rows(values_only=True))
    sites = [row[0] for row in rows if row[0] in (TRIP, PARK, HOUSE)]
    assert sites == [TRIP, HOUSE, PARK]
    total = next(row for row in rows if row[0] == TOTAL)
    assert total[1] == _stats(filled_cli, None)["visits"]


def test_the_annual_appendix_covers_the_seasons_own_sites(filled_cli, tmp_path: Path):
    pdf = tmp_path / "år.pdf"
    assert filled_cli("report", "annual", "--year", "2025", "--pdf", str(pdf)).code == 0
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    appendix = text[text.index(f"Bilaga: {SEASON}") :]
    assert "Platser: Utflykt och Vänskapsparken" in appendix
    assert f"\n{TRIP} {_pdf_row(_stats(filled_cli, TRIP))}\n" in appendix


def test_a_season_of_every_site_says_so(filled_cli, tmp_path: Path):
    assert filled_cli("season", "edit", SEASON, "--all-sites").code == 0
    pdf = tmp_path / "alla.pdf"
    assert filled_cli("report", "season", "--season", SEASON, "--pdf", str(pdf)).code == 0
    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
    assert "Alla platser" in first
    assert dt.date(2025, 6, 16).isoformat() in first


def test_a_period_of_every_site_has_no_per_site_table(filled_cli, tmp_path: Path):
    """Only a season is broken down by site: a custom period stays as it was."""
    target = tmp_path / "period.xlsx"
    made = filled_cli("report", "period", "--from", "2025-06-16", "--to", "2025-08-08",
                      "--xlsx", str(target))  # fmt: skip
    assert made.code == 0, made.err
    assert "Per plats" not in openpyxl.load_workbook(target).sheetnames
