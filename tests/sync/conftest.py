"""Laptops of one team, each a real database in tmp_path, sharing one clock."""

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock

Laptops = Callable[[int], list[App]]


@pytest.fixture
def team_clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 6, 16, 12, 0, tzinfo=STOCKHOLM))


@pytest.fixture
def laptops(tmp_path: Path, team_clock: FixedClock) -> Iterator[Laptops]:
    """`laptops(n)`: n set-up laptops in one team; the first created it (the coordinator's).

    Every laptop was set up apart with the site "Vänskapshuset" and its own leader; the site gets
    the same id on each (ids of names), so their data meet at one site after the first sync.
    """
    opened: list[App] = []

    def make(count: int) -> list[App]:
        apps = []
        for number in range(count):
            app = open_app(tmp_path / f"laptop{number}", clock=team_clock, actor=f"Ledare {number}")
            app.setup.first_setup([("Vänskapshuset", "indoor")], f"Ledare {number}")
            opened.append(app)
            apps.append(app)
        code = apps[0].sync.create_team("Koordinator").code
        assert code is not None
        for number, app in enumerate(apps[1:], start=1):
            app.sync.join_team(code, f"Laptop {number}")
        return apps

    yield make
    for app in opened:
        app.close()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The team's shared folder (a USB stick, a network share, a cloud folder)."""
    folder = tmp_path / "delad"
    folder.mkdir()
    return folder
