"""Property: laptops that count, edit and delete apart and sync through one shared folder, while
the folder loses, delays and duplicates their files, end with the same records and the same
figures, exactly the sum of what was done (the chains of snapshots and segments, folder_sync)."""

import datetime as dt
import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_property import Expected, Team, _run, assert_team_agrees, step

from vanskapshuset.sync.bundle_format import FILE_SUFFIX

laptop = st.integers(min_value=0, max_value=4)
folder_step = st.one_of(
    step,
    st.tuples(st.just("sync"), laptop),
    st.tuples(st.just("sync"), laptop),
    st.tuples(st.just("delay"), st.integers(0, 1000)),  # a file not yet delivered
    st.tuples(st.just("deliver"), st.integers(0, 1000)),
    st.tuples(st.just("copy"), st.integers(0, 1000)),  # a cloud service's conflict copy
    st.tuples(st.just("lose"), st.integers(0, 1000)),  # gone for good
)


class Folder:
    def __init__(self, root: Path) -> None:
        self.shared = root / "delad"
        self.away = root / "på-väg"
        self.shared.mkdir()
        self.away.mkdir()

    def files(self) -> list[Path]:
        return sorted(self.shared.glob(f"*{FILE_SUFFIX}"))

    def pick(self, number: int) -> Path | None:
        files = self.files()
        return files[number % len(files)] if files else None

    def deliver(self, number: int | None = None) -> None:
        delayed = sorted(self.away.iterdir())
        chosen = delayed if number is None else delayed[number % len(delayed) :][:1]
        for path in chosen:
            shutil.move(path, self.shared / path.name)


def _apply(team: Team, folder: Folder, action: tuple, expected: Expected) -> None:
    name, *rest = action
    if name == "sync":
        team.clock.advance(dt.timedelta(seconds=1))
        team.app(rest[0]).sync.sync_folder(folder.shared)
    elif name == "delay" and (path := folder.pick(rest[0])) is not None:
        shutil.move(path, folder.away / path.name)
    elif name == "deliver" and any(folder.away.iterdir()):
        folder.deliver(rest[0])
    elif name == "copy" and (path := folder.pick(rest[0])) is not None:
        shutil.copy(path, folder.shared / f"kopia {rest[0]} av {path.name}")
    elif name == "lose" and (path := folder.pick(rest[0])) is not None:
        path.unlink()
    elif name in ("visit", "undo", "create", "edit", "delete", "exchange", "round"):
        _run(team, [action], expected)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    size=st.integers(2, 4),  # two: no third laptop to pass on what a lost file held
    steps=st.lists(folder_step, min_size=1, max_size=40),
    order_seed=st.integers(0, 1000),
)
def test_laptops_syncing_through_a_faulty_folder_agree_on_everything(
    size: int, steps: list[tuple], order_seed: int
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        team = Team(Path(scratch), size)
        folder = Folder(Path(scratch))
        try:
            expected = Expected()
            for action in steps:
                _apply(team, folder, action, expected)
            folder.deliver()  # everything delayed arrives in the end
            order = list(range(size))
            for _round in range(8):  # until nobody reads or writes anything any more
                random.Random(order_seed + _round).shuffle(order)
                results = []
                for number in order:
                    team.clock.advance(dt.timedelta(seconds=1))
                    results.append(team.apps[number].sync.sync_folder(folder.shared))
                assert all(result.skipped == () for result in results)
                if all(r.imported == () and r.written.unchanged for r in results):
                    break
            else:
                raise AssertionError("the laptops still exchange after eight quiet rounds")

            assert_team_agrees(team, expected)
        finally:
            team.close()
