"""Saved means saved: a process killed with SIGKILL loses nothing it reported as saved, never
leaves half of one addition behind, and leaves a database that `check` finds whole."""

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.paths import database_path

# The child counts visits one by one at the door and reports each id once `add` has returned.
COUNT_ONE_BY_ONE = """
import sys
from pathlib import Path
from vanskapshuset.app import open_app

app = open_app(Path(sys.argv[1]), actor="Dörren")
site = app.sites.by_name("Vänskapsparken")
sys.stdout.write("ready\\n")
sys.stdout.flush()
while True:
    (visit_id,) = app.visits.add(site.id, "girl", "7-9")
    sys.stdout.write(visit_id + "\\n")
    sys.stdout.flush()
"""


def _prepare(data_dir: Path, clock) -> Path:
    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        app.sites.add("Vänskapsparken", "outdoor")
    finally:
        app.close()
    return database_path(data_dir)


def _visit_ids(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT id FROM visit")]
    finally:
        connection.close()


def _lines(data: bytes) -> list[str]:
    """Complete lines only: a line without its newline was never fully reported."""
    *complete, _unfinished = data.decode().split("\n")
    return complete


def test_every_visit_reported_as_saved_survives_sigkill(data_dir, clock, cli):
    path = _prepare(data_dir, clock)
    child = subprocess.Popen(
        [sys.executable, "-c", COUNT_ONE_BY_ONE, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    received = b""
    try:
        fd = child.stdout.fileno()
        started = None
        deadline = time.monotonic() + 30  # start-up included; the counting itself gets 3 s
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break  # the child ended on its own: the assertions below will say why
                received += chunk
            if started is None and received.startswith(b"ready\n"):
                started = time.monotonic()
                deadline = started + 3
            if len(_lines(received)) > 200:
                break
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    received += rest

    assert child.returncode == -signal.SIGKILL, errors.decode()
    lines = _lines(received)
    assert lines[0] == "ready"
    reported = lines[1:]
    assert len(reported) >= 10, f"only {len(reported)} visits counted before the kill"

    stored = _visit_ids(path)
    assert set(reported) <= set(stored)
    # At most one visit was saved but not yet reported when the kill came.
    assert len(stored) - len(reported) in (0, 1)
    result = cli("check")
    assert (result.code, result.out) == (0, "ok\n"), result.err


def _kill_when_wal_reaches(data_dir: Path, wal: Path, size: int, delay: float) -> int:
    """Run `visit add --count 5000`; SIGKILL it `delay` s after its WAL holds `size` bytes."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vanskapshuset",
            "--data-dir",
            str(data_dir),
            "visit",
            "add",
            "--site",
            "Vänskapsparken",
            "--gender",
            "boy",
            "--age",
            "10-13",
            "--count",
            "5000",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        # Nothing reaches the WAL before the visits do (opening writes no pages), so its growth
        # means the addition is being committed right now.
        while child.poll() is None and time.monotonic() < deadline:
            try:
                if wal.stat().st_size >= size:
                    break
            except FileNotFoundError:
                pass
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        _, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode in (0, -signal.SIGKILL), errors.decode()
    return child.returncode


def test_sigkill_during_a_bulk_add_leaves_all_or_none(data_dir, clock, cli):
    path = _prepare(data_dir, clock)
    wal = path.with_name(path.name + "-wal")
    killed_while_running = 0
    count = 0
    # Kill as the first frame reaches the WAL, part-way through the commit, and a moment after
    # it (committing, checkpointing or closing).
    for size, delay in ((1, 0.0), (256 * 1024, 0.0), (1024 * 1024, 0.0), (1, 0.05)):
        assert not wal.exists() or wal.stat().st_size == 0
        returncode = _kill_when_wal_reaches(data_dir, wal, size, delay)
        killed_while_running += returncode == -signal.SIGKILL
        now = len(_visit_ids(path))  # also recovers the WAL and removes it
        assert now - count in (0, 5000), f"{now - count} of 5000 visits were saved"
        count = now
        result = cli("check")
        assert (result.code, result.out) == (0, "ok\n"), result.err
    assert killed_while_running, "every child finished before it could be killed"
