"""One activity's sign-ups as a table; the "Kom" column is a check box that writes at once."""

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vanskapshuset.services.signups import SignUpView

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    AGE = 2
    GUARDIAN = 3
    PHONE = 4
    PHOTO = 5
    NOTES = 6
    ATTENDED = 7


class SignUpTableModel(QAbstractTableModel):
    """`write_attended(signup_id, came)` saves a tick; it returns False if it was refused (the
    caller has said why), and the box then stays as it was."""

    def __init__(
        self, write_attended: Callable[[str, bool], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._write_attended = write_attended
        self._rows: list[SignUpView] = []
        self._headers = {
            Column.NUMBER: self.tr("Nr"),
            Column.NAME: self.tr("Namn"),
            Column.AGE: self.tr("Ålder"),
            Column.GUARDIAN: self.tr("Vårdnadshavare"),
            Column.PHONE: self.tr("Telefon"),
            Column.PHOTO: self.tr("Foto"),
            Column.NOTES: self.tr("Allergier/anteckning"),
            Column.ATTENDED: self.tr("Kom"),
        }

    def set_signups(self, signups: list[SignUpView]) -> None:
        self.beginResetModel()
        self._rows = list(signups)
        self.endResetModel()

    def signup_at(self, row: int) -> SignUpView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, signup_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == signup_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def _text(self, signup: SignUpView, row: int, column: Column) -> str:
        if column == Column.NUMBER:
            return str(row + 1)
        if column == Column.NAME:
            return signup.child_name
        if column == Column.AGE:
            return "" if signup.age is None else str(signup.age)
        if column == Column.GUARDIAN:
            return signup.guardian_name
        if column == Column.PHONE:
            return signup.guardian_phone
        if column == Column.PHOTO:
            return self.tr("ja") if signup.photo_consent else self.tr("nej")
        if column == Column.NOTES:
            return " ".join(signup.notes.split())
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        signup = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.ATTENDED:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = signup.attended is True
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                if signup.attended is None:
                    return self.tr("Inte markerad än")
                return self.tr("Kom") if signup.attended else self.tr("Kom inte")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(signup, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTES and signup.notes:
            return signup.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.ATTENDED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != Column.ATTENDED
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        came = Qt.CheckState(value) == Qt.CheckState.Checked
        signup = self._rows[index.row()]
        if not self._write_attended(signup.id, came):
            return False
        self._rows[index.row()] = replace(signup, attended=came)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None
