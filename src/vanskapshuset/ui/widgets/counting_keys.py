"""Counting keys work whenever Idag is shown, whatever has focus, except a field that takes
typing: there the keys type, and Esc (or a click on the grid) gives them back to counting.

An application-wide event filter, so a key counts even while a combo box, the date, a button
or a list has focus (a leader who just chose a name with the mouse must not lose arrivals).
Every press counts however fast; a key held down (auto-repeat) counts once.
"""

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vanskapshuset.ui.widgets.tally_grid import TallyGrid
from vanskapshuset.ui.widgets.tally_keys import unshifted

# Keypad digits count like the number row; Ctrl and Alt keep their own meaning. Shift with a
# counting key counts a new visitor (first time this season).
_PLAIN = {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier}
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_SHIFTED = {_SHIFT, _SHIFT | Qt.KeyboardModifier.KeypadModifier}


class KeyState(Enum):
    COUNTING = "counting"  # the counting keys count
    TYPING = "typing"  # a text or time field has focus: keys type there
    ELSEWHERE = "elsewhere"  # another window or a dialog has the keyboard


def takes_typing(widget: QWidget | None) -> bool:
    """Fields where a digit or letter is text: the note, text boxes, times of day. The day
    chooser on Idag is not one: a stray "2" must count a visit, not change the date."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateEdit)


class CountingKeys(QObject):
    """Sends counting keys pressed anywhere in `page`'s window to `grid` while `page` shows."""

    state_changed = Signal(object)  # KeyState

    def __init__(self, page: QWidget, grid: TallyGrid) -> None:
        super().__init__(page)
        self._page, self._grid = page, grid
        self._state: KeyState | None = None
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.installEventFilter(self)
        application.focusChanged.connect(self.update_state)
        application.focusWindowChanged.connect(self.update_state)

    def state(self) -> KeyState:
        if not self._page_has_keyboard():
            return KeyState.ELSEWHERE
        return KeyState.TYPING if takes_typing(QApplication.focusWidget()) else KeyState.COUNTING

    def _page_has_keyboard(self) -> bool:
        """Idag is shown in the active window, with no dialog or open menu in front of it."""
        return (
            self._page.isVisible()
            and self._page.window().isActiveWindow()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
        )

    def update_state(self, *_: object) -> None:
        state = self.state()
        if state is not KeyState.COUNTING:
            self._grid.show_shift(False)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _shift(self, event: QEvent) -> None:
        """Shift pressed or let go while the keys count: the cells show what a press counts."""
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Shift:
            held = event.type() == QEvent.Type.KeyPress and self.state() is KeyState.COUNTING
            self._grid.show_shift(held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyRelease:
            self._shift(event)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Shift:
            if watched.window() is self._page.window():
                self._shift(event)
            return False
        if watched.window() is not self._page.window() or not isinstance(event, QKeyEvent):
            return False
        if not self._page_has_keyboard():
            return False
        if takes_typing(watched):  # the widget the key goes to, which is the focus widget
            if event.key() == Qt.Key.Key_Escape and self._page.isAncestorOf(watched):
                self._grid.focus_first()  # Esc leaves the field: the keys count again
                return True
            return False
        modifiers = event.modifiers()
        if modifiers in _PLAIN:
            new, key = False, event.key()
        elif modifiers in _SHIFTED:
            new, key = (
                True,
                unshifted(
                    event.key(), event.text(), event.nativeScanCode(), event.nativeVirtualKey()
                ),
            )
        else:
            return False
        cell = self._grid.cell_for_key(key)
        if cell is None:
            return False
        if not event.isAutoRepeat():  # held down: one person, however long the key is held
            self._grid.count_by_key(cell, new=new)
        return True
