"""The demo year: realistic scale, deterministic, and only into an empty database."""

import datetime as dt
import json
import sqlite3

import pytest

from database_dump import dump_database
from vanskapshuset.paths import database_path
from vanskapshuset.services.demo import DemoOptions, generate_demo, summer_season


@pytest.fixture(scope="module")
def demo_stats(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    from vanskapshuset.cli import main

    assert main(["--data-dir", str(folder), "demo", "--seed", "11", "--year", "2025"]) == 0
    return folder


def run_json(folder, *args):
    import contextlib
    import io

    from vanskapshuset.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--data-dir", str(folder), *args]) == 0
    return json.loads(out.getvalue())


def test_summer_season_is_eight_weeks_of_weekdays():
    assert summer_season(2025) == (dt.date(2025, 6, 16), dt.date(2025, 8, 8))
    start, end = summer_season(2026)
    assert start.weekday() == 0 and end.weekday() == 4
    assert (end - start).days == 8 * 7 - 3


def test_demo_season_has_about_forty_visits_per_open_day(demo_stats):
    season = run_json(demo_stats, "stats", "--from", "2025-06-16", "--to", "2025-08-08", "--json")
    assert 33 <= season["days_open"] <= 38
    assert 36 <= season["avg_visits_per_open_day"] <= 44
    assert 1300 <= season["visits"] <= 1600  # 1 456 in 2023
    ages = season["visits_by_age"]
    assert ages["7-9"] + ages["10-13"] > 0.6 * season["visits"]  # mostly 7–13


def test_demo_year_has_the_documents_scale(demo_stats):
    year = run_json(demo_stats, "stats", "--from", "2025-01-01", "--to", "2025-12-31", "--json")
    assert 450 <= year["activities"] <= 560  # 517 in 2023
    assert all(count > 0 for count in year["activities_by_area"].values())
    assert year["knowledge_exchanges"] > 20
    assert year["active_organisations"] >= 20
    titles = {
        a["title"]
        for a in run_json(
            demo_stats, "activity", "list", "--from", "2025-01-01", "--to", "2025-12-31", "--json"
        )
    }
    for expected in (
        "Öppet hus",
        "Tjejforum",
        "Killforum",
        "Föräldraforum",
        "Eidfestival",
        "Julfest",
    ):
        assert expected in titles


def test_demo_year_keeps_an_uppfoljning_of_surveys_and_an_initiative(demo_stats):
    """The qualitative measures have something to show: through the real command."""
    follow_up = run_json(demo_stats, "followup", "list", "--year", "2025", "--json")
    assert len(follow_up["surveys"]) == 2
    assert all(survey["summary"] for survey in follow_up["surveys"])
    [initiative] = follow_up["initiatives"]
    assert initiative["status"] == "ongoing" and initiative["partners"]


def test_demo_passes_check_and_refuses_a_database_with_data(demo_stats, cli, data_dir):
    connection = sqlite3.connect(database_path(demo_stats))
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    cli("site", "add", "Vänskapshuset")
    before = dump_database(data_dir)
    result = cli("demo")
    assert result.code == 2
    assert "redan data" in result.err
    assert dump_database(data_dir) == before


def test_same_seed_gives_the_same_figures(tmp_path, clock):
    from vanskapshuset.app import open_app

    results = []
    for name in ("a", "b"):
        app = open_app(tmp_path / name, clock=clock, actor="test")
        generate_demo(app, DemoOptions(seed=5, year=2024))
        results.append(app.statistics.period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).as_json())
        app.close()
    assert results[0] == results[1]
    app = open_app(tmp_path / "c", clock=clock, actor="test")
    generate_demo(app, DemoOptions(seed=6, year=2024))
    other = app.statistics.period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).as_json()
    app.close()
    assert other["visits"] != results[0]["visits"]
