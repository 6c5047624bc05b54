"""The main window: navigation on the left, one page at a time on the right.

It can be shown before the services are up (a session made from a snapshot of Idag): the other
pages, the watch for other programs' writes and the daily checks then start once they are.
"""

from collections.abc import Callable
from functools import partial

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

from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.folders import folders_in_use
from vanskapshuset.ui.external_changes import ExternalChanges
from vanskapshuset.ui.help_menu import add_help_menu
from vanskapshuset.ui.help_window import open_help
from vanskapshuset.ui.pages.today import TodayPage
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.window_geometry import WindowGeometry
from vanskapshuset.ui.worker import run_in_background


# Pages other than Idag are imported and built when first opened: a quicker start at the door.
# Plain imports inside each builder, so a bundler (PyInstaller) sees them.
def _activities(session: UiSession) -> QWidget:
    from vanskapshuset.ui.pages.activities import ActivitiesPage

    return ActivitiesPage(session)


def _reports(session: UiSession) -> QWidget:
    from vanskapshuset.ui.pages.reports import ReportsPage

    return ReportsPage(session)


def _register(session: UiSession) -> QWidget:
    from vanskapshuset.ui.pages.register import RegisterPage

    return RegisterPage(session)


def _history(session: UiSession) -> QWidget:
    from vanskapshuset.ui.pages.history import HistoryPage

    return HistoryPage(session)


def _sync(session: UiSession) -> QWidget:
    from vanskapshuset.ui.pages.sync import SyncPage

    return SyncPage(session)


LATER_PAGES: tuple[Callable[[UiSession], QWidget], ...] = (
    _activities,
    _reports,
    _register,
    _history,
    _sync,
)

# The audit log asks for the coordinator password; its row follows from the order above.
HISTORY_ROW = 1 + LATER_PAGES.index(_history)
# Conflicts not seen yet are counted beside Synk, so the coordinator notices them on any page.
SYNC_ROW = 1 + LATER_PAGES.index(_sync)

# How often the window looks whether a new day has begun (sign-ups past their retention date
# are deleted, and the day's backup made, at start-up and then once a day while it stays open).
PURGE_CHECK_MS = 60 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.external_changes: ExternalChanges | None = None
        self._wanted_row: int | None = None  # a page asked for before the services were up
        # First, so it hears data_changed before the pages refresh (see ExternalChanges), and
        # made before Idag reads through the services.
        if session.ready:
            self._watch_changes()
        else:
            session.services_up.connect(self._watch_changes)  # before Idag's own slot
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
                build = LATER_PAGES[number - 2]
                self._builders[number - 1] = partial(build, session)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        self.navigation.currentRowChanged.connect(self._show_page)
        # Användarguide, F1 anywhere in the window; the Hjälp menu shows this same action.
        language = session.language()  # the window's language, chosen at start
        self.help_action = QAction(self.tr("Användarguide"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(lambda: open_help(self, language))
        self.addAction(self.help_action)
        self.help_menu = add_help_menu(self, session, self.help_action)
        # Opened as large and where it was closed on this laptop (see window_geometry).
        self.geometry_memory = WindowGeometry(folders_in_use(session.data_folder).data)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)
        self._purged_on = session.today()  # open_app purged at start-up
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(PURGE_CHECK_MS)
        self.purge_timer.timeout.connect(self.purge_if_new_day)
        if session.ready:
            self._services_up()
        else:
            session.services_up.connect(self._services_up)  # after Idag has saved what waited

    def _watch_changes(self) -> None:
        self.external_changes = ExternalChanges(self.session, self)
        self.session.data_changed.connect(self._refresh_visible)
        self.session.data_changed.connect(self.show_unseen_conflicts)

    def _services_up(self) -> None:
        self.show_unseen_conflicts()
        self._purged_on = self.session.today()
        self.purge_timer.start()
        if self._wanted_row is not None:
            self.navigation.setCurrentRow(self._wanted_row)
            self._wanted_row = None

    def give_up_starting(self) -> None:
        """The services could not be opened (said already): the window closes without them."""
        self.today.give_up_waiting()
        self.close()

    def page(self, row: int) -> QWidget:
        """The page in navigation row `row`, built now if it has not been opened yet."""
        builder = self._builders.pop(row, None)
        if builder is not None:
            placeholder = self.pages.widget(row)
            assert placeholder is not None  # every row has a page or its placeholder
            self.pages.insertWidget(row, builder())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        page = self.pages.widget(row)
        assert page is not None
        return page

    def _show_page(self, row: int) -> None:
        if row != 0 and not self.session.ready:
            # Shown once the services are up (a moment); Idag stays until then.
            self._wanted_row = row
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(0)
            self.navigation.blockSignals(False)
            return
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
            title = fill_numbered(self.tr("%1 (%n nya)", "", unseen), title)
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
        """Closing saves the day note first; if it cannot be saved, the person chooses. Counts
        made before the services were up are saved first: the window closes after them."""
        self.geometry_memory.save(self)
        if not self.session.ready and self.today.waiting():
            self.today.close_after_waiting(self.close)
            event.ignore()
            return
        note = self.today.day_note
        if note is None or note.flush():
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
