"""The Säsonger tab: named date ranges at the sites they run at (none checked: every site).

The form adds a season, or, with a season selected in the list, shows it and saves changes to
its name, dates and sites ("Spara ändringar")."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.services.registry import SeasonInfo
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow
from vanskapshuset.ui.pages.register_common import selected_id, show_error
from vanskapshuset.ui.pages.register_record_tab import RecordTab
from vanskapshuset.ui.qt_dates import to_date
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.date_field import DateField
from vanskapshuset.ui.widgets.site_checklist import SiteChecklist

DATE_FORMAT = "yyyy-MM-dd"
DEFAULT_LENGTH = dt.timedelta(weeks=8, days=-3)  # Bästa sommaren: eight weeks, Monday to Friday


def _date_edit(day: dt.date, accessible_name: str) -> QDateEdit:
    edit = DateField(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible_name)
    return edit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SeasonsTab(RecordTab):
    def __init__(self, session: UiSession) -> None:
        headers = [self.tr("Namn"), self.tr("Från"), self.tr("Till"), self.tr("Platser")]
        super().__init__(session, headers, self.tr("Säsonger"))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._show_selected()

    def build_form(self, layout: QHBoxLayout) -> None:
        self._site_names: dict[str, str] = {}
        self._seasons: dict[str, SeasonInfo] = {}
        today = self.session.today()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Säsongens namn"))
        self.name.setPlaceholderText(self.tr("t.ex. Bästa sommaren 2026"))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.name.returnPressed.connect(self.add)
        self.start = _date_edit(today, self.tr("Första dag"))
        self.end = _date_edit(today + DEFAULT_LENGTH, self.tr("Sista dag"))
        self.sites = SiteChecklist(self.tr("Alla platser"))
        self.sites.setAccessibleName(self.tr("Platser där säsongen pågår"))
        self.add_button = QPushButton(self.tr("Lägg till säsong"))
        self.add_button.setAccessibleName(self.tr("Lägg till säsong"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Spara ändringar"))
        self.save_button.setAccessibleName(self.tr("Spara ändringar i markerad säsong"))
        self.save_button.clicked.connect(self.save)
        for text, field in (
            (self.tr("Säsong:"), self.name),
            (self.tr("Från:"), self.start),
            (self.tr("Till:"), self.end),
            (self.tr("Platser:"), self.sites),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self) -> None:
        chosen = self.sites.chosen()
        self._site_names = {site.id: site.name for site in self.session.app.sites.list()}
        self._seasons = {season.id: season for season in self.session.app.seasons.list()}
        self.sites.set_sites(self._site_names.items(), chosen)
        super().refresh()

    # -- writing ---------------------------------------------------------------------------------

    def _dates(self) -> tuple[dt.date, dt.date] | None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if end < start:
            show_error(self.error, self.tr("Sista dagen ligger före den första."), self.end)
            return None
        return start, end

    def _refused(self, error: UserError) -> None:
        fields = {"start": self.start, "end": self.end, "site_ids": self.sites}
        show_error(self.error, say(error), fields.get(error.field or "", self.name))

    def add(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        try:
            self.session.app.seasons.add(self.name.text(), *dates, self.sites.chosen())
        except UserError as error:
            self._refused(error)
            return
        show_error(self.error, "")
        self.table.clearSelection()
        self.name.clear()
        self.written()

    def save(self) -> None:
        """The selected season as the form shows it: only what differs is changed."""
        season = self._selected_season()
        dates = self._dates()
        if season is None or dates is None:
            return
        start, end = dates
        sites = self.sites.chosen()
        try:
            self.session.app.seasons.edit(
                season.id,
                name=None if self.name.text() == season.name else self.name.text(),
                start=None if start == season.start else start,
                end=None if end == season.end else end,
                site_ids=None if set(sites) == set(season.site_ids) else sites,
            )
        except UserError as error:
            self._refused(error)
            return
        show_error(self.error, "")
        self.written()
        self._select(season.id)

    # -- the list --------------------------------------------------------------------------------

    def _selected_season(self) -> SeasonInfo | None:
        chosen = selected_id(self.table, self.model)
        return self._seasons.get(chosen) if chosen else None

    def _select(self, season_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == season_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        """A selected season fills the form, ready to be changed and saved."""
        season = self._selected_season()
        self.save_button.setEnabled(season is not None)
        if season is None:
            return
        self.name.setText(season.name)
        self.start.setDate(_qdate(season.start))
        self.end.setDate(_qdate(season.end))
        self.sites.set_chosen(season.site_ids)
        show_error(self.error, "")

    def site_text(self, season: SeasonInfo) -> str:
        if not season.site_ids:
            return self.tr("Alla platser")
        removed = self.tr("(borttagen plats)")
        names = [self._site_names.get(key, removed) for key in season.site_ids]
        return ", ".join(sorted(names, key=swedish_key))

    def load(self) -> list[TextRow]:
        rows = []
        for season in self._seasons.values():
            dates = (season.start.isoformat(), season.end.isoformat())
            rows.append(TextRow(season.id, (season.name, *dates, self.site_text(season))))
        return rows

    def rename_record(self, record_id: str, name: str) -> None:
        self.session.app.seasons.rename(record_id, name)

    def delete_record(self, record_id: str) -> None:
        self.session.app.seasons.delete(record_id)
