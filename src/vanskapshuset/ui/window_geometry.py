"""The main window opens where and as large as it was closed on this laptop.

Kept in `<data folder>/window.ini`, not in the desktop's own settings store: the data folder
is this laptop's own (the window's size fits its screen), a second data folder (a USB stick,
a test) keeps its own, and tests stay hermetic."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from vanskapshuset.app_log import log

FILE_NAME = "window.ini"
GEOMETRY = "main_window/geometry"
MAXIMISED = "main_window/maximised"
# How much of the window's top must lie on a screen to be grabbed and moved by a person.
GRIP_PX = 48


class WindowGeometry:
    def __init__(self, data_folder: Path) -> None:
        self.settings = QSettings(str(data_folder / FILE_NAME), QSettings.Format.IniFormat)

    def save(self, window: QWidget) -> None:
        self.settings.setValue(GEOMETRY, window.saveGeometry())
        self.settings.setValue(MAXIMISED, window.isMaximized())
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            # Not worth a question at closing time: next start opens maximised.
            log.warning("The window's size could not be saved in %s", self.settings.fileName())

    def show(self, window: QWidget) -> None:
        """Show `window` as it was closed last time; maximised on the first start."""
        restored = self.restore(window)
        if not restored or self.settings.value(MAXIMISED, False, type=bool):
            window.showMaximized()
        else:
            window.show()
        if restored:
            bring_onto_screen(window)

    def restore(self, window: QWidget) -> bool:
        """Size and place `window` as saved; False if nothing usable was saved."""
        saved = self.settings.value(GEOMETRY)
        return isinstance(saved, QByteArray) and window.restoreGeometry(saved)


def bring_onto_screen(window: QWidget) -> None:
    """A window saved on a screen that is gone (a projector, a second monitor) comes back on
    the primary screen, no larger than it, so it can be seen and grabbed."""
    frame = window.frameGeometry()
    title_bar = QRect(frame.left(), frame.top(), frame.width(), GRIP_PX)
    screens = QGuiApplication.screens()
    if any(_enough(screen.availableGeometry().intersected(title_bar)) for screen in screens):
        return
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width, height = min(window.width(), area.width()), min(window.height(), area.height())
    window.resize(width, height)
    # Centred; a window wider than the screen (its minimum size) keeps its title bar on it.
    left = max(area.left(), area.center().x() - window.width() // 2)
    top = max(area.top(), area.center().y() - window.height() // 2)
    window.move(left, top)


def _enough(visible: QRect) -> bool:
    return visible.width() >= GRIP_PX * 2 and visible.height() >= GRIP_PX // 2
