"""New visitors (issue 16, item 3): a visit marked as the child's first this season, stored on
the visit (schema 0006), counted from the command line, undone with its mark, and summed as
`new_visitors` from the same rows as every other figure. Real SQLite files only."""

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.paths import database_path
from vanskapshuset.services.period_facts import PeriodFacts
from vanskapshuset.store.schema import HEAD_REVISION, current_revision

FIXTURES = Path(__file__).parent / "fixtures" / "schema"
BEFORE = FIXTURES / "0005_record_alias.sqlite"  # the newest schema without the new mark
DAY = dt.date(2025, 7, 3)


def _visits(path: Path) -> list[tuple[str, int, int]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT id, delta, is_new FROM visit ORDER BY id").fetchall()
    finally:
        connection.close()


def test_visits_of_the_schema_before_read_as_not_new(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    shutil.copyfile(BEFORE, path)
    connection = sqlite3.connect(BEFORE)
    try:
        before = connection.execute("SELECT id, delta FROM visit ORDER BY id").fetchall()
        first, last = connection.execute(
            "SELECT min(local_date), max(local_date) FROM visit"
        ).fetchone()
    finally:
        connection.close()
    assert before, "the fixture has visits"

    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        assert current_revision(app.db) == HEAD_REVISION
        assert app.check().ok
        stats = app.statistics.period(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        assert stats.new_visitors == 0
        assert stats.visits == sum(delta for _, delta in before)
        site = app.sites.list()[0]
        [marked] = app.visits.add(site.id, "girl", "7-9", new=True)
    finally:
        app.close()
    after = _visits(path)
    assert [(i, d) for i, d, _ in after if i != marked] == before
    assert {n for i, _, n in after if i != marked} == {0}
    assert [n for i, _, n in after if i == marked] == [1]


def test_the_statistics_read_the_new_mark_from_the_covering_index(app):
    """The index the statistics read holds the mark: summing new visits never reads the table."""
    site = app.sites.add("Vänskapsparken", "outdoor")
    app.visits.add(
        site.id, "boy", "7-9", new=True, at=dt.datetime(2025, 7, 3, 12, tzinfo=STOCKHOLM)
    )
    connection = sqlite3.connect(app.db.path)
    try:
        columns = [row[2] for row in connection.execute("PRAGMA index_info(ix_visit_stats)")]
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT local_date, site_id, gender, age_band, sum(delta), "
            "sum(CASE WHEN is_new = 1 THEN delta ELSE 0 END) FROM visit "
            "WHERE local_date BETWEEN '2025-07-01' AND '2025-07-31' "
            "GROUP BY local_date, site_id, gender, age_band"
        ).fetchall()
    finally:
        connection.close()
    assert columns == ["local_date", "site_id", "gender", "age_band", "delta", "is_new"]
    assert any("COVERING INDEX ix_visit_stats" in row[-1] for row in plan), plan


def _stats(cli, start="2025-07-01", end="2025-07-31", site=None) -> dict:
    args = ["stats", "--from", start, "--to", end, "--json"]
    result = cli(*args, *(["--site", site] if site else []))
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_visit_add_new_on_the_command_line_counts_new_visitors(cli):
    assert cli("site", "add", "Vänskapsparken", "--kind", "outdoor").code == 0
    assert cli("site", "add", "Vänskapshuset").code == 0
    park = ("--site", "Vänskapsparken")
    result = cli("visit", "add", *park, "--gender", "girl", "--age", "7-9", "--count", "3",
                 "--new", "--at", "2025-07-02T10:00")  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "3 besök sparade.",
        "Markerade som nya (första gången i säsongen): 3.",
    ]
    plain = cli("visit", "add", *park, "--gender", "boy", "--age", "10-13", "--count", "2",
                "--at", "2025-07-02T11:00")  # fmt: skip
    assert plain.out.splitlines() == ["2 besök sparade."]  # nothing said about new ones
    cli("visit", "add", "--site", "Vänskapshuset", "--gender", "boy", "--age", "14-17", "--new",
        "--at", "2025-07-03T15:00")  # fmt: skip
    stats = _stats(cli)
    assert (stats["visits"], stats["new_visitors"]) == (6, 4)
    assert _stats(cli, site="Vänskapsparken")["new_visitors"] == 3
    assert _stats(cli, "2025-07-03", "2025-07-03")["new_visitors"] == 1
    assert _stats(cli, "2025-08-01", "2025-08-31")["new_visitors"] == 0
    # A bad value for the flag is one sentence, nothing saved.
    refused = cli("visit", "add", *park, "--gender", "girl", "--age", "7-9", "--new=ja")
    assert refused.code == 2 and "Traceback" not in refused.err
    assert _stats(cli)["visits"] == 6


def test_undoing_a_new_visit_takes_its_mark_away(app):
    site = app.sites.add("Vänskapsparken", "outdoor")
    noon = dt.datetime.combine(DAY, dt.time(12), tzinfo=STOCKHOLM)
    new = app.visits.add(site.id, "girl", "10-13", 3, noon, new=True)
    old = app.visits.add(site.id, "girl", "10-13", 2, noon)
    app.visits.undo(new[0])
    app.visits.undo(old[0])
    stats = app.statistics.period(DAY, DAY)
    assert (stats.visits, stats.new_visitors) == (3, 2)
    assert stats.new_by_gender["girl"] == 2 and stats.new_by_age["10-13"] == 2
    assert sum(stats.new_by_gender.values()) == sum(stats.new_by_age.values()) == 2
    # The −1 of the new visit is marked new; the −1 of the other is not.
    connection = sqlite3.connect(app.db.path)
    try:
        marks = dict(connection.execute("SELECT corrects_id, is_new FROM visit WHERE delta = -1"))
    finally:
        connection.close()
    assert marks == {new[0]: 1, old[0]: 0}
    with app.context.db.read() as session:
        facts = PeriodFacts.load(session, DAY, DAY, None)
    assert [(c.net, c.new) for c in facts.visits] == [(3, 2)]


@pytest.mark.parametrize("count", [1, 4])
def test_a_correction_on_a_cell_undoes_the_newest_and_its_mark(app, count):
    """The −1 under a cell takes the newest visit away, new or not, with its own mark."""
    site = app.sites.add("Vänskapsparken", "outdoor")
    app.visits.add(site.id, "boy", "7-9", count, dt.datetime(2025, 7, 3, 10, tzinfo=STOCKHOLM))
    app.visits.add(
        site.id, "boy", "7-9", 1, dt.datetime(2025, 7, 3, 11, tzinfo=STOCKHOLM), new=True
    )
    newest = app.visits.latest_undoable(site.id, DAY, "boy", "7-9")
    assert newest is not None
    app.visits.undo(newest)
    stats = app.statistics.period(DAY, DAY)
    assert (stats.visits, stats.new_visitors) == (count, 0)


def test_the_door_s_first_picture_shows_the_day_s_new_visitors(app, data_dir, clock):
    """Idag's quick read before the services load (services/door.py) counts them as they do."""
    from vanskapshuset.services.door import read_door

    site = app.sites.add("Vänskapsparken", "outdoor")
    new = app.visits.add(site.id, "girl", "7-9", 3, new=True)
    app.visits.add(site.id, "boy", "7-9", 2)
    app.visits.undo(new[0])
    door = read_door(data_dir, clock)
    assert door is not None and door.site_id == site.id
    assert (door.total, door.new) == (4, 2)
    assert door.new == app.visits.day_grid(site.id, clock.now().date()).new


def test_the_migration_keeps_the_journal_triggers_both_ways(tmp_path):
    """Up and down again: a plain ADD/DROP COLUMN, so the journal triggers on visit (0004)
    survive and every visit stays."""
    from alembic import command
    from sqlalchemy import create_engine

    from vanskapshuset.store.migrate import alembic_config

    path = tmp_path / "v.sqlite"
    shutil.copyfile(BEFORE, path)

    def shape() -> tuple[list[str], list[str], list[str], int]:
        connection = sqlite3.connect(path)
        try:
            triggers = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'visit' "
                "ORDER BY name"
            ).fetchall()
            columns = [row[1] for row in connection.execute("PRAGMA table_info(visit)")]
            index = [row[2] for row in connection.execute("PRAGMA index_info(ix_visit_stats)")]
            visits = connection.execute("SELECT count(*) FROM visit").fetchone()[0]
        finally:
            connection.close()
        return [name for (name,) in triggers], columns, index, visits

    before = shape()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0006_visit_new")
        upgraded = shape()
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "-1")  # this migration only
    finally:
        engine.dispose()
    assert upgraded[0] == before[0] and upgraded[3] == before[3]
    assert upgraded[1] == [*before[1], "is_new"] and upgraded[2] == [*before[2], "is_new"]
    assert shape() == before
