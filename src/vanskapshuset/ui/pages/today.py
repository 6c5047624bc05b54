"""Idag: the door counter, the day's totals and chart, the day note and today's activities."""

import datetime as dt
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, to_local
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.ui.dialogs.paper_tally_button import PaperTallyButton
from vanskapshuset.ui.models.labels import gender_labels
from vanskapshuset.ui.pages.today_activities import TodayActivities
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.save_failure import failure_text
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.style import show_state
from vanskapshuset.ui.undo_commands import CorrectVisit, CountVisit
from vanskapshuset.ui.widgets.counting_keys import CountingKeys, KeyState
from vanskapshuset.ui.widgets.day_note import DayNote
from vanskapshuset.ui.widgets.hour_chart import HourChart
from vanskapshuset.ui.widgets.tally_grid import Cell, TallyGrid

log = logging.getLogger(__name__)


class TodayPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.app = session.app
        self.undo_stack = QUndoStack(self)
        self._bands = self.app.age_bands.list()

        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Datum"))
        self.today_button = QPushButton(self.tr("Idag"))
        self.today_button.setAccessibleName(self.tr("Gå till idag"))
        self.leader = QComboBox()
        self.leader.setAccessibleName(self.tr("Ledare i tjänst"))
        for combo in (self.site, self.leader):
            # A long name is shortened in the box (whole in its list), so the top row fits a
            # 1366 px screen at 1.5× scaling in every language.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("&Plats:"), self.site),
            (self.tr("&Datum:"), self.day),
            (None, self.today_button),
            (self.tr("&Ledare i tjänst:"), self.leader),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch()
        self.locked_notice = QLabel()
        self.locked_notice.setObjectName("error")
        self.locked_notice.setWordWrap(True)
        self.locked_notice.hide()

        self.grid = TallyGrid()
        self.grid.counted.connect(self._count)
        self.grid.corrected.connect(self._correct)
        self.keys = CountingKeys(self, self.grid)
        self.key_state = QLabel()
        self.key_state.setObjectName("keyState")
        self.key_state.setWordWrap(True)
        self.keys.state_changed.connect(self._show_key_state)
        self.undo_button = QPushButton(self.tr("Ångra senaste (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ångra senaste besöket"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for keys, action in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            # Anywhere on Idag; a text field keeps Ctrl+Z for its own text.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Senast sparat"))
        counter = QVBoxLayout()
        counter.addWidget(self.key_state)
        counter.addWidget(self.grid, 1)
        under = QHBoxLayout()
        under.addWidget(self.undo_button)
        self.paper_button = PaperTallyButton(
            session,
            self.undo_stack,
            self.site.currentText,
            lambda: self._bands,
            self._say,
            self._refresh_counts,
            self,
        )
        self.print_tally_action = self.paper_button.print_action
        self.enter_tally_action = self.paper_button.enter_action
        self.saver = self.paper_button.saver
        under.addWidget(self.paper_button)
        # Beside the buttons, not below them: a low window keeps its height for the cells.
        under.addWidget(self.status, 1)
        counter.addLayout(under)
        counter.addWidget(self.saver)

        self.total = QLabel("0")
        self.total.setObjectName("bigTotal")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setAccessibleName(self.tr("Besök idag"))
        self.by_gender = QLabel()
        self.by_age = QLabel()
        for label in (self.by_gender, self.by_age):
            label.setWordWrap(True)
        totals_box = QGroupBox(self.tr("Dagens besök"))
        totals = QGridLayout(totals_box)
        totals.addWidget(self.total, 0, 0, 2, 1)
        totals.addWidget(self.by_gender, 0, 1)
        totals.addWidget(self.by_age, 1, 1)
        totals.setColumnStretch(1, 1)
        self.chart = HourChart()
        chart_box = QGroupBox(self.tr("Besök per timme"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        self.day_note = DayNote()
        self.day_note.saved.connect(self.session.changed)
        self.activities = TodayActivities(session, self._say)
        self.activity_list = self.activities.list
        self.new_activity = self.activities.new_activity
        self.signups_button = self.activities.signups_button

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for box in (totals_box, chart_box, self.day_note, self.activities):
            side_layout.addWidget(box)
        side_layout.addStretch()
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.side_scroll = side_scroll

        # The counter is what must show whole in a small window: it takes two thirds of the
        # width (its headings stay on one line), and scrolls only if even its smallest does
        # not fit (a long failure message in a tiny window) instead of being cut off.
        counter_widget = QWidget()
        counter_widget.setLayout(counter)
        counter.setContentsMargins(0, 0, 0, 0)
        counter_scroll = QScrollArea()
        counter_scroll.setWidget(counter_widget)
        counter_scroll.setWidgetResizable(True)
        counter_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        counter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counter_scroll = counter_scroll

        body = QHBoxLayout()
        body.addWidget(counter_scroll, 2)
        body.addWidget(side_scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.locked_notice)
        layout.addLayout(body, 1)

        self._fill_choices()
        self.site.currentIndexChanged.connect(self._site_chosen)
        self.day.dateChanged.connect(self._day_chosen)
        self.today_button.clicked.connect(lambda: self.day.setDate(_qdate(session.today())))
        self.leader.currentIndexChanged.connect(self._leader_chosen)
        # Another day, site or database (a restored backup): the undo steps belong to the old.
        session.day_changed.connect(self.undo_stack.clear)
        session.day_changed.connect(self.refresh)
        self.refresh()
        self._show_key_state(self.keys.state())

    # -- choices at the top ------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.site.blockSignals(True)
        self.site.clear()
        for site in self.app.sites.list():
            self.site.addItem(site.name, site.id)
        index = self.site.findData(self.session.site_id)
        self.site.setCurrentIndex(max(index, 0))
        if self.session.site_id is None and self.site.count():
            self.session.site_id = self.site.currentData()
        self.site.blockSignals(False)
        self.day.blockSignals(True)
        self.day.setDate(_qdate(self.session.day))
        self.day.setMaximumDate(_qdate(self.session.today()))
        self.day.blockSignals(False)
        self.leader.blockSignals(True)
        self.leader.clear()
        self.leader.addItem(self.tr("(välj ledare)"), None)
        for leader in self.app.leaders.list():
            self.leader.addItem(leader.name, leader.id)
        self.leader.setCurrentIndex(max(self.leader.findData(self.session.leader_id), 0))
        self.leader.blockSignals(False)

    def _leave_day(self) -> bool:
        """Before showing another day or site: the note typed for this one is saved first."""
        if self.day_note.flush():
            return True
        self._fail(
            fill(
                self.tr("Dagboken kunde inte sparas, så dagen byts inte än. %1"),
                self.day_note.failure() or "",
            )
        )
        return False

    def _site_chosen(self) -> None:
        if not self._leave_day():
            self._fill_choices()  # back to the site whose note is not saved
            return
        self.undo_stack.clear()
        self.session.set_site(self.site.currentData())

    def _day_chosen(self, date: QDate) -> None:
        day = date.toPython()
        if not self._leave_day() or (
            self.session.is_locked_day(day) and not self.session.require_coordinator(self)
        ):
            self.day.blockSignals(True)
            self.day.setDate(_qdate(self.session.day))
            self.day.blockSignals(False)
            return
        self.undo_stack.clear()
        self.session.set_day(day)

    def _leader_chosen(self) -> None:
        self._guarded(lambda: self.session.set_leader(self.leader.currentData()))

    # -- counting ----------------------------------------------------------------------------

    def _moment(self) -> dt.datetime | None:
        """Now for today; for an earlier day (entered afterwards) noon of that day."""
        if self.session.day == self.session.today():
            return None
        return dt.datetime.combine(self.session.day, dt.time(12, 0), tzinfo=STOCKHOLM)

    def _add_visit(self, cell: Cell) -> str:
        gender, band = cell
        [visit_id] = self.app.visits.add(
            self.session.site_id or "",
            gender,
            band,
            at=self._moment(),
            leader_id=self.session.leader_id,
        )
        return visit_id

    def _count(self, gender: Gender, band: str) -> None:
        cell = (gender, band)
        try:
            visit_id = self._add_visit(cell)  # committed before the number changes
        except Exception as error:
            self._save_failed(self.tr("Besöket sparades INTE – %1"), error)
            return
        self.grid.set_count(cell, self.grid.count_of(cell) + 1)
        moment = self._moment() or to_local(self.app.context.now())
        self.chart.add_one(moment.hour)
        self.undo_stack.push(
            CountVisit(
                visit_id,
                cell,
                lambda: self._add_visit(cell),
                self.app.visits.undo,
                self._refresh_counts,
                self._step_failed,
                self.tr("besök"),
            )
        )
        self._refresh_totals_only()
        self._say(fill(self.tr("Sparat: %1, %2 år."), gender_labels()[gender], band))

    def _correct(self, gender: Gender, band: str) -> None:
        site_id = self.session.site_id or ""
        cell = (gender, band)
        try:
            visit_id = self.app.visits.latest_undoable(site_id, self.session.day, gender, band)
            if visit_id is None:
                self._say(self.tr("Det finns inget besök att ta bort i den rutan."))
                return
            self.app.visits.undo(visit_id)
        except Exception as error:
            self._save_failed(self.tr("Rättelsen sparades INTE – %1"), error)
            return
        self.undo_stack.push(
            CorrectVisit(
                lambda: self._add_visit(cell),
                self.app.visits.undo,
                self._refresh_counts,
                self._step_failed,
                self.tr("rättelse"),
            )
        )
        self._refresh_counts()
        self._say(fill(self.tr("Ett besök borttaget: %1, %2 år."), gender_labels()[gender], band))

    def _step_failed(self, error: Exception, undoing: bool) -> None:
        """An undo or redo that could not be saved: say so, and put the undo stack back where
        it was (after the stack has finished its step), so the next Ctrl+Z tries it again."""
        self._save_failed(self.tr("Ångrandet sparades INTE – %1"), error)
        QTimer.singleShot(0, self.undo_stack.redo if undoing else self.undo_stack.undo)

    def _say(self, message: str) -> None:
        self._show_status(message, failed=False)

    def _fail(self, message: str) -> None:
        self._show_status(message, failed=True)

    def _save_failed(self, template: str, error: Exception) -> None:
        """Nothing was saved: the numbers stay, and the red sentence replaces "Sparat" at once."""
        if isinstance(error, UserError):
            log.warning("Not saved on Idag: %s", error, exc_info=error)
        else:
            log.error("Unexpected error on Idag", exc_info=error)
        self._fail(fill(template, failure_text(error)))

    def _show_status(self, message: str, failed: bool) -> None:
        self.status.setText(message)
        show_state(self.status, "failed", failed)
        if failed:  # a long message in a tiny window may not fit: scrolled to, never missed
            # once the layout has made room for its lines (a posted event, so after it)
            QTimer.singleShot(0, self, lambda: self.counter_scroll.ensureWidgetVisible(self.status))

    def _guarded(self, action: Callable[[], object]) -> bool:
        """Run a read or a small write for the page; a failure is said, never raised to Qt."""
        try:
            action()
        except Exception as error:
            self._save_failed(self.tr("Det gick inte att läsa eller spara – %1"), error)
            return False
        return True

    def _show_key_state(self, state: KeyState) -> None:
        texts = {
            KeyState.COUNTING: self.tr("⌨ Tangenterna räknar besök"),
            KeyState.TYPING: self.tr(
                "Du skriver i ett fält: tangenterna skriver text. "
                "Tryck Esc eller klicka på rutorna för att räkna igen."
            ),
            KeyState.ELSEWHERE: self.tr("Tangenterna räknar inte just nu"),
        }
        self.key_state.setText(texts[state])
        show_state(self.key_state, "state", state.value)

    # -- showing the day ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the session's site and day again (after a write here, elsewhere or by another
        program). Keeps the focus and any note still being typed."""
        self.day_note.flush()
        self._guarded(self._refresh_all)

    def _refresh_all(self) -> None:
        bands = self.app.age_bands.list()
        rebuilt = bands != self._bands or not self.grid.buttons
        if rebuilt:
            self._bands = bands
            self.grid.set_bands(bands)
        self._fill_choices()
        locked = self.session.is_locked_day(self.session.day)
        self.locked_notice.setText(
            self.tr("Du ändrar en dag som är mer än en vecka gammal (samordnaren har låst upp).")
        )
        self.locked_notice.setVisible(locked)
        self._read_counts()
        if self.session.site_id is not None:
            entry = self.app.day_logs.get(self.session.site_id, self.session.day)
            self.day_note.show_entry(entry, self.app.leaders.list(), self.app.day_logs.save)
        if self.activities.refresh(self.site.currentText()) or rebuilt:
            self._set_tab_order()

    def _refresh_counts(self) -> None:
        """The day's counts as stored (after an undo, a paper sheet, another laptop's visits)."""
        self._guarded(self._read_counts)

    def _read_counts(self) -> None:
        if self.session.site_id is None:
            return
        grid = self.app.visits.day_grid(self.session.site_id, self.session.day)
        self.grid.show_counts(grid.cells)
        self.chart.set_counts(grid.by_hour)
        self._refresh_totals_only()

    def _refresh_totals_only(self) -> None:
        counts = {cell: button.count for cell, button in self.grid.buttons.items()}
        self.total.setText(str(sum(counts.values())))
        by_gender = {g: sum(n for (cg, _), n in counts.items() if cg == g) for g in Gender}
        self.by_gender.setText(
            "   ".join(f"{gender_labels()[g]}: {n}" for g, n in by_gender.items())
        )
        by_band = {
            b.code: sum(n for (_, cb), n in counts.items() if cb == b.code) for b in self._bands
        }
        self.by_age.setText(
            "   ".join(fill(self.tr("%1 år: %2"), b, n) for b, n in by_band.items())
        )

    def _set_tab_order(self) -> None:
        """Top row, the counter's cells row by row, its buttons, the day note, the activities."""
        chain: list[QWidget] = [self.site, self.day, self.today_button, self.leader]
        chain += self.grid.focus_chain()
        chain += [self.undo_button, self.paper_button]
        chain += self.day_note.focus_chain() + self.activities.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.grid.focus_first()
        self.keys.update_state()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Only when another page is chosen: closing is MainWindow.closeEvent's, and while the
        # program shuts down the application object may already be gone.
        if self.window().isVisible() and not QCoreApplication.closingDown():
            self.day_note.flush()  # leaving the page saves the note
            self.keys.update_state()

    # kept for the pages and tests that open sign-ups from Idag
    def open_signups(self) -> None:
        self.activities.open_signups()

    @property
    def signups_dialog(self):  # noqa: ANN201 - the dialog class is imported late
        return self.activities.signups_dialog


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
