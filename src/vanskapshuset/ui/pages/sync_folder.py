"""The Synk page's folder box: the shared folder, the one button "Synka nu", what the sync
brought, and a single bundle written or read by hand.

Syncing runs on a worker thread, so the window never freezes on a slow USB stick or network
share; a busy bar shows only when it takes longer than a moment.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.sync.folder_sync import bundle_file_name
from vanskapshuset.sync.results import ExportResult, FolderSyncResult, ImportResult, TeamStatus
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.register_common import error_label, show_error
from vanskapshuset.ui.pages.sync_text import SyncWording
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.busy_jobs import BusyJobs

# A job shorter than this shows no busy bar: a flash of one would only distract.
# Lines of a sync's details shown; more (many laptops, many refused files) would push the
# tables off a 768-pixel screen, so the rest is in the tooltip.
MAX_DETAIL_LINES = 8


class FolderBox(QGroupBox):
    """Emits `synced` after anything was read in or written (the tables are out of date)."""

    synced = Signal()

    def __init__(self, session: UiSession, wording: SyncWording) -> None:
        super().__init__()
        self.session = session
        self.wording = wording
        self.status: TeamStatus | None = None
        self.jobs = BusyJobs(self)
        self.jobs.changed.connect(self._update_buttons)
        self.setTitle(self.tr("Synka genom en delad mapp"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Alla datorer i laget använder samma mapp: ett USB-minne som går runt, en "
                "nätverksmapp eller en molnmapp. Synka nu läser in de andras filer och lägger "
                "den här datorns fil där."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addLayout(self._folder_row())
        layout.addLayout(self._sync_row())
        self.error = error_label()
        layout.addWidget(self.error)
        self.headline = QLabel()
        self.headline.setObjectName("bigTotal")
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.headline, self.details):
            label.hide()
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(self._file_row())

    # -- building ----------------------------------------------------------------------------

    def _folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mapp:")))
        self.folder = QLabel()
        self.folder.setAccessibleName(self.tr("Synkmapp"))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path is cut with "…" rather than widening the page; the tooltip has it all.
        self.folder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.folder, 1)
        self.folder_button = QPushButton(self.tr("Välj mapp…"))
        self.folder_button.setAccessibleName(self.tr("Välj mappen att synka genom"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button)
        return row

    def _sync_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Synka nu"))
        self.sync_button.setAccessibleName(
            self.tr("Synka nu: läs in de andras filer och skriv den här datorns")
        )
        font = QFont(self.sync_button.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.sync_button.setFont(font)
        self.sync_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.sync_button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        self.busy, self.busy_text = self.jobs.bar, self.jobs.text
        for widget in (self.busy, self.busy_text):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("En enstaka fil, utan mapp:")))
        self.export_button = QPushButton(self.tr("Exportera fil…"))
        self.export_button.setAccessibleName(self.tr("Spara den här datorns synkfil"))
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(self.tr("Läs in fil…"))
        self.import_button.setAccessibleName(self.tr("Läs in en synkfil från en annan dator"))
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------------

    def show_status(self, status: TeamStatus) -> None:
        self.status = status
        if status.folder is None:
            self.folder.setText(self.tr("(ingen mapp vald än)"))
            self.folder.setToolTip("")
        else:
            self.folder.setText(str(status.folder))
            self.folder.setToolTip(str(status.folder))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.status is not None and self.status.in_team and not self.jobs.count
        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(ready)
        self.folder_button.setEnabled(not self.jobs.count)

    def _show_result(self, headline: str, details: list[str]) -> None:
        show_error(self.error, "")
        self.headline.setText(headline)
        self.headline.setVisible(bool(headline))
        shown = details
        if len(details) > MAX_DETAIL_LINES:
            more = len(details) - MAX_DETAIL_LINES + 1
            hint = self.tr("… och %1 rader till (håll muspekaren här för att se alla).")
            shown = [*details[: MAX_DETAIL_LINES - 1], fill(hint, more)]
        self.details.setText("\n".join(shown))
        self.details.setToolTip("\n".join(details) if shown is not details else "")
        self.details.setVisible(bool(details))

    def _failed(self, error: Exception, what: str) -> None:
        self.headline.hide()
        self.details.hide()
        if isinstance(error, UserError):
            show_error(self.error, say(error))
        else:
            show_error(self.error, f"{what}: {str(error) or type(error).__name__}.")

    # -- the folder --------------------------------------------------------------------------

    def _start_folder(self) -> Path:
        if self.status is not None and self.status.folder is not None:
            return self.status.folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def ask_folder(self, suggested: Path) -> Path | None:
        """The folder dialog (tests replace this method)."""
        name = QFileDialog.getExistingDirectory(
            self.window(), self.tr("Välj mappen att synka genom"), str(suggested)
        )
        return Path(name) if name else None

    def choose_folder(self) -> bool:
        """Ask for the shared folder and remember it on this laptop. False if cancelled."""
        chosen = self.ask_folder(self._start_folder())
        if chosen is None:
            return False
        try:
            self.session.app.sync.set_folder(chosen)
        except UserError as error:
            show_error(self.error, say(error))
            return False
        show_error(self.error, "")
        self.show_status(self.session.app.sync.status())
        return True

    def sync_now(self) -> None:
        """Read in everyone else's bundle from the folder, then write this laptop's own."""
        if self.jobs.count or self.status is None or not self.status.in_team:
            return
        if self.status.folder is None and not self.choose_folder():
            return  # the first press asks where; cancelling asks nothing more
        sync, context = self.session.app.sync, self.session.app.context
        self._start_job(
            self.tr("Synkar…"),
            lambda: (sync.sync_folder(), context.now()),
            lambda done: self._synced(*done),
            lambda error: self._failed(error, self.tr("Synken misslyckades")),
        )

    def _synced(self, result: FolderSyncResult, at: Any) -> None:
        self._show_result(self.wording.headline(result, at), self.wording.details(result))
        self.synced.emit()

    # -- a single file -----------------------------------------------------------------------

    def ask_save_bundle(self, suggested: Path) -> Path | None:
        """The save dialog for one bundle (tests replace this method)."""
        name, _ = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Exportera den här datorns synkfil"),
            str(suggested),
            fill_numbered(self.tr("Synkfil (*%1)"), suggested.suffix),
        )
        if not name:
            return None
        path = Path(name)
        return (
            path
            if path.suffix == suggested.suffix
            else path.with_name(path.name + suggested.suffix)
        )

    def ask_open_bundle(self, folder: Path, suffix: str) -> Path | None:
        """The open dialog for one bundle (tests replace this method)."""
        name, _ = QFileDialog.getOpenFileName(
            self.window(),
            self.tr("Läs in en synkfil"),
            str(folder),
            fill_numbered(self.tr("Synkfil (*%1)"), suffix),
        )
        return Path(name) if name else None

    def _own_file_name(self) -> str:
        context = self.session.app.context
        return bundle_file_name(context.device_name, context.device_id)

    def export_file(self) -> None:
        if self.jobs.count:
            return
        target = self.ask_save_bundle(self._start_folder() / self._own_file_name())
        if target is None:
            return
        sync = self.session.app.sync
        self._start_job(
            self.tr("Skriver filen…"),
            lambda: sync.export_bundle(target),
            self._exported,
            lambda error: self._failed(error, self.tr("Filen kunde inte skrivas")),
        )

    def _exported(self, result: ExportResult) -> None:
        warnings = [say(warning) for warning in result.warnings]
        self._show_result("", [*warnings, self.wording.written(result)])
        self.synced.emit()

    def import_file(self) -> None:
        if self.jobs.count:
            return
        suffix = Path(self._own_file_name()).suffix
        chosen = self.ask_open_bundle(self._start_folder(), suffix)
        if chosen is None:
            return
        sync = self.session.app.sync
        self._start_job(
            self.tr("Läser in filen…"),
            lambda: sync.import_file(chosen),
            self._imported,
            lambda error: self._failed(error, self.tr("Filen kunde inte läsas in")),
        )

    def _imported(self, result: ImportResult) -> None:
        self._show_result(self.wording.imported(result), [])
        self.synced.emit()

    # -- jobs --------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.jobs.busy()

    def _start_job(
        self,
        text: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        show_error(self.error, "")  # an old sentence would read as this job's
        self.jobs.start(text, work, on_done, on_error)
