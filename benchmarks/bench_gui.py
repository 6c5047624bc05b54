"""The desktop app on the ten-year database: start-up and the click at the door.

1. Start-up: a fresh process, started as `vanskapshuset --data-dir FOLDER` starts (cli.main, with
   the bench's fixed day), until Idag shows the day's figures, against a bare PySide6 script that
   opens an empty QMainWindow; alternating, in the same run; the median of the per-pair ratios.
   Both print "Idag visad" once painted (the program does with VANSKAPSHUSET_EXIT_WHEN_SHOWN=1)
   and the time is taken when that line arrives. The program then closes once the services are
   up; that moment (the process's end) is reported too.
   `--program PATH` measures another program the same way, e.g. a PyInstaller bundle
   (`dist/vanskapshuset/vanskapshuset`) or the installed `vanskapshuset` script: it runs with the
   real clock on a copy of the database (today's figures there are zeros; the day's first start
   also checks the whole file and makes the day's backup, so the first, warm-up run is left out).
2. A click on a tally button until the visit is committed and the label updated: median and p99
   over 1,000 clicks, in a window started as the program starts it (painted from the snapshot,
   then given the services).
3. A counting key pressed while another widget has focus (the leader list), through the
   window's key filter, until committed and shown: the same, against the click as baseline.

All use the offscreen platform, so no screen is needed; the ratio is what to compare.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.tenyear import OUT, ensure_ten_year_db

RUNS = 7
CLICKS = 1000
# A school-term Wednesday: the site Idag opens on (the first with a door) has 295 visits.
DAY = "2025-12-17T15:00"
SHOWN = "Idag visad"  # vanskapshuset.ui.application.SHOWN_LINE

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print("Idag visad", flush=True)
"""

# What `vanskapshuset --data-dir FOLDER` runs, on the bench's day.
START = """
import sys
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.domain.rules import parse_moment
import vanskapshuset.ui.application as application
fixed = FixedClock(parse_moment(sys.argv[2]))
application.SystemClock = lambda: fixed
from vanskapshuset.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""

# The data first, then the window (how the program started before the snapshot; the start-up
# benchmarks of the backup and the start check compare against this one).
APP = """
import datetime as dt, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.domain.rules import parse_moment
from vanskapshuset.app import open_app
from vanskapshuset.ui.application import build_window
from vanskapshuset.ui.style import apply_style
application = QApplication([])
apply_style(application)
app = open_app(Path(sys.argv[1]), clock=FixedClock(parse_moment(sys.argv[2])))
window = build_window(app)
window.resize(1366, 768)
window.show()
application.processEvents()
assert window.today.total.text() != ""
"""

CLICK = """
import statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.domain.rules import parse_moment
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.app import open_app
from vanskapshuset.services.door import read_door
from vanskapshuset.ui.application import build_door_window
import shutil, tempfile
copy = Path(tempfile.mkdtemp()) / "data"
# Clicks must not grow the shared benchmark database; its backups need not come along.
shutil.copytree(sys.argv[1], copy, ignore=shutil.ignore_patterns("backups", "logs"))
clock = FixedClock(parse_moment(sys.argv[2]))
application = QApplication([])
window = build_door_window(read_door(copy, clock))
window.show()
application.processEvents()
app = open_app(copy, clock=clock, backup_now=False)
window.session.attach(app)
application.processEvents()
button = window.today.grid.buttons[(Gender.GIRL, "7-9")]
times = []
for _ in range(int(sys.argv[3])):
    before = button.count
    started = time.perf_counter()
    button.click()
    assert button.count == before + 1
    times.append(time.perf_counter() - started)
times.sort()
print(statistics.median(times), times[int(0.99 * len(times))])
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
window.activateWindow()
window.today.leader.setFocus()
application.processEvents()
keys = []
for _ in range(int(sys.argv[3])):
    before = button.count
    started = time.perf_counter()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert button.count == before + 1
    keys.append(time.perf_counter() - started)
keys.sort()
print(statistics.median(keys), keys[int(0.99 * len(keys))])
app.close()
shutil.rmtree(copy.parent)
"""

# Compiled modules are kept (__pycache__), as an installed program has them: a shell that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours at every start.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": "offscreen",
    "VANSKAPSHUSET_EXIT_WHEN_SHOWN": "1",
}


def timed(code: str, *args: str) -> float:
    """A fresh `python -c code args…` until it ends."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=ENV, capture_output=True)
    return time.perf_counter() - started


def until_shown(command: list[str]) -> tuple[float, float]:
    """(seconds until the program prints "Idag visad", seconds until it ends)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SHOWN:
            shown = time.perf_counter() - started
            break
    else:
        process.wait()
        raise SystemExit(f"never shown: {command}\n{process.stderr.read()[-2000:]}")
    _, errors = process.communicate()
    ended = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"exit code {process.returncode}: {command}\n{errors[-2000:]}")
    return shown, ended


def start_up(program: list[str], runs: int) -> None:
    bare_command = [sys.executable, "-c", BARE]
    until_shown(bare_command)  # warm the file cache for both
    until_shown(program)
    bare, shown, ended = [], [], []
    for _ in range(runs):
        bare.append(until_shown(bare_command)[0])
        app_shown, app_ended = until_shown(program)
        shown.append(app_shown)
        ended.append(app_ended)
    ratios = [a / b for a, b in zip(shown, bare, strict=True)]
    print(f"start-up, {runs} fresh processes each, alternating (offscreen):")
    print(f"  bare QMainWindow shown         {statistics.median(bare) * 1000:7.0f} ms")
    print(f"  Idag shown with the figures    {statistics.median(shown) * 1000:7.0f} ms")
    print(f"  services up, window closed     {statistics.median(ended) * 1000:7.0f} ms")
    print(
        f"  ratio shown / bare: median {statistics.median(ratios):.2f}× "
        f"(min {min(ratios):.2f}×, max {max(ratios):.2f}×)"
    )


def clicks(folder: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CLICK, str(folder), DAY, str(CLICKS)],
        check=True,
        env=ENV,
        capture_output=True,
        text=True,
    )
    median, p99, key_median, key_p99 = (float(x) for x in result.stdout.split())
    print(f"tally click until committed and shown, {CLICKS} clicks:")
    print(f"  median {median * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms")
    print(f"counting key with the focus on the leader list, {CLICKS} presses:")
    print(f"  median {key_median * 1000:.3f} ms, p99 {key_p99 * 1000:.3f} ms")
    print(f"  ratio to the click {key_median / median:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--program", help="a program run as PROGRAM --data-dir FOLDER")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--no-clicks", action="store_true", help="start-up only")
    args = parser.parse_args()
    folder = ensure_ten_year_db()
    if args.program is None:
        print(f"python {sys.version.split()[0]}, the source tree, day {DAY}")
        start_up([sys.executable, "-c", START, str(folder), DAY], args.runs)
    else:
        # A copy: the real clock's day gets its own backup, which the shared folder need not hold.
        copy = OUT / "bench-gui-program"
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir(parents=True)
        try:
            shutil.copy2(folder / "vanskapshuset.sqlite", copy / "vanskapshuset.sqlite")
            print(f"{args.program}, the real clock, on a copy of the ten-year database")
            start_up([args.program, "--data-dir", str(copy)], args.runs)
        finally:
            shutil.rmtree(copy, ignore_errors=True)
    if not args.no_clicks:
        clicks(folder)


if __name__ == "__main__":
    main()
