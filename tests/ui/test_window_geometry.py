"""The main window opens as it was closed on this laptop: size, place, maximised or not.

A restart is a real second process, each on a virtual laptop screen of 1366×768 (the test
process's own offscreen screen is 800×800, narrower than the window may be)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication

from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.window_geometry import FILE_NAME, GRIP_PX, bring_onto_screen

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
MONITOR = {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080}

START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vanskapshuset.app import open_app
from vanskapshuset.ui.application import build_window
application = QApplication([])
folder, wanted = Path(sys.argv[1]), json.loads(sys.argv[2])
app = open_app(folder)
if app.is_empty():
    app.sites.add("Vänskapshuset")
window = build_window(app)
window.geometry_memory.show(window)  # as run_gui shows it
application.processEvents()
if wanted == "maximised":
    window.showMaximized()
elif wanted:
    window.showNormal()
    window.resize(wanted[2], wanted[3])
    window.move(wanted[0], wanted[1])
application.processEvents()
g = window.frameGeometry()
print(json.dumps([g.x(), g.y(), window.width(), window.height(), window.isMaximized()]))
window.close()
app.close()
"""


def start(tmp_path: Path, folder: Path, wanted: object, *screens: dict) -> list:
    """Start the window in a new process on these screens, place it as `wanted` (None: leave
    it where it opened), close it; where it was before closing."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": list(screens)}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", START, str(folder), json.dumps(wanted)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_start_opens_maximised_and_the_next_as_it_was_closed(tmp_path):
    folder = tmp_path / "data"
    assert start(tmp_path, folder, None, LAPTOP)[4] is True  # maximised
    assert (folder / FILE_NAME).is_file()  # written on closing

    start(tmp_path, folder, [60, 40, 934, 427], LAPTOP)
    assert start(tmp_path, folder, None, LAPTOP) == [60, 40, 934, 427, False]


def test_maximised_stays_maximised(tmp_path):
    folder = tmp_path / "data"
    start(tmp_path, folder, [60, 40, 934, 500], LAPTOP)
    start(tmp_path, folder, "maximised", LAPTOP)
    assert start(tmp_path, folder, None, LAPTOP)[4] is True


def test_a_window_left_on_a_monitor_that_is_gone_comes_back_to_the_laptop(tmp_path):
    folder = tmp_path / "data"
    on_monitor = start(tmp_path, folder, [1500, 100, 1000, 600], LAPTOP, MONITOR)
    assert on_monitor[:2] == [1500, 100]
    x, y, width, height, _ = start(tmp_path, folder, None, LAPTOP)
    laptop = QRect(0, 0, LAPTOP["width"], LAPTOP["height"])
    assert laptop.contains(QRect(x, y, width, height))


def test_bringing_onto_a_screen_keeps_the_title_bar_reachable(app, qtbot):
    """On this process's narrow screen too: the window's top, where it is grabbed, is on it."""
    app.sites.add("Vänskapshuset")
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.show()
    window.move(5000, 4000)
    qtbot.waitUntil(lambda: window.pos() == QPoint(5000, 4000))
    bring_onto_screen(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    assert screen.contains(frame.topLeft())
    assert screen.intersected(QRect(frame.topLeft(), frame.size())).height() >= GRIP_PX
