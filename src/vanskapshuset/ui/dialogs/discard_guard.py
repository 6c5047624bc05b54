"""Esc, Avbryt or the window's close button on a dialog with typed changes asks first.

A dialog keeps a `DiscardGuard` made once its fields are filled in, and lets it decide in
`reject()` (QDialog sends Esc, the window's close button and a reject-role button there):

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()

The guard compares every input field in the dialog's own window with what it showed when the
guard was made (or last marked clean), so a field added later is covered without listing it.

Only a person is asked: `close()` called by the program (not the window's close button, whose
close event comes from the window system) closes without a question, as before.
"""

from collections.abc import Hashable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)


def field_value(widget: QWidget) -> Hashable:
    """What a person can change in `widget`; None for anything that is not an input field."""
    if isinstance(widget, QLineEdit):
        # A spin box's own line edit shows its text only once shown: its value stands for it.
        return None if isinstance(widget.parent(), QAbstractSpinBox) else widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):  # e.g. the partners added to an activity
        return tuple(widget.item(row).text() for row in range(widget.count()))
    return None


class DiscardGuard(QObject):
    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._ignored: list[QWidget] = []
        self._asked: tuple[QMessageBox, QPushButton, QPushButton] | None = None
        self._clean = self._values()
        dialog.installEventFilter(self)

    def ignore(self, widget: QWidget) -> None:
        """Leave out a widget that shows saved data rather than typed input (a list of records
        saved one by one, say)."""
        self._ignored.append(widget)
        self.mark_clean()

    def mark_clean(self) -> None:
        """What the dialog shows now is saved, or is the new starting point."""
        self._clean = self._values()

    def has_changes(self) -> bool:
        return self._values() != self._clean

    def may_discard(self) -> bool:
        """True if nothing was changed, or the person chose to throw the changes away."""
        return not self.has_changes() or self._ask()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only `watched` is used: this also runs while the dialog is being torn down.
        if (
            event.type() == QEvent.Type.Close
            and not event.spontaneous()
            and isinstance(watched, QDialog)
            and watched.isVisible()
        ):
            # The program closes the dialog (e.g. at shutdown): nobody is there to answer.
            QDialog.reject(watched)
        return False

    def _values(self) -> tuple[Hashable, ...]:
        # Only the dialog's own window: a calendar popup or a question asked from the dialog
        # are windows of their own, and their insides are not what was typed.
        return tuple(
            (type(widget).__name__, value)
            for widget in self.dialog.findChildren(QWidget)
            if widget.window() is self.dialog
            and not any(widget is w or w.isAncestorOf(widget) for w in self._ignored)
            and (value := field_value(widget)) is not None
        )

    def _ask(self) -> bool:
        was_typing_in = QApplication.focusWidget()
        question, discard, keep = self._question()
        if question.isVisible():
            return False  # already asking (a second key press while the question opens)
        # Enter or Esc by mistake loses nothing: both mean "go on editing".
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.exec()
        if question.clickedButton() is discard:
            return True
        # Typing goes on where it was (not every platform gives the focus back by itself).
        self.dialog.activateWindow()
        if was_typing_in is not None and self.dialog.isAncestorOf(was_typing_in):
            was_typing_in.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _question(self) -> tuple[QMessageBox, QPushButton, QPushButton]:
        """One question box per dialog, made when first needed and kept (deleting the box
        that was just the active window can crash Qt when the next one opens)."""
        if self._asked is None:
            question = QMessageBox(self.dialog)
            question.setIcon(QMessageBox.Icon.Question)
            question.setWindowTitle(self.tr("Kasta ändringarna?"))
            question.setText(self.tr("Kasta ändringarna?"))
            question.setInformativeText(
                self.tr("Det du har skrivit eller ändrat i fönstret sparas inte.")
            )
            discard = question.addButton(
                self.tr("&Kasta ändringarna"), QMessageBox.ButtonRole.DestructiveRole
            )
            keep = question.addButton(
                self.tr("&Fortsätt redigera"), QMessageBox.ButtonRole.RejectRole
            )
            self._asked = (question, discard, keep)
        return self._asked
