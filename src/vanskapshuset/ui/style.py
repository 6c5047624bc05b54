"""One style sheet for the app: sizes relative to the system font, so its size is honoured."""

from PySide6.QtWidgets import QApplication

STYLE = """
QLabel#error { color: #b00020; }
QLabel#bigTotal { font-weight: bold; }
QPushButton:focus, QToolButton:focus, QListWidget:focus { outline: 2px solid #1a73e8; }
QPushButton#tallyButton { text-align: center; border: 1px solid #8a8a8a; border-radius: 6px;
    background: #f4f6fa; }
QPushButton#tallyButton:hover { background: #e6ecf7; }
QPushButton#tallyButton:pressed { background: #c9d7f0; }
QPushButton#tallyButton:focus { border: 3px solid #1a73e8; }
QListWidget#navigation { font-weight: bold; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #1a73e8; color: white; }
"""


def apply_style(application: QApplication) -> None:
    application.setStyleSheet(STYLE)
