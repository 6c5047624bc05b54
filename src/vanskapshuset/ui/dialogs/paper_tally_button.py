"""Räknelista… on the Idag page: a blank paper tally sheet to print for the page's site and day,
or a filled one typed in, which is one step on the page's undo stack."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import UserError
from vanskapshuset.sheets.data import TallySheet
from vanskapshuset.sheets.service import SheetService
from vanskapshuset.ui.dialogs.file_saving import FileSaver, file_name
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.undo_commands import EnterPaperTally


def write_tally_pdf(sheet: TallySheet, target: Path) -> Path:
    """On the worker thread: reportlab is loaded only when a sheet is printed."""
    from vanskapshuset.sheets.tally_pdf import write_tally_sheet

    return write_tally_sheet(sheet, target)


class PaperTallyButton(QPushButton):
    """The page places `saver` (the "Sparad: … Öppna filen" bar) where it wants it."""

    def __init__(
        self,
        session: UiSession,
        undo_stack: QUndoStack,
        site_name: Callable[[], str],
        bands: Callable[[], list[AgeBand]],
        say: Callable[[str], None],
        refresh: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Räknelista…"), parent)
        self.session, self.undo_stack = session, undo_stack
        self._site_name, self._bands, self._say, self._refresh = site_name, bands, say, refresh
        self.setAccessibleName(self.tr("Räknelista på papper"))
        self.setToolTip(
            self.tr("När datorn inte är med: skriv ut en tom räknelista, och skriv in den sedan")
        )
        menu = QMenu(self)
        self.print_action = menu.addAction(self.tr("Skriv ut tom räknelista"))
        self.print_action.triggered.connect(self.print_sheet)
        self.enter_action = menu.addAction(self.tr("Skriv in räknelista…"))
        self.enter_action.triggered.connect(self.enter_sheet)
        self.setMenu(menu)
        self.saver = FileSaver(session.app, parent)
        self.saver.error_shown.connect(say)
        self.saver.saved.connect(lambda _path: say(""))

    def print_sheet(self) -> None:
        """A blank tally sheet for the page's site and day, saved as PDF for printing."""
        site, day = self._site_name(), self.session.day
        if not site:
            return
        try:
            sheet = SheetService(self.session.app).tally_sheet(day, site)
        except UserError as error:
            self._say(say(error))
            return
        # The sheet is a Swedish document, so its file name is Swedish too.
        name = file_name(f"Räknelista {site} {day.isoformat()}", ".pdf", "räknelista")
        if self.saver.save(
            self.tr("Spara räknelistan"), name, lambda path: write_tally_pdf(sheet, path)
        ):
            self._say(self.tr("Sparar räknelistan…"))

    def enter_sheet(self) -> None:
        """Type in a filled paper sheet for the page's site and day; Ctrl+Z takes it out."""
        from vanskapshuset.ui.dialogs.paper_tally_dialog import PaperTallyDialog

        session = self.session
        site_id, day = session.site_id, session.day
        if site_id is None:
            return
        if session.is_locked_day(day) and not session.require_coordinator(self):
            self._say(self.tr("Dagar äldre än en vecka får bara samordnaren ändra."))
            return
        dialog = PaperTallyDialog(
            session, site_id, self._site_name(), day, self._bands(), self.window()
        )
        if not dialog.exec() or dialog.entry is None:
            return
        counts, leader_id = dict(dialog.counts), session.leader_id
        paper = session.app.paper_tally
        self.undo_stack.push(
            EnterPaperTally(
                dialog.entry,
                lambda: paper.enter(site_id, day, counts, leader_id=leader_id),
                paper.undo,
                self._refresh,
                self._say,
                self.tr("räknelista"),
            )
        )
        self._refresh()
        self._say(
            self.tr("Räknelistan är inskriven: %1 besök. Ctrl+Z tar bort den igen.").replace(
                "%1", str(dialog.entry.total)
            )
        )
