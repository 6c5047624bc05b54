"""Asks for the coordinator password and unlocks the services' lock (services/access.py).

A wrong one is said inline and the dialog stays open. After several wrong tries the service
says how long to wait: the dialog then counts the seconds down with OK disabled (a timer, never
a sleep: the window stays alive), and enables it again when the wait is over.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.ui.messages import say


class PasswordDialog(QDialog):
    def __init__(self, access: CoordinatorAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
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
        self.wait = QLabel()
        self.wait.setWordWrap(True)
        self.wait.hide()
        layout.addWidget(self.wait)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Lås upp"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._show_wait)
        self._show_wait()  # a wait left from earlier tries (even before a restart)

    def _try(self) -> None:
        if not self.ok.isEnabled():  # Enter in the field while waiting
            return
        try:
            self._access.unlock(self.password.text())
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            self._show_wait()
            return
        self.accept()

    def _show_wait(self) -> None:
        """OK disabled with the seconds left while the service makes the next try wait."""
        seconds = self._access.seconds_to_wait()
        self.ok.setEnabled(seconds == 0)
        self.wait.setVisible(seconds > 0)
        if seconds:
            self.wait.setText(fill_numbered(self.tr("Vänta %1 s innan nästa försök."), seconds))
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
