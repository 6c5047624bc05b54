"""The main window's Hjälp menu: one line per entry."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from vanskapshuset.services.folders import folders_in_use
from vanskapshuset.ui.session import UiSession


def add_help_menu(window: QMainWindow, session: UiSession, guide: QAction) -> QMenu:
    """Hjälp: the user guide (`guide`, the window's own F1 action, its key shown beside it)
    and Om Vänskapshuset."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Hjälp"))
    menu.addAction(guide)
    about = QAction(QCoreApplication.translate("HelpMenu", "&Om Vänskapshuset…"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu
    about.triggered.connect(lambda: show_about(window, session))
    menu.addAction(about)
    return menu


def show_about(window: QMainWindow, session: UiSession) -> None:
    """Window-modal and not waited for: the window's own timers (autosave, sync) carry on."""
    from vanskapshuset.ui.dialogs.about_dialog import AboutDialog  # only when asked for

    dialog = AboutDialog(folders_in_use(session.data_folder), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
