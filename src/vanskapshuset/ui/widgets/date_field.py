"""A date field that reads 2025-06-16 in a right-to-left window too.

Qt lays out a date edit's sections (year, month, day) from the right in a right-to-left window,
so the ISO date the app writes everywhere showed as 16-06-2025. Dates are figures, and figures
read left to right in Arabic as in Swedish (as on the reports)."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The direction before the format: Qt orders the sections when the format is set.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat(self.displayFormat())
        if date is not None:
            self.setDate(date)
