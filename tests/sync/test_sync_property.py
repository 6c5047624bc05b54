"""Property: laptops that count, edit and delete apart and exchange bundles in any order, with
repeats and stale files, end with the same records and the same figures, which are exactly the
sum of what was done."""

import datetime as dt
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from by_name import activity_input
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.services.activities import ActivityChanges
from vanskapshuset.sync.tables import SYNCED_TABLES

DAY = dt.date(2026, 6, 16)
GENDERS = [gender.value for gender in Gender]
BANDS = ["0-6", "7-9", "10-13", "14-17", "18-25", "26+"]
TITLES = ["Fotboll", "Dans", "Läxhjälp", "Tjejforum"]
# Tables whose rows every laptop must hold identically. The audit log is left out: each laptop
# logs its own imports, and the last round's entries have not travelled yet.
COMPARED = [synced.name for synced in SYNCED_TABLES if synced.name != "audit_log"]

laptop = st.integers(min_value=0, max_value=4)
step = st.one_of(
    st.tuples(
        st.just("visit"),
        laptop,
        st.sampled_from(GENDERS),
        st.sampled_from(BANDS),
        st.integers(1, 3),
    ),
    st.tuples(st.just("undo"), laptop, st.sampled_from(GENDERS), st.sampled_from(BANDS)),
    st.tuples(st.just("create"), laptop, st.sampled_from(TITLES), st.integers(0, 9)),
    st.tuples(
        st.just("edit"), laptop, st.integers(0, 50), st.sampled_from(TITLES), st.integers(0, 9)
    ),
    st.tuples(st.just("delete"), laptop, st.integers(0, 50)),
    st.tuples(st.just("exchange"), laptop, laptop, st.booleans(), st.integers(0, 50)),
    st.tuples(st.just("exchange"), laptop, laptop, st.booleans(), st.integers(0, 50)),
    st.tuples(st.just("round"), laptop),  # everyone writes, then everyone reads everyone
)


@dataclass
class Expected:
    """What was done, as a person would add it up."""

    visits_added: int = 0
    undone: set[str] = field(default_factory=set)
    # activity id -> (title, participants, deleted): the last change made anywhere wins
    activities: dict[str, tuple[str, int, bool]] = field(default_factory=dict)

    def figures(self) -> tuple[int, int, int]:
        live = [value for value in self.activities.values() if not value[2]]
        return self.visits_added - len(self.undone), len(live), sum(v[1] for v in live)


def _participants(count: int) -> tuple[ParticipantCount, ...]:
    return (ParticipantCount(Gender.GIRL, "10-13", count),) if count else ()


def _rows(app: App) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(database_path(app.db.path.parent))
    try:
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
            for table in COMPARED
        }
    finally:
        connection.close()


class Team:
    def __init__(self, folder: Path, size: int) -> None:
        self.folder = folder
        self.clock = FixedClock(dt.datetime(2026, 6, 16, 10, 0, tzinfo=STOCKHOLM))
        self.apps: list[App] = []
        for number in range(size):
            app = open_app(folder / f"laptop{number}", clock=self.clock, actor=f"Ledare {number}")
            app.setup.first_setup([("Vänskapshuset", "indoor")], f"Ledare {number}")
            self.apps.append(app)
        code = self.apps[0].sync.create_team("Koordinator").code
        assert code is not None
        for number, app in enumerate(self.apps[1:], start=1):
            app.sync.join_team(code, f"Laptop {number}")
        self.site = self.apps[0].sites.by_name("Vänskapshuset").id
        self.bundles: list[list[Path]] = [[] for _ in range(size)]
        self.written = 0

    def app(self, number: int) -> App:
        return self.apps[number % len(self.apps)]

    def export(self, number: int) -> Path:
        self.written += 1
        target = self.folder / f"bundle-{self.written}.vhsync"
        self.app(number).sync.export_bundle(target)
        self.bundles[number % len(self.apps)].append(target)
        return target

    def round(self, start: int = 0, backwards: bool = False) -> None:
        """Everyone writes a bundle, then everyone reads all of them, beginning at `start`."""
        size = len(self.apps)
        order = [(start + offset) % size for offset in range(size)]
        if backwards:
            order.reverse()
        files = [self.export(number) for number in order]
        for number in order:
            for source in files:
                self.app(number).sync.import_file(source)

    def live_activities(self, app: App) -> list[str]:
        return [activity.id for activity in app.activities.list(DAY, DAY)]

    def close(self) -> None:
        for app in self.apps:
            app.close()


def assert_team_agrees(team: Team, expected: Expected) -> None:
    """Every laptop holds the same rows, and the figures are what was done."""
    first = _rows(team.apps[0])
    for app in team.apps[1:]:
        assert _rows(app) == first
    figures = [app.statistics.period(DAY, DAY, None, None).as_json() for app in team.apps]
    assert all(f == figures[0] for f in figures)
    visits, activities, participants = expected.figures()
    assert figures[0]["visits"] == visits
    assert figures[0]["activities"] == activities
    assert figures[0]["participants"] == participants


def _run(team: Team, steps: list[tuple], expected: Expected) -> None:
    for action, number, *rest in steps:
        team.clock.advance(dt.timedelta(seconds=1))  # every change has its own moment
        app = team.app(number)
        if action == "visit":
            gender, band, count = rest
            app.visits.add(team.site, gender, band, count)
            expected.visits_added += count
        elif action == "undo":
            gender, band = rest
            visit = app.visits.latest_undoable(team.site, DAY, gender, band)
            if visit is not None:
                app.visits.undo(visit)
                expected.undone.add(visit)
        elif action == "create":
            title, count = rest
            activity = app.activities.create(
                activity_input(
                    app,
                    site="Vänskapshuset",
                    date=DAY,
                    start=dt.time(15, 0),
                    end=dt.time(17, 0),
                    title=title,
                    type_name="Fotboll",
                    participants=_participants(count),
                )
            )
            expected.activities[activity] = (title, count, False)
        elif action == "edit":
            pick, title, count = rest
            live = team.live_activities(app)
            if live:
                activity = live[pick % len(live)]
                changes = ActivityChanges(title=title, participants=_participants(count))
                app.activities.edit(activity, changes)
                expected.activities[activity] = (title, count, False)
        elif action == "delete":
            live = team.live_activities(app)
            if live:
                activity = live[rest[0] % len(live)]
                title, count, _ = expected.activities[activity]
                app.activities.delete(activity)
                expected.activities[activity] = (title, count, True)
        elif action == "round":
            team.round(start=number)
        else:  # exchange: a fresh bundle, or an older file of the same laptop again
            reader, stale, pick = rest
            earlier = team.bundles[number % len(team.apps)]
            source = earlier[pick % len(earlier)] if stale and earlier else team.export(number)
            team.app(reader).sync.import_file(source)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(size=st.integers(3, 5), steps=st.lists(step, min_size=1, max_size=40))
def test_laptops_agree_on_everything_whatever_the_order_of_exchanges(
    size: int, steps: list[tuple]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        team = Team(Path(scratch), size)
        try:
            expected = Expected()
            _run(team, steps, expected)
            # Two full rounds in opposite orders: the second must change nothing.
            team.round()
            team.round(backwards=True)

            assert_team_agrees(team, expected)
            titles = {
                activity.id: (activity.title, activity.participants_total)
                for activity in team.apps[0].activities.list(DAY, DAY)
            }
            assert titles == {
                key: (title, count)
                for key, (title, count, deleted) in expected.activities.items()
                if not deleted
            }
        finally:
            team.close()
