"""New visitors at the door: the same key or click with Shift counts a visit marked new (first
time this season). Real key and mouse events at a leader's speed, read back from the database;
undo and −1 corrections take the new mark with them."""

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.tally_keys import unshifted

DAY = dt.date(2025, 7, 3)  # the clock fixture's day
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLAIN = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(app, qtbot):
    app.sites.add("Vänskapsparken", "outdoor")
    app.leaders.add("Amina")
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.today.keys is not None)
    return window


def figures(app) -> tuple[int, int, dict[str, int], dict[str, int]]:
    """(visits, new visitors, new by gender, new by age) of the day, from the database."""
    stats = app.statistics.period(DAY, DAY)
    return stats.visits, stats.new_visitors, stats.new_by_gender, stats.new_by_age


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def shifted_key(key: Qt.Key, text: str) -> None:
    """Shift+key as a real Swedish keyboard sends it: Shift down, the shifted character's key
    (Shift+2 is '"', Qt.Key_QuoteDbl), Shift up, to whatever has focus."""
    target = focused()
    for kind, code, modifiers, typed in (
        (QEvent.Type.KeyPress, Qt.Key.Key_Shift, SHIFT, ""),
        (QEvent.Type.KeyPress, key, SHIFT, text),
        (QEvent.Type.KeyRelease, key, SHIFT, text),
        (QEvent.Type.KeyRelease, Qt.Key.Key_Shift, PLAIN, ""),
    ):
        QApplication.sendEvent(target, QKeyEvent(kind, code, modifiers, typed))


def test_plain_and_shifted_keys_at_a_leaders_speed(app, window, qtbot):
    page = window.today
    page.site.setFocus()  # a combo box has the focus: the keys count all the same
    qtbot.waitUntil(page.site.hasFocus)
    # girl 7-9 plain, girl 7-9 new, boy 10-13 new, boy 10-13 plain, other 0-6 new (keypad too)
    presses: list[tuple[Qt.Key, Qt.KeyboardModifier]] = [
        (Qt.Key.Key_2, PLAIN),
        (Qt.Key.Key_2, SHIFT),
        (Qt.Key.Key_E, SHIFT),
        (Qt.Key.Key_E, PLAIN),
        (Qt.Key.Key_A, SHIFT),
        (Qt.Key.Key_2, PLAIN),
        (Qt.Key.Key_E, SHIFT),
    ]
    for key, modifiers in presses:
        qtbot.keyClick(focused(), key, modifiers)
        qtbot.wait(50)  # 20 a second
    shifted_key(Qt.Key.Key_QuoteDbl, '"')  # Shift+2 on a Swedish keyboard: girl 7-9, new
    qtbot.wait(50)
    shifted_key(Qt.Key.Key_Exclam, "!")  # Shift+1: girl 0-6, new
    visits, new, by_gender, by_age = figures(app)
    assert visits == 9
    assert new == 6
    assert by_gender == {"girl": 3, "boy": 2, "other": 1, "unknown": 0}
    assert by_age["0-6"] == 2 and by_age["7-9"] == 2 and by_age["10-13"] == 2
    assert page.grid.count_of((Gender.GIRL, "7-9")) == 4
    assert page.total.text() == "9"
    assert page.new_visitors.text().endswith(": 6")
    assert "ny" in page.status.text()  # the last one was new
    assert focused() is page.site


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux keycodes")
def test_shifted_digits_of_any_layout_count_their_key_s_cell(app, window, qtbot):
    """Linux says which physical key it was (keycodes 10..19 are the digit row): Shift+2 on an
    American keyboard ("@") counts girl 7-9 too, and Shift+7 ("&", Swedish Shift+6) the 7th
    column, which the six default bands do not have, so nothing."""
    window.today.grid.focus_first()
    target = focused()
    for key, text, code in ((Qt.Key.Key_At, "@", 11), (Qt.Key.Key_Ampersand, "&", 16)):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, SHIFT, code, 0, 0, text))
        qtbot.wait(50)
    visits, new, by_gender, by_age = figures(app)
    assert (visits, new, by_gender["girl"], by_age["7-9"]) == (1, 1, 1, 1)


