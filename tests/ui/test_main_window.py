"""The main window: pages open by navigation and shortcut, built when first opened."""

from PySide6.QtCore import Qt

from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.pages.activities import ActivitiesPage
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.pages.reports import ReportsPage
from vanskapshuset.ui.session import UiSession


def test_pages_are_built_when_first_opened_and_shortcuts_switch(app, qtbot):
    app.sites.add("Vänskapshuset")
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.pages.currentWidget() is window.today
    assert not isinstance(window.pages.widget(1), ActivitiesPage)  # not built yet
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), ActivitiesPage)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), ReportsPage)
    qtbot.waitUntil(lambda: not window.pages.currentWidget().is_busy())
    window.navigation.setCurrentRow(3)
    assert isinstance(window.pages.currentWidget(), RegisterPage)
    built = window.pages.widget(1)
    window.navigation.setCurrentRow(1)
    assert window.pages.currentWidget() is built  # built once, then kept
    window.navigation.setCurrentRow(4)  # no coordinator password: the history opens
    assert window.pages.currentIndex() == 4
    assert window.pages.currentWidget().__class__.__name__ == "HistoryPage"


def test_history_stays_closed_without_the_coordinator_password(app, qtbot, monkeypatch):
    from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog

    app.sites.add("Vänskapshuset")
    app.settings.set_coordinator_password("hemligt1")
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: 0)  # the person cancels
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(4)
    assert window.pages.currentIndex() == 0
    assert window.navigation.currentRow() == 0
