"""Every visit lands on its Europe/Stockholm date: around midnight, on both daylight-saving
change days of 2025 (30 March: 02:00 → 03:00; 26 October: 03:00 → 02:00) and when given in UTC.

The expected dates and stored timestamps are written by hand.
"""

import datetime as dt
import json
import sqlite3

import pytest

from database_dump import dump_database
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.paths import database_path

PARKEN = "Vänskapsparken"
UTC = dt.UTC

# (--at as typed, local date it belongs to, occurred_at as stored: local time with its offset)
CLI_CASES = [
    ("2025-07-03T23:59", "2025-07-03", "2025-07-03T23:59:00+02:00"),
    ("2025-07-04T00:01", "2025-07-04", "2025-07-04T00:01:00+02:00"),
    # Spring: the clock jumps from 02:00 (+01:00) to 03:00 (+02:00).
    ("2025-03-29T23:59", "2025-03-29", "2025-03-29T23:59:00+01:00"),
    ("2025-03-30T00:01", "2025-03-30", "2025-03-30T00:01:00+01:00"),
    ("2025-03-30T01:30", "2025-03-30", "2025-03-30T01:30:00+01:00"),
    ("2025-03-30T03:30", "2025-03-30", "2025-03-30T03:30:00+02:00"),
    ("2025-03-30T23:59", "2025-03-30", "2025-03-30T23:59:00+02:00"),
    ("2025-03-31T00:01", "2025-03-31", "2025-03-31T00:01:00+02:00"),
    # Autumn: 02:00–03:00 happens twice; without an offset the first one is meant.
    ("2025-10-25T23:59", "2025-10-25", "2025-10-25T23:59:00+02:00"),
    ("2025-10-26T00:01", "2025-10-26", "2025-10-26T00:01:00+02:00"),
    ("2025-10-26T01:30", "2025-10-26", "2025-10-26T01:30:00+02:00"),
    ("2025-10-26T02:30", "2025-10-26", "2025-10-26T02:30:00+02:00"),
    ("2025-10-26T02:30+01:00", "2025-10-26", "2025-10-26T02:30:00+01:00"),
    ("2025-10-26T03:30", "2025-10-26", "2025-10-26T03:30:00+01:00"),
    ("2025-10-26T23:59", "2025-10-26", "2025-10-26T23:59:00+01:00"),
    ("2025-10-27T00:01", "2025-10-27", "2025-10-27T00:01:00+01:00"),
    # Given in UTC or another offset: converted to Stockholm before the date is taken.
    ("2025-07-03T22:30Z", "2025-07-04", "2025-07-04T00:30:00+02:00"),
    ("2025-07-03T22:30+00:00", "2025-07-04", "2025-07-04T00:30:00+02:00"),
    ("2025-07-03T21:59Z", "2025-07-03", "2025-07-03T23:59:00+02:00"),
    ("2025-01-15T23:30Z", "2025-01-16", "2025-01-16T00:30:00+01:00"),
    ("2025-07-04T01:30+05:00", "2025-07-03", "2025-07-03T22:30:00+02:00"),
    ("2025-03-29T23:30Z", "2025-03-30", "2025-03-30T00:30:00+01:00"),
    ("2025-03-30T01:00Z", "2025-03-30", "2025-03-30T03:00:00+02:00"),
    ("2025-03-30T02:30+01:00", "2025-03-30", "2025-03-30T03:30:00+02:00"),
    ("2025-10-26T00:30Z", "2025-10-26", "2025-10-26T02:30:00+02:00"),
    ("2025-10-26T01:30Z", "2025-10-26", "2025-10-26T02:30:00+01:00"),
    ("2025-10-26T22:59Z", "2025-10-26", "2025-10-26T23:59:00+01:00"),
    ("2025-10-26T23:01Z", "2025-10-27", "2025-10-27T00:01:00+01:00"),
]


def stored_visits(data_dir) -> list[tuple[str, str, int]]:
    """(local_date, occurred_at, delta) of every visit row, straight from the SQLite file."""
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return connection.execute(
            "SELECT local_date, occurred_at, delta FROM visit ORDER BY occurred_at"
        ).fetchall()
    finally:
        connection.close()


