"""A time of day (HH:mm) that takes typing at once: "1530" after one click or Tab is 15:30."""

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

# Focus that arrives from the keyboard: the person is about to type the whole time.
KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class TimeField(QTimeEdit):
    """QTimeEdit selects the hours on Tab and moves on to the minutes by itself once two digits
    are typed; but a click only places the cursor (typing then inserts a third digit, which is
    refused), and Shift+Tab selects the minutes. Here a click selects the hours or minutes
    under the pointer, and focus from the keyboard always selects the hours."""

    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # 15:30 reads left to right in a right-to-left window too (Qt would show 30:15). The
        # direction first: Qt orders the sections when the display format is set.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("HH:mm")
        if time is not None:
            self.setTime(time)
        # Clicks on the text land in the inner line edit, not in this widget.
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in KEYBOARD_FOCUS:
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and isinstance(event, QMouseEvent):
            plain_left = (
                event.button() == Qt.MouseButton.LeftButton
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if plain_left and event.type() == QEvent.Type.MouseButtonPress:
                # A press inside a selection would start a drag and leave the cursor there.
                self.lineEdit().deselect()
            elif (
                plain_left
                and event.type() == QEvent.Type.MouseButtonRelease
                and not self.lineEdit().hasSelectedText()  # not after dragging a selection
            ):
                self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)
