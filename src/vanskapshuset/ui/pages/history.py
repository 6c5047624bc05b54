"""Historik: the audit log for the coordinator — who changed what, when, on which laptop."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.localtime import to_local
from vanskapshuset.services.audit import AuditRecord
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.history_text import AuditWording, short_id
from vanskapshuset.ui.pages.register_common import page_title
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession

PAGE_SIZE = 100
SUMMARY_COLUMN = 4


class HistoryPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self._loaded = 0
        self._total = 0
        self._wording = AuditWording({}, self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Historik")))
        about = QLabel(
            self.tr(
                "Alla ändringar som gjorts i programmet, den senaste först. Markera en rad för "
                "att se alla detaljer under tabellen."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        headers = [
            self.tr("Tid"),
            self.tr("Vem"),
            self.tr("Dator"),
            self.tr("Vad"),
            self.tr("Ändringar"),
        ]
        self.model = TextTableModel(headers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ändringar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Detaljer om markerad ändring"))
        layout.addWidget(self.details)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        footer = QHBoxLayout()
        self.shown = QLabel()
        self.more_button = QPushButton(self.tr("Visa fler"))
        self.more_button.setAccessibleName(self.tr("Visa fler ändringar"))
        self.more_button.clicked.connect(self.show_more)
        footer.addWidget(self.shown)
        footer.addStretch(1)
        footer.addWidget(self.more_button)
        layout.addLayout(footer)

    def refresh(self) -> None:
        app = self.session.app
        names: dict[str, str] = {}
        for records in (
            app.sites.list(),
            app.activity_types.list(),
            app.organisations.list(),
            app.leaders.list(),
        ):
            names.update({record.id: record.name for record in records})
        self._wording.names = names
        self._total = app.audit.count()
        self._loaded = 0
        # Locked again (a restored backup, another password): nothing shown until the
        # coordinator opens the page again through the password dialog.
        self.model.set_rows(self._page() if app.access.unlocked else [])
        self.details.clear()
        self._update_footer()

    def show_more(self) -> None:
        self._total = self.session.app.audit.count()
        self.model.append_rows(self._page())
        self._update_footer()

    def _page(self) -> list[TextRow]:
        records = self.session.app.audit.recent(PAGE_SIZE, self._loaded)
        self._loaded += len(records)
        return [self._row(record) for record in records]

    def _show_details(self, current: QModelIndex) -> None:
        tooltip = self.model.data(current, Qt.ItemDataRole.ToolTipRole) if current.isValid() else ""
        text = tooltip if isinstance(tooltip, str) else ""  # None: a row without one
        self.details.setText(text.replace("\n", " · ", 1).replace("\n", "; "))

    def _update_footer(self) -> None:
        self.shown.setText(fill(self.tr("Visar %1 av %2 ändringar."), self._loaded, self._total))
        self.more_button.setEnabled(self._loaded < self._total)

    def _device(self, device_id: str) -> str:
        context = self.session.app.context
        if device_id == context.device_id:
            return fill(self.tr("%1 (den här datorn)"), context.device_name)
        return short_id(device_id)

    def _row(self, record: AuditRecord) -> TextRow:
        wording = self._wording
        lines = wording.changes(record.action, record.entity, record.before, record.after)
        when = to_local(record.at).strftime("%Y-%m-%d %H:%M")
        what = wording.what(record.action, record.entity)
        cells = (when, record.actor, self._device(record.device_id), what, "; ".join(lines))
        tooltip = "\n".join([f"{when} · {record.actor} · {what}", *lines])
        return TextRow(record.entity_id, cells, tooltip)
