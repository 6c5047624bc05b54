"""Register (placeholder until the page is built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vanskapshuset.ui.session import UiSession


class RegisterPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("Register")))

    def refresh(self) -> None:
        pass