def test_the_unshifted_key_on_each_platform():
    key_2 = int(Qt.Key.Key_2)
    assert unshifted(int(Qt.Key.Key_QuoteDbl), '"', 0, 0, "darwin") == key_2  # Swedish table
    assert unshifted(int(Qt.Key.Key_At), "@", 0, 0x32, "win32") == key_2  # VK_2
    assert unshifted(int(Qt.Key.Key_At), "@", 11, 0x40, "linux") == key_2  # keycode 11
    assert unshifted(int(Qt.Key.Key_Q), "Q", 24, 0x51, "linux") == int(Qt.Key.Key_Q)


def test_ctrl_and_alt_with_a_counting_key_count_nothing(app, window, qtbot):
    page = window.today
    page.grid.focus_first()
    for modifiers in (Qt.KeyboardModifier.AltModifier, SHIFT | Qt.KeyboardModifier.AltModifier):
        qtbot.keyClick(focused(), Qt.Key.Key_2, modifiers)
    assert figures(app)[0] == 0


def test_shift_click_counts_new_and_undo_takes_the_mark_away(app, window, qtbot):
    page = window.today
    grid = page.grid
    girl = grid.buttons[(Gender.GIRL, "7-9")]
    qtbot.mouseClick(girl, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(girl, Qt.MouseButton.LeftButton, SHIFT)
    assert page.status.text() == "Sparat: Flicka, 7-9 år, ny (första gången i säsongen)."
    assert figures(app)[:2] == (2, 1)
    assert page.undo_stack.undoText() == "nytt besök"

    grid.focus_first()
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert figures(app)[:2] == (1, 0)  # the new visit undone, and with it its mark
    assert page.new_visitors.text().endswith(": 0")
    qtbot.keyClick(focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert figures(app)[:2] == (2, 1)  # redone: counted again as new
    assert page.new_visitors.text().endswith(": 1")


def test_a_correction_of_a_new_visit_removes_it_and_its_undo_brings_it_back(app, window, qtbot):
    page = window.today
    grid = page.grid
    cell = (Gender.BOY, "10-13")
    qtbot.mouseClick(grid.buttons[cell], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(grid.buttons[cell], Qt.MouseButton.LeftButton, SHIFT)  # the newest: new
    grid.buttons[cell].setFocus()
    qtbot.keyClick(grid.buttons[cell], Qt.Key.Key_Delete)  # the cell's −1
    assert figures(app)[:2] == (1, 0)
    removed = "Ett besök borttaget: Pojke, 10-13 år, ny (första gången i säsongen)."
    assert page.status.text() == removed
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert figures(app)[:2] == (2, 1)  # the correction undone: the visit is back, new
    qtbot.keyClick(grid.buttons[cell], Qt.Key.Key_Delete)
    qtbot.keyClick(grid.buttons[cell], Qt.Key.Key_Delete)
    assert figures(app)[:2] == (0, 0)


def test_the_cells_say_what_shift_does(app, window, qtbot, tmp_path: Path):
    page = window.today
    button = page.grid.buttons[(Gender.GIRL, "7-9")]
    assert page.new_hint.isVisible()
    assert "Skift" in page.new_hint.text() and "första gången i säsongen" in page.new_hint.text()
    assert "Skift" in button.toolTip()
    key_line = button.findChildren(type(page.new_hint))[1]
    assert key_line.text() == "[2]"
    page.grid.focus_first()
    target = focused()
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, SHIFT, ""))
    assert key_line.text() == "[⇧2] ny"
    if os.environ.get("VANSKAPSHUSET_SHOTS"):
        window.grab().save(str(Path(os.environ["VANSKAPSHUSET_SHOTS"]) / "door-shift.png"))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, PLAIN, ""))
    assert key_line.text() == "[2]"
    assert figures(app)[0] == 0  # Shift alone counts nothing
