"""Aktiviteter (placeholder until the page is built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vanskapshuset.ui.session import UiSession


class ActivitiesPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("Aktiviteter")))

    def refresh(self) -> None:
        pass
