"""The report in the window: key figures as big numbers, four bar charts and the report's tables."""

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.reports import files
from vanskapshuset.reports.figures import AnnualReport, DayReport, PartnerReport, PeriodSummary
from vanskapshuset.reports.tables import Table
from vanskapshuset.services.statistics import PeriodStats
from vanskapshuset.ui.models.labels import area_labels, gender_labels
from vanskapshuset.ui.models.report_table import ReportTableModel
from vanskapshuset.ui.pages.register_common import fit_columns, record_table
from vanskapshuset.ui.pages.report_day_tables import day_tables
from vanskapshuset.ui.widgets.bar_chart import BarChart, number_text

Report = PeriodSummary | AnnualReport | DayReport | PartnerReport
Figure = tuple[str, str, str]  # key, caption, value


class KeyFigure(QFrame):
    """One big number with its caption below; read out as "caption: number"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_figure(self, caption: str, value: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


class ReportPreview(QWidget):
    TILES = 12
    ONE_ROW = 8  # more tiles than this share two rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[str, str] = {}
        self._tables: list[Table] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(6)
        self.tiles = [KeyFigure() for _ in range(self.TILES)]
        for column, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, 0, column)
        layout.addLayout(self.tile_grid)
        charts = QHBoxLayout()
        charts.setSpacing(18)
        self.charts = [BarChart() for _ in range(4)]
        for chart in self.charts:
            charts.addWidget(chart, 1)
        layout.addLayout(charts, 2)  # charts and table share the height left, 2 : 3
        picker = QHBoxLayout()
        table_label = QLabel(self.tr("&Tabell:"))
        self.table_choice = QComboBox()
        self.table_choice.setAccessibleName(self.tr("Tabell"))
        self.table_choice.setMinimumContentsLength(24)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        table_label.setBuddy(self.table_choice)
        self.table_note = QLabel(self.tr("(som i Excel- och CSV-filerna)"))
        picker.addWidget(table_label)
        picker.addWidget(self.table_choice)
        picker.addWidget(self.table_note)
        picker.addStretch(1)
        layout.addLayout(picker)
        self.model = ReportTableModel(self)
        self.table: QTableView = record_table(self.model, self.tr("Rapportens tabell"))
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        # Numbers sit next to their labels, not across a stretched last column.
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 3)

    # -- what tests and the page read ------------------------------------------------------------

    def figure(self, key: str) -> str:
        """The text shown for key figure `key` (visits, days_open, average, peak_day, …)."""
        return self._shown[key]

    def figure_keys(self) -> list[str]:
        return list(self._shown)

    def table_names(self) -> list[str]:
        return [table.name for table in self._tables]

    # -- showing ---------------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        if isinstance(report, PeriodSummary):
            self._show_figures(self._period_figures(report.stats))
            self._show_period_charts(report)
            tables = files.tables_of(report)
        elif isinstance(report, AnnualReport):
            figures = self._period_figures(report.stats)
            measures = ("knowledge_exchanges", "active_organisations", "activities", "participants")
            # Agreement section 8's four measures first: what the city reads the report for.
            first = [f for key in measures for f in figures if f[0] == key]
            self._show_figures(first + [f for f in figures if f[0] not in measures])
            self._show_annual_charts(report)
            tables = files.tables_of(report)
        elif isinstance(report, PartnerReport):
            self._show_figures(self._partner_figures(report))
            self._show_partner_charts(report)
            tables = files.tables_of(report)
        else:
            self._show_figures(self._day_figures(report))
            self._show_day_charts(report)
            tables = day_tables(report)
        # The day report is a PDF only: its tables here are the window's own, not a file's.
        self.table_note.setVisible(not isinstance(report, DayReport))
        self._set_tables(tables)

    def _show_figures(self, figures: Sequence[Figure]) -> None:
        self._shown = {key: value for key, _, value in figures}
        per_row = len(figures) if len(figures) <= self.ONE_ROW else -(-len(figures) // 2)
        for number, tile in enumerate(self.tiles):
            self.tile_grid.removeWidget(tile)
            self.tile_grid.addWidget(tile, number // max(1, per_row), number % max(1, per_row))
        for tile, figure in zip(self.tiles, [*figures, *[None] * self.TILES], strict=False):
            tile.setVisible(figure is not None)
            if figure is not None:
                tile.show_figure(figure[1], figure[2])

    def _one_decimal(self, value: float | None) -> str:
        """40,4 in the window's language; "–" when there was nothing to divide by."""
        return "–" if value is None else QLocale().toString(value, "f", 1)

    def _period_figures(self, stats: PeriodStats) -> list[Figure]:
        peak = stats.peak_day.isoformat() if stats.peak_day else "–"
        peak_caption = (
            fill_numbered(self.tr("Bästa dag (%1 besök)"), number_text(stats.peak_visits))
            if stats.peak_day
            else self.tr("Bästa dag")
        )
        return [
            ("visits", self.tr("Besök"), number_text(stats.visits)),
            ("days_open", self.tr("Öppna dagar"), number_text(stats.days_open)),
            (
                "average",
                self.tr("Besök per öppen dag"),
                self._one_decimal(stats.avg_visits_per_open_day),
            ),
            ("peak_day", peak_caption, peak),
            (
                "girls_share",
                self.tr("Andel flickor"),
                fill_numbered(self.tr("%1 %"), self._one_decimal(stats.girls_share))
                if stats.girls_share is not None
                else "–",
            ),
            (
                "visits_per_open_hour",
                self.tr("Besök per öppen timme"),
                self._one_decimal(stats.visits_per_open_hour),
            ),
            ("new_visitors", self.tr("Nya besökare"), number_text(stats.new_visitors)),
            ("activities", self.tr("Aktiviteter"), number_text(stats.activities)),
            ("participants", self.tr("Deltagare i aktiviteterna"), number_text(stats.participants)),
            (
                "knowledge_exchanges",
                self.tr("Tillfällen av kunskapsutbyte"),
                number_text(stats.knowledge_exchanges),
            ),
            (
                "active_organisations",
                self.tr("Aktiva föreningar och grupper"),
                number_text(stats.active_organisations),
            ),
        ]

    def _partner_figures(self, report: PartnerReport) -> list[Figure]:
        m = report.measures
        return [
            ("activities", self.tr("Aktiviteter tillsammans"), number_text(m.activities)),
            ("days", self.tr("Dagar med aktiviteter"), number_text(report.days)),
            ("participants", self.tr("Deltagare i aktiviteterna"), number_text(m.participants)),
            (
                "knowledge_exchanges",
                self.tr("Tillfällen av kunskapsutbyte"),
                number_text(m.knowledge_exchanges),
            ),
            ("as_organiser", self.tr("Som arrangör"), number_text(report.as_organiser)),
            (
                "as_partner",
                self.tr("Som partner"),
                number_text(m.activities - report.as_organiser),
            ),
            (
                "other_organisations",
                self.tr("Andra organisationer som var med"),
                number_text(report.other_organisations),
            ),
        ]

    def _day_figures(self, report: DayReport) -> list[Figure]:
        activities = [a for page in report.pages for a in page.activities]
        open_sites = [p for p in report.pages if p.is_open or p.total or p.activities]
        return [
            ("visits", self.tr("Besök"), number_text(sum(p.total for p in report.pages))),
            ("sites_open", self.tr("Platser öppna"), number_text(len(open_sites))),
            ("activities", self.tr("Aktiviteter"), number_text(len(activities))),
            (
                "participants",
                self.tr("Deltagare i aktiviteterna"),
                number_text(sum(a.participants for a in activities)),
            ),
            (
                "knowledge_exchanges",
                self.tr("Tillfällen av kunskapsutbyte"),
                number_text(sum(a.knowledge_exchange for a in activities)),
            ),
        ]

    # -- charts ----------------------------------------------------------------------------------

    def _chart(self, number: int, title: str, data: Sequence[tuple[str, float]], horizontal: bool):
        chart = self.charts[number]
        chart.horizontal = horizontal
        chart.set_data([label for label, _ in data], [value for _, value in data], title)

    def _show_period_charts(self, report: PeriodSummary) -> None:
        stats = report.stats
        weeks = [
            (fill_numbered(self.tr("v. %1"), str(w.week)), w.visits) for w in report.visits_by_week
        ]
        days = self._weekdays()
        self._chart(0, self.tr("Besök per vecka"), weeks, horizontal=False)
        self._chart(
            1,
            self.tr("Besök per veckodag"),
            [(days[d.weekday], d.visits) for d in report.visits_by_weekday],
            horizontal=False,
        )
        self._chart(2, self.tr("Besök per kön"), self._genders(stats.visits_by_gender), True)
        self._chart(3, self.tr("Besök per åldersgrupp"), list(stats.visits_by_age.items()), False)

    def _show_annual_charts(self, report: AnnualReport) -> None:
        months = self._months()
        self._chart(
            0,
            self.tr("Aktiviteter per månad"),
            [(months[m.month - 1], m.measures.activities) for m in report.by_month],
            horizontal=False,
        )
        areas = area_labels()
        self._chart(
            1,
            self.tr("Aktiviteter per verksamhetsområde"),
            [(areas.get(Area(a.area), a.name), a.measures.activities) for a in report.by_area],
            horizontal=True,
        )
        self._chart(
            2,
            self.tr("Besök per månad"),
            [(months[m.month - 1], m.visits.visits) for m in report.by_month],
            horizontal=False,
        )
        self._chart(
            3,
            self.tr("Besök per plats"),
            [(s.site, s.visits.visits) for s in report.by_site],
            horizontal=True,
        )

    def _show_partner_charts(self, report: PartnerReport) -> None:
        self._chart(
            0,
            self.tr("Deltagare per kön"),
            self._genders(report.participants_by_gender),
            horizontal=True,
        )
        self._chart(
            1,
            self.tr("Deltagare per åldersgrupp"),
            list(report.participants_by_age.items()),
            horizontal=False,
        )
        months = self._months()
        per_month: dict[tuple[int, int], int] = {}
        for activity in report.activities:
            key = (activity.date.year, activity.date.month)
            per_month[key] = per_month.get(key, 0) + 1
        several_years = report.start.year != report.end.year
        self._chart(
            2,
            self.tr("Aktiviteter per månad"),
            [
                (months[m - 1] + (f" {y}" if several_years else ""), n)
                for (y, m), n in sorted(per_month.items())
            ],
            horizontal=False,
        )
        self._chart(
            3,
            self.tr("Aktiviteter per typ"),
            [(t.type_name, t.activities) for t in report.by_type],
            horizontal=True,
        )

    def _show_day_charts(self, report: DayReport) -> None:
        genders = {g.value: sum(p.by_gender(g.value) for p in report.pages) for g in Gender}
        bands = list(dict.fromkeys(b for page in report.pages for b in page.age_bands))
        self._chart(0, self.tr("Besök per kön"), self._genders(genders), horizontal=True)
        self._chart(
            1,
            self.tr("Besök per åldersgrupp"),
            [(band, sum(p.by_age(band) for p in report.pages)) for band in bands],
            horizontal=False,
        )
        self._chart(2, self.tr("Besök per plats"), [(p.site, p.total) for p in report.pages], True)
        self._chart(
            3,
            self.tr("Deltagare per aktivitet"),
            [(a.title, a.participants) for p in report.pages for a in p.activities],
            horizontal=True,
        )

    def _genders(self, counts: dict[str, int]) -> list[tuple[str, float]]:
        labels = gender_labels()
        return [(labels.get(Gender(code), code), n) for code, n in counts.items()]

    def _weekdays(self) -> tuple[str, ...]:
        locale = QLocale()  # Qt's own short names in the window's language, Monday first
        return tuple(
            locale.dayName(day, QLocale.FormatType.ShortFormat).rstrip(".") for day in range(1, 8)
        )

    def _months(self) -> tuple[str, ...]:
        # Qt's own short month names, in the window's language (installed with qtbase_*.qm).
        locale = QLocale()
        return tuple(
            locale.monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")
            for month in range(1, 13)
        )

    # -- tables ----------------------------------------------------------------------------------

    def _set_tables(self, tables: list[Table]) -> None:
        chosen = self.table_choice.currentText()
        self._tables = tables
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in tables:
            self.table_choice.addItem(table.name)
        keep = self.table_choice.findText(chosen)
        self.table_choice.setCurrentIndex(keep if keep >= 0 else 0 if tables else -1)
        self.table_choice.blockSignals(False)
        self._show_table()

    def _show_table(self) -> None:
        index = self.table_choice.currentIndex()
        self.model.set_table(self._tables[index] if 0 <= index < len(self._tables) else None)
        fit_columns(self.table)
        self.table.setToolTip(self._tables[index].title if 0 <= index < len(self._tables) else "")

    def show_table(self, name: str) -> None:
        self.table_choice.setCurrentIndex(self.table_choice.findText(name))
