"""Rename one record; a refused name is said inline and the dialog keeps what was typed."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.messages import say


class RenameDialog(QDialog):
    def __init__(
        self, current: str, rename: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rename = rename
        self.setWindowTitle(self.tr("Byt namn"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Nytt namn:"))
        layout.addWidget(prompt)
        self.name = QLineEdit(current)
        self.name.setAccessibleName(self.tr("Nytt namn"))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.name.selectAll()
        prompt.setBuddy(self.name)
        layout.addWidget(self.name)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _try(self) -> None:
        try:
            self._rename(self.name.text())
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            self.name.setFocus()
            return
        self.accept()
