"""Asks for the coordinator password; a wrong one is said inline and the dialog stays open."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    def __init__(self, check: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Samordnarens lösenord"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Det här får bara samordnaren göra. Skriv samordnarens lösenord:"))
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Lösenord"))
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lås upp"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _try(self) -> None:
        if self._check(self.password.text()):
            self.accept()
            return
        self.error.setText(self.tr("Fel lösenord. Försök igen."))
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()
