"""The Synk page's tabs: the last exchange with each laptop, what came in lately, and the edits
that lost a conflict (those not seen yet emphasised, for the coordinator to check)."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.sync.results import ConflictView, PeerStatus
from vanskapshuset.ui.models.sync_table import SyncTableModel
from vanskapshuset.ui.pages.register_common import record_table
from vanskapshuset.ui.pages.sync_text import SyncWording
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession

RECENT_SHOWN = 30
COUNTS = frozenset({3, 4, 5, 6})  # the count columns of the laptops' and exchanges' tables
CHANGES_COLUMN = 5


def _tab(about: str, table: QTableView) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    text = QLabel(about)
    text.setWordWrap(True)
    layout.addWidget(text)
    layout.addWidget(table, 1)
    return page, layout


class SyncTables(QTabWidget):
    """Emits `seen` after conflicts were marked as seen."""

    seen = Signal()

    def __init__(self, session: UiSession, wording: SyncWording) -> None:
        super().__init__()
        self.session = session
        self.wording = wording
        self.unseen: list[str] = []
        self.setAccessibleName(self.tr("Synkhistorik"))
        self.peers_model = SyncTableModel(
            [
                self.tr("Dator"),
                self.tr("Senast inläst"),
                self.tr("Filen skriven"),
                self.tr("Nya besök"),
                self.tr("Nya poster"),
                self.tr("Uppdaterade poster"),
                self.tr("Konflikter"),
            ],
            COUNTS,
            self,
        )
        self.peers_table = record_table(self.peers_model, self.tr("Senaste synk per dator"))
        page, _ = _tab(
            self.tr("Det senaste utbytet med varje dator i laget, och den här datorns egen fil."),
            self.peers_table,
        )
        self.addTab(page, self.tr("Datorer"))
        self.recent_model = SyncTableModel(
            [
                self.tr("Inläst"),
                self.tr("Från dator"),
                self.tr("Filen skriven"),
                self.tr("Nya besök"),
                self.tr("Nya poster"),
                self.tr("Uppdaterade poster"),
                self.tr("Konflikter"),
                self.tr("Fil"),
            ],
            COUNTS,
            self,
        )
        self.recent_table = record_table(self.recent_model, self.tr("Inlästa filer"))
        page, _ = _tab(
            fill(self.tr("De senaste %1 inlästa filerna, den senaste först."), RECENT_SHOWN),
            self.recent_table,
        )
        self.addTab(page, self.tr("Inkommet"))
        self.addTab(self._conflicts_tab(), self.tr("Konflikter"))

    def _conflicts_tab(self) -> QWidget:
        self.conflicts_model = SyncTableModel(
            [
                self.tr("Upptäckt"),
                self.tr("Vad"),
                self.tr("Post"),
                self.tr("Ändringen som förlorade"),
                self.tr("Ändringen som behölls"),
                self.tr("Förlorat → behållet"),
            ],
            parent=self,
        )
        self.conflicts_table = record_table(self.conflicts_model, self.tr("Konflikter"))
        about = self.tr(
            "Har två datorer ändrat samma sak innan de synkat, behålls den senaste ändringen "
            "och den andra visas här. Kontrollera att det som behölls stämmer, och rätta annars "
            "posten som vanligt. Nya konflikter är markerade."
        )
        page, layout = _tab(about, self.conflicts_table)
        # The changes column is cut short in the table: the chosen row is written out in full.
        self.conflict_details = QLabel()
        self.conflict_details.setWordWrap(True)
        self.conflict_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict_details.setAccessibleName(self.tr("Detaljer om markerad konflikt"))
        layout.addWidget(self.conflict_details)
        self.conflicts_table.selectionModel().currentRowChanged.connect(self._show_details)
        row = QHBoxLayout()
        self.unseen_label = QLabel()
        row.addWidget(self.unseen_label, 1)
        self.seen_button = QPushButton(self.tr("Markera som sedda"))
        self.seen_button.setAccessibleName(self.tr("Markera alla nya konflikter som sedda"))
        self.seen_button.clicked.connect(self.mark_seen)
        row.addWidget(self.seen_button)
        layout.addLayout(row)
        return page

    # -- showing -----------------------------------------------------------------------------

    def show_rows(
        self, peers: list[PeerStatus], recent: list[PeerStatus], conflicts: list[ConflictView]
    ) -> None:
        self.peers_model.set_rows([self.wording.peer_row(peer) for peer in peers])
        imports = [entry for entry in recent if not entry.is_this_laptop][:RECENT_SHOWN]
        self.recent_model.set_rows(
            [self.wording.exchange_row(entry, n) for n, entry in enumerate(imports)]
        )
        self.unseen = [conflict.id for conflict in conflicts if not conflict.seen]
        self.conflicts_model.set_rows(
            [self.wording.conflict_row(conflict) for conflict in conflicts], set(self.unseen)
        )
        for table in (self.peers_table, self.recent_table, self.conflicts_table):
            self._fit(table)
        # The laptops' last column is a count: stretched, it would sit far from its header.
        self.peers_table.horizontalHeader().setStretchLastSection(False)
        self.conflict_details.clear()
        if conflicts:
            self.conflicts_table.selectRow(0)  # the newest, written out below the table
        page = self.conflicts_table.parentWidget()
        assert page is not None  # the table lives on its tab
        self.setTabText(self.indexOf(page), self._conflicts_title())
        self.unseen_label.setText(self.unseen_text(len(self.unseen), len(conflicts)))
        self.seen_button.setEnabled(bool(self.unseen))

    def _fit(self, table: QTableView) -> None:
        """Columns as wide as their text; the last one (file name, changes) takes the rest."""
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _show_details(self, current: QModelIndex) -> None:
        role = Qt.ItemDataRole.ToolTipRole
        tooltip = self.conflicts_model.data(current, role) if current.isValid() else ""
        self.conflict_details.setText(str(tooltip or "").replace("\n", " · ", 2))

    def _conflicts_title(self) -> str:
        count = len(self.unseen)
        if not count:
            return self.tr("Konflikter")
        template = self.tr("Konflikter (%1 ny)") if count == 1 else self.tr("Konflikter (%1 nya)")
        return fill(template, count)

    def unseen_text(self, unseen: int, total: int) -> str:
        if not total:
            return self.tr("Inga konflikter.")
        if not unseen:
            return fill(self.tr("Alla %1 är sedda."), total)
        return fill(self.tr("Nya, inte sedda än: %1 av %2."), unseen, total)

    # -- acting ------------------------------------------------------------------------------

    def mark_seen(self) -> None:
        if not self.unseen:
            return
        if not self.session.require_coordinator(self):
            self.unseen_label.setText(self.tr("Konflikterna får bara samordnaren markera."))
            return
        self.session.app.sync.mark_seen(self.unseen)
        self.seen.emit()
