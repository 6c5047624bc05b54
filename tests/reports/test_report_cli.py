"""The command line's reports, and the proof that every format shows the same figures."""

import csv
import json
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from report_data import SEASON, fill
from report_reading import pdf_tiles

from vanskapshuset.app import App


@pytest.fixture
def filled_cli(app: App, cli):
    fill(app)
    return cli


def test_every_format_shows_the_figures_of_stats_json(filled_cli, tmp_path: Path) -> None:
    pdf, xlsx, folder = tmp_path / "s.pdf", tmp_path / "s.xlsx", tmp_path / "csv"
    result = filled_cli(
        "report", "season", "--season", SEASON, "--pdf", str(pdf), "--xlsx", str(xlsx),
        "--csv", str(folder),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert str(pdf) in result.out and str(xlsx) in result.out
    stats = json.loads(
        filled_cli(
            "stats", "--from", "2025-06-16", "--to", "2025-08-08", "--site", "Vänskapsparken",
            "--json",
        ).out
    )  # fmt: skip
    expected = {
        "Besök": stats["visits"],
        "Öppna dagar": stats["days_open"],
        "Besök per öppen dag": stats["avg_visits_per_open_day"],
        "Besök bästa dagen": stats["peak_day"]["visits"],
        "Aktiviteter": stats["activities"],
        "Deltagare": stats["participants"],
        "Tillfällen av kunskapsutbyte": stats["knowledge_exchanges"],
        "Aktiva föreningar och grupper": stats["active_organisations"],
    }

    sheet = openpyxl.load_workbook(xlsx)["Nyckeltal"]
    in_xlsx = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {k: in_xlsx[k] for k in expected} == expected
    assert in_xlsx["Bästa dag"].date().isoformat() == stats["peak_day"]["date"]

    with (folder / "nyckeltal.csv").open(encoding="utf-8-sig", newline="") as handle:
        in_csv = dict(list(csv.reader(handle, delimiter=";"))[1:])
    as_csv = {k: str(v).replace(".", ",") for k, v in expected.items()}
    assert {k: in_csv[k] for k in expected} == as_csv
    assert in_csv["Bästa dag"] == stats["peak_day"]["date"]

    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
        later = "\n".join(page.extract_text() for page in document.pages[1:])
    tiles = pdf_tiles(pdf)
    avg = str(stats["avg_visits_per_open_day"]).replace(".", ",")
    assert [tiles["Besök"], tiles["Öppna dagar"], tiles["Besök per öppen dag"]] == [
        str(stats["visits"]),
        str(stats["days_open"]),
        avg,
    ]
    assert tiles[f"Bästa dag ({stats['peak_day']['visits']} besök)"] == "3 juli"
    assert [tiles["Aktiviteter"], tiles["Deltagare"]] == [
        str(stats["activities"]),
        str(stats["participants"]),
    ]
    assert "Bästa sommaren 2025" in first
    by_gender = stats["visits_by_gender"]
    assert f"Flicka {by_gender['girl']} " in later and f"Pojke {by_gender['boy']} " in later
    for band, count in stats["visits_by_age"].items():
        assert f"\n{band} {count} " in later


def test_annual_day_and_export_commands(filled_cli, tmp_path: Path) -> None:
    assert (
        filled_cli("report", "annual", "--year", "2025", "--pdf", str(tmp_path / "a.pdf")).code == 0
    )
    assert filled_cli(
        "report", "day", "--date", "2025-07-03", "--site", "Vänskapsparken",
        "--pdf", str(tmp_path / "d.pdf"),
    ).code == 0  # fmt: skip
    assert filled_cli(
        "report", "period", "--from", "2025-06-01", "--to", "2025-06-30",
        "--xlsx", str(tmp_path / "p.xlsx"),
    ).code == 0  # fmt: skip
    result = filled_cli(
        "export", "--from", "2025-01-01", "--to", "2025-12-31", "--csv", str(tmp_path / "ut"),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == [
        "aktiviteter.csv",
        "besök.csv",
        "dagbok.csv",
        "nyckeltal.csv",
    ]
    for name in ("a.pdf", "d.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["report", "season", "--season", SEASON], "Ange var rapporten ska sparas"),
        (["report", "season", "--season", "Vintern", "--pdf", "{out}/x.pdf"], "Okänd säsong"),
        (["report", "annual", "--year", "tjugo", "--pdf", "{out}/x.pdf"], "Felaktigt kommando"),
        (["report", "day", "--date", "2025-13-01", "--pdf", "{out}/x.pdf"], "Datumet"),
        (["export", "--from", "2025-02-01", "--to", "2025-01-01", "--csv", "{out}"], "före"),
        (["report", "annual", "--year", "2025", "--pdf", "{out}/saknas/x.pdf"], "finns inte"),
    ],
)
def test_bad_report_commands_write_nothing(
    filled_cli, tmp_path: Path, arguments: list[str], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = filled_cli(*[a.replace("{out}", str(out)) for a in arguments])
    assert result.code == 2
    assert message in result.err and result.err.count("\n") == 1
    assert list(out.iterdir()) == []
