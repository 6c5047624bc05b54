"""Hjälp → Om Vänskapshuset: name, version, licence, the folders in use and the licences."""

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu
from tests.ui.main_window_shown import shown_window

from vanskapshuset import identity
from vanskapshuset.ui.dialogs.about_dialog import AboutDialog, bundled_licences
from vanskapshuset.ui.main_window import MainWindow


class FileManager(QObject):
    """Stands in for the desktop's file manager through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_manager():
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "open")
    yield manager
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(app, qtbot) -> MainWindow:
    return shown_window(app, qtbot)


def open_about(window: MainWindow, qtbot) -> AboutDialog:
    """Alt+H opens the Hjälp menu, O chooses "Om Vänskapshuset…": real key presses."""
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_O)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_about_names_the_program_and_the_folders_of_this_data_folder(
    app, data_dir, window, qtbot, file_manager
):
    app.backups.create()  # the backup folder exists; no log has been written to this one
    dialog = open_about(window, qtbot)
    assert dialog.windowTitle() == "Om Vänskapshuset"
    assert identity.VERSION in dialog.version.text()
    assert identity.LICENCE in dialog.version.text()
    data = data_dir.absolute()
    shown = {key: Path(label.text()) for key, label in dialog.folder_paths.items()}
    assert shown == {"data": data, "backups": data / "backups", "logs": data / "logs"}
    for field in dialog.folder_paths.values():  # selectable and copied whole, not changed
        assert field.isReadOnly()
        field.selectAll()
        assert field.selectedText() == field.text()
    assert dialog.open_buttons["backups"].isEnabled()
    assert not dialog.open_buttons["logs"].isEnabled()  # not there yet: nothing to open
    assert dialog.open_buttons["logs"].text() == "Finns inte än"

    qtbot.mouseClick(dialog.open_buttons["data"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_buttons["backups"], Qt.MouseButton.LeftButton)
    opened = [Path(url.toLocalFile()) for url in file_manager.opened]
    assert opened == [data, data / "backups"]
    assert not dialog.open_error.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_shows_the_font_licence_and_each_bundled_licence(window, qtbot):
    dialog = open_about(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    components = bundled_licences()
    titles = [dialog.licence_list.item(row).text() for row in range(dialog.licence_list.count())]
    assert titles[0] == "Typsnitten DejaVu"
    assert len(titles) == 1 + len(components)
    assert "Bitstream Vera" in dialog.licence_text.toPlainText()  # the first, shown at once
    assert dialog.licence_text.isReadOnly()
    for row, path in enumerate(components, start=1):
        dialog.licence_list.setCurrentRow(row)
        shown = dialog.licence_text.toPlainText().splitlines()
        assert shown == path.read_text(encoding="utf-8").splitlines()
    # Without the folder (a build that left it out) a sentence says so instead.
    assert dialog.missing_note.isVisibleTo(dialog) == (not components)


def test_the_help_menu_holds_the_guide_with_its_key_and_about(window):
    actions = window.help_menu.actions()
    assert [action.text() for action in actions] == ["Användarguide", "&Om Vänskapshuset…"]
    assert actions[0] is window.help_action
    assert actions[0].shortcut().toString() == "F1"
