"""Idag: the door counter, the day's totals and chart, the day note and today's activities."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, to_local
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.ui.dialogs.paper_tally_button import PaperTallyButton
from vanskapshuset.ui.models.labels import gender_labels, weekday_names
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.undo_commands import CorrectVisit, CountVisit
from vanskapshuset.ui.widgets.day_note import DayNote
from vanskapshuset.ui.widgets.hour_chart import HourChart
from vanskapshuset.ui.widgets.tally_grid import Cell, TallyGrid


class TodayPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.app = session.app
        self.undo_stack = QUndoStack(self)
        self.signups_dialog: QDialog | None = None  # the last Anmälningar opened from here
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
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Plats:"), self.site),
            (self.tr("Datum:"), self.day),
            (None, self.today_button),
            (self.tr("Ledare i tjänst:"), self.leader),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch()
        self.locked_notice = QLabel()
        self.locked_notice.setObjectName("error")
        self.locked_notice.hide()

        self.grid = TallyGrid()
        self.grid.counted.connect(self._count)
        self.grid.corrected.connect(self._correct)
        self.undo_button = QPushButton(self.tr("Ångra senaste (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ångra senaste besöket"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for keys, action in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.grid)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.status = QLabel()
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Klicka på rätt ruta eller tryck tangenten inom [ ] när någon kommer. "
                "Varje besök sparas direkt."
            )
        )
        hint.setWordWrap(True)
        counter = QVBoxLayout()
        counter.addWidget(hint)
        counter.addWidget(self.grid, 1)
        under = QHBoxLayout()
        under.addWidget(self.undo_button)
        under.addWidget(self.status, 1)
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
        self.day_note.saved.connect(self._note_saved)
        activities_box = QGroupBox(self.tr("Dagens aktiviteter"))
        activities = QVBoxLayout(activities_box)
        self.activity_list = QListWidget()
        self.activity_list.setAccessibleName(self.tr("Dagens aktiviteter"))
        self.activity_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.activity_list.itemActivated.connect(self._edit_activity)
        activities.addWidget(self.activity_list)
        self.template_buttons = QHBoxLayout()
        activities.addLayout(self.template_buttons)
        self.new_activity = QPushButton(self.tr("Ny aktivitet…"))
        self.new_activity.clicked.connect(lambda: self._edit_activity(None))
        self.signups_button = QPushButton(self.tr("Anmälningar…"))
        self.signups_button.setAccessibleName(self.tr("Anmälningar till vald aktivitet"))
        self.signups_button.setToolTip(
            self.tr("Barnen som anmält sig till vald aktivitet, och listan att skriva ut")
        )
        self.signups_button.clicked.connect(self.open_signups)
        self.activity_list.currentItemChanged.connect(self._activity_chosen)
        activity_buttons = QHBoxLayout()
        activity_buttons.addWidget(self.new_activity)
        activity_buttons.addWidget(self.signups_button)
        activity_buttons.addStretch(1)
        activities.addLayout(activity_buttons)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for box in (totals_box, chart_box, self.day_note, activities_box):
            side_layout.addWidget(box)
        side_layout.addStretch()
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)

        body = QHBoxLayout()
        body.addLayout(counter, 3)
        body.addWidget(side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.locked_notice)
        layout.addLayout(body, 1)

        self._fill_choices()
        self.site.currentIndexChanged.connect(self._site_chosen)
        self.day.dateChanged.connect(self._day_chosen)
        self.today_button.clicked.connect(lambda: self.day.setDate(_qdate(session.today())))
        self.leader.currentIndexChanged.connect(self._leader_chosen)
        session.day_changed.connect(self.refresh)
        self.refresh()

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

    def _site_chosen(self) -> None:
        self.undo_stack.clear()
        self.session.set_site(self.site.currentData())

    def _day_chosen(self, date: QDate) -> None:
        day = date.toPython()
        if self.session.is_locked_day(day) and not self.session.require_coordinator(self):
            self.day.blockSignals(True)
            self.day.setDate(_qdate(self.session.day))
            self.day.blockSignals(False)
            return
        self.undo_stack.clear()
        self.session.set_day(day)

    def _leader_chosen(self) -> None:
        self.session.set_leader(self.leader.currentData())

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
        except UserError as error:
            self._say(str(error))
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
                self.tr("besök"),
            )
        )
        self._refresh_totals_only()
        self._say(
            self.tr("Sparat: %1, %2 år.").replace("%1", gender_labels()[gender]).replace("%2", band)
        )

    def _correct(self, gender: Gender, band: str) -> None:
        site_id = self.session.site_id or ""
        visit_id = self.app.visits.latest_undoable(site_id, self.session.day, gender, band)
        if visit_id is None:
            self._say(self.tr("Det finns inget besök att ta bort i den rutan."))
            return
        self.app.visits.undo(visit_id)
        cell = (gender, band)
        self.undo_stack.push(
            CorrectVisit(
                lambda: self._add_visit(cell),
                self.app.visits.undo,
                self._refresh_counts,
                self.tr("rättelse"),
            )
        )
        self._refresh_counts()
        self._say(
            self.tr("Ett besök borttaget: %1, %2 år.")
            .replace("%1", gender_labels()[gender])
            .replace("%2", band)
        )

    def _say(self, message: str) -> None:
        self.status.setText(message)

    # -- showing the day ---------------------------------------------------------------------

    def refresh(self) -> None:
        bands = self.app.age_bands.list()
        if bands != self._bands or not self.grid.buttons:
            self._bands = bands
            self.grid.set_bands(bands)
        self._fill_choices()
        locked = self.session.is_locked_day(self.session.day)
        self.locked_notice.setText(
            self.tr("Du ändrar en dag som är mer än en vecka gammal (samordnaren har låst upp).")
        )
        self.locked_notice.setVisible(locked)
        self._refresh_counts()
        self._refresh_day_note()
        self._refresh_activities()
        self.grid.focus_first()

    def _refresh_counts(self) -> None:
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
            "   ".join(
                self.tr("%1 år: %2").replace("%1", b).replace("%2", str(n))
                for b, n in by_band.items()
            )
        )

    def _refresh_day_note(self) -> None:
        if self.session.site_id is None:
            return
        entry = self.app.day_logs.get(self.session.site_id, self.session.day)
        self.day_note.show_entry(entry, self.app.leaders.list(), self.app.day_logs.save)

    def _note_saved(self) -> None:
        self._say(self.tr("Dagboken är sparad."))
        self.session.changed()

    def _refresh_activities(self) -> None:
        self.activity_list.clear()
        site = self.site.currentText()
        if not site:
            return
        for activity in self.app.activities.list(self.session.day, self.session.day, site):
            text = self.tr("%1–%2  %3 (%4 deltagare)")
            text = (
                text.replace("%1", f"{activity.start:%H:%M}")
                .replace("%2", f"{activity.end:%H:%M}")
                .replace("%3", activity.title)
                .replace("%4", str(activity.participants_total))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            self.activity_list.addItem(item)
        self._activity_chosen()
        while self.template_buttons.count():
            widget = self.template_buttons.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        weekday = self.session.day.weekday()
        for template in self.app.templates.list(weekday=weekday, site_id=self.session.site_id):
            # Not the service's `template.label`: its weekday is Swedish in every language.
            label = fill(
                self.tr("%1, %2 %3–%4"),
                template.title,
                weekday_names()[template.weekday],
                f"{template.start:%H:%M}",
                f"{template.end:%H:%M}",
            )
            button = QPushButton(self.tr("+ %1").replace("%1", label))
            button.setAccessibleName(self.tr("Lägg till %1 idag").replace("%1", label))
            button.clicked.connect(lambda _=False, t=template.id: self._from_template(t))
            self.template_buttons.addWidget(button)

    def _from_template(self, template_id: str) -> None:
        try:
            self.app.templates.create_activity(template_id, self.session.day)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Aktivitet"), str(error))
            return
        self.session.changed()
        self._refresh_activities()

    def _activity_chosen(self) -> None:
        self.signups_button.setEnabled(self.activity_list.currentItem() is not None)

    def open_signups(self) -> None:
        """Anmälningar for the chosen activity (a past day's only for the coordinator)."""
        from vanskapshuset.ui.dialogs.signups_dialog import open_signups

        item = self.activity_list.currentItem()
        if item is None:
            return
        activity = self.app.activities.get(item.data(Qt.ItemDataRole.UserRole))
        dialog = open_signups(self.session, activity, self)
        if dialog is None:
            self._say(self.tr("Anmälningar till tidigare aktiviteter får bara samordnaren se."))
            return
        self.signups_dialog = dialog
        dialog.exec()

    def _edit_activity(self, item: QListWidgetItem | None) -> None:
        from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog

        activity = None
        if item is not None:
            activity = self.app.activities.get(item.data(Qt.ItemDataRole.UserRole))
        dialog = ActivityDialog(self.session, activity=activity, day=self.session.day, parent=self)
        if dialog.exec():
            self.session.changed()
            self._refresh_activities()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
