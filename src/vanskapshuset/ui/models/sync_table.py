"""The Synk page's tables: ready-made text rows, counts right-aligned, and rows that need the
coordinator's eye (conflicts not seen yet) in bold on a light background."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vanskapshuset.ui.models.text_table import Index, TextRow, TextTableModel

MARKED_BACKGROUND = QColor("#fff4d6")  # light amber: noticed, without alarm red
MARKED_TEXT = QColor("#1f2933")  # dark on the light amber, also in a dark colour scheme


class SyncTableModel(TextTableModel):
    def __init__(
        self,
        headers: list[str],
        numeric_columns: frozenset[int] = frozenset(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, parent)
        self._numeric = numeric_columns
        self._marked: set[str] = set()

    def set_rows(self, rows: list[TextRow], marked: set[str] | None = None) -> None:
        """`marked`: ids of the rows to emphasise."""
        self._marked = set(marked or ())
        super().set_rows(rows)

    def is_marked(self, row: int) -> bool:
        return self.row_id(row) in self._marked

    def row_ids(self) -> list[str]:
        return [self.row_id(row) or "" for row in range(self.rowCount())]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.is_marked(index.row()):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(MARKED_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MARKED_TEXT)
        return super().data(index, role)
