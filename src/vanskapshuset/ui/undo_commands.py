"""Undo for the door counter: every count and correction is a command on a QUndoStack.

Undoing a count writes the −1 event that cancels it; redoing counts the person again (a new
event), so the history of what happened stays complete in the database. A typed-in paper tally
sheet is one command too.
"""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.paper_tally import PaperEntry
from vanskapshuset.ui.messages import say as in_window

# Called with the error and True for a failed undo (False for a failed redo). The command's
# state is unchanged then; the page puts the stack back so the next Ctrl+Z tries it again.
Failed = Callable[[Exception, bool], None]


class CountVisit(QUndoCommand):
    """Pushed after the visit was saved: the first redo() does nothing."""

    def __init__(
        self,
        visit_id: str,
        cell: tuple[Gender, str],
        add: Callable[[], str],
        cancel: Callable[[str], None],
        refresh: Callable[[], None],
        failed: Failed,
        text: str,
    ) -> None:
        super().__init__(text)
        self.visit_id, self.cell = visit_id, cell
        self._add, self._cancel, self._refresh, self._failed = add, cancel, refresh, failed
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        try:
            self.visit_id = self._add()
        except Exception as error:
            self._failed(error, False)
            return
        self._done = True
        self._refresh()

    def undo(self) -> None:
        if not self._done:
            return
        try:
            self._cancel(self.visit_id)
        except Exception as error:
            self._failed(error, True)
            return
        self._done = False
        self._refresh()


class CorrectVisit(QUndoCommand):
    """A −1 on a cell (already written when pushed); undo counts the person again."""

    def __init__(
        self,
        add: Callable[[], str],
        cancel: Callable[[str], None],
        refresh: Callable[[], None],
        failed: Failed,
        text: str,
    ) -> None:
        super().__init__(text)
        self._add, self._cancel, self._refresh, self._failed = add, cancel, refresh, failed
        self._restored_id: str | None = None
        self._corrected = True

    def redo(self) -> None:
        if self._corrected:
            return
        try:
            if self._restored_id is not None:
                self._cancel(self._restored_id)
        except Exception as error:
            self._failed(error, False)
            return
        self._corrected = True
        self._refresh()

    def undo(self) -> None:
        if not self._corrected:
            return
        try:
            self._restored_id = self._add()
        except Exception as error:
            self._failed(error, True)
            return
        self._corrected = False
        self._refresh()


class EnterPaperTally(QUndoCommand):
    """A typed-in paper tally sheet (already written when pushed). Undo takes the whole sheet
    back out; redo types the same counts in again (a new entry)."""

    def __init__(
        self,
        entry: PaperEntry,
        enter: Callable[[], PaperEntry],
        remove: Callable[[PaperEntry], None],
        refresh: Callable[[], None],
        say: Callable[[str], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.entry = entry
        self._enter, self._remove, self._refresh, self._say = enter, remove, refresh, say
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        try:
            self.entry = self._enter()
        except UserError as error:  # e.g. the site was removed meanwhile
            self._say(in_window(error))
            return
        self._done = True
        self._refresh()

    def undo(self) -> None:
        if not self._done:
            return
        try:
            self._remove(self.entry)
        except UserError as error:
            self._say(in_window(error))
            return
        self._done = False
        self._refresh()
