"""One Register tab: a form that adds a record, the list of records, rename and delete."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.dialogs.rename_dialog import RenameDialog
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.register_common import (
    error_label,
    fit_columns,
    record_table,
    selected_id,
)
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession


class RecordTab(QWidget):
    """Subclasses build the add form and say how to load, rename and delete their records."""

    def __init__(self, session: UiSession, headers: list[str], table_name: str) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        form = QHBoxLayout()
        self.build_form(form)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.model = TextTableModel(headers, self)
        self.table = record_table(self.model, table_name)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Byt namn… (F2)"))
        self.rename_button.setAccessibleName(self.tr("Byt namn på markerad rad"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = QPushButton(self.tr("Ta bort… (Delete)"))
        self.delete_button.setAccessibleName(self.tr("Ta bort markerad rad"))
        self.delete_button.clicked.connect(self._delete)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.action_error = error_label()
        layout.addWidget(self.action_error)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        # The usual keys on a selected row, for those who work without the mouse.
        for key, action in ((QKeySequence.StandardKey.Delete, self._delete), ("F2", self._rename)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self._update_actions()

    # -- for subclasses ------------------------------------------------------------------------

    def build_form(self, layout: QHBoxLayout) -> None:
        raise NotImplementedError

    def load(self) -> list[TextRow]:
        raise NotImplementedError

    def rename_record(self, record_id: str, name: str) -> None:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        raise NotImplementedError

    def can_rename(self) -> bool:
        return True

    # -- shared behaviour ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(self.load())
        fit_columns(self.table)
        self._update_actions()

    def written(self) -> None:
        """After every write: show it here, then let the rest of the window follow."""
        self.refresh()
        self.session.changed()

    def _update_actions(self) -> None:
        chosen = selected_id(self.table, self.model) is not None
        self.rename_button.setVisible(self.can_rename())
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        record_id = self.model.row_id(row)
        return None if record_id is None else (record_id, self.model.row_text(row))

    def _rename(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        record_id, name = chosen
        dialog = RenameDialog(name, lambda new: self.rename_record(record_id, new), self)
        if dialog.exec():
            self.written()

    def _delete(self) -> None:
        chosen = self._selected()
        if chosen is None or not self.session.require_coordinator(self):
            return
        record_id, name = chosen
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort"),
            fill(
                self.tr(
                    "Ta bort ”%1”? Det som redan är registrerat behåller namnet, "
                    "men det går inte att välja längre."
                ),
                name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete_record(record_id)
        except UserError as error:
            self.action_error.setText(say(error))
            self.action_error.show()
            return
        self.action_error.hide()
        self.written()
