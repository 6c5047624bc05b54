"""Counting at the door through the service: counts, undo, the day grid."""

import datetime as dt

import pytest

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.vocabulary import Gender

DAY = dt.date(2025, 7, 3)


@pytest.fixture
def park(app):
    return app.sites.add("Vänskapsparken", "outdoor")


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), tzinfo=STOCKHOLM)


def test_grid_totals_and_hours_follow_adds_and_undos(app, park):
    first = app.visits.add(park.id, "girl", "7-9", at=at(13, 5))
    app.visits.add(park.id, "girl", "7-9", count=2, at=at(14, 10))
    app.visits.add(park.id, "boy", "10-13", at=at(14, 50))
    app.visits.undo(first[0])
    grid = app.visits.day_grid(park.id, DAY)
    assert grid.cells == {(Gender.GIRL, "7-9"): 2, (Gender.BOY, "10-13"): 1}
    assert grid.total == 3
    assert grid.by_hour == {14: 3}  # the undone 13:05 visit is gone from the chart too


def test_a_visit_can_be_undone_once_only(app, park):
    [visit] = app.visits.add(park.id, "other", "26+", at=at(15))
    app.visits.undo(visit)
    with pytest.raises(UserError, match="redan ångrat"):
        app.visits.undo(visit)
    with pytest.raises(NotFoundError):
        app.visits.undo("no-such-visit")


def test_latest_undoable_skips_undone_visits(app, park):
    older = app.visits.add(park.id, "boy", "7-9", at=at(13))[0]
    newer = app.visits.add(park.id, "boy", "7-9", at=at(14))[0]
    assert app.visits.latest_undoable(park.id, DAY, "boy", "7-9") == newer
    app.visits.undo(newer)
    assert app.visits.latest_undoable(park.id, DAY, "boy", "7-9") == older
    app.visits.undo(older)
    assert app.visits.latest_undoable(park.id, DAY, "boy", "7-9") is None


def test_unknown_band_lists_the_known_ones_and_saves_nothing(app, park):
    with pytest.raises(UserError, match=r"Okänd åldersgrupp ”7-8” \(finns: 0-6, 7-9"):
        app.visits.add(park.id, "girl", "7-8", at=at(13))
    assert app.visits.day_grid(park.id, DAY).total == 0


def test_a_deleted_site_takes_no_visits(app, park):
    app.sites.delete(park.id)
    with pytest.raises(NotFoundError):
        app.visits.add(park.id, "girl", "7-9", at=at(13))


def test_visits_keep_the_band_bounds_they_were_counted_with(app, park, data_dir):
    import sqlite3

    from vanskapshuset.domain.age_bands import AgeBand
    from vanskapshuset.paths import database_path

    app.visits.add(park.id, "girl", "10-13", at=at(13))
    bands = [AgeBand.from_code(code) for code in ("0-5", "6-12", "13-19", "20+")]
    app.age_bands.replace(bands)
    app.visits.add(park.id, "girl", "6-12", at=at(14))
    with pytest.raises(UserError):
        app.visits.add(park.id, "girl", "10-13", at=at(15))  # no longer configured
    rows = (
        sqlite3.connect(database_path(data_dir))
        .execute("SELECT age_band, age_min, age_max FROM visit ORDER BY occurred_at")
        .fetchall()
    )
    assert rows == [("10-13", 10, 13), ("6-12", 6, 12)]
    stats = app.statistics.period(DAY, DAY)
    assert stats.visits_by_age == {"0-5": 0, "6-12": 1, "13-19": 0, "20+": 0, "10-13": 1}
