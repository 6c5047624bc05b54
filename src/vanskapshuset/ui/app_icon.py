"""The app's icon for the window, the task bar and the Alt+Tab switcher: every size shipped."""

from PySide6.QtGui import QIcon

from vanskapshuset.identity import ICON_SIZES, icon_png


def app_icon() -> QIcon:
    """One icon holding each PNG that is there (the desktop picks the size it needs); empty if
    none is, and then the desktop shows its generic icon."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon
