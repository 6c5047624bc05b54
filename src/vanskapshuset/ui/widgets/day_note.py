"""Dagbok: open or closed, opening hours, leaders present and a short note for the day."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
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
    QTimeEdit,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.registry import LeaderInfo


class DayNote(QGroupBox):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dagbok"))
        form = QFormLayout(self)
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
        self.opens = QTimeEdit()
        self.closes = QTimeEdit()
        for edit, name in ((self.opens, self.tr("Öppnar")), (self.closes, self.tr("Stänger"))):
            edit.setDisplayFormat("HH:mm")
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
        form.addRow(self.tr("Anteckning:"), self.note)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.save_button = QPushButton(self.tr("Spara dagboken"))
        self.save_button.setAccessibleName(self.tr("Spara dagboken"))
        self.save_button.clicked.connect(self._save)
        form.addRow(self.save_button)
        self._entry: DayLogEntry | None = None
        self._store: Callable[[DayLogEntry], None] | None = None

    def show_entry(
        self,
        entry: DayLogEntry,
        leaders: list[LeaderInfo],
        store: Callable[[DayLogEntry], None],
    ) -> None:
        self._entry, self._store = entry, store
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
        self.error.hide()

    def _save(self) -> None:
        if self._entry is None or self._store is None:
            return
        leader_ids = tuple(
            self.leaders.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.leaders.count())
            if self.leaders.item(row).checkState() == Qt.CheckState.Checked
        )
        opens, closes = self.opens.time().toPython(), self.closes.time().toPython()
        if closes <= opens:
            self._fail(self.tr("Stängningstiden måste vara efter öppningstiden."))
            return
        entry = DayLogEntry(
            self._entry.site_id,
            self._entry.date,
            self.open_button.isChecked(),
            opens,
            closes,
            leader_ids,
            self.note.toPlainText(),
        )
        try:
            self._store(entry)
        except UserError as error:
            self._fail(str(error))
            return
        self._entry = entry
        self.error.hide()
        self.saved.emit()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _qtime(value: object, default_hour: int) -> QTime:
    if value is None:
        return QTime(default_hour, 0)
    return QTime(value.hour, value.minute)  # type: ignore[attr-defined]
