"""The main window: navigation on the left, one page at a time on the right."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from vanskapshuset.ui.pages.activities import ActivitiesPage
from vanskapshuset.ui.pages.history import HistoryPage
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.pages.today import TodayPage
from vanskapshuset.ui.session import UiSession


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Vänskapshuset"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sidor"))
        self.navigation.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.pages = QStackedWidget()
        self.today = TodayPage(session)
        self.activities = ActivitiesPage(session)
        self.register = RegisterPage(session)
        self.history = HistoryPage(session)
        entries = (
            (self.tr("Idag"), self.today),
            (self.tr("Aktiviteter"), self.activities),
            (self.tr("Register"), self.register),
            (self.tr("Historik"), self.history),
        )
        for number, (title, page) in enumerate(entries, start=1):
            item = QListWidgetItem(f"{title}\n(Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.navigation.addItem(item)
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        self.navigation.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)
        session.data_changed.connect(self._refresh_visible)

    def _show_page(self, row: int) -> None:
        page = self.pages.widget(row)
        if page is self.history and not self.session.require_coordinator(self):
            self.navigation.setCurrentRow(self.pages.currentIndex())
            return
        self.pages.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def _refresh_visible(self) -> None:
        refresh = getattr(self.pages.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()
