"""Saving a printed sheet or an export: a save dialog, the file written on a worker thread, then
a bar that says where it went with "Öppna filen" / "Öppna mappen" (as on the Rapporter page).

The folder last saved in is remembered on this laptop for the next time.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.settings_registry import LAST_FOLDER
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.worker import run_in_background

# Characters Windows does not allow in file names (titles are typed by people).
NOT_IN_FILE_NAMES = str.maketrans({c: "-" for c in '\\/:*?"<>|'})


def file_name(stem: str, suffix: str, fallback: str) -> str:
    """A file name made of `stem` (an activity title, a name), safe on every system."""
    cleaned = " ".join(stem.translate(NOT_IN_FILE_NAMES).split()).strip(" .")
    return f"{cleaned or fallback}{suffix}"


class FileSaver(QWidget):
    """Hidden until a file is saved. `save()` asks where, writes in the background and then
    shows the bar; a failure is one sentence in `error_shown`. Emits `saved(path)`."""

    saved = Signal(Path)
    error_shown = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.path: Path | None = None
        self.busy = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("status")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(self.tr("Öppna filen"))
        self.open_file_button.setAutoDefault(False)
        self.open_file_button.clicked.connect(lambda: self.open_saved(folder=False))
        self.open_folder_button = QPushButton(self.tr("Öppna mappen"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(lambda: self.open_saved(folder=True))
        row.addWidget(self.label, 1)
        row.addWidget(self.open_file_button)
        row.addWidget(self.open_folder_button)
        self.hide()

    def default_folder(self) -> Path:
        remembered = self.app.settings.get(LAST_FOLDER)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def ask_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """The save dialog (tests replace this method)."""
        name, _ = QFileDialog.getSaveFileName(self.window(), title, str(suggested), file_filter)
        return Path(name) if name else None

    def save(
        self,
        title: str,
        name: str,
        write: Callable[[Path], Path],
        kind: str = "pdf",
    ) -> bool:
        """Ask where to save `name` (a file name), then `write(path)` on a worker thread.
        False if the person cancelled or a file is being written already."""
        if self.busy:
            return False
        suffix = f".{kind}"
        filters = {
            "pdf": self.tr("PDF-dokument (*.pdf)"),
            "json": self.tr("JSON-fil (*.json)"),
        }
        chosen = self.ask_file(title, self.default_folder() / name, filters[kind])
        if chosen is None:
            return False
        target = (
            chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
        )
        self.app.settings.set(LAST_FOLDER, str(target.parent))
        self.busy = True
        self.hide()
        self.window().setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(self, lambda: write(target), self._written, self._failed)
        return True

    def _written(self, path: Path) -> None:
        self.busy = False
        self.window().unsetCursor()
        self.path = Path(path)
        self.label.setText(fill_numbered(self.tr("Sparad: %1"), str(self.path)))
        self.show()
        self.saved.emit(self.path)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.window().unsetCursor()
        if isinstance(error, UserError):
            text = say(error)
        else:
            text = fill_numbered(
                self.tr("Filen kunde inte sparas: %1."), str(error) or type(error).__name__
            )
        self.error_shown.emit(text)

    def open_saved(self, folder: bool) -> None:
        if self.path is None:
            return
        target = self.path.parent if folder else self.path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
