"""The Säsonger tab: named date ranges, optionally tied to one site."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton

from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow
from vanskapshuset.ui.pages.register_common import show_error
from vanskapshuset.ui.pages.register_record_tab import RecordTab
from vanskapshuset.ui.qt_dates import to_date
from vanskapshuset.ui.session import UiSession

DATE_FORMAT = "yyyy-MM-dd"
DEFAULT_LENGTH = dt.timedelta(weeks=8, days=-3)  # Bästa sommaren: eight weeks, Monday to Friday


def _date_edit(day: dt.date, accessible_name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible_name)
    return edit


class SeasonsTab(RecordTab):
    def __init__(self, session: UiSession) -> None:
        headers = [self.tr("Namn"), self.tr("Från"), self.tr("Till"), self.tr("Plats")]
        super().__init__(session, headers, self.tr("Säsonger"))

    def build_form(self, layout: QHBoxLayout) -> None:
        today = self.session.today()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Ny säsongs namn"))
        self.name.setPlaceholderText(self.tr("t.ex. Bästa sommaren 2026"))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.name.returnPressed.connect(self.add)
        self.start = _date_edit(today, self.tr("Första dag"))
        self.end = _date_edit(today + DEFAULT_LENGTH, self.tr("Sista dag"))
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        self.add_button = QPushButton(self.tr("Lägg till säsong"))
        self.add_button.setAccessibleName(self.tr("Lägg till säsong"))
        self.add_button.clicked.connect(self.add)
        for text, field in (
            (self.tr("Ny säsong:"), self.name),
            (self.tr("Från:"), self.start),
            (self.tr("Till:"), self.end),
            (self.tr("Plats:"), self.site),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(self.add_button)
        layout.addStretch(1)

    def refresh(self) -> None:
        chosen = self.site.currentData()
        self.site.clear()
        self.site.addItem(self.tr("Alla platser"), None)
        for site in self.session.app.sites.list():
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        super().refresh()

    def add(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if end < start:
            show_error(self.error, self.tr("Sista dagen ligger före den första."), self.end)
            return
        try:
            site_id = self.site.currentData()
            site_ids = [site_id] if site_id else []
            self.session.app.seasons.add(self.name.text(), start, end, site_ids)
        except UserError as error:
            fields = {"start": self.start, "end": self.end, "site_ids": self.site}
            show_error(self.error, say(error), fields.get(error.field or "", self.name))
            return
        show_error(self.error, "")
        self.name.clear()
        self.written()

    def load(self) -> list[TextRow]:
        site_names = {site.id: site.name for site in self.session.app.sites.list()}
        everywhere, removed = self.tr("Alla platser"), self.tr("(borttagen plats)")
        rows = []
        for season in self.session.app.seasons.list():
            site = everywhere if season.site_id is None else site_names.get(season.site_id, removed)
            dates = (season.start.isoformat(), season.end.isoformat())
            rows.append(TextRow(season.id, (season.name, *dates, site)))
        return rows

    def rename_record(self, record_id: str, name: str) -> None:
        self.session.app.seasons.rename(record_id, name)

    def delete_record(self, record_id: str) -> None:
        self.session.app.seasons.delete(record_id)