def day_stats(cli, day: str) -> dict:
    result = cli("stats", "--from", day, "--to", day, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def assert_counted_on(app, cli, day: str, expected_visits: int = 1) -> None:
    """The visits count on `day` (service and CLI) and not on the day before or after."""
    stats = day_stats(cli, day)
    assert stats["visits"] == expected_visits
    assert stats["days_open"] == 1
    assert stats["peak_day"] == {"date": day, "visits": expected_visits}
    date = dt.date.fromisoformat(day)
    assert app.statistics.period(date, date).visits == expected_visits
    one_day = dt.timedelta(days=1)
    window = cli("stats", "--from", str(date - one_day), "--to", str(date + one_day), "--json")
    around = json.loads(window.out)
    assert around["visits"] == expected_visits
    assert around["days_open"] == 1


@pytest.mark.parametrize(("typed", "local_day", "stored_at"), CLI_CASES)
def test_cli_visit_lands_on_local_date(app, cli, data_dir, typed, local_day, stored_at):
    app.sites.add(PARKEN, "outdoor")
    result = cli(
        "visit", "add", "--site", PARKEN, "--gender", "girl", "--age", "7-9", "--at", typed
    )
    assert result.code == 0, result.err
    assert stored_visits(data_dir) == [(local_day, stored_at, 1)]
    assert_counted_on(app, cli, local_day)


# (moment given to the service, local date, occurred_at as stored)
SERVICE_CASES = [
    (dt.datetime(2025, 7, 3, 23, 59, tzinfo=STOCKHOLM), "2025-07-03", "2025-07-03T23:59:00+02:00"),
    (dt.datetime(2025, 7, 4, 0, 1, tzinfo=STOCKHOLM), "2025-07-04", "2025-07-04T00:01:00+02:00"),
    (dt.datetime(2025, 3, 30, 1, 30, tzinfo=STOCKHOLM), "2025-03-30", "2025-03-30T01:30:00+01:00"),
    (dt.datetime(2025, 3, 30, 3, 30, tzinfo=STOCKHOLM), "2025-03-30", "2025-03-30T03:30:00+02:00"),
    (
        dt.datetime(2025, 3, 30, 23, 59, tzinfo=STOCKHOLM),
        "2025-03-30",
        "2025-03-30T23:59:00+02:00",
    ),
    (
        dt.datetime(2025, 10, 26, 2, 30, fold=0, tzinfo=STOCKHOLM),
        "2025-10-26",
        "2025-10-26T02:30:00+02:00",
    ),
    (
        dt.datetime(2025, 10, 26, 2, 30, fold=1, tzinfo=STOCKHOLM),
        "2025-10-26",
        "2025-10-26T02:30:00+01:00",
    ),
    (
        dt.datetime(2025, 10, 26, 23, 59, tzinfo=STOCKHOLM),
        "2025-10-26",
        "2025-10-26T23:59:00+01:00",
    ),
    (dt.datetime(2025, 7, 3, 22, 30, tzinfo=UTC), "2025-07-04", "2025-07-04T00:30:00+02:00"),
    (dt.datetime(2025, 12, 31, 23, 30, tzinfo=UTC), "2026-01-01", "2026-01-01T00:30:00+01:00"),
    (
        dt.datetime(2025, 7, 3, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        "2025-07-04",
        "2025-07-04T01:00:00+02:00",
    ),
]


@pytest.mark.parametrize(("moment", "local_day", "stored_at"), SERVICE_CASES)
def test_service_visit_lands_on_local_date(app, cli, data_dir, moment, local_day, stored_at):
    site = app.sites.add(PARKEN, "outdoor")
    app.visits.add(site.id, "boy", "10-13", 2, at=moment)
    assert stored_visits(data_dir) == [(local_day, stored_at, 1), (local_day, stored_at, 1)]
    assert_counted_on(app, cli, local_day, expected_visits=2)


@pytest.mark.parametrize(
    ("now", "local_day"),
    [
        (dt.datetime(2025, 7, 3, 23, 59, tzinfo=STOCKHOLM), "2025-07-03"),
        (dt.datetime(2025, 7, 3, 22, 1, tzinfo=UTC), "2025-07-04"),
        (dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC), "2025-10-26"),
    ],
)
def test_visit_without_time_uses_the_clock(app, cli, clock, data_dir, now, local_day):
    site = app.sites.add(PARKEN, "outdoor")
    clock.set(now)
    app.visits.add(site.id, "girl", "7-9")
    [(stored_day, _at, delta)] = stored_visits(data_dir)
    assert (stored_day, delta) == (local_day, 1)
    assert_counted_on(app, cli, local_day)


@pytest.mark.parametrize(
    "typed",
    ["2025-03-30T02:30", "2025-03-30T02:00", "2025-03-30T02:59", "2025-03-30 02:15"],
)
def test_time_that_does_not_exist_is_refused(app, cli, data_dir, typed):
    app.sites.add(PARKEN, "outdoor")
    assert cli("visit", "add", "--site", PARKEN, "--gender", "girl", "--age", "7-9").code == 0
    before = stored_visits(data_dir)
    assert len(before) == 1
    dump = dump_database(data_dir)
    result = cli(
        "visit", "add", "--site", PARKEN, "--gender", "girl", "--age", "7-9", "--at", typed
    )
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1
    assert lines[0].strip().endswith(".")
    assert "finns inte i svensk tid" in lines[0]
    assert "Traceback" not in result.err
    assert dump_database(data_dir) == dump
    assert stored_visits(data_dir) == before


def test_undo_on_the_next_day_belongs_to_the_counted_day(app, cli, clock, data_dir):
    site = app.sites.add(PARKEN, "outdoor")
    clock.set(dt.datetime(2025, 7, 3, 23, 59, tzinfo=STOCKHOLM))
    first, _second = app.visits.add(site.id, "girl", "7-9", 2)
    clock.set(dt.datetime(2025, 7, 4, 0, 5, tzinfo=STOCKHOLM))
    app.visits.undo(first)

    assert stored_visits(data_dir) == [
        ("2025-07-03", "2025-07-03T23:59:00+02:00", 1),
        ("2025-07-03", "2025-07-03T23:59:00+02:00", 1),
        ("2025-07-03", "2025-07-04T00:05:00+02:00", -1),
    ]
    counted = day_stats(cli, "2025-07-03")
    assert counted["visits"] == 1
    assert counted["visits_by_gender"]["girl"] == 1
    assert counted["visits_by_age"]["7-9"] == 1
    assert counted["peak_day"] == {"date": "2025-07-03", "visits": 1}
    next_day = day_stats(cli, "2025-07-04")
    assert next_day["visits"] == 0
    assert next_day["days_open"] == 0
    assert next_day["visits_by_gender"]["girl"] == 0
    assert next_day["peak_day"] == {"date": None, "visits": 0}


def test_undo_across_the_autumn_change(app, cli, clock, data_dir):
    """Counted in the second 02:30 of 26 October, undone in UTC terms the next morning."""
    site = app.sites.add(PARKEN, "outdoor")
    clock.set(dt.datetime(2025, 10, 26, 2, 30, fold=1, tzinfo=STOCKHOLM))
    [visit] = app.visits.add(site.id, "unknown", "26+")
    clock.set(dt.datetime(2025, 10, 26, 23, 30, tzinfo=UTC))  # 00:30 on the 27th in Malmö
    app.visits.undo(visit)
    assert stored_visits(data_dir) == [
        ("2025-10-26", "2025-10-26T02:30:00+01:00", 1),
        ("2025-10-26", "2025-10-27T00:30:00+01:00", -1),
    ]
    counted = day_stats(cli, "2025-10-26")
    assert counted["visits"] == 0
    # Its only visit was undone: nothing was registered, so the day was not open.
    assert counted["days_open"] == 0
    assert counted["peak_day"] == {"date": None, "visits": 0}
    assert day_stats(cli, "2025-10-27")["visits"] == 0
