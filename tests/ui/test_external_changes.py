"""The window notices writes made outside it (a command, another process) and refreshes; the
watch behind it never raises, whatever happened to the file."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.store.change_watch import ChangeWatch
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

AT = "2025-07-03T14:05+02:00"  # the clock fixture's day, five minutes later
SHOWN_WITHIN_MS = 5000


@pytest.fixture
def window(app, qtbot):
    app.sites.add("Vänskapsparken", "outdoor")
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_command_in_this_process_shows_on_idag(app, window, cli, qtbot):
    assert window.today.total.text() == "0"
    for gender, count in (("girl", 3), ("boy", 2)):
        result = cli(
            "visit",
            "add",
            "--site",
            "Vänskapsparken",
            "--gender",
            gender,
            "--age",
            "7-9",
            "--count",
            str(count),
            "--at",
            AT,
        )
        assert result.code == 0, result.err
    qtbot.waitUntil(lambda: window.today.total.text() == "5", timeout=SHOWN_WITHIN_MS)
    assert window.today.grid.count_of((Gender.GIRL, "7-9")) == 3


def test_a_command_in_another_process_shows_on_idag(app, window, data_dir, qtbot):
    qtbot.mouseClick(
        window.today.grid.buttons[(Gender.OTHER, "10-13")], Qt.MouseButton.LeftButton
    )  # one of our own
    command = [
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
        "unknown",
        "--age",
        "26+",
        "--count",
        "4",
        "--at",
        AT,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=_env())
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.today.total.text() == "5", timeout=SHOWN_WITHIN_MS)
    assert window.today.grid.count_of((Gender.UNKNOWN, "26+")) == 4


def test_an_idle_window_does_not_refresh_itself_over_and_over(app, window, qtbot):
    """A refresh that wrote something would be seen as a change and refresh again, forever."""
    window.external_changes.timer.setInterval(50)
    refreshes = []  # none either for the site added before the window was made
    window.session.data_changed.connect(lambda: refreshes.append(1))
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(400)
    assert refreshes == []


def test_the_poll_after_the_data_is_closed_says_nothing(app, window):
    app.close()
    assert window.external_changes.poll() is False


# -- the watch itself ----------------------------------------------------------------------------


def test_the_watch_sees_commits_of_other_connections_only(app):
    path = database_path(app.db.path.parent)
    watch = ChangeWatch(path)
    try:
        assert watch.changed() is False
        app.sites.add("Vänskapshuset", "indoor")  # through the app's own engine
        assert watch.changed() is True
        assert watch.changed() is False  # once per commit, not again
        with closing(sqlite3.connect(path)) as other:
            other.execute("SELECT count(*) FROM site").fetchone()  # a read is no change
        assert watch.changed() is False
    finally:
        watch.close()
    app.sites.add("Utflykt", "excursion")
    assert watch.changed() is False  # closed: quiet, and not opened again


def test_a_missing_file_is_no_change_and_is_not_created(tmp_path):
    path = tmp_path / "gone" / "vanskapshuset.sqlite"
    watch = ChangeWatch(path)
    assert watch.changed() is False
    assert not path.exists() and not path.parent.exists()
    watch.close()


def test_a_damaged_or_replaced_file_is_no_change_then_one_change(app, tmp_path):
    path = database_path(app.db.path.parent)
    watch = ChangeWatch(path)
    app.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    original = path.read_bytes()
    path.write_bytes(b"not a database at all " * 500)
    watch.close()  # a fresh watch on the damaged file: it must not raise
    damaged = ChangeWatch(path)
    assert damaged.changed() is False
    assert damaged.changed() is False
    path.write_bytes(original)  # put back: a replaced file counts as one change
    assert damaged.changed() is True
    assert damaged.changed() is False
    damaged.close()


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
