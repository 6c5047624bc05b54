"""Two laptops of one team for the sync benchmarks: a coordinator's with one demo year, and a
second one that has joined the team and holds nothing else yet (closed, to be copied per run)."""

import datetime as dt
import shutil
from pathlib import Path

from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.services.demo import DemoOptions, generate_demo

CLOCK = FixedClock(dt.datetime(2025, 12, 30, 12, tzinfo=STOCKHOLM))
TARGET = "target"  # the joined laptop's folder under the root


def demo_team(root: Path) -> tuple[App, str]:
    """The coordinator's laptop (open) and the team code; `root / TARGET` is the joined one."""
    source = open_app(root / "source", clock=CLOCK, actor="Koordinator")
    generate_demo(source, DemoOptions(year=2025, years=1))
    code = source.sync.create_team("Koordinator").code
    assert code is not None
    target = open_app(root / TARGET, clock=CLOCK, actor="Laptop")
    target.setup.first_setup([("Vänskapshuset", "indoor")], "Laptop")
    target.sync.join_team(code, "Laptop")
    target.close()
    return source, code


def open_copy(root: Path, name: str) -> App:
    """A fresh copy of the joined laptop, opened as a run's importer."""
    copy = root / name
    shutil.copytree(root / TARGET, copy)
    return open_app(copy, clock=CLOCK, actor="Laptop", backup_now=False)
