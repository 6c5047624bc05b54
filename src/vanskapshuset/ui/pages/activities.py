"""Aktiviteter: the activities of a period in a sortable, filterable table; add, edit, delete."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import EARLIEST_DATE, LATEST_DATE
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.activities import ActivityView
from vanskapshuset.services.templates import TemplateView
from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog
from vanskapshuset.ui.dialogs.signups_dialog import SignUpsDialog, open_signups
from vanskapshuset.ui.dialogs.template_use import confirm_repeat
from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog, template_label
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.activity_table import ActivityFilterProxy, ActivityTableModel, Column
from vanskapshuset.ui.models.labels import area_labels
from vanskapshuset.ui.pages.activity_period import PeriodBar
from vanskapshuset.ui.qt_dates import to_date, to_qdate
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.date_field import DateField
from vanskapshuset.ui.worker import run_in_background

# Short columns are as wide as a typical value (or their header); the text columns share what
# is left by weight, never narrower than their sample (then the table scrolls sideways).
FIXED_COLUMNS = {
    Column.DATE: "2025-07-03",
    Column.TIME: "13:00–16:00",
    Column.PARTICIPANTS: "000",
    Column.KNOWLEDGE_EXCHANGE: "Ja",
}
TEXT_COLUMNS = {
    Column.SITE: (2, "Vänskapshuset"),
    Column.TITLE: (5, "Fotboll i parken"),
    Column.TYPE: (2, "Konstworkshop"),
    Column.AREA: (3, "Barn och unga"),
    Column.ORGANISER: (3, "Malmö Konsthall"),
}


LONG_PERIOD_DAYS = 400  # longer periods load in the background


class ActivitiesPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.dialog: ActivityDialog | None = None
        self.signups_dialog: SignUpsDialog | None = None
        self._generation = 0  # the newest load; older background results are dropped
        self._stale = True  # nothing loaded until the page is shown (the window calls refresh)
        self.model = ActivityTableModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.period = PeriodBar(session.today())
        self.period.period_changed.connect(self._load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addLayout(self._filter_row())
        layout.addLayout(self._button_row())
        layout.addWidget(self._table(), 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("bigTotal")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.summary)
        layout.addLayout(bottom)
        # Runs before the main window's refresh of the visible page: see `_reload_after_write`.
        session.data_changed.connect(self._mark_stale)
        session.day_changed.connect(lambda: self.template_day.setDate(to_qdate(session.day)))

    # -- building ----------------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self._filter)
        return combo

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.site_filter = self._combo(self.tr("Filtrera på plats"))
        self.type_filter = self._combo(self.tr("Filtrera på typ"))
        self.area_filter = self._combo(self.tr("Filtrera på område"))
        self.organisation_filter = self._combo(self.tr("Filtrera på organisation"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Sök"))
        self.search.setPlaceholderText(self.tr("Sök titel, organisation, anteckning… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        filters_label = QLabel(self.tr("&Visa:"))
        filters_label.setBuddy(self.site_filter)
        row.addWidget(filters_label)
        for widget in (self.site_filter, self.type_filter, self.area_filter):
            row.addWidget(widget)
        row.addWidget(self.organisation_filter)
        row.addWidget(self.search, 1)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = self._button(
            self.tr("&Ny aktivitet"), self.tr("Ny aktivitet"), self.new_activity
        )
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_button.setToolTip(self.tr("Registrera en ny aktivitet (Ctrl+N)"))
        self.edit_button = self._button(
            self.tr("&Redigera"), self.tr("Redigera vald aktivitet"), self.edit_selected
        )
        self.edit_button.setToolTip(self.tr("Ändra vald aktivitet (Enter)"))
        self.delete_button = self._button(
            self.tr("&Ta bort"), self.tr("Ta bort vald aktivitet"), self.delete_selected
        )
        self.delete_button.setToolTip(self.tr("Ta bort vald aktivitet (Delete)"))
        self.signups_button = self._button(
            self.tr("&Anmälningar…"), self.tr("Anmälningar till vald aktivitet"), self.signups
        )
        self.signups_button.setToolTip(
            self.tr("Barnen som anmält sig till vald aktivitet, och listan att skriva ut")
        )
        self.template_button = QPushButton(self.tr("Från &mall"))
        self.template_button.setAccessibleName(self.tr("Skapa aktivitet från mall"))
        self.template_button.setToolTip(self.tr("Skapa dagens aktivitet från en veckomall"))
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        self.template_day = DateField()
        self.template_day.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.template_day.setCalendarPopup(True)
        self.template_day.setDisplayFormat("yyyy-MM-dd")
        self.template_day.setAccessibleName(self.tr("Dag för mallen"))
        self.template_day.setDate(to_qdate(self.session.day))
        day_label = QLabel(self.tr("för &dag"))
        day_label.setBuddy(self.template_day)
        self.templates_button = self._button(
            self.tr("Mallar…"), self.tr("Hantera mallar"), self.manage_templates
        )
        for widget in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        row.addWidget(self.signups_button)
        row.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        for part in (self.template_button, day_label, self.template_day, self.templates_button):
            row.addWidget(part)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Aktiviteter"))
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-only use
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        for column, sample in FIXED_COLUMNS.items():
            header.resizeSection(column, self._sample_width(table, column, sample))
        table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)
        table.viewport().installEventFilter(self)  # share the width again when it changes
        table.doubleClicked.connect(self.edit_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), table, self.edit_selected, Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            table,
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table = table
        return table

    def _sample_width(self, table: QTableView, column: Column, sample: str) -> int:
        header = table.horizontalHeader()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        padding = table.fontMetrics().horizontalAdvance("MM")  # cell margins, the sort arrow
        return padding + max(
            table.fontMetrics().horizontalAdvance(sample),
            header.fontMetrics().horizontalAdvance(title),
        )

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        spare = self.table.viewport().width() - sum(header.sectionSize(c) for c in FIXED_COLUMNS)
        total = sum(weight for weight, _ in TEXT_COLUMNS.values())
        least = {c: self._sample_width(self.table, c, s) for c, (_, s) in TEXT_COLUMNS.items()}
        widths = {c: max(least[c], spare * w // total) for c, (w, _) in TEXT_COLUMNS.items()}
        # Columns held at their least width take their extra from the title.
        excess = sum(widths.values()) - spare
        widths[Column.TITLE] = max(least[Column.TITLE], widths[Column.TITLE] - max(excess, 0))
        for column, width in widths.items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the choices (sites, types, seasons, …) and the period's activities."""
        app = self.session.app
        self.period.set_choices(self.session.today(), app.seasons.list())
        self._load()

    def _load(self) -> None:
        self._stale = False
        self._generation += 1
        start, end = self.period.period()
        self.error.hide()
        keep = self.selected()
        if end < start:
            self.error.setText(self.tr("Perioden slutar före den börjar."))
            self.error.show()
            self._show([], keep)
        elif (end - start).days > LONG_PERIOD_DAYS:
            # Years of activities take seconds to load: keep the window responsive meanwhile.
            generation, app = self._generation, self.session.app
            self.status.setText(self.tr("Hämtar aktiviteterna…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
            run_in_background(
                self,
                lambda: app.activities.list(start, end),
                lambda found: self._loaded(generation, found, keep),
                lambda error: self._loaded(generation, [], keep, error),
            )
        else:
            self._show(self.session.app.activities.list(start, end), keep)

    def _loaded(
        self,
        generation: int,
        activities: list[ActivityView],
        keep: ActivityView | None,
        error: Exception | None = None,
    ) -> None:
        if generation != self._generation:
            return  # a newer period was chosen meanwhile
        self.unsetCursor()
        self.status.clear()
        if error is not None:
            self.error.setText(say(error) if isinstance(error, UserError) else str(error))
            self.error.show()
        self._show(activities, keep)

    def _show(self, activities: list[ActivityView], keep: ActivityView | None) -> None:
        self.model.set_activities(activities)
        self._fill_filters(activities)
        self._filter()
        if keep is not None:
            self.select(keep.id)
        self._selection_changed()

    def _mark_stale(self) -> None:
        self._stale = True

    def _reload_after_write(self) -> None:
        """The main window has usually refreshed the page already (on `data_changed`); if not
        (the page on its own), load now, so that the new row can be selected."""
        if self._stale:
            self.refresh()

    def _fill_filters(self, activities: list[ActivityView]) -> None:
        app = self.session.app
        sites = {s.name for s in app.sites.list()} | {a.site for a in activities}
        types = {t.name for t in app.activity_types.list()} | {a.type_name for a in activities}
        organisations = {o.name for o in app.organisations.list()}
        for activity in activities:
            organisations.update(filter(None, (activity.organiser, *activity.partners)))
        self._set_items(self.site_filter, self.tr("Alla platser"), sites)
        self._set_items(self.type_filter, self.tr("Alla typer"), types)
        self._set_items(self.organisation_filter, self.tr("Alla organisationer"), organisations)
        if self.area_filter.count() == 0:
            self.area_filter.blockSignals(True)
            self.area_filter.addItem(self.tr("Alla områden"), None)
            for area, label in area_labels().items():
                self.area_filter.addItem(label, area.value)
            self.area_filter.blockSignals(False)

    @staticmethod
    def _set_items(combo: QComboBox, everything: str, names: set[str]) -> None:
        """Replace the names, keeping the current choice if it still exists."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for name in sorted(names, key=swedish_key):
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.setMinimumContentsLength(len(everything))  # "Alla organisationer" stays readable
        combo.blockSignals(False)

    def _filter(self) -> None:
        area = self.area_filter.currentData()
        self.proxy.set_filters(
            site=self.site_filter.currentData(),
            type_name=self.type_filter.currentData(),
            area=Area(area) if area else None,
            organisation=self.organisation_filter.currentData(),
            text=self.search.text(),
        )
        shown = self.proxy.visible_activities()
        self.summary.setText(
            fill_numbered(
                self.tr("%n aktiviteter · %1 deltagare", "", len(shown)),
                sum(a.participants_total for a in shown),
            )
        )
        self._selection_changed()

    # -- selection ---------------------------------------------------------------------------

    def selected(self) -> ActivityView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.activity_at(rows[0].row()) if rows else None

    def select(self, activity_id: str) -> bool:
        source_row = self.model.row_of(activity_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.signups_button.setEnabled(chosen)

    # -- actions -----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.error.hide()
        self.status.setText(text)

    def _fail(self, text: str) -> None:
        self.status.clear()
        self.error.setText(text)
        self.error.show()

    def _unlocked_for(self, day: dt.date) -> bool:
        """Days older than a week are the coordinator's; True if this person may change `day`."""
        if not self.session.is_locked_day(day) or self.session.require_coordinator(self):
            return True
        self._fail(self.tr("Dagar äldre än en vecka får bara samordnaren ändra."))
        return False

    def new_activity(self) -> None:
        self._open_dialog(ActivityDialog(self.session, day=self.session.day, parent=self))

    def edit_selected(self) -> None:
        activity = self.selected()
        if activity is not None and self._unlocked_for(activity.date):
            self._open_dialog(ActivityDialog(self.session, activity, parent=self))

    def signups(self) -> None:
        """Anmälningar for the selected activity; a past activity's only for the coordinator."""
        activity = self.selected()
        if activity is None:
            return
        dialog = open_signups(self.session, activity, self)
        if dialog is None:
            self._fail(self.tr("Anmälningar till tidigare aktiviteter får bara samordnaren se."))
            return
        self.signups_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open_dialog(self, dialog: ActivityDialog) -> None:
        # open(), not exec(): no nested event loop; the page carries on when it is saved.
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, dialog: ActivityDialog) -> None:
        self._reload_after_write()
        if dialog.saved_id and not self.select(dialog.saved_id):
            self._say(self.tr("Sparat. Aktiviteten ligger utanför vald period eller filter."))
        else:
            self._say(self.tr("Sparat."))
        self.table.setFocus()

    def delete_selected(self) -> None:
        activity = self.selected()
        if activity is None or not self.session.require_coordinator(self):
            return
        question = fill_numbered(
            self.tr("Ta bort ”%1” den %2? Den räknas då inte längre i statistiken."),
            activity.title,
            activity.date.isoformat(),
        )
        answer = QMessageBox.question(self, self.tr("Ta bort aktivitet"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.app.activities.delete(activity.id)
        except UserError as error:
            self._fail(say(error))
            return
        self.session.changed()
        self._reload_after_write()
        self._say(fill_numbered(self.tr("”%1” togs bort."), activity.title))

    def _fill_template_menu(self) -> None:
        """The chosen day's weekday first; other weekdays' templates in a submenu."""
        self.template_menu.clear()
        weekday = to_date(self.template_day.date()).weekday()
        templates = self.session.app.templates.list()
        todays = [t for t in templates if t.weekday == weekday]
        self._add_template_actions(self.template_menu, todays)
        if not todays:
            none = self.template_menu.addAction(self.tr("Inga mallar för den här veckodagen"))
            none.setEnabled(False)
        others = [t for t in templates if t.weekday != weekday]
        if others:
            self._add_template_actions(
                self.template_menu.addMenu(self.tr("Andra veckodagar")), others
            )
        self.template_menu.addSeparator()
        self.template_menu.addAction(self.tr("Mallar…"), self.manage_templates)

    def _add_template_actions(self, menu: QMenu, templates: list[TemplateView]) -> None:
        for template in templates:
            action = menu.addAction(template_label(template))
            action.triggered.connect(lambda _=False, t=template.id: self.create_from_template(t))

    def create_from_template(self, template_id: str, day: dt.date | None = None) -> str | None:
        """One click: the template's activity on the chosen day. Returns the new id."""
        day = day or to_date(self.template_day.date())
        if not self._unlocked_for(day):
            return None
        try:
            if not confirm_repeat(self.session.app, template_id, day, self):
                return None
            activity_id = self.session.app.templates.create_activity(template_id, day)
        except UserError as error:
            self._fail(say(error))
            return None
        self.session.changed()
        self._reload_after_write()
        title = self.session.app.activities.get(activity_id).title
        if self.select(activity_id):
            self._say(
                fill_numbered(
                    self.tr("”%1” lades till den %2. Fyll i deltagarna med Redigera."),
                    title,
                    day.isoformat(),
                )
            )
        else:
            self._say(
                fill_numbered(
                    self.tr("”%1” lades till den %2 (utanför vald period)."), title, day.isoformat()
                )
            )
        return activity_id

    def manage_templates(self) -> None:
        TemplatesDialog(self.session, self).exec()
