"""A failed save at the door is impossible to miss and changes nothing: the number stays, the
"Sparat" text is replaced at once by a red sentence, the failure is in the log, and the next
click tries again. Real faults: a full filesystem, a read-only file, another process holding the
lock, the database file deleted while the window runs."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from faults import fill_up, locked_by_another_process, read_only_file, small_disk
from vanskapshuset.app import open_app
from vanskapshuset.app_log import start_logging
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

DAY = dt.date(2025, 7, 3)
CELL = (Gender.GIRL, "7-9")
CLOCK = FixedClock(dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM))


def stored_visits(folder: Path) -> int:
    """Net visits in the file, read by a connection of its own (not the window's)."""
    connection = sqlite3.connect(f"file:{database_path(folder)}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT COALESCE(SUM(delta), 0) FROM visit").fetchone()[0]
    finally:
        connection.close()


def prepare(folder: Path) -> None:
    app = open_app(folder, clock=CLOCK, actor="Testledare")
    try:
        app.sites.add("Vänskapsparken", "outdoor")
    finally:
        app.close()


@pytest.fixture
def open_window(qtbot):
    opened = []

    def open_on(folder: Path) -> MainWindow:
        app = open_app(folder, clock=CLOCK, actor="Testledare")
        opened.append(app)
        window = MainWindow(UiSession(app))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield open_on
    for app in opened:
        app.close()


def click(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.today.grid.buttons[CELL], Qt.MouseButton.LeftButton)


def key(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)


def shown(window: MainWindow) -> tuple[int, str]:
    return window.today.grid.count_of(CELL), window.today.total.text()


def assert_failure_shown(window: MainWindow, words: str) -> None:
    status = window.today.status
    assert status.isVisible() and status.property("failed") is True
    assert status.text().startswith("Besöket sparades INTE – ")
    assert words in status.text()
    assert "Sparat" not in status.text()


def test_a_full_disk_fails_in_red_loses_nothing_shown_and_the_next_click_counts(
    tmp_path, qtbot, open_window
):
    with small_disk(tmp_path / "disk") as disk:
        folder = disk / "data"
        prepare(folder)
        log_file = start_logging(tmp_path / "logs")
        window = open_window(folder)
        for _ in range(3):
            click(qtbot, window)
        assert shown(window) == (3, "3") and stored_visits(folder) == 3
        assert window.today.status.text().startswith("Sparat")

        filler = fill_up(disk)
        failures = 0
        for attempt in range(40):
            before_shown, before_stored = shown(window), stored_visits(folder)
            (click if attempt % 2 else key)(qtbot, window)
            if window.today.status.property("failed"):
                failures += 1
                assert_failure_shown(window, "disken är full")
                assert shown(window) == before_shown  # the number did not go up
                assert stored_visits(folder) == before_stored
            else:  # SQLite found room in pages it had already: then it really was saved
                assert stored_visits(folder) == before_stored + 1
                assert shown(window)[0] == before_shown[0] + 1
        assert failures > 0
        assert window.today.grid.count_of(CELL) == stored_visits(folder)

        filler.unlink()
        click(qtbot, window)
        assert window.today.status.property("failed") is False
        assert window.today.status.text().startswith("Sparat")
        assert window.today.grid.count_of(CELL) == stored_visits(folder)
    assert log_file is not None and "Not saved on Idag" in log_file.read_text(encoding="utf-8")


def test_a_read_only_database_fails_in_red_and_changes_nothing(tmp_path, qtbot, open_window):
    folder = tmp_path / "data"
    prepare(folder)
    with read_only_file(database_path(folder)):
        window = open_window(folder)
        click(qtbot, window)
        assert_failure_shown(window, "skrivskyddad")
        assert shown(window) == (0, "0")
    assert stored_visits(folder) == 0


@pytest.mark.slow
def test_a_database_locked_by_another_program_fails_in_red_then_counts(
    tmp_path, qtbot, open_window
):
    """Past SQLite's busy timeout (10 s) the click fails; once the lock is gone it counts."""
    folder = tmp_path / "data"
    prepare(folder)
    window = open_window(folder)
    with locked_by_another_process(database_path(folder)):
        click(qtbot, window)
        assert_failure_shown(window, "upptagen av ett annat program")
        assert shown(window) == (0, "0")
    click(qtbot, window)
    assert shown(window) == (1, "1") and stored_visits(folder) == 1


def test_a_database_deleted_while_running_fails_in_red(tmp_path, qtbot, open_window):
    """An open SQLite file that was deleted still takes writes (into nothing): refused."""
    folder = tmp_path / "data"
    prepare(folder)
    window = open_window(folder)
    click(qtbot, window)
    path = database_path(folder)
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    click(qtbot, window)
    assert_failure_shown(window, "tagits bort eller flyttats")
    assert shown(window) == (1, "1")
    key(qtbot, window)  # the door stays usable: it tries again, and says so again
    assert_failure_shown(window, "tagits bort eller flyttats")
    assert shown(window) == (1, "1")


def test_a_failed_undo_is_said_and_the_next_ctrl_z_tries_the_same_visit(
    tmp_path, qtbot, open_window
):
    with small_disk(tmp_path / "disk") as disk:
        folder = disk / "data"
        prepare(folder)
        window = open_window(folder)
        click(qtbot, window)
        click(qtbot, window)
        filler = fill_up(disk)
        stack = window.today.undo_stack
        for _ in range(40):  # until the disk refuses the −1 (SQLite may find room at first)
            index = stack.index()
            stack.undo()
            qtbot.wait(10)
            if window.today.status.property("failed"):
                break
            stack.redo()
        else:
            pytest.fail("the full disk never refused an undo")
        assert "Ångrandet sparades INTE" in window.today.status.text()
        qtbot.waitUntil(lambda: stack.index() == index)  # back where it was
        assert window.today.grid.count_of(CELL) == stored_visits(folder)
        filler.unlink()
        stack.undo()
        assert window.today.grid.count_of(CELL) == stored_visits(folder) == 1
