"""One style sheet for the app: sizes relative to the system font, so its size is honoured."""

from PySide6.QtWidgets import QApplication, QWidget

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
QLabel#saveStatus { padding: 4px 6px; }
QLabel#saveStatus[failed="true"], QLabel#noteStatus[failed="true"] { color: white;
    background: #b00020; font-weight: bold; padding: 6px; border-radius: 4px; }
QLabel#keyState { padding: 4px 8px; border-radius: 4px; }
QLabel#keyState[state="counting"] { background: #e3f4e6; color: #1b5e20; }
QLabel#keyState[state="typing"] { background: #fff3cd; color: #5c4400; font-weight: bold; }
QLabel#keyState[state="elsewhere"] { background: #eeeeee; color: #555555; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #1a73e8; color: white; }
"""


def apply_style(application: QApplication) -> None:
    application.setStyleSheet(STYLE)


def show_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (e.g. `failed`) and repaint by it at once:
    Qt applies property selectors only when the widget is polished again."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
