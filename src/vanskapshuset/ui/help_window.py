"""Användarguide: the user guide shipped with the app (resources/help/<lang>/index.html) in a
window of its own, beside the main window. F1 anywhere in the main window opens it."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from vanskapshuset.identity import resource_dir

# Languages the guide is written in; any other language gets the English guide.
GUIDE_LANGUAGES = ("sv", "en")


def guide_path(language: str) -> Path:
    """The guide in `language`: Swedish for "sv", English for every other language until the
    guide is written in more."""
    folder = language if language in GUIDE_LANGUAGES else "en"
    return resource_dir("help") / folder / "index.html"


class HelpWindow(QWidget):
    """Not modal: the guide stays open beside the window it explains."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window of its own (not a child drawn inside the main window), kept above it.
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Användarguide – Vänskapshuset"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Användarguide"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # the guide has no links out of itself
        self.path = guide_path(language)
        # A file URL: the pictures (images/…) and the #links resolve beside the HTML file.
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        close = QShortcut(QKeySequence.StandardKey.Close, self)  # every binding: Ctrl+W, Ctrl+F4
        close.activated.connect(self.close)
        # Wide enough for the pictures (880 px) beside the scroll bar, never wider than the screen.
        screen = self.screen().availableGeometry()
        self.resize(min(940, screen.width()), min(720, screen.height()))


def open_help(window: QMainWindow, language: str) -> HelpWindow:
    """Show the guide beside `window` (the one already open, brought to the front)."""
    help_window = window.findChild(HelpWindow)
    if help_window is None:
        help_window = HelpWindow(language, window)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window
