"""A paper tally sheet typed in: one transaction in, one transaction out."""

import datetime as dt
from pathlib import Path

import pytest

from database_dump import dump_database
from vanskapshuset.app import App
from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.vocabulary import Gender

DAY = dt.date(2025, 7, 1)
SHEET = {("girl", "7-9"): 12, ("boy", "10-13"): 9, ("unknown", "14-17"): 1, ("other", "0-6"): 0}


@pytest.fixture
def park(app: App) -> str:
    return app.sites.add("Vänskapsparken", "outdoor").id


def test_a_sheet_becomes_visits_of_its_day_marked_as_paper(app: App, park: str) -> None:
    entry = app.paper_tally.enter(park, DAY, SHEET)
    assert entry.total == 22
    grid = app.visits.day_grid(park, DAY)
    assert grid.cells == {
        (Gender.GIRL, "7-9"): 12,
        (Gender.BOY, "10-13"): 9,
        (Gender.UNKNOWN, "14-17"): 1,
    }
    stats = app.statistics.period(DAY, DAY)
    assert (stats.visits, stats.days_open) == (22, 1)
    with app.db.read() as session:
        from vanskapshuset.store.models import Visit

        sources = {v.source for v in session.query(Visit).filter(Visit.local_date == DAY)}
    assert sources == {"paper"}

    app.paper_tally.undo(entry)
    assert app.visits.day_grid(park, DAY).total == 0
    with pytest.raises(UserError, match="redan borttagen"):
        app.paper_tally.undo(entry)
    again = app.paper_tally.enter(park, DAY, SHEET)  # redo: the same counts, new events
    assert app.visits.day_grid(park, DAY).total == 22 and again.visit_ids != entry.visit_ids


@pytest.mark.parametrize(
    ("counts", "day", "message"),
    [
        ({("girl", "7-9"): 0}, DAY, "inga besök"),
        ({("girl", "7-9"): -2, ("boy", "7-9"): 5}, DAY, "negativt"),
        ({("girl", "7-9"): 3}, dt.date(2025, 7, 4), "inte varit än"),
        ({("girl", "7-9"): 3, ("boy", "99+"): 1}, DAY, "Okänd åldersgrupp"),
        ({("girl", "7-9"): 3, ("alien", "7-9"): 1}, DAY, "kön"),
    ],
)
def test_a_bad_sheet_saves_nothing(
    app: App, park: str, data_dir: Path, counts: dict, day: dt.date, message: str
) -> None:
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=message):
        app.paper_tally.enter(park, day, counts)
    assert dump_database(data_dir) == before


def test_an_unknown_site_takes_no_sheet(app: App) -> None:
    with pytest.raises(NotFoundError):
        app.paper_tally.enter("no-such-site", DAY, {("girl", "7-9"): 1})
