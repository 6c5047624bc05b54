"""Shared fixtures: real SQLite files in tmp_path, the command line run in-process."""

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vanskapshuset.app import App, open_app
from vanskapshuset.cli import main
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM))


@pytest.fixture
def app(data_dir: Path, clock: FixedClock) -> Iterator[App]:
    opened = open_app(data_dir, clock=clock, actor="Testledare")
    yield opened
    opened.close()


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    """Run `vanskapshuset --data-dir <data_dir> ARGS...` in this process."""

    def run(*args: str) -> CliResult:
        code = (
            main(["--data-dir", str(data_dir), *args])
            if args[:1] != ("--raw",)
            else main(list(args[1:]))
        )
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
