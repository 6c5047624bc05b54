"""The desktop app on the ten-year database: start-up and the click at the door.

1. Start-up: a fresh process until the Idag page shows the day's figures, against a bare PySide6
   script that opens an empty QMainWindow, alternating, in the same run (median ratio).
2. A click on a tally button until the visit is committed and the label updated: median and p99
   over 1,000 clicks (the click handler is synchronous, so the click's return is the moment).
3. A counting key pressed while another widget has focus (the leader list), through the
   window's key filter, until committed and shown: the same, against the click as baseline.

Both use the offscreen platform, so no screen is needed; the ratio is what to compare.
"""

import os
import statistics
import subprocess
import sys
import time

from benchmarks.tenyear import ensure_ten_year_db

RUNS = 7
CLICKS = 1000
DAY = "2025-07-03T15:00"

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
"""

APP = """
import datetime as dt, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.domain.rules import parse_moment
from vanskapshuset.services.app import open_app
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
from vanskapshuset.services.app import open_app
from vanskapshuset.ui.application import build_window
import shutil, tempfile
copy = Path(tempfile.mkdtemp()) / "data"
# Clicks must not grow the shared benchmark database; its backups need not come along.
shutil.copytree(sys.argv[1], copy, ignore=shutil.ignore_patterns("backups"))
application = QApplication([])
app = open_app(copy, clock=FixedClock(parse_moment(sys.argv[2])))
window = build_window(app)
window.show()
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


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    folder = str(ensure_ten_year_db())
    bare, full = [], []
    timed(BARE)  # warm the file cache for both
    timed(APP, folder, DAY)
    for _ in range(RUNS):
        bare.append(timed(BARE))
        full.append(timed(APP, folder, DAY))
    print(f"start-up, median of {RUNS} fresh processes (offscreen):")
    print(f"  bare QMainWindow     {statistics.median(bare) * 1000:7.0f} ms")
    print(f"  app, Idag on 10 yrs  {statistics.median(full) * 1000:7.0f} ms")
    print(f"  ratio {statistics.median(full) / statistics.median(bare):.2f}×")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CLICK, folder, DAY, str(CLICKS)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    median, p99, key_median, key_p99 = (float(x) for x in result.stdout.split())
    print(f"tally click until committed and shown, {CLICKS} clicks:")
    print(f"  median {median * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms")
    print(f"counting key with the focus on the leader list, {CLICKS} presses:")
    print(f"  median {key_median * 1000:.3f} ms, p99 {key_p99 * 1000:.3f} ms")
    print(f"  ratio to the click {key_median / median:.2f}×")


if __name__ == "__main__":
    main()
