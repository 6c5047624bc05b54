"""Esc, Avbryt or the window's close button on a dialog with typed changes asks "Kasta
ändringarna?" (Enter or Esc go on editing); an unchanged dialog closes at once. Real key events
to whatever has the focus, the question answered with a key from inside its own event loop."""

from collections.abc import Callable

import pytest
from dialogs_under_test import DIALOGS, Answerer, Question, fill_database, press, show
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QLineEdit, QWidget

from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog

ESC, ENTER = Qt.Key.Key_Escape, Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton
REJECTED = QDialog.DialogCode.Rejected

# The field a person types in first, in every dialog where a person types data.
TYPED_IN: dict[str, Callable[[QDialog], QWidget]] = {
    "new activity": lambda d: d.title,
    "edit activity": lambda d: d.title,
    "templates": lambda d: d.title,
    "sign-up form": lambda d: d.name,
    "paper tally": lambda d: next(iter(d.cells.values())),
    "sheet details": lambda d: d.meeting_point,
    "new organisation": lambda d: d.name,
    "first run": lambda d: d.leader_name,
    "create team": lambda d: d.name,
    "join team": lambda d: d.code,
}

THE_QUESTION = Question(
    text="Kasta ändringarna?",
    buttons=["&Fortsätt redigera", "&Kasta ändringarna"],  # sorted
    default="&Fortsätt redigera",
    escape="&Fortsätt redigera",
)


def shown(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit | QAbstractSpinBox) else ""


def type_into(field: QWidget, text: str) -> None:
    field.setFocus()
    for char in text:
        press(char)


def open_dialog(qtbot, app, name: str) -> QDialog:
    return show(qtbot, DIALOGS[name](fill_database(app)))


@pytest.mark.parametrize("name", sorted(TYPED_IN))
def test_an_unchanged_dialog_closes_on_esc_at_once(qtbot, app, name):
    dialog = open_dialog(qtbot, app, name)
    answerer = Answerer(ESC)  # would keep the dialog open, if it asked
    press(ESC)
    answerer.stop()
    assert answerer.asked == []
    assert not dialog.isVisible() and dialog.result() == REJECTED


@pytest.mark.parametrize("name", sorted(TYPED_IN))
def test_esc_on_a_changed_dialog_asks_enter_goes_on_editing_and_k_discards(qtbot, app, name):
    dialog = open_dialog(qtbot, app, name)
    field = TYPED_IN[name](dialog)
    type_into(field, "5" if isinstance(field, QAbstractSpinBox) else "Hej")
    typed = shown(field)
    assert typed  # something was typed

    answerer = Answerer(ENTER)  # an Enter by mistake …
    press(ESC)
    assert answerer.asked == [THE_QUESTION]
    assert dialog.isVisible() and shown(field) == typed  # … loses nothing
    qtbot.waitUntil(field.hasFocus)  # typing goes on where it was

    answerer = Answerer("k")  # the question's own letter: Kasta ändringarna
    press(ESC)
    assert answerer.asked == [THE_QUESTION]
    assert not dialog.isVisible() and dialog.result() == REJECTED


def test_avbryt_and_the_windows_close_button_ask_too(qtbot, app):
    dialog = open_dialog(qtbot, app, "new activity")
    type_into(dialog.title, "Fotboll")

    answerer = Answerer(ESC)  # Esc on the question goes on editing as well
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert answerer.asked == [THE_QUESTION]
    assert dialog.isVisible() and dialog.title.text() == "Fotboll"

    # The close button in the title bar: the window system's close event, as Qt delivers it.
    answerer = Answerer(ENTER)
    QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())
    assert answerer.asked == [THE_QUESTION]
    assert dialog.isVisible() and dialog.title.text() == "Fotboll"

    answerer = Answerer("k")
    QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())
    assert answerer.asked == [THE_QUESTION]
    assert not dialog.isVisible() and dialog.result() == REJECTED


def test_a_close_by_the_program_does_not_ask(qtbot, app):
    dialog = open_dialog(qtbot, app, "sign-up form")
    type_into(dialog.name, "Sara")
    answerer = Answerer(ENTER)
    dialog.close()  # e.g. the app shutting down: nobody there to answer
    answerer.stop()
    assert answerer.asked == [] and not dialog.isVisible()


def test_saving_does_not_ask(qtbot, app):
    dialog = open_dialog(qtbot, app, "new activity")
    type_into(dialog.title, "Dans")
    dialog.type.setCurrentText("Dans")
    answerer = Answerer(ESC)
    qtbot.mouseClick(dialog.save_button, LEFT)
    answerer.stop()
    assert answerer.asked == []
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None


def test_templates_what_is_saved_is_no_change_but_a_loaded_template_edited_is(qtbot, app):
    session = fill_database(app)
    dialog = show(qtbot, TemplatesDialog(session))
    type_into(dialog.title, "Dans")
    dialog.type.setCurrentText("Dans")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert len(app.templates.list()) == 2
    # The form after saving is the new starting point; the list of templates is not typing.
    answerer = Answerer(ENTER)
    press(ESC)
    answerer.stop()
    assert answerer.asked == [] and not dialog.isVisible()

    dialog = show(qtbot, TemplatesDialog(session))
    dialog.list.setCurrentRow(0)
    dialog.list.setFocus()
    press(ENTER)  # edit the chosen template
    assert dialog.editing is not None and dialog.title.hasFocus()
    press(Qt.Key.Key_End)
    for char in " x":
        QTest.keyClick(dialog.title, char)
    # Choosing another template to edit asks before throwing this change away.
    answerer = Answerer(ENTER)
    dialog.list.setFocus()
    press(ENTER)
    assert answerer.asked == [THE_QUESTION] and dialog.title.text().endswith(" x")
    qtbot.waitUntil(dialog.list.hasFocus)  # back where it was
    answerer = Answerer(ENTER)
    press(ESC)
    assert answerer.asked == [THE_QUESTION] and dialog.isVisible()
    # Saving the change: the template is changed in place, and then Esc closes at once.
    qtbot.waitUntil(dialog.list.hasFocus)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.editing is None
    assert any(t.title.endswith(" x") for t in app.templates.list())
    assert len(app.templates.list()) == 2
    answerer = Answerer(ENTER)
    press(ESC)
    answerer.stop()
    assert answerer.asked == [] and not dialog.isVisible()
