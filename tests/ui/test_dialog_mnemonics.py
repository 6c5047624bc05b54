"""Every underlined Alt-letter in every dialog works: a real Alt+letter key press to whatever has
the focus moves it to the label's field (or toggles the check box), and no two share a letter."""

from collections import Counter

import pytest
from dialogs_under_test import DIALOGS, fill_database, press, show
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(text: str) -> Qt.Key | None:
    """The key of `text`'s underlined letter ("Tit&el:" → E), if it has one."""
    sequence = QKeySequence.mnemonic(text)
    return None if sequence.isEmpty() else sequence[0].key()


def with_mnemonics(dialog: QDialog) -> list[tuple[QWidget, str, Qt.Key]]:
    """Labels, buttons and group boxes with an Alt-letter in the dialog's own window."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog:
            continue  # a question or a popup of its own
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        key = mnemonic(text)
        if key is not None:
            found.append((widget, text, key))
    return found


def has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return widget.hasFocus() or (focused is not None and widget.isAncestorOf(focused))


def focus_elsewhere(dialog: QDialog, target: QWidget) -> None:
    """Focus on some other field (a button if there is none), so that moving to `target` shows."""
    others = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.window() is dialog
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget is not target
        and not target.isAncestorOf(widget)
        and not widget.isAncestorOf(target)
    ]
    others.sort(key=lambda widget: isinstance(widget, QAbstractButton))  # fields first
    for widget in others:
        widget.setFocus()
        if QApplication.focusWidget() is not None and not has_focus(target):
            return
    raise AssertionError(f"no other field to start from in {dialog.windowTitle()}")


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_alt_letter_in_a_dialog_is_its_own_and_reaches_its_field(qtbot, app, name):
    dialog = show(qtbot, DIALOGS[name](fill_database(app)))
    marked = with_mnemonics(dialog)

    letters = Counter(key for _widget, _text, key in marked)
    shared = {
        QKeySequence(key).toString(): [text for _w, text, k in marked if k == key]
        for key, count in letters.items()
        if count > 1
    }
    assert not shared, f"{name}: one Alt-letter for several fields: {shared}"

    for widget, text, key in marked:
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            assert buddy is not None, f"{name}: {text!r} underlines a letter but has no field"
            focus_elsewhere(dialog, buddy)
            press(key, ALT)
            assert has_focus(buddy), (
                f"{name}: Alt+{QKeySequence(key).toString()} ({text!r}) left the focus on "
                f"{QApplication.focusWidget()!r}, not on {buddy.accessibleName()!r}"
            )
        elif isinstance(widget, QCheckBox):
            focus_elsewhere(dialog, widget)
            was = widget.isChecked()
            press(key, ALT)
            qtbot.waitUntil(lambda w=widget, was=was: w.isChecked() != was)  # animated click
            assert has_focus(widget), f"{name}: Alt+letter of {text!r} did not focus it"
        # Push buttons act when their letter is pressed (close, save, open a dialog): their
        # letters only have to be unique, checked above.
