"""The Säkerhetskopior tab: the backups kept on this laptop, one made now, a restore (the
coordinator's, after a question), and a second folder such as a USB stick.

Nothing here raises into Qt: every failure is one red sentence under the buttons.
"""

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.backup_text import size_text
from vanskapshuset.services.backups import BackupInfo, BackupReason, SecondCopy, SecondStatus
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.register_common import error_label, record_table, show_error
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.worker import run_in_background

log = logging.getLogger(__name__)


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """A slot that never raises into Qt: any failure becomes the tab's red sentence."""

    @functools.wraps(method)
    def run(self: "BackupsTab", *args: Any) -> Any:
        try:
            return method(self, *args)
        except Exception as error:
            self._failed(error)
            return None

    return run


class BackupsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.backups: list[BackupInfo] = []
        self.working = False  # a backup is being made on a worker thread
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 70)
        layout.addWidget(self.about)
        self.model = TextTableModel(
            [self.tr("Datum"), self.tr("Orsak"), self.tr("Storlek"), self.tr("Innehåll")], self
        )
        self.table = record_table(self.model, self.tr("Säkerhetskopior"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Gör en säkerhetskopia nu"))
        self.create_button.setAccessibleName(self.tr("Gör en säkerhetskopia nu"))
        self.create_button.clicked.connect(lambda: self.create())
        self.restore_button = QPushButton(self.tr("&Återställ…"))
        self.restore_button.setAccessibleName(self.tr("Återställ den valda säkerhetskopian"))
        self.restore_button.setToolTip(
            self.tr("Ersätter allt på den här datorn med den valda kopian (samordnarens)")
        )
        self.restore_button.clicked.connect(lambda: self.restore())
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addLayout(self._second_folder_row())
        self.error = error_label()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    def _second_folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Andra mapp (t.ex. ett USB-minne):")))
        self.second_folder = QLabel()
        self.second_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.second_folder, 1)
        self.choose_button = QPushButton(self.tr("&Välj mapp…"))
        self.choose_button.setAccessibleName(self.tr("Välj en andra mapp för säkerhetskopior"))
        self.choose_button.clicked.connect(lambda: self.choose_second_folder())
        self.clear_button = QPushButton(self.tr("Ingen andra mapp"))
        self.clear_button.setAccessibleName(self.tr("Ingen andra mapp för säkerhetskopior"))
        self.clear_button.clicked.connect(lambda: self.clear_second_folder())
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        return row

    # -- showing -------------------------------------------------------------------------------

    @_guarded
    def refresh(self) -> None:
        """The list and the second folder as they are now; a failure to read is said in red."""
        backups = self.session.app.backups.list()
        folder = self.session.app.backups.folder
        second = self.session.app.backups.second_folder()
        self.about.setText(
            fill_numbered(
                self.tr(
                    "En säkerhetskopia görs automatiskt vid dagens första start och före varje "
                    "synk. De sparas i %1: de 3 senaste, den senaste från var och en av de 7 "
                    "senaste dagarna, 4 senaste veckorna och 12 senaste månaderna, och kopior "
                    "från före en uppgradering eller återställning i 60 dagar. Anmälningar som "
                    "passerat sitt sista datum raderas ur alla kopior."
                ),
                str(folder),
            )
        )
        self.second_folder.setText(str(second) if second else self.tr("ingen"))
        self.clear_button.setEnabled(second is not None)
        chosen = self._selected_name()
        self.backups = backups
        self.model.set_rows([self._row(info) for info in backups])
        self.table.resizeColumnsToContents()
        for row, info in enumerate(backups):
            if info.name == chosen:
                self.table.selectRow(row)
        self._selection_changed()

    def _row(self, info: BackupInfo) -> TextRow:
        if info.revision is None:
            holds = self.tr("kan inte läsas")
        else:
            holds = fill_numbered(
                self.tr("%1 besök, %n aktiviteter", "", info.activities or 0),
                f"{info.visits:,}".replace(",", " "),
            )
        return TextRow(
            info.name,
            (
                f"{info.created_at:%Y-%m-%d %H:%M}",
                self._reason(info.reason),
                size_text(info.size),
                holds,
            ),
            tooltip=str(info.path),
        )

    def _reason(self, reason: BackupReason) -> str:
        return {
            BackupReason.DAILY: self.tr("dagens första start"),
            BackupReason.SYNC: self.tr("före synk"),
            BackupReason.MANUAL: self.tr("gjord för hand"),
            BackupReason.UPGRADE: self.tr("före uppgradering"),
            BackupReason.RESTORE: self.tr("före återställning"),
        }[reason]

    def _selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(not self.working and self._selected_name() is not None)
        self.create_button.setEnabled(not self.working)

    def _failed(self, error: Exception) -> None:
        """One red sentence: ours as it is, anything else in plain words (details in the log)."""
        if isinstance(error, UserError):
            text = say(error)
        else:
            log.error("Backups tab", exc_info=error)
            text = self.tr("Något gick fel med säkerhetskopiorna; detaljerna finns i loggfilen.")
        self.status.clear()
        show_error(self.error, text)

    # -- making one ----------------------------------------------------------------------------

    @_guarded
    def create(self) -> None:
        """A backup now, on a worker thread (a large database takes a few seconds)."""
        if self.working:
            return
        self.working = True
        self._selection_changed()
        show_error(self.error, "")
        self.status.setText(self.tr("Gör en säkerhetskopia…"))
        run_in_background(self, self.session.app.backups.create, self._created, self._not_created)

    @_guarded
    def _created(self, info: BackupInfo) -> None:
        self.working = False
        self.refresh()
        text = fill_numbered(self.tr("Säkerhetskopian är sparad (%1)."), info.name)
        if info.second_copy is not None:
            extra, problem = self._second_copy_text(info.second_copy)
            if problem:
                show_error(self.error, extra)
            else:
                text += " " + extra
        self.status.setText(text)

    @_guarded
    def _not_created(self, error: Exception) -> None:
        self.working = False
        self._selection_changed()
        self._failed(error)

    def _second_copy_text(self, second: SecondCopy) -> tuple[str, bool]:
        if second.status is SecondStatus.WRITTEN:
            return fill_numbered(
                self.tr("En kopia utan anmälningar finns också i %1."), str(second.folder)
            ), False
        if second.status is SecondStatus.ABSENT:
            return fill_numbered(
                self.tr("Den andra mappen %1 är inte ansluten; ingen kopia där."),
                str(second.folder),
            ), False
        problem = "" if second.problem is None else say(second.problem)
        return fill_numbered(self.tr("Ingen kopia i den andra mappen: %1"), problem), True

    # -- restoring -----------------------------------------------------------------------------

    @_guarded
    def restore(self) -> None:
        """The chosen copy in the place of everything on this laptop: the coordinator's, after a
        question. The data as it was is kept as a backup first."""
        name = self._selected_name()
        info = next((b for b in self.backups if b.name == name), None)
        if info is None or self.working or not self.session.require_coordinator(self):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Återställ säkerhetskopia"),
            fill_numbered(
                self.tr(
                    "Återställa säkerhetskopian från %1? Allt som sparats på den här datorn efter "
                    "den försvinner ur programmet; det som finns nu sparas först som en egen "
                    "säkerhetskopia, så det går att ångra."
                ),
                f"{info.created_at:%Y-%m-%d %H:%M}",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter does not replace everything
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        show_error(self.error, "")
        # On the window's thread: the database is swapped under every page, which must not read
        # it meanwhile.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.session.app.backups.restore(info.name)
        except Exception as error:
            self.refresh()  # the copy kept before the refusal, if any
            self._failed(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.session.reload()  # every page shows the restored data
        self.refresh()  # this one too, shown or not (and the copy kept before it)
        self.status.setText(
            fill_numbered(
                self.tr("Återställd från %1. Det som fanns innan finns kvar som %2."),
                f"{result.restored.created_at:%Y-%m-%d %H:%M}",
                result.kept.name,
            )
        )

    # -- the second folder ---------------------------------------------------------------------

    def ask_folder(self, suggested: Path) -> Path | None:
        """The folder dialog (tests replace this method)."""
        name = QFileDialog.getExistingDirectory(
            self.window(), self.tr("Välj en andra mapp för säkerhetskopior"), str(suggested)
        )
        return Path(name) if name else None

    @_guarded
    def choose_second_folder(self) -> None:
        if not self.session.require_coordinator(self):
            return
        current = self.session.app.backups.second_folder()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen = self.ask_folder(current or Path(documents or Path.home()))
        if chosen is None:
            return
        self._set_second_folder(chosen)

    @_guarded
    def clear_second_folder(self) -> None:
        if self.session.require_coordinator(self):
            self._set_second_folder(None)

    def _set_second_folder(self, folder: Path | None) -> None:
        self.session.app.backups.set_second_folder(folder)
        show_error(self.error, "")
        self.status.clear()
        self.refresh()
