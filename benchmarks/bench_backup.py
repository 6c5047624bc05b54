"""One backup of the ten-year database, as a share of the desktop app's start-up.

Works on a copy of the ten-year database in benchmarks/out/backup-bench (removed at the end), so
the shared one gains no backups:

1. `BackupService.create()` in one process, median of RUNS, split into its steps: the online
   copy, the note of what the copy holds (sums over every visit) with the expired sign-ups
   purge, `quick_check`, `fsync` (the rest is the rotation and the purge of the other copies).
2. The desktop app's start-up (a fresh process until Idag shows, as in bench_gui), alternating:
   a start when today's backup exists (every start but the day's first); the day's first start
   with the backup inside `open_app` (as the command line does); and the day's first start as
   the window does it (`open_app(backup_now=False)`, the backup on a worker thread after the
   window shows), median of RUNS each.
3. Door clicks while that backup runs on the worker thread, against clicks with nothing
   running, in the same process.

The file cache is warm (the database was just read): a laptop's first start after boot reads
the file from disk once more, for the backup and for the start alike.
"""

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_gui import APP
from benchmarks.tenyear import FIXED_NOW, OUT, ensure_ten_year_db
from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import FixedClock, local_date
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.services.backups import BackupReason, _describe
from vanskapshuset.store import backup as store

RUNS = 5
WORK = OUT / "backup-bench"


def copy_database(source: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    reader = sqlite3.connect(database_path(source))
    writer = sqlite3.connect(database_path(folder))
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.0f} ms"


def steps(app, target_dir: Path) -> dict[str, float]:
    """The steps of one copy, timed apart (the same calls `write_copy` makes, in order)."""
    times: dict[str, float] = {}
    handle, name = tempfile.mkstemp(suffix=".partial", dir=target_dir)
    os.close(handle)
    partial = Path(name)
    try:
        started = time.perf_counter()
        store._online_copy(app.db.path, partial)
        times["online copy"] = time.perf_counter() - started
        started = time.perf_counter()
        with store.edit_copy(partial) as connection:
            _describe(BackupReason.MANUAL, local_date(app.context.now()))(connection)
        times["note + purge"] = time.perf_counter() - started
        started = time.perf_counter()
        assert store.quick_check(partial)
        times["quick_check"] = time.perf_counter() - started
        started = time.perf_counter()
        store._flush(partial)
        times["fsync"] = time.perf_counter() - started
    finally:
        store.remove_copy(partial)
    return times


# As run_gui opens the data: the day's backup is left to a worker thread after the window shows.
APP_DEFERRED = APP.replace(
    "clock=FixedClock(parse_moment(sys.argv[2])))",
    "clock=FixedClock(parse_moment(sys.argv[2])), backup_now=False)",
)
assert APP_DEFERRED != APP

CLICKS_DURING_BACKUP = (
    APP_DEFERRED
    + """
import statistics, threading, time
from vanskapshuset.domain.vocabulary import Gender
button = window.today.grid.buttons[(Gender.GIRL, "7-9")]
def clicks(until):
    times = []
    while until():
        started = time.perf_counter()
        button.click()
        times.append(time.perf_counter() - started)
        application.processEvents()
    return times
idle = clicks(lambda n=iter(range(200)): next(n, None) is not None)
worker = threading.Thread(target=app.daily_backup)
worker.start()
busy = clicks(worker.is_alive)
worker.join()
print(statistics.median(idle), statistics.median(busy), len(busy))
"""
)


def start_up(script: str, folder: Path, day: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", script, str(folder), day], check=True, env=env, capture_output=True
    )
    return time.perf_counter() - started


def main() -> None:
    source = ensure_ten_year_db()
    shutil.rmtree(WORK, ignore_errors=True)
    folder = WORK / "data"
    copy_database(source, folder)
    size = database_path(folder).stat().st_size
    print(f"ten-year database: {size / 1e6:.0f} MB")
    try:
        app = open_app(folder, clock=FixedClock(FIXED_NOW), actor="benchmark")
        try:
            backup_dir(folder).mkdir(exist_ok=True)
            split = [steps(app, backup_dir(folder)) for _ in range(RUNS)]
            whole = []
            for _ in range(RUNS):
                started = time.perf_counter()
                info = app.backups.create()
                whole.append(time.perf_counter() - started)
            print(f"one backup (BackupService.create), median of {RUNS}: {ms(whole)}")
            for step in split[0]:
                print(f"  {step:<14} {ms([s[step] for s in split])}")
            print(f"  copy: {info.visits} visits, {info.activities} activities")
            started = time.perf_counter()
            app.backups._described.clear()
            listed = app.backups.list()
            print(f"list of {len(listed)} copies, uncached: {ms([time.perf_counter() - started])}")
        finally:
            app.close()
        shutil.rmtree(backup_dir(folder))

        # Today's backup made once (warm-up); then alternate: a day that has one, new days.
        start_up(APP, folder, "2025-07-03T15:00")
        normal, inside, deferred = [], [], []
        for run in range(RUNS):
            normal.append(start_up(APP, folder, "2025-07-03T15:00"))
            inside.append(start_up(APP, folder, f"2025-07-{4 + run:02d}T15:00"))
            deferred.append(start_up(APP_DEFERRED, folder, f"2025-08-{4 + run:02d}T15:00"))
        start = statistics.median(normal)
        print(f"desktop start-up until Idag shows, median of {RUNS} fresh processes:")
        print(f"  today's backup exists                  {ms(normal)}")
        print(f"  first of the day, backup in open_app   {ms(inside)}")
        print(f"  first of the day, backup after showing {ms(deferred)}  (as run_gui does)")
        backup = statistics.median(whole)
        print(f"one backup / start-up: {backup / start:.2f}×")
        for name, values in (("in open_app", inside), ("after showing", deferred)):
            extra = statistics.median(values) - start
            print(
                f"  first start of a day, backup {name}: "
                f"{extra * 1000:+.0f} ms ({extra / start:+.0%})"
            )

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [sys.executable, "-c", CLICKS_DURING_BACKUP, str(folder), "2025-09-01T15:00"],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        idle, busy, count = result.stdout.split()
        print(
            f"door click, median: {float(idle) * 1000:.2f} ms idle, {float(busy) * 1000:.2f} ms "
            f"while the backup runs on the worker ({count} clicks during it)"
        )
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
