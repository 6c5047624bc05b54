"""What the Rapporter page reports on: the kind (season, year, period, day, partner), dates,
site and (for a partner report) the organisation."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from vanskapshuset.domain.rules import EARLIEST_DATE, LATEST_DATE, REPORT_YEAR
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.reports.figures import AnnualReport, DayReport, PartnerReport, PeriodSummary
from vanskapshuset.reports.report_year import default_report_year
from vanskapshuset.reports.service import ReportService
from vanskapshuset.services.registry import OrganisationInfo, SeasonInfo, SiteInfo
from vanskapshuset.ui.pages.activity_period import RELOAD_DELAY_MS, current_season
from vanskapshuset.ui.qt_dates import to_date, to_qdate
from vanskapshuset.ui.widgets.date_field import DateField

Report = PeriodSummary | AnnualReport | DayReport | PartnerReport


class ReportKind(StrEnum):
    SEASON = "season"
    YEAR = "year"
    PERIOD = "period"
    DAY = "day"
    PARTNER = "partner"


# The site combo's first entries: not site names, so they cannot clash with one.
SEASON_SITE = "\x00season"
ALL_SITES = "\x00all"


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    start: dt.date
    end: dt.date
    season: str = ""
    site: str | None = None  # None: all sites (or, for a season, the season's own site)
    season_site: bool = False
    organisation: str = ""  # a partner report's organisation (its name)

    def build(self, reports: ReportService) -> Report:
        """Runs on a worker thread: plain values in, frozen figures out."""
        if self.kind is ReportKind.SEASON:
            every_site = not self.season_site and not self.site
            return reports.season(self.season, self.site, all_sites=every_site)
        if self.kind is ReportKind.YEAR:
            return reports.annual(self.start.year)
        if self.kind is ReportKind.DAY:
            return reports.day(self.start, self.site)
        if self.kind is ReportKind.PARTNER:
            return reports.partner(self.organisation, self.start, self.end)
        return reports.period(self.start, self.end, self.site)


class ReportChoice(QWidget):
    """Emits `changed` once the person has settled on a report (typed dates wait a moment)."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seasons: list[SeasonInfo] = []
        self._site_names: dict[str, str] = {}  # site id → name
        self._first_lists = True
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind_label = QLabel(self.tr("Rapport:"))
        layout.addWidget(kind_label)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[ReportKind, QRadioButton] = {}
        names = {
            ReportKind.SEASON: self.tr("&Säsong"),
            ReportKind.YEAR: self.tr("&År"),
            ReportKind.PERIOD: self.tr("&Egen period"),
            ReportKind.DAY: self.tr("&Dag"),
            ReportKind.PARTNER: self.tr("Sa&marbetspartner"),
        }
        for number, (kind, name) in enumerate(names.items()):
            button = QRadioButton(name)
            self.kinds.addButton(button, number)
            self.kind_buttons[kind] = button
            layout.addWidget(button)
        self.kinds.idToggled.connect(self._kind_toggled)
        layout.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        self.inputs = QStackedWidget()
        layout.addWidget(self.inputs)
        self.season = QComboBox()
        self.season.setAccessibleName(self.tr("Säsong"))
        self.season.setMinimumContentsLength(18)
        self.season.currentIndexChanged.connect(self._season_chosen)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("År"))
        self.year.setRange(REPORT_YEAR.low, REPORT_YEAR.high)
        self.year.setValue(default_report_year(today))  # the previous year until April
        self.year.valueChanged.connect(self._settle)
        self.start = self._date_edit(self.tr("Från datum"), today.replace(day=1))
        self.end = self._date_edit(self.tr("Till datum"), _month_end(today))
        self.day = self._date_edit(self.tr("Dag"), today)
        self.inputs.addWidget(self._labelled((self.tr("Säsong:"), self.season)))
        self.inputs.addWidget(self._labelled((self.tr("År:"), self.year)))
        self.inputs.addWidget(
            self._labelled((self.tr("Från:"), self.start), (self.tr("till:"), self.end))
        )
        self.inputs.addWidget(self._labelled((self.tr("Datum:"), self.day)))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setMinimumContentsLength(18)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.partner_start = self._date_edit(self.tr("Från datum"), dt.date(today.year, 1, 1))
        self.partner_end = self._date_edit(self.tr("Till datum"), today)
        self.inputs.addWidget(
            self._labelled(
                (self.tr("Organisation:"), self.organisation),
                (self.tr("från:"), self.partner_start),
                (self.tr("till:"), self.partner_end),
            )
        )
        site_label = QLabel(self.tr("&Plats:"))
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Plats"))
        self.site.setMinimumContentsLength(16)
        self.site.currentIndexChanged.connect(self.changed)
        site_label.setBuddy(self.site)
        layout.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        layout.addWidget(site_label)
        layout.addWidget(self.site)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.kind_buttons[ReportKind.SEASON].setChecked(True)

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = DateField(to_qdate(day))
        edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))  # as the services take
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._settle)
        return edit

    @staticmethod
    def _labelled(*pairs: tuple[str, QWidget]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in pairs:
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return box

    # -- the choices ---------------------------------------------------------------------------

    def set_lists(
        self,
        today: dt.date,
        seasons: Sequence[SeasonInfo],
        sites: Sequence[SiteInfo],
        organisations: Sequence[OrganisationInfo] = (),
    ) -> None:
        """New season, site and organisation lists (the register may have changed); keeps what
        was chosen."""
        self.blockSignals(True)
        self._fill_organisations(organisations)
        chosen = self.season.currentText()
        self._seasons = sorted(seasons, key=lambda s: s.start, reverse=True)  # newest first
        self._site_names = {site.id: site.name for site in sites}
        self.season.blockSignals(True)
        self.season.clear()
        for season in self._seasons:
            self.season.addItem(season.name, season.name)
        default = current_season(self._seasons, today)
        keep = self.season.findData(chosen) if chosen else -1
        if keep < 0 and default is not None:
            keep = self.season.findData(default.name)
        self.season.setCurrentIndex(max(keep, 0) if self._seasons else -1)
        self.season.blockSignals(False)
        self._fill_sites()
        self.blockSignals(False)
        if not self._seasons and self._first_lists and self.kind() is ReportKind.SEASON:
            self.set_kind(ReportKind.YEAR)  # nothing to sum up by season yet: this year instead
        self._first_lists = False

    def _fill_organisations(self, organisations: Sequence[OrganisationInfo]) -> None:
        chosen = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for organisation in sorted(organisations, key=lambda o: swedish_key(o.name)):
            self.organisation.addItem(organisation.name, organisation.name)
        keep = self.organisation.findData(chosen) if chosen else -1
        self.organisation.setCurrentIndex(max(keep, 0) if organisations else -1)
        self.organisation.blockSignals(False)

    def _fill_sites(self) -> None:
        kind = self.kind()
        current = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        if kind is ReportKind.SEASON:
            season = self.chosen_season()
            own = sorted(
                (self._site_names[key] for key in season.site_ids if key in self._site_names)
                if season
                else (),
                key=swedish_key,
            )
            if len(own) > 1:
                text = fill_numbered(self.tr("Säsongens platser (%1)"), ", ".join(own))
            elif own:
                text = fill_numbered(self.tr("Säsongens plats (%1)"), own[0])
            else:
                text = self.tr("Säsongens plats")
            self.site.addItem(text, SEASON_SITE)
        self.site.addItem(self.tr("Alla platser"), ALL_SITES)
        for name in sorted(self._site_names.values(), key=swedish_key):
            self.site.addItem(name, name)
        index = self.site.findData(current)
        every_site = kind in (ReportKind.YEAR, ReportKind.PARTNER)
        if every_site or index < 0:
            index = 0  # the year is always all sites; an unknown choice falls back to the first
        self.site.setCurrentIndex(index)
        self.site.blockSignals(False)
        # The yearly follow-up covers every site: agreement section 8 asks for the whole; so
        # does a partner's report: all we did together, wherever it was.
        self.site.setEnabled(not every_site)

    def kind(self) -> ReportKind:
        return list(ReportKind)[max(self.kinds.checkedId(), 0)]

    def set_kind(self, kind: ReportKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def chosen_season(self) -> SeasonInfo | None:
        name = self.season.currentData()
        return next((s for s in self._seasons if s.name == name), None)

    def request(self) -> ReportRequest | None:
        """The report asked for, or None when there is nothing to ask (no season yet)."""
        kind = self.kind()
        site = self.site.currentData()
        named_site = site if site not in (SEASON_SITE, ALL_SITES, None) else None
        if kind is ReportKind.SEASON:
            season = self.chosen_season()
            if season is None:
                return None
            return ReportRequest(
                kind, season.start, season.end, season.name, named_site, site == SEASON_SITE
            )
        if kind is ReportKind.YEAR:
            year = self.year.value()
            return ReportRequest(kind, dt.date(year, 1, 1), dt.date(year, 12, 31))
        if kind is ReportKind.DAY:
            day = to_date(self.day.date())
            return ReportRequest(kind, day, day, site=named_site)
        if kind is ReportKind.PARTNER:
            organisation = self.organisation.currentData()
            if not organisation:
                return None
            start, end = to_date(self.partner_start.date()), to_date(self.partner_end.date())
            return ReportRequest(kind, start, end, organisation=organisation)
        start, end = to_date(self.start.date()), to_date(self.end.date())
        return ReportRequest(kind, start, end, site=named_site)

    # -- changes -------------------------------------------------------------------------------

    def _kind_toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        self.inputs.setCurrentIndex(number)
        # The stack is as wide as its current inputs, not its widest page (no gap before Plats).
        for index in range(self.inputs.count()):
            page = self.inputs.widget(index)
            assert page is not None  # index < count()
            ignored = (
                QSizePolicy.Policy.Ignored if index != number else QSizePolicy.Policy.Preferred
            )
            page.setSizePolicy(ignored, ignored)
        self.inputs.adjustSize()
        kind = self.kind()
        # Only the chosen kind's inputs take part (the others are out of sight anyway).
        self.season.setEnabled(kind is ReportKind.SEASON)
        self.year.setEnabled(kind is ReportKind.YEAR)
        self.start.setEnabled(kind is ReportKind.PERIOD)
        self.end.setEnabled(kind is ReportKind.PERIOD)
        self.day.setEnabled(kind is ReportKind.DAY)
        for widget in (self.organisation, self.partner_start, self.partner_end):
            widget.setEnabled(kind is ReportKind.PARTNER)
        self._fill_sites()
        self._timer.stop()
        self.changed.emit()

    def _season_chosen(self) -> None:
        self._fill_sites()  # the first entry names the season's own site
        self._timer.stop()
        self.changed.emit()

    def _organisation_chosen(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _settle(self) -> None:
        self._timer.start()

    def settle_now(self) -> None:
        """Stop waiting for more typing (tests, and the page before it computes)."""
        self._timer.stop()


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)
