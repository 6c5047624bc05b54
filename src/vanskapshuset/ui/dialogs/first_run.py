"""First start (placeholder until the dialog is built)."""

from PySide6.QtWidgets import QDialog

from vanskapshuset.services.app import App


class FirstRunDialog(QDialog):
    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
