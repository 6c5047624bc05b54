"""The main window: navigation on the left, one page at a time on the right."""

import importlib
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from vanskapshuset.ui.external_changes import ExternalChanges
from vanskapshuset.ui.help_window import open_help
from vanskapshuset.ui.pages.today import TodayPage
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.worker import run_in_background

# Pages other than Idag are imported and built when first opened: a quicker start at the door.
LATER_PAGES = (
    ("vanskapshuset.ui.pages.activities", "ActivitiesPage"),
    ("vanskapshuset.ui.pages.reports", "ReportsPage"),
    ("vanskapshuset.ui.pages.register", "RegisterPage"),
    ("vanskapshuset.ui.pages.history", "HistoryPage"),
    ("vanskapshuset.ui.pages.sync", "SyncPage"),
)

# The audit log asks for the coordinator password; its row follows from the order above.
HISTORY_ROW = 1 + [name for _, name in LATER_PAGES].index("HistoryPage")
# Conflicts not seen yet are counted beside Synk, so the coordinator notices them on any page.
SYNC_ROW = 1 + [name for _, name in LATER_PAGES].index("SyncPage")

# How often the window looks whether a new day has begun (sign-ups past their retention date
# are deleted, and the day's backup made, at start-up and then once a day while it stays open).
PURGE_CHECK_MS = 60 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        # First, so it hears data_changed before the pages refresh (see ExternalChanges).
        self.external_changes = ExternalChanges(session, self)
        self.setWindowTitle(self.tr("Vänskapshuset"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sidor"))
        self.navigation.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.pages = QStackedWidget()
        self.today = TodayPage(session)
        self._builders: dict[int, Callable[[], QWidget]] = {}
        titles = (
            self.tr("Idag"),
            self.tr("Aktiviteter"),
            self.tr("Rapporter"),
            self.tr("Register"),
            self.tr("Historik"),
            self.tr("Synk"),
        )
        self._titles = titles
        assert len(titles) == 1 + len(LATER_PAGES)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(f"{title}\n(Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.navigation.addItem(item)
            if number == 1:
                self.pages.addWidget(self.today)
            else:
                self.pages.addWidget(QWidget())  # placeholder until first opened
                module, name = LATER_PAGES[number - 2]
                self._builders[number - 1] = lambda m=module, n=name: getattr(
                    importlib.import_module(m), n
                )(session)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        self.navigation.currentRowChanged.connect(self._show_page)
        # Användarguide, F1 anywhere in the window; the Hjälp menu shows this same action.
        language = session.app.settings.language()  # the window's language, chosen at start
        self.help_action = QAction(self.tr("Användarguide"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(lambda: open_help(self, language))
        self.addAction(self.help_action)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)
        session.data_changed.connect(self._refresh_visible)
        session.data_changed.connect(self.show_unseen_conflicts)
        self.show_unseen_conflicts()
        self._purged_on = session.today()  # open_app purged at start-up
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(PURGE_CHECK_MS)
        self.purge_timer.timeout.connect(self.purge_if_new_day)
        self.purge_timer.start()

    def page(self, row: int) -> QWidget:
        """The page in navigation row `row`, built now if it has not been opened yet."""
        builder = self._builders.pop(row, None)
        if builder is not None:
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, builder())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(row)

    def _show_page(self, row: int) -> None:
        if row == HISTORY_ROW and not self.session.require_coordinator(self):
            self.navigation.setCurrentRow(self.pages.currentIndex())
            return
        page = self.page(row)
        self.pages.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def _refresh_visible(self) -> None:
        refresh = getattr(self.pages.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def show_unseen_conflicts(self) -> None:
        unseen = self.session.app.sync.unseen_count()
        title = self._titles[SYNC_ROW]
        if unseen:
            template = self.tr("%1 (%2 ny)") if unseen == 1 else self.tr("%1 (%2 nya)")
            title = template.replace("%1", title).replace("%2", str(unseen))
        item = self.navigation.item(SYNC_ROW)
        item.setText(f"{title}\n(Ctrl+{SYNC_ROW + 1})")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)

    def purge_if_new_day(self) -> bool:
        """On the first check of a new day, delete expired sign-ups on a worker thread.
        True if a purge was started."""
        today = self.session.today()
        if today == self._purged_on:
            return False
        previous, self._purged_on = self._purged_on, today
        app = self.session.app

        def failed(_error: Exception) -> None:
            self._purged_on = previous  # tried again at the next check; the window carries on

        # The day's backup too (it purges expired sign-ups from the kept copies).
        run_in_background(self, app.start_of_day, self._purged, failed)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing saves the day note first; if it cannot be saved, the person chooses."""
        note = self.today.day_note
        if note.flush():
            event.accept()
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Dagboken är inte sparad"),
            fill(
                self.tr("%1\n\nStänga ändå? Det du skrev i dagboken försvinner då."),
                note.failure() or "",
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Close:
            event.accept()
        else:
            event.ignore()

    def _purged(self, count: int) -> None:
        if count:
            self.session.changed()
