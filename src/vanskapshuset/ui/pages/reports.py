"""Rapporter: choose a season, year, period, day or partner and a site, see the figures, save
them (and the charts as PNG images).

Figures are computed and files written on a worker thread, so the window never freezes; a busy
bar shows only when a job takes longer than a moment.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.reports import chart_images, files
from vanskapshuset.reports.figures import AnnualReport, DayReport, PartnerReport, PeriodSummary
from vanskapshuset.reports.service import report_service
from vanskapshuset.ui.dialogs.file_saving import NOT_IN_FILE_NAMES
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.register_common import error_label, heading_font, show_error
from vanskapshuset.ui.pages.report_choice import ReportChoice, ReportKind, ReportRequest
from vanskapshuset.ui.pages.report_preview import ReportPreview
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.busy_jobs import BusyJobs

Report = PeriodSummary | AnnualReport | DayReport | PartnerReport

# A job shorter than this shows no busy bar: a flash of one would only distract.
FORMATS = ("pdf", "xlsx", "csv")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}

# The folder a report was last saved in, for the next save (this run of the program).
_last_folder: Path | None = None


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


class ReportsPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.report: Report | None = None
        self.request: ReportRequest | None = None  # what `report` was computed for
        self.saved: list[Path] = []
        self.saved_folder: Path | None = None
        self._reports = report_service(session.app)
        self._generation = 0  # the newest computation; older results are dropped
        self.jobs = BusyJobs(self)
        self.jobs.changed.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        self.choice = ReportChoice(session.today())
        self.choice.changed.connect(self.update_preview)
        layout.addWidget(self.choice)
        layout.addLayout(self._heading_row())
        self.message = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self._saved_bar())
        self.preview = ReportPreview()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    # -- building ----------------------------------------------------------------------------

    def _heading_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.heading = QLabel()
        self.heading.setFont(heading_font(self.heading.font()))
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        row.addLayout(titles, 1)
        self.busy_text, self.busy = self.jobs.text, self.jobs.bar
        for widget in (self.busy_text, self.busy):
            row.addWidget(widget)
        save_label = QLabel(self.tr("Spara som:"))
        row.addWidget(save_label)
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "pdf": (self.tr("PDF…"), self.tr("Spara rapporten som PDF")),
            "docx": (
                self.tr("Word…"),
                self.tr("Spara rapporten som Word-dokument som går att redigera"),
            ),
            "xlsx": (self.tr("Excel…"), self.tr("Spara rapportens tabeller som Excel-fil")),
            "csv": (self.tr("CSV…"), self.tr("Spara rapportens tabeller som CSV-filer i en mapp")),
        }
        for name, (text, tip) in texts.items():
            button = QPushButton(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self.export(n))
            self.buttons[name] = button
            row.addWidget(button)
        charts_tip = self.tr("Spara rapportens diagram som bilder (PNG), en fil per diagram")
        self.charts_button = QPushButton(self.tr("Diagram som bild…"))
        self.charts_button.setAccessibleName(charts_tip)
        self.charts_button.setToolTip(charts_tip)
        self.charts_button.clicked.connect(self.save_charts)
        row.addWidget(self.charts_button)
        return row

    def _saved_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("status")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(self.tr("Öppna filen"))
        self.open_file_button.clicked.connect(lambda: self.open_saved(folder=False))
        self.open_folder_button = QPushButton(self.tr("Öppna mappen"))
        self.open_folder_button.clicked.connect(lambda: self.open_saved(folder=True))
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.open_file_button)
        row.addWidget(self.open_folder_button)
        bar.hide()
        self.saved_bar = bar
        return bar

    # -- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The page is shown (or data changed): new season and site lists, new figures."""
        app = self.session.app
        self.choice.set_lists(
            self.session.today(), app.seasons.list(), app.sites.list(), app.organisations.list()
        )
        self.update_preview()

    def update_preview(self) -> None:
        self.choice.settle_now()
        self._generation += 1
        generation = self._generation
        show_error(self.message, "")
        request = self.choice.request()
        if request is None:
            self._show_report(None, None)
            missing = (
                self.tr(
                    "Det finns ingen organisation än: lägg till en under Register → Organisationer."
                )
                if self.choice.kind() is ReportKind.PARTNER
                else self.tr("Det finns ingen säsong än: lägg till en under Register → Säsonger.")
            )
            show_error(self.message, missing)
            return
        reports = self._reports
        self.jobs.start(
            self.tr("Tar fram rapporten…"),
            lambda: request.build(reports),
            lambda report: self._computed(generation, request, report),
            lambda error: self._computed(generation, request, None, error),
        )

    def _computed(
        self,
        generation: int,
        request: ReportRequest,
        report: Report | None,
        error: Exception | None = None,
    ) -> None:
        if generation != self._generation:
            return  # the person chose something else meanwhile
        self._show_report(report, request)
        if error is not None:
            show_error(
                self.message, self._sentence(error, self.tr("Rapporten kunde inte tas fram"))
            )

    def _show_report(self, report: Report | None, request: ReportRequest | None) -> None:
        self.report, self.request = report, request
        # A failed or missing report leaves the last figures greyed out, not mistaken for new.
        for widget in (self.preview, self.heading, self.subheading):
            widget.setEnabled(report is not None)
        if report is not None:
            self.preview.show_report(report)
            self.heading.setText(self._title(report, request))
            self.subheading.setText(self._subtitle(report))
        self._update_buttons()

    def _title(self, report: Report, request: ReportRequest | None) -> str:
        if isinstance(report, AnnualReport):
            return fill_numbered(self.tr("Årlig uppföljning %1"), str(report.year))
        if isinstance(report, DayReport):
            return fill_numbered(self.tr("Dagrapport %1"), report.date.isoformat())
        if isinstance(report, PartnerReport):
            return fill_numbered(self.tr("Samarbete med %1"), report.partner)
        if request is not None and request.kind is ReportKind.PERIOD:
            return self.tr("Egen period")
        return report.title

    def _subtitle(self, report: Report) -> str:
        if isinstance(report, DayReport):
            sites = ", ".join(page.site for page in report.pages) or self.tr("Alla platser")
            return f"{sites} · {report.organisation}"
        period = f"{report.start.isoformat()} – {report.end.isoformat()}"
        if isinstance(report, PartnerReport):
            return f"{period} · {self.tr('Alla platser')} · {report.organisation}"
        site = report.stats.site or self.tr("Alla platser")
        return f"{period} · {site} · {report.organisation}"

    # -- saving ------------------------------------------------------------------------------

    def file_stem(self) -> str:
        """The suggested file name: the report's own title, and the site when one was chosen."""
        assert self.report is not None and self.request is not None
        stem = files.title_of(self.report)
        if self.request.site:
            stem = f"{stem} – {self.request.site}"
        elif self.request.kind is ReportKind.SEASON and not self.request.season_site:
            stem = f"{stem} – alla platser"  # Swedish, as the report's own title
        return stem.translate(NOT_IN_FILE_NAMES).strip(" .") or "rapport"

    def ask_file(self, kind: str, suggested: Path) -> Path | None:
        """The save dialog (tests replace this method). `kind` is "pdf", "docx" or "xlsx"."""
        filters = {
            "pdf": self.tr("PDF-dokument (*.pdf)"),
            "docx": self.tr("Word-dokument (*.docx)"),
            "xlsx": self.tr("Excel-arbetsbok (*.xlsx)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara rapporten"), str(suggested), filters[kind]
        )
        if not name:
            return None
        path = Path(name)
        return (
            path
            if path.suffix.lower() == SUFFIXES[kind]
            else path.with_name(path.name + SUFFIXES[kind])
        )

    def ask_folder(self, suggested: Path) -> Path | None:
        """The folder dialog for CSV files (tests replace this method)."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för CSV-filerna"), str(suggested)
        )
        return Path(name) if name else None

    def export(self, kind: str) -> None:
        """Ask where, then write the shown report as PDF, Word, XLSX or CSV on a worker thread."""
        report = self.report
        if report is None or self.jobs.count:
            return
        stem = self.file_stem()
        work: Callable[[], Any]
        if kind == "csv":
            chosen = self.ask_folder(default_folder())
            if chosen is None:
                return
            # One folder per report: its files (nyckeltal.csv, …) never mix with another's.
            target = chosen / stem
            remember_folder(chosen)
            assert not isinstance(report, DayReport)  # a day report's CSV button is disabled
            work = lambda: files.write_csv(report, target)  # noqa: E731
        else:
            chosen = self.ask_file(kind, default_folder() / f"{stem}{SUFFIXES[kind]}")
            if chosen is None:
                return
            target = chosen
            remember_folder(chosen.parent)
            if kind == "pdf":
                work = lambda: [files.write_pdf(report, target)]  # noqa: E731
            elif kind == "docx":
                work = lambda: [files.write_docx(report, target)]  # noqa: E731
            else:
                assert not isinstance(report, DayReport)  # its Excel button is disabled
                work = lambda: [files.write_xlsx(report, target)]  # noqa: E731
        self.saved_bar.hide()
        show_error(self.message, "")
        self.jobs.start(
            self.tr("Sparar…"),
            work,
            lambda written: self._written(kind, target, written),
            lambda error: show_error(
                self.message, self._sentence(error, self.tr("Filen kunde inte sparas"))
            ),
        )

    def save_charts(self) -> None:
        """Ask for a folder, then write one PNG per chart of the shown report into it."""
        report = self.report
        if report is None or self.jobs.count:
            return
        stem = self.file_stem()
        chosen = self.ask_chart_folder(default_folder())
        if chosen is None:
            return
        remember_folder(chosen)
        self.saved_bar.hide()
        show_error(self.message, "")
        self.jobs.start(
            self.tr("Sparar…"),
            lambda: chart_images.write_chart_pngs(report, chosen, stem),
            lambda written: self._written("png", chosen, written),
            lambda error: show_error(
                self.message, self._sentence(error, self.tr("Diagrammen kunde inte sparas"))
            ),
        )

    def ask_chart_folder(self, suggested: Path) -> Path | None:
        """The folder dialog for the chart images (tests replace this method)."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för diagrammen"), str(suggested)
        )
        return Path(name) if name else None

    def _written(self, kind: str, target: Path, written: list[Path]) -> None:
        self.saved = list(written)
        if kind == "png":
            text = fill_numbered(self.tr("%n diagram sparade i %1", "", len(written)), target)
            self.saved_label.setText(text)
        elif kind == "csv":
            text = fill_numbered(self.tr("%n CSV-filer sparade i %1", "", len(written)), target)
            self.saved_label.setText(text)
        else:
            self.saved_label.setText(fill_numbered(self.tr("Sparad: %1"), str(target)))
        self.open_file_button.setVisible(kind not in ("csv", "png"))
        self.saved_folder = target if kind in ("csv", "png") else target.parent
        self.saved_bar.show()

    def open_saved(self, folder: bool) -> None:
        if not self.saved:
            return
        path = self.saved_folder if folder and self.saved_folder else self.saved[0]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- jobs --------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.jobs.busy()

    def _update_buttons(self) -> None:
        ready = self.report is not None and not self.jobs.count
        # The day report is a printed page: no tables for a spreadsheet.
        tables = not isinstance(self.report, DayReport)
        self.buttons["pdf"].setEnabled(ready)
        self.buttons["docx"].setEnabled(ready)
        self.buttons["xlsx"].setEnabled(ready and tables)
        self.buttons["csv"].setEnabled(ready and tables)
        self.charts_button.setEnabled(ready and tables)  # the day report draws no charts

    def _sentence(self, error: Exception, what: str) -> str:
        if isinstance(error, UserError):
            return say(error)
        return f"{what}: {str(error) or type(error).__name__}."
