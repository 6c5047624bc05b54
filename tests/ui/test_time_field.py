"""Time fields take typing at once: after Tab, Shift+Tab, Alt+letter or one click, "1530" is
15:30 (the hours fill up and the minutes follow); a click on the minutes types minutes."""

import datetime as dt

import pytest
from dialogs_under_test import fill_database, press, show
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog
from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog
from vanskapshuset.ui.widgets.time_field import TimeField

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
LEFT = Qt.MouseButton.LeftButton


class Form(QDialog):
    """A field before and after the time, as in the dialogs."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.before, self.time, self.after = QLineEdit(), TimeField(QTime(14, 0)), QLineEdit()
        for widget in (self.before, self.time, self.after):
            layout.addWidget(widget)


@pytest.fixture
def form(qtbot) -> Form:
    return show(qtbot, Form())


def type_keys(text: str) -> None:
    for char in text:
        press(char)


def shown(field: TimeField) -> str:
    return field.time().toString("HH:mm")


def click_at(qtbot, field: TimeField, position: int) -> None:
    """One click on the text between character `position` - 1 and `position` ("14:00")."""
    edit = field.lineEdit()
    edit.setCursorPosition(position)
    x = edit.cursorRect().center().x()
    edit.setCursorPosition(0)
    qtbot.mouseClick(edit, LEFT, pos=QPoint(x, edit.height() // 2))


def test_tab_then_typing_gives_the_whole_time(form):
    form.before.setFocus()
    press(TAB)
    assert form.time.hasFocus()
    type_keys("1530")
    assert shown(form.time) == "15:30"


def test_shift_tab_from_the_next_field_selects_the_hours_too(form):
    form.after.setFocus()
    press(BACKTAB, Qt.KeyboardModifier.ShiftModifier)
    assert form.time.hasFocus()
    type_keys("0930")
    assert shown(form.time) == "09:30"


@pytest.mark.parametrize("position", [0, 1, 2])
def test_one_click_on_the_hours_then_typing_gives_the_whole_time(qtbot, form, position):
    form.before.setFocus()
    click_at(qtbot, form.time, position)
    assert form.time.hasFocus() and form.time.lineEdit().selectedText() == "14"
    type_keys("1530")
    assert shown(form.time) == "15:30"


@pytest.mark.parametrize("position", [3, 4, 5])
def test_one_click_on_the_minutes_types_minutes(qtbot, form, position):
    form.before.setFocus()
    click_at(qtbot, form.time, position)
    assert form.time.lineEdit().selectedText() == "00"
    type_keys("45")
    assert shown(form.time) == "14:45"


def test_a_second_click_in_the_field_selects_again_and_dragging_keeps_its_selection(qtbot, form):
    form.before.setFocus()
    click_at(qtbot, form.time, 1)
    click_at(qtbot, form.time, 1)  # inside what is selected: still selected, not a cursor
    assert form.time.lineEdit().selectedText() == "14"
    click_at(qtbot, form.time, 4)
    assert form.time.lineEdit().selectedText() == "00"
    edit = form.time.lineEdit()
    middle = edit.height() // 2
    qtbot.mousePress(edit, LEFT, pos=QPoint(2, middle))
    qtbot.mouseMove(edit, QPoint(edit.width() - 2, middle))
    qtbot.mouseRelease(edit, LEFT, pos=QPoint(edit.width() - 2, middle))
    assert edit.selectedText() == "14:00"


def test_activity_times_are_typed_with_alt_t_and_tab(qtbot, app):
    session = fill_database(app)
    dialog = show(qtbot, ActivityDialog(session))
    dialog.title.setText("Dans")
    dialog.type.setCurrentText("Dans")
    dialog.title.setFocus()
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Tid:"
    assert dialog.start.hasFocus()
    type_keys("1530")
    press(TAB)  # from the minutes on to the end time
    assert dialog.end.hasFocus()
    type_keys("1715")
    assert (shown(dialog.start), shown(dialog.end)) == ("15:30", "17:15")
    qtbot.mouseClick(dialog.save_button, LEFT)
    stored = app.activities.get(dialog.saved_id)
    assert (stored.start, stored.end) == (dt.time(15, 30), dt.time(17, 15))


def test_template_times_take_a_click_and_typing(qtbot, app):
    dialog = show(qtbot, TemplatesDialog(fill_database(app)))
    dialog.title.setFocus()
    click_at(qtbot, dialog.start, 1)
    type_keys("0900")
    click_at(qtbot, dialog.end, 0)
    type_keys("1130")
    assert (shown(dialog.start), shown(dialog.end)) == ("09:00", "11:30")
