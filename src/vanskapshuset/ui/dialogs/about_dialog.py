"""Om Vänskapshuset: name, version and licence, the folders in use (each opened in the file
manager with one click), and the licences of the fonts and components that ship with it."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset import identity
from vanskapshuset.services.folders import Folders
from vanskapshuset.ui.fonts import mono_font
from vanskapshuset.ui.pages.register_common import error_label, heading_font, show_error
from vanskapshuset.ui.pages.vocabulary_text import fill

LICENCE_FOLDER = "licenses"
INDEX_FILE = "README.txt"
FONT_LICENCE = "LICENSE-DejaVu.txt"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def bundled_licences() -> list[Path]:
    """The components' licence files: the index (README.txt) first, then by name. Empty if the
    folder is not there (a build without it)."""
    folder = identity.resource_dir(LICENCE_FOLDER)
    if not folder.is_dir():
        return []
    files = sorted(folder.glob("*.txt"), key=lambda path: path.name.casefold())
    return sorted(files, key=lambda path: path.name != INDEX_FILE)


class AboutDialog(QDialog):
    def __init__(self, folders: Folders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Vänskapshuset"))
        self.folder_paths: dict[str, QLineEdit] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(folders), self.tr("Programmet"))
        self.tabs.addTab(self._licences_tab(), self.tr("Licenser"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        # Long paths and licence lines read without resizing, yet never larger than the screen.
        width = self.fontMetrics().horizontalAdvance("M") * 90
        size = QSize(width, width * 5 // 7)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(size.boundedTo(screen.size() * 0.9))

    # -- the program and its folders ---------------------------------------------------------

    def _about_tab(self, folders: Folders) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        name = QLabel(identity.APP_NAME)
        name.setFont(heading_font(name.font()))
        layout.addWidget(name)
        self.version = QLabel(
            fill(self.tr("Version %1. Licens: %2."), identity.VERSION, identity.LICENCE)
        )
        self.version.setTextInteractionFlags(SELECTABLE)
        layout.addWidget(self.version)
        purpose = QLabel(
            self.tr(
                "Räknar besök vid dörren, håller ordning på aktiviteter och gör rapporterna "
                "för Vänskapshuset och Bästa sommaren."
            )
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        heading = QLabel(self.tr("Mappar som används på den här datorn"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        grid = QGridLayout()
        rows = (
            ("data", self.tr("&Data:"), self.tr("Öppna datamappen"), folders.data),
            (
                "backups",
                self.tr("Säkerhets&kopior:"),
                self.tr("Öppna mappen med säkerhetskopior"),
                folders.backups,
            ),
            ("logs", self.tr("&Loggfiler:"), self.tr("Öppna loggmappen"), folders.logs),
        )
        for row, (key, caption, open_name, path) in enumerate(rows):
            # Read-only field: a long path scrolls inside it instead of widening the dialog,
            # and it is selected and copied as a whole (to give to someone helping).
            shown = QLineEdit(str(path))
            shown.setReadOnly(True)
            shown.setCursorPosition(0)
            shown.setAccessibleName(caption.replace("&", "").rstrip(":"))
            caption_label = QLabel(caption)
            caption_label.setBuddy(shown)
            grid.addWidget(caption_label, row, 0)
            grid.addWidget(shown, row, 1)
            button = QPushButton(self.tr("Öppna"))
            button.setAccessibleName(open_name)
            button.setAutoDefault(False)
            if not path.is_dir():  # no backup or log written yet
                button.setText(self.tr("Finns inte än"))
                button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, p=path: self.open_folder(p))
            grid.addWidget(button, row, 2)
            self.folder_paths[key], self.open_buttons[key] = shown, button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.open_error = error_label()
        layout.addWidget(self.open_error)
        layout.addStretch(1)
        return tab

    def open_folder(self, path: Path) -> None:
        """In the desktop's file manager; a desktop without one is said, not raised."""
        opened = path.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        show_error(
            self.open_error,
            "" if opened else fill(self.tr("Mappen %1 gick inte att öppna."), str(path)),
        )

    # -- licences ----------------------------------------------------------------------------

    def _licences_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            fill(
                self.tr(
                    "%1 är fri programvara under licensen %2. Det följer med typsnitt och "
                    "komponenter från andra, under sina egna licenser:"
                ),
                identity.APP_NAME,
                identity.LICENCE,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.licence_list = QListWidget()
        self.licence_list.setAccessibleName(self.tr("Licenser"))
        font_file = identity.resource_dir("fonts") / FONT_LICENCE
        if font_file.is_file():
            self._add_licence(self.tr("Typsnitten DejaVu"), font_file)
        components = bundled_licences()
        for path in components:
            title = self.tr("Översikt") if path.name == INDEX_FILE else path.stem
            self._add_licence(title, path)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        # Licences are laid out in lines of their own: wrapping them again made ragged text.
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text.setFont(mono_font(self.font().pointSizeF()))
        self.licence_text.setAccessibleName(self.tr("Licenstext"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setStretchFactor(1, 3)
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([em * 18, em * 50])  # the list's names whole, the text wide
        layout.addWidget(splitter, 1)
        self.missing_note = QLabel(
            self.tr(
                "Licenserna för de medföljande komponenterna finns inte i den här "
                "installationen. De står i programmets källkod, mappen resources/licenses."
            )
        )
        self.missing_note.setWordWrap(True)
        self.missing_note.setVisible(not components)
        layout.addWidget(self.missing_note)
        self.licence_list.currentItemChanged.connect(self._show_licence)
        if self.licence_list.count():
            self.licence_list.setCurrentRow(0)
        return tab

    def _add_licence(self, title: str, path: Path) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(path.name)
        self.licence_list.addItem(item)

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.licence_text.clear()
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = fill(self.tr("Filen %1 gick inte att läsa."), path.name)
        self.licence_text.setPlainText(text)
