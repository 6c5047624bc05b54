"""The program ends cleanly: a window that was shown, then the interpreter shutting down, must
not crash on the way out (a hide event reached the Idag page after Qt was gone)."""

import os
import subprocess
import sys

SHOW_THEN_EXIT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vanskapshuset.app import open_app
from vanskapshuset.ui.application import build_window
application = QApplication([])
app = open_app(Path(sys.argv[1]))
app.sites.add("Vänskapsparken", "outdoor")
window = build_window(app)
window.show()
application.processEvents()
print("shown", flush=True)
"""


def test_showing_the_window_then_exiting_ends_with_exit_code_0(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for attempt in range(3):  # the crash came at most runs, not all
        folder = tmp_path / f"data{attempt}"
        done = subprocess.run(
            [sys.executable, "-c", SHOW_THEN_EXIT, str(folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "shown"
