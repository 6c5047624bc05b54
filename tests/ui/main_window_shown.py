"""The main window on a data folder with one site, shown and active, as a person meets it."""

from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession


def shown_window(app, qtbot) -> MainWindow:
    app.sites.add("Vänskapshuset")
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
