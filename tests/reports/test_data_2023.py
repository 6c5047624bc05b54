"""The 2023-shaped data set reproduces the city's follow-up (shared/seeds/000_…) in the reports:
517 activities and 28 organisations in the year; Bästa sommaren in the park with 1 456 visits
on 36 open days, 40,4 a day. Read from the files a coordinator hands over, and `stats --json`.

The season here is the park's: the season covering park and excursions (several sites per
season) is asserted once seasons can cover several sites (`data.excursion` is the site id).
"""

import contextlib
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from data_2023 import Data2023, fill_2023
from report_reading import (
    docx_blocks,
    docx_tables,
    pdf_layout_text,
    pdf_table,
    pdf_tiles,
    swedish_number,
    xlsx_rows,
)

from vanskapshuset.app import open_app
from vanskapshuset.cli import main
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.reports import files
from vanskapshuset.reports.service import report_service

# Writing 517 activities one by one through the service takes several seconds.
pytestmark = pytest.mark.slow

# The city asks in March for the year before.
MARCH_2024 = FixedClock(dt.datetime(2024, 3, 1, 10, tzinfo=STOCKHOLM))


@pytest.fixture(scope="module")
def year_2023(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Data2023, Path, Path]]:
    """The data set in a real database and its season and annual reports in every format."""
    root = tmp_path_factory.mktemp("2023")
    app = open_app(root / "data", clock=MARCH_2024, actor="Samordnare")
    try:
        data = fill_2023(app)
        reports = report_service(app)
        season, annual = reports.season(data.season), reports.annual(data.year)
        park = reports.season(data.season, "Vänskapsparken")
        for name, report in (("season", season), ("park", park), ("annual", annual)):
            files.write_pdf(report, root / f"{name}.pdf")
            files.write_docx(report, root / f"{name}.docx")
            files.write_xlsx(report, root / f"{name}.xlsx")
    finally:
        app.close()
    yield data, root / "data", root


def _stats(data_dir: Path, *args: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--data-dir", str(data_dir), "stats", *args, "--json"]) == 0
    return json.loads(out.getvalue())


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_the_season_in_the_park(year_2023) -> None:
    data, data_dir, root = year_2023
    tiles = pdf_tiles(root / "park.pdf")
    assert swedish_number(tiles["Besök"]) == data.park_visits == 1456
    assert swedish_number(tiles["Öppna dagar"]) == data.park_open_days == 36
    assert tiles["Besök per öppen dag"] == data.park_average == "40,4"  # "about 40 a day"
    assert tiles["Andel flickor"] == f"{data.park_girls_share} %"
    assert tiles["Besök per öppen timme"] == data.park_per_open_hour
    assert swedish_number(tiles["Aktiviteter"]) == data.park_activities
    assert swedish_number(tiles["Deltagare"]) == data.park_participants
    assert swedish_number(tiles["Aktiva föreningar och grupper"]) == data.park_organisations
    text = pdf_layout_text(root / "park.pdf")
    assert pdf_table(text, "Besök per kön", "Kön", 2)["Totalt"] == ["1 456", "–"]
    assert f"Organisationer som ordnat eller samverkat ({data.park_organisations})" in text

    figures = {row[0]: row[1] for row in xlsx_rows(root / "park.xlsx", "Nyckeltal")[1:]}
    assert figures["Besök"] == 1456 and figures["Öppna dagar"] == 36
    assert figures["Besök per öppen dag"] == 40.4

    document = [_plain(b.text) for b in docx_blocks(root / "park.docx") if hasattr(b, "text")]
    assert (
        "1 456 besök under Bästa sommaren 2023 på Vänskapsparken, i snitt 40,4 per öppen dag "
        "(36 öppna dagar)." in document
    )
    assert docx_tables(root / "park.docx")["Besök per kön"][-1] == ["Totalt", "1\u202f456", "–"]

    stats = _stats(
        data_dir, "--from", "2023-06-19", "--to", "2023-08-11", "--site", "Vänskapsparken"
    )
    assert (stats["visits"], stats["days_open"], stats["avg_visits_per_open_day"]) == (
        1456,
        36,
        40.4,
    )


def test_one_season_report_spans_the_park_and_the_excursions(year_2023) -> None:
    """The seed's Bästa sommaren: the park's visits and the excursions' activities and
    partners in one report, with a row per site."""
    data, _, root = year_2023
    activities = data.park_activities + data.excursion_activities
    tiles = pdf_tiles(root / "season.pdf")
    assert swedish_number(tiles["Besök"]) == 1456
    assert swedish_number(tiles["Öppna dagar"]) == 36
    assert tiles["Besök per öppen dag"] == "40,4"
    assert swedish_number(tiles["Aktiviteter"]) == activities
    assert swedish_number(tiles["Aktiva föreningar och grupper"]) == data.season_organisations
    text = pdf_layout_text(root / "season.pdf")
    assert "Platser: Utflykt och Vänskapsparken" in text
    assert f"Organisationer som ordnat eller samverkat ({data.season_organisations})" in text
    by_site = {row[0]: list(row[1:]) for row in xlsx_rows(root / "season.xlsx", "Per plats")[1:]}
    assert by_site["Vänskapsparken"][:3] == [1456, 36, 40.4]
    assert by_site["Utflykt"][:2] == [0, 0]
    assert by_site["Utflykt"][3] == data.excursion_activities
    document = [_plain(b.text) for b in docx_blocks(root / "season.docx") if hasattr(b, "text")]
    assert (
        "1 456 besök under Bästa sommaren 2023 på Utflykt och Vänskapsparken, i snitt 40,4 per "
        "öppen dag (36 öppna dagar)." in document
    )


def test_midsummer_eve_and_the_excursions_are_no_open_days_in_the_park(year_2023) -> None:
    data, data_dir, _ = year_2023
    everywhere = _stats(data_dir, "--from", "2023-06-19", "--to", "2023-08-11")
    # The coordination meeting in Vänskapshuset and the excursions make activity days only.
    assert everywhere["days_open"] == data.park_open_days
    assert everywhere["activity_days"] == 1 + data.excursion_activities
    assert everywhere["visits"] == data.park_visits
    trips = _stats(data_dir, "--from", "2023-06-19", "--to", "2023-08-11", "--site", "Utflykt")
    assert (trips["activities"], trips["visits"], trips["days_open"]) == (3, 0, 0)
    season = (
        data.park_activities + data.excursion_activities,
        data.season_organisations,
    )
    assert season == (111, 17)  # for the lead: the season at park and excursions


def test_the_year_follow_up(year_2023) -> None:
    data, data_dir, root = year_2023
    measures = {row[0]: row[1] for row in xlsx_rows(root / "annual.xlsx", "Uppföljning")[1:]}
    assert measures["Kultur- och fritidsaktiviteter"] == data.activities == 517
    assert measures["Aktiva föreningar och grupper"] == data.organisations == 28
    tiles = pdf_tiles(root / "annual.pdf", until="Så")
    assert swedish_number(tiles["Kultur- och fritidsaktiviteter"]) == 517
    assert swedish_number(tiles["Aktiva föreningar och grupper"]) == 28
    document = [_plain(b.text) for b in docx_blocks(root / "annual.docx") if hasattr(b, "text")]
    assert any(line.startswith("Under 2023 genomfördes 517 aktiviteter") for line in document)
    assert any(line.startswith("28 olika organisationer") for line in document)

    year = _stats(data_dir, "--from", "2023-01-01", "--to", "2023-12-31")
    assert (year["activities"], year["active_organisations"]) == (517, 28)
