"""Idag: the door counter, the day's totals and chart, the day note and today's activities.

At start-up the page can be built from a snapshot (services/door.py) while the services load:
it shows the day's figures at once, and a click or key made meanwhile waits, in order, and is
counted through VisitService once the services are up (`_attach`), never before it is saved.
The day note, the activities and the paper tally sheet appear then.
"""

import datetime as dt
import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
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
from vanskapshuset.ui.models.labels import gender_labels
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.qt_dates import to_date
from vanskapshuset.ui.save_failure import failure_text
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.style import show_state
from vanskapshuset.ui.widgets.counting_keys import CountingKeys, KeyState
from vanskapshuset.ui.widgets.date_field import DateField
from vanskapshuset.ui.widgets.hour_chart import HourChart
from vanskapshuset.ui.widgets.tally_grid import Cell, TallyGrid

if TYPE_CHECKING:  # these load the services; the page imports them once they are up
    from vanskapshuset.app import App
    from vanskapshuset.ui.dialogs.paper_tally_button import PaperTallyButton
    from vanskapshuset.ui.pages.today_activities import TodayActivities
    from vanskapshuset.ui.widgets.day_note import DayNote

log = logging.getLogger(__name__)


class TodayPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.undo_stack = QUndoStack(self)
        if session.ready:
            self._bands = session.app.age_bands.list()
        else:
            assert session.door is not None  # a session not ready was made from a snapshot
            self._bands = session.door.bands
        # What was clicked or pressed before the services were up, in order (see _attach).
        self._waiting: list[Callable[[], None]] = []
        self._close_after_waiting: Callable[[], object] | None = None

        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        self.day = DateField()
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
        # Made once the page shows (_listen_to_keys): an application-wide filter in place while
        # the window is built sees every event of it, and that cost a fifth of a second.
        self.keys: CountingKeys | None = None
        self.key_state = QLabel()
        self.key_state.setObjectName("keyState")
        self.key_state.setWordWrap(True)
        # How a new visitor is counted: the same key or click with Shift.
        self.new_hint = QLabel(
            self.tr("⇧ Skift + tangent eller klick = ny besökare (första gången i säsongen)")
        )
        self.new_hint.setObjectName("newHint")
        self.new_hint.setWordWrap(True)
        self._new_today = 0  # net visits marked new on the day shown
        self.undo_button = QPushButton(self.tr("Ångra senaste (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ångra senaste besöket"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for keys, action in (
            (QKeySequence.StandardKey.Undo, lambda: self._when_up(self.undo_stack.undo)),
            (QKeySequence.StandardKey.Redo, lambda: self._when_up(self.undo_stack.redo)),
        ):
            # Anywhere on Idag; a text field keeps Ctrl+Z for its own text.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Senast sparat"))
        self.counter = QVBoxLayout()
        self.counter.addWidget(self.key_state)
        self.counter.addWidget(self.new_hint)
        self.counter.addWidget(self.grid, 1)
        self.under = QHBoxLayout()
        self.under.addWidget(self.undo_button)
        # Beside the buttons, not below them: a low window keeps its height for the cells.
        self.under.addWidget(self.status, 1)
        self.counter.addLayout(self.under)

        self.total = QLabel("0")
        self.total.setObjectName("bigTotal")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setAccessibleName(self.tr("Besök idag"))
        self.by_gender = QLabel()
        self.by_age = QLabel()
        self.new_visitors = QLabel()
        self.new_visitors.setAccessibleName(self.tr("Nya besökare idag"))
        for figures in (self.by_gender, self.by_age, self.new_visitors):
            figures.setWordWrap(True)
        totals_box = QGroupBox(self.tr("Dagens besök"))
        totals = QGridLayout(totals_box)
        totals.addWidget(self.total, 0, 0, 2, 1)
        totals.addWidget(self.by_gender, 0, 1)
        totals.addWidget(self.by_age, 1, 1)
        totals.addWidget(self.new_visitors, 2, 1)
        totals.setColumnStretch(1, 1)
        self.chart = HourChart()
        chart_box = QGroupBox(self.tr("Besök per timme"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        # Built with the services (_attach): their modules load SQLAlchemy.
        self.day_note: DayNote | None = None
        self.activities: TodayActivities | None = None
        self.paper_button: PaperTallyButton | None = None

        side = QWidget()
        self.side_layout = QVBoxLayout(side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        for box in (totals_box, chart_box):
            self.side_layout.addWidget(box)
        self.side_layout.addStretch()
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.side_scroll = side_scroll

        body = QHBoxLayout()
        # The counter is what must show whole in a small window: it takes two thirds of the
        # width (its headings stay on one line), and scrolls only if even its smallest does
        # not fit (a long failure message in a tiny window) instead of being cut off.
        counter_widget = QWidget()
        counter_widget.setLayout(self.counter)
        self.counter.setContentsMargins(0, 0, 0, 0)
        counter_scroll = QScrollArea()
        counter_scroll.setWidget(counter_widget)
        counter_scroll.setWidgetResizable(True)
        counter_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        counter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counter_scroll = counter_scroll

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
        # Not polished yet, so the property alone is enough (show_state would load QStyle's
        # Python side before the first paint).
        self.key_state.setText(self._key_state_text(KeyState.ELSEWHERE))
        self.key_state.setProperty("state", KeyState.ELSEWHERE.value)
        if session.ready:
            self._attach()
        else:
            self._show_snapshot()
            session.services_up.connect(self._attach)

    @property
    def app(self) -> "App":
        return self.session.app

    # -- before and after the services are up ------------------------------------------------

    def _show_snapshot(self) -> None:
        """The day as the snapshot read it; the choices at the top wait for the services."""
        door = self.session.door
        assert door is not None
        self.grid.set_bands(self._bands)
        self._new_today = door.new
        self.grid.show_counts(door.cells)
        self.chart.set_counts(door.by_hour)
        self._refresh_totals_only()
        for widget in (self.site, self.day, self.today_button, self.leader):
            widget.setEnabled(False)
        self._set_tab_order()

    def _attach(self) -> None:
        """The services are up: build what needs them, show the day as they read it, then save
        what was clicked meanwhile, in order, each shown only once it is saved."""
        from vanskapshuset.ui.dialogs.paper_tally_button import PaperTallyButton
        from vanskapshuset.ui.pages.today_activities import TodayActivities
        from vanskapshuset.ui.widgets.day_note import DayNote

        session = self.session
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
        self.under.insertWidget(1, self.paper_button)
        self.counter.addWidget(self.saver)
        self.day_note = DayNote()
        self.day_note.saved.connect(session.changed)
        self.activities = TodayActivities(session, self._say)
        self.activity_list = self.activities.list
        self.new_activity = self.activities.new_activity
        self.signups_button = self.activities.signups_button
        self.side_layout.insertWidget(2, self.day_note)
        self.side_layout.insertWidget(3, self.activities)
        for widget in (self.site, self.day, self.today_button, self.leader):
            widget.setEnabled(True)
        # Another day, site or database (a restored backup): the undo steps belong to the old.
        session.day_changed.connect(self.undo_stack.clear)
        session.day_changed.connect(self.refresh)
        self.refresh()
        self._set_tab_order()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()
        close, self._close_after_waiting = self._close_after_waiting, None
        if close is not None and self.status.property("failed") is not True:
            close()  # a save that failed keeps the window open, its red line in sight

    def _when_up(self, action: Callable[[], None]) -> None:
        """Run `action` now, or once the services are up (nothing is shown as saved before)."""
        if self.session.ready:
            action()
            return
        self._waiting.append(action)
        self._say(
            fill(self.tr("Sparas strax (%1 väntar): programmet startar…"), len(self._waiting))
        )

    def waiting(self) -> int:
        """Clicks and keys made before the services were up, not saved yet."""
        return len(self._waiting)

    def close_after_waiting(self, close: Callable[[], object]) -> None:
        """Closing before the services are up: `close` runs once what waits is saved."""
        self._close_after_waiting = close

    def give_up_waiting(self) -> None:
        """The services could not be opened: what waited cannot be saved (and was never shown
        as counted)."""
        if self._waiting:
            log.warning("%d counts made while starting were not saved", len(self._waiting))
        self._waiting.clear()

    # -- choices at the top ------------------------------------------------------------------

    def _choices(self) -> tuple[list, list]:
        if self.session.ready:
            return self.app.sites.list(), self.app.leaders.list()
        door = self.session.door
        assert door is not None
        return door.sites, door.leaders

    def _fill_choices(self) -> None:
        sites, leaders = self._choices()
        self.site.blockSignals(True)
        self.site.clear()
        for site in sites:
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
        for leader in leaders:
            self.leader.addItem(leader.name, leader.id)
        self.leader.setCurrentIndex(max(self.leader.findData(self.session.leader_id), 0))
        self.leader.blockSignals(False)

    def _leave_day(self) -> bool:
        """Before showing another day or site: the note typed for this one is saved first."""
        if self.day_note is None or self.day_note.flush():
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
        day = to_date(date)
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

    def _add_visit(self, cell: Cell, new: bool = False) -> str:
        gender, band = cell
        [visit_id] = self.app.visits.add(
            self.session.site_id or "",
            gender,
            band,
            at=self._moment(),
            leader_id=self.session.leader_id,
            new=new,
        )
        return visit_id

    def _cancel_visit(self, visit_id: str) -> None:
        self.app.visits.undo(visit_id)

    def _count(self, gender: Gender, band: str, new: bool = False) -> None:
        if not self.session.ready:
            self._when_up(lambda: self._count(gender, band, new))
            return
        from vanskapshuset.ui.undo_commands import CountVisit  # loaded with the services

        cell = (gender, band)
        try:
            visit_id = self._add_visit(cell, new)  # committed before the number changes
        except Exception as error:
            self._save_failed(self.tr("Besöket sparades INTE – %1"), error)
            return
        self.grid.set_count(cell, self.grid.count_of(cell) + 1)
        self._new_today += new
        moment = self._moment() or to_local(self.app.context.now())
        self.chart.add_one(moment.hour)
        self.undo_stack.push(
            CountVisit(
                visit_id,
                cell,
                lambda: self._add_visit(cell, new),
                self._cancel_visit,
                self._refresh_counts,
                self._step_failed,
                self.tr("nytt besök") if new else self.tr("besök"),
            )
        )
        self._refresh_totals_only()
        if new:
            saved = self.tr("Sparat: %1, %2 år, ny (första gången i säsongen).")
        else:
            saved = self.tr("Sparat: %1, %2 år.")
        self._say(fill(saved, gender_labels()[gender], band))

    def _correct(self, gender: Gender, band: str) -> None:
        if not self.session.ready:
            self._when_up(lambda: self._correct(gender, band))
            return
        from vanskapshuset.ui.undo_commands import CorrectVisit  # loaded with the services

        site_id = self.session.site_id or ""
        cell = (gender, band)
        try:
            visit_id = self.app.visits.latest_undoable(site_id, self.session.day, gender, band)
            if visit_id is None:
                self._say(self.tr("Det finns inget besök att ta bort i den rutan."))
                return
            new = self.app.visits.marked_new(visit_id)  # the −1 takes the new mark away too
            self.app.visits.undo(visit_id)
        except Exception as error:
            self._save_failed(self.tr("Rättelsen sparades INTE – %1"), error)
            return
        self.undo_stack.push(
            CorrectVisit(
                lambda: self._add_visit(cell, new),  # undoing it counts the visit as it was
                self._cancel_visit,
                self._refresh_counts,
                self._step_failed,
                self.tr("rättelse"),
            )
        )
        self._refresh_counts()
        if new:
            removed = self.tr("Ett besök borttaget: %1, %2 år, ny (första gången i säsongen).")
        else:
            removed = self.tr("Ett besök borttaget: %1, %2 år.")
        self._say(fill(removed, gender_labels()[gender], band))

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
            # once the layout has made room for its lines (a posted event, so after it), and
            # again once the wrapped lines above it have settled (a second layout pass)
            for delay in (0, 50):
                QTimer.singleShot(
                    delay, self, lambda: self.counter_scroll.ensureWidgetVisible(self.status)
                )

    def _guarded(self, action: Callable[[], object]) -> bool:
        """Run a read or a small write for the page; a failure is said, never raised to Qt."""
        try:
            action()
        except Exception as error:
            self._save_failed(self.tr("Det gick inte att läsa eller spara – %1"), error)
            return False
        return True

    def _show_key_state(self, state: KeyState) -> None:
        self.key_state.setText(self._key_state_text(state))
        if self.key_state.property("state") != state.value:  # else no new look to polish
            show_state(self.key_state, "state", state.value)

    def _key_state_text(self, state: KeyState) -> str:
        texts = {
            KeyState.COUNTING: self.tr("⌨ Tangenterna räknar besök"),
            KeyState.TYPING: self.tr(
                "Du skriver i ett fält: tangenterna skriver text. "
                "Tryck Esc eller klicka på rutorna för att räkna igen."
            ),
            KeyState.ELSEWHERE: self.tr("Tangenterna räknar inte just nu"),
        }
        return texts[state]

    # -- showing the day ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the session's site and day again (after a write here, elsewhere or by another
        program). Keeps the focus and any note still being typed."""
        if self.day_note is None:
            return  # the snapshot is shown until the services are up (_attach)
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
        assert self.day_note is not None and self.activities is not None
        if self.session.site_id is not None:
            entry = self.app.day_logs.get(self.session.site_id, self.session.day)
            self.day_note.show_entry(entry, self.app.leaders.list(), self.app.day_logs.save)
        if self.activities.refresh(self.site.currentText()) or rebuilt:
            self._set_tab_order()

    def _refresh_counts(self) -> None:
        """The day's counts as stored (after an undo, a paper sheet, another laptop's visits)."""
        self._guarded(self._read_counts)

    def _read_counts(self) -> None:
        if self.session.site_id is None or not self.session.ready:
            return
        grid = self.app.visits.day_grid(self.session.site_id, self.session.day)
        self._new_today = grid.new
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
        self.new_visitors.setText(
            fill(self.tr("Varav nya (första gången i säsongen): %1"), self._new_today)
        )

    def _set_tab_order(self) -> None:
        """Top row, the counter's cells row by row, its buttons, the day note, the activities."""
        chain: list[QWidget] = [self.site, self.day, self.today_button, self.leader]
        chain += self.grid.focus_chain()
        chain.append(self.undo_button)
        if self.paper_button is not None:
            chain.append(self.paper_button)
        if self.day_note is not None and self.activities is not None:
            chain += self.day_note.focus_chain() + self.activities.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.grid.focus_first()
        if self.keys is None:
            # Right after the first paint, before any key can reach the window.
            QTimer.singleShot(0, self, self._listen_to_keys)
        else:
            self.keys.update_state()

    def _listen_to_keys(self) -> None:
        if self.keys is None:
            self.keys = CountingKeys(self, self.grid)
            self.keys.state_changed.connect(self._show_key_state)
        self.keys.update_state()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Only when another page is chosen: closing is MainWindow.closeEvent's, and while the
        # program shuts down the application object may already be gone.
        if self.window().isVisible() and not QCoreApplication.closingDown():
            if self.day_note is not None:
                self.day_note.flush()  # leaving the page saves the note
            if self.keys is not None:
                self.keys.update_state()

    # kept for the pages and tests that open sign-ups from Idag
    def open_signups(self) -> None:
        if self.activities is not None:
            self.activities.open_signups()

    @property
    def signups_dialog(self):  # noqa: ANN201 - the dialog class is imported late
        return self.activities.signups_dialog if self.activities is not None else None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
