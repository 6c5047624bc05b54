"""Dagbok: open or closed, opening hours, leaders present and a short note for the day.

Never lost: saved by itself shortly after typing stops, and by `flush()` whenever the page
leaves the day (another day or site, another page, closing). Showing the day again never
overwrites text that is not saved yet.
"""

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.registry import LeaderInfo
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.qt_dates import to_time
from vanskapshuset.ui.save_failure import failure_text
from vanskapshuset.ui.style import show_state
from vanskapshuset.ui.widgets.time_field import TimeField

log = logging.getLogger(__name__)

# Saved this long after the last key or change: often enough that a closed lid or an empty
# battery loses at most a second of typing, seldom enough not to write on every key.
AUTOSAVE_MS = 1500


class DayNote(QGroupBox):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dagbok"))
        form = QFormLayout(self)
        # In a narrow side panel (1.5× scaling) the labels go above their fields.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.open_button = QRadioButton(self.tr("Öppet"))
        self.closed_button = QRadioButton(self.tr("Stängt"))
        group = QButtonGroup(self)
        group.addButton(self.open_button)
        group.addButton(self.closed_button)
        state = QHBoxLayout()
        state.addWidget(self.open_button)
        state.addWidget(self.closed_button)
        state.addStretch()
        form.addRow(self.tr("Dagen:"), state)
        self.opens = TimeField()  # "1500" typed after one click is 15:00
        self.closes = TimeField()
        for edit, name in ((self.opens, self.tr("Öppnar")), (self.closes, self.tr("Stänger"))):
            edit.setAccessibleName(name)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch()
        form.addRow(self.tr("Öppettider:"), hours)
        self.leaders = QListWidget()
        self.leaders.setAccessibleName(self.tr("Ledare på plats"))
        self.leaders.setMaximumHeight(self.fontMetrics().height() * 4)
        form.addRow(self.tr("Ledare på plats:"), self.leaders)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.note.setPlaceholderText(self.tr("Kort anteckning om dagen"))
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        self.note.setTabChangesFocus(True)  # Tab moves on; a day note needs no tab characters
        form.addRow(self.tr("Anteckning:"), self.note)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.save_button = QPushButton(self.tr("Spara nu"))
        self.save_button.setAccessibleName(self.tr("Spara dagboken nu"))
        self.save_button.setToolTip(self.tr("Dagboken sparas av sig själv medan du skriver"))
        self.save_button.clicked.connect(self.flush)
        form.addRow(self.save_button)
        self._entry: DayLogEntry | None = None  # as stored, for the day shown
        self._store: Callable[[DayLogEntry], None] | None = None
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.note.textChanged.connect(self._edited)
        self.open_button.toggled.connect(self._edited)
        self.opens.timeChanged.connect(self._edited)
        self.closes.timeChanged.connect(self._edited)
        self.leaders.itemChanged.connect(self._edited)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits here, in order."""
        return [
            self.open_button,
            self.closed_button,
            self.opens,
            self.closes,
            self.leaders,
            self.note,
            self.save_button,
        ]

    def show_entry(
        self,
        entry: DayLogEntry,
        leaders: list[LeaderInfo],
        store: Callable[[DayLogEntry], None],
    ) -> None:
        """Show a day's stored entry, unless unsaved edits are on screen (they are kept and
        saved later) or it is what is shown already (the cursor stays where it is)."""
        self._store = store
        if self.dirty:
            return
        shown = [self.leaders.item(row).text() for row in range(self.leaders.count())]
        if _same(entry, self._entry) and shown == [leader.name for leader in leaders]:
            return
        self._entry = entry
        widgets = (self.note, self.open_button, self.opens, self.closes, self.leaders)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.open_button.setChecked(entry.is_open is not False)
            self.closed_button.setChecked(entry.is_open is False)
            self.opens.setTime(_qtime(entry.opens_at, 15))
            self.closes.setTime(_qtime(entry.closes_at, 18))
            self.leaders.clear()
            for leader in leaders:
                item = QListWidgetItem(leader.name)
                item.setData(Qt.ItemDataRole.UserRole, leader.id)
                checked = leader.id in entry.leader_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.leaders.addItem(item)
            self.note.setPlainText(entry.note)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_status("", failed=False)

    def _edited(self) -> None:
        if self._entry is None:
            return
        self.dirty = True
        self.timer.start()  # restarted by every key: saved once typing stops
        self._show_status(self.tr("Inte sparad än…"), failed=False)

    def shown_entry(self) -> DayLogEntry | None:
        """What the fields say now, for the day shown."""
        if self._entry is None:
            return None
        leader_ids = tuple(
            self.leaders.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.leaders.count())
            if self.leaders.item(row).checkState() == Qt.CheckState.Checked
        )
        return DayLogEntry(
            self._entry.site_id,
            self._entry.date,
            self.open_button.isChecked(),
            to_time(self.opens.time()),
            to_time(self.closes.time()),
            leader_ids,
            self.note.toPlainText(),
        )

    def flush(self) -> bool:
        """Save unsaved edits now. True if nothing is left unsaved; on a failure the text stays
        on screen, the reason is shown, and the next edit or flush tries again."""
        self.timer.stop()
        entry = self.shown_entry()
        if not self.dirty or entry is None or self._store is None:
            return True
        try:
            self._store(entry)
        except UserError as error:
            self._failed(error)
            return False
        except Exception as error:  # the note stays on screen; the reason goes to the log
            log.exception("Saving the day note failed")
            self._failed(error)
            return False
        self._entry = entry
        self.dirty = False
        now = QTime.currentTime().toString("HH:mm")  # the laptop's own clock, as on its screen
        self._show_status(fill(self.tr("Sparad %1."), now), failed=False)
        self.saved.emit()
        return True

    def _failed(self, error: Exception) -> None:
        self._show_status(
            fill(self.tr("Dagboken sparades INTE – %1"), failure_text(error)), failed=True
        )

    def _show_status(self, text: str, failed: bool) -> None:
        self.status.setText(text)
        show_state(self.status, "failed", failed)

    def failure(self) -> str | None:
        """The reason shown for the last failed save, while the edits are still unsaved."""
        return self.status.text() if self.dirty and self.status.property("failed") else None


def _same(stored: DayLogEntry, shown: DayLogEntry | None) -> bool:
    """The stored entry is what is shown (the service trims the note's ends)."""
    return shown is not None and stored == replace(shown, note=shown.note.strip())


def _qtime(value: dt.time | None, default_hour: int) -> QTime:
    if value is None:
        return QTime(default_hour, 0)
    return QTime(value.hour, value.minute)
