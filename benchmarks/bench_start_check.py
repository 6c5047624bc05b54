"""The start check on the ten-year database, as a share of the window's start-up.

1. The cheap part, run at every start (path, header against the file's size, one schema read).
2. The whole-file part, `PRAGMA quick_check`, run at the day's first start (no backup from today
   yet) and by `check`.
3. The window's start-up (a fresh process until Idag shows, as in bench_gui) for scale.

Read-only on the shared database; the backup folders it looks at are temporary.
"""

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_gui import APP, DAY, timed
from benchmarks.tenyear import FIXED_NOW, ensure_ten_year_db
from vanskapshuset.paths import database_path
from vanskapshuset.store.backup import backup_name
from vanskapshuset.store.start_check import check_at_start

CHEAP_RUNS = 50
FULL_RUNS = 5
START_RUNS = 5


def _median_ms(step, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    folder = ensure_ten_year_db()
    path = database_path(folder)
    with tempfile.TemporaryDirectory() as scratch:
        none_today = Path(scratch) / "none"
        with_today = Path(scratch) / "today"
        with_today.mkdir()
        (with_today / backup_name(FIXED_NOW, "dag")).write_bytes(b"")  # only its name counts
        check_at_start(path, none_today, FIXED_NOW, verify=True)  # warm the file cache
        cheap = _median_ms(lambda: check_at_start(path, with_today, FIXED_NOW), CHEAP_RUNS)
        full = _median_ms(lambda: check_at_start(path, none_today, FIXED_NOW), FULL_RUNS)
    timed(APP, str(folder), DAY)  # warm; also makes that day's backup once, as bench_gui does
    start = statistics.median(timed(APP, str(folder), DAY) for _ in range(START_RUNS)) * 1000
    size = path.stat().st_size / 1e6
    print(f"start check on the ten-year database ({size:.0f} MB), warm file cache:")
    print(f"  every start (header, size, schema)   {cheap:8.2f} ms  {cheap / start:6.2%}")
    print(f"  day's first start (+ quick_check)    {full:8.0f} ms  {full / start:6.1%}")
    print(f"  window start-up until Idag shows     {start:8.0f} ms  (median of {START_RUNS})")


if __name__ == "__main__":
    main()
