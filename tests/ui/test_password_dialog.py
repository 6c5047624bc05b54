"""The password dialog: a wrong password is said, and after several the service's wait is
shown as a countdown with OK disabled (a timer, the window stays alive)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog

PASSWORD = "hemligt123"


def type_and_enter(qtbot, dialog: PasswordDialog, text: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, text)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_dialog_shows_the_wait_after_wrong_passwords(
    qtbot, app: App, clock: FixedClock
) -> None:
    app.settings.set_coordinator_password(PASSWORD)
    dialog = PasswordDialog(app.access)
    qtbot.addWidget(dialog)
    dialog.show()
    type_and_enter(qtbot, dialog, "fel-ett")
    assert dialog.error.text() == "Fel lösenord."
    assert dialog.ok.isEnabled() and dialog.wait.isHidden()  # no wait after the first
    type_and_enter(qtbot, dialog, "fel-två")
    assert dialog.wait.text() == "Vänta 1 s innan nästa försök."
    type_and_enter(qtbot, dialog, "fel-tre")  # too early: OK is off, nothing tried
    assert app.access.failures() == 2
    clock.advance(dt.timedelta(seconds=1))
    dialog.timer.timeout.emit()
    type_and_enter(qtbot, dialog, "fel-tre")
    assert app.access.failures() == 3
    assert not dialog.ok.isEnabled()
    assert dialog.wait.text() == "Vänta 2 s innan nästa försök."
    assert dialog.timer.isActive()
    type_and_enter(qtbot, dialog, PASSWORD)  # Enter while waiting: nothing tried
    assert not app.access.unlocked and dialog.result() == 0
    clock.advance(dt.timedelta(seconds=1))
    dialog.timer.timeout.emit()  # the next tick of the countdown
    assert dialog.wait.text() == "Vänta 1 s innan nästa försök."
    clock.advance(dt.timedelta(seconds=1))
    dialog.timer.timeout.emit()
    assert dialog.ok.isEnabled() and dialog.wait.isHidden() and not dialog.timer.isActive()
    type_and_enter(qtbot, dialog, PASSWORD)
    assert app.access.unlocked and dialog.result() == PasswordDialog.DialogCode.Accepted


def test_a_wait_left_from_before_is_shown_when_the_dialog_opens(
    qtbot, app: App, clock: FixedClock
) -> None:
    app.settings.set_coordinator_password(PASSWORD)
    for _ in range(2):
        with pytest.raises(UserError):
            app.access.unlock("fel")
    dialog = PasswordDialog(app.access)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    assert dialog.wait.text() == "Vänta 1 s innan nästa försök."
