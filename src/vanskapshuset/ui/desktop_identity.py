"""How the running program presents itself to the desktop: its name, version, icon and the
desktop entry it belongs to, and the fonts it ships. Called once at start-up."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from vanskapshuset import identity
from vanskapshuset.ui.app_icon import app_icon
from vanskapshuset.ui.fonts import use_shipped_font


def set_identity(application: QApplication) -> None:
    application.setApplicationName(identity.APP_NAME)
    application.setApplicationDisplayName(identity.APP_NAME)
    application.setApplicationVersion(identity.VERSION)
    # Wayland and the task bars match the window to its menu entry and icon by this id.
    QGuiApplication.setDesktopFileName(identity.APP_ID)
    application.setWindowIcon(app_icon())
    use_shipped_font(application)
