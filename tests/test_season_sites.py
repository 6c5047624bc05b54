"""A season covers the sites it runs at (issue 16, item 1): the migration keeps each existing
season at its one site, and the command line adds, edits and lists seasons with their sites."""

import json
import shutil
import sqlite3
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.paths import database_path
from vanskapshuset.store.schema import HEAD_REVISION, current_revision

FIXTURE = Path(__file__).parent / "fixtures" / "schema" / "0005_record_alias.sqlite"
EVERYWHERE_ID = "7d1f7f3e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"


def test_the_upgrade_keeps_each_season_at_its_one_site(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as old:
        before = dict(old.execute("SELECT id, site_id FROM season"))
        row = old.execute("SELECT hlc, device_id FROM season LIMIT 1").fetchone()
        old.execute(  # a season of every site, as 0005 kept one: no site
            "INSERT INTO season (id, name, start_date, end_date, site_id, hlc, device_id, "
            "deleted, history) VALUES (?, 'Hela året', '2025-01-01', '2025-12-31', NULL, ?, ?, "
            "0, '[]')",
            (EVERYWHERE_ID, *row),
        )
    old.close()
    assert before and all(before.values()), "the fixture's seasons each have a site"

    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        assert current_revision(app.db) == HEAD_REVISION
        seasons = {season.id: season for season in app.seasons.list()}
        for season_id, site_id in before.items():
            assert seasons[season_id].site_ids == (site_id,)
        assert seasons[EVERYWHERE_ID].site_ids == ()
        assert app.check().ok
    finally:
        app.close()
    with sqlite3.connect(path) as upgraded:
        columns = [row[1] for row in upgraded.execute("PRAGMA table_info(season)")]
        triggers = {
            row[0]
            for row in upgraded.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'season'"
            )
        }
        stored = dict(upgraded.execute("SELECT id, site_ids FROM season"))
    upgraded.close()
    assert "site_id" not in columns and "site_ids" in columns
    # the table was copied to drop a column: its sync journal triggers are there again
    assert triggers == {"journal_season_insert", "journal_season_update"}
    assert {key: json.loads(value) for key, value in stored.items()} == {
        **{key: [site] for key, site in before.items()},
        EVERYWHERE_ID: [],
    }


def _site(cli, name, kind="outdoor"):
    result = cli("site", "add", name, "--kind", kind)
    assert result.code == 0, result.err


def test_season_add_edit_and_list_on_the_command_line(cli):
    _site(cli, "Vänskapsparken")
    _site(cli, "Utflykt", "excursion")
    _site(cli, "Vänskapshuset", "indoor")
    added = cli("season", "add", "Bästa sommaren 2025", "--start", "2025-06-16",
                "--end", "2025-08-08", "--site", "Vänskapsparken", "--site", "utflykt")  # fmt: skip
    assert added.code == 0, added.err
    assert (
        cli("season", "add", "Hela året", "--start", "2025-01-01", "--end", "2025-12-31").code == 0
    )
    listed = cli("season", "list")
    assert listed.out.splitlines() == [
        "Hela året: 2025-01-01 – 2025-12-31 · alla platser",
        "Bästa sommaren 2025: 2025-06-16 – 2025-08-08 · Utflykt, Vänskapsparken",
    ]
    edited = cli("season", "edit", "bästa sommaren 2025", "--end", "2025-08-15",
                 "--site", "Vänskapsparken", "--site", "Vänskapshuset")  # fmt: skip
    assert edited.code == 0, edited.err
    assert edited.out.splitlines() == [
        "Säsongen är sparad.",
        "Bästa sommaren 2025: 2025-06-16 – 2025-08-15 · Vänskapshuset, Vänskapsparken",
    ]
    assert cli("season", "edit", "Hela året", "--name", "År 2025").code == 0
    everywhere = cli("season", "edit", "Bästa sommaren 2025", "--all-sites")
    assert everywhere.code == 0, everywhere.err
    as_json = json.loads(cli("season", "list", "--json").out)
    assert as_json == [
        {"name": "År 2025", "start": "2025-01-01", "end": "2025-12-31", "sites": []},
        {"name": "Bästa sommaren 2025", "start": "2025-06-16", "end": "2025-08-15", "sites": []},
    ]


def test_a_wrong_season_edit_is_one_sentence_and_changes_nothing(cli):
    _site(cli, "Vänskapsparken")
    cli("season", "add", "Sommar", "--start", "2025-06-16", "--end", "2025-08-08",
        "--site", "Vänskapsparken")  # fmt: skip
    before = cli("season", "list").out
    for args, said in (
        (("--end", "2025-06-01"), "före den börjar"),
        (("--site", "Månen"), "Okänd plats ”Månen”"),
        (("--start", "2025-13-01"), "2025-13-01"),
        ((), "Ange vad som ska ändras"),
        (("--all-sites", "--site", "Vänskapsparken"), "inte båda"),
        (("--name", ""), ""),
    ):
        result = cli("season", "edit", "Sommar", *args)
        assert result.code == 2 and said in result.err, (args, result)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
        assert cli("season", "list").out == before
    unknown = cli("season", "edit", "Vinter", "--end", "2025-12-01")
    assert unknown.code == 2 and "Vinter" in unknown.err
