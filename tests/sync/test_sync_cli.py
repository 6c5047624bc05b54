"""Team and sync on the command line, between two data folders, in this process.

The command line runs on the real clock, so visits are dated today and the statistics are asked
for a period around today.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.sync.team_code import key_from_code

SITE = "Vänskapshuset"


@pytest.fixture
def other_dir(tmp_path: Path) -> Path:
    return tmp_path / "andra-datorn"


@pytest.fixture
def on_other(cli, other_dir: Path):
    """Run a command on the second laptop (its own data folder)."""
    return lambda *args: cli("--raw", "--data-dir", str(other_dir), *args)


def ok(result) -> str:
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out


def stats(run) -> dict[str, object]:
    today = dt.datetime.now(STOCKHOLM).date()
    period = (str(today - dt.timedelta(days=2)), str(today + dt.timedelta(days=2)))
    return json.loads(ok(run("stats", "--from", period[0], "--to", period[1], "--json")))


def test_two_laptops_through_the_command_line(cli, on_other, tmp_path: Path) -> None:
    # The coordinator's laptop makes the team; the code is all it prints.
    code = ok(cli("team", "create", "--device-name", "Koordinator")).strip()
    assert len(key_from_code(code)) == 16  # a whole, correctly typed code
    assert len(code) == 34 and code.count("-") == 6
    # The same code twice on the coordinator's laptop: refused, exit 2, one sentence.
    twice = cli("team", "create")
    assert twice.code == 2 and "redan med i ett lag" in twice.err and twice.out == ""

    assert ok(on_other("team", "join", code.lower(), "--device-name", "Dörren")) == (
        "Med i laget som ”Dörren”.\n"
    )

    ok(cli("site", "add", SITE, "--kind", "indoor"))
    ok(cli("visit", "add", "--site", SITE, "--gender", "girl", "--age", "7-9", "--count", "3"))
    ok(cli("visit", "add", "--site", SITE, "--gender", "boy", "--age", "10-13", "--count", "2"))

    # export on one, import (twice in one command) on the other
    bundle = tmp_path / "koordinator.vhsync"
    assert ok(cli("sync", "export", "--out", str(bundle))).strip() == str(bundle)
    assert bundle.stat().st_size > 0
    lines = ok(on_other("sync", "import", str(bundle), str(bundle))).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("koordinator.vhsync från ”Koordinator”: 5 nya besök, ")
    assert lines[1] == "koordinator.vhsync: redan inläst tidigare, inget ändrat."
    assert stats(on_other)["visits"] == 5

    # The other laptop counts at the door too, then both sync through one shared folder.
    ok(on_other("visit", "add", "--site", SITE, "--gender", "other", "--age", "14-17"))
    ok(on_other("visit", "add", "--site", SITE, "--gender", "girl", "--age", "7-9", "--count", "4"))
    shared = tmp_path / "delad-mapp"
    shared.mkdir()

    first = ok(on_other("sync", "folder", str(shared))).splitlines()
    (other,) = shared.glob("*.vhsync")
    assert first == [f"Skrev {other}."]
    assert other.name.startswith("Dörren-")

    coordinator = ok(cli("sync", "folder", str(shared))).splitlines()
    assert len(coordinator) == 2
    assert "från ”Dörren”: 5 nya besök" in coordinator[0]
    assert coordinator[1].startswith("Skrev ")
    assert len(list(shared.glob("*.vhsync"))) == 2

    # The other laptop reads the coordinator's bundle: nothing new in it but what it sent.
    last = ok(on_other("sync", "folder", str(shared))).splitlines()
    assert "från ”Koordinator”: 0 nya besök" in last[0]
    # The coordinator reads that once more (it holds the other laptop's import in its audit
    # log); syncing again straight after reads and writes nothing.
    assert "från ”Dörren”: 0 nya besök" in ok(cli("sync", "folder", str(shared)))
    again = ok(cli("sync", "folder", str(shared))).splitlines()
    assert again == ["Inget nytt att skriva: den här datorns filer i mappen är aktuella."]

    here, there = stats(cli), stats(on_other)
    assert here == there
    assert here["visits"] == 5 + 5
    assert here["visits_by_gender"] == {"girl": 7, "boy": 2, "other": 1, "unknown": 0}
    assert here["visits_by_age"] == {
        "0-6": 0,
        "7-9": 7,
        "10-13": 2,
        "14-17": 1,
        "18-25": 0,
        "26+": 0,
    }


def test_sync_commands_outside_a_team(cli, tmp_path: Path) -> None:
    ok(cli("site", "add", SITE))
    for args in (
        ("sync", "export", "--out", str(tmp_path / "x.vhsync")),
        ("sync", "folder", str(tmp_path)),
    ):
        result = cli(*args)
        assert result.code == 2, args
        assert "inte med i något lag" in result.err
        assert result.out == ""
    assert not (tmp_path / "x.vhsync").exists()


def test_joining_with_a_mistyped_code(cli) -> None:
    result = cli("team", "join", "ABCD-EFGH", "--device-name", "Dörren")
    assert result.code == 2
    assert result.err.strip() == "Lagkoden ska ha 28 tecken (utan bindestreck), men har 8."
