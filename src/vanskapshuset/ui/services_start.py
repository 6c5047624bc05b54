"""Bringing the services up behind a window painted from a snapshot of Idag.

On a worker thread: loading SQLAlchemy and the services (most of a start's time) and the start
check (the day's first reads the whole file). Then, on the window's thread, the data is opened
(the App's change watch keeps a connection of the thread that made it) and handed to the window;
counts made meanwhile are saved then, in order (TodayPage._attach). A damaged file, or one that
cannot be opened, is met as at a normal start: the damaged-database dialog, or one sentence.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import Clock
from vanskapshuset.ui.error_hook import report_unexpected
from vanskapshuset.ui.worker import run_in_background

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# What a start that could not open its data exits with (as the normal start's message box).
EXIT_NOT_OPENED = 2


def load_and_check(folder: Path, clock: Clock) -> None:
    """On the worker thread: nothing here touches Qt or keeps a connection open. What Idag
    loads once the services are up is loaded here, off the window's thread."""
    # Idag's undo steps and paper tally sheets:
    import vanskapshuset.services.paper_tally
    import vanskapshuset.sheets.service  # noqa: F401
    from vanskapshuset.app import check_before_opening, prepare_models

    prepare_models()
    check_before_opening(folder, clock)


class ServicesStart(QObject):
    """`opened(app)` runs once the window has the services; `app` is closed by `close()`."""

    def __init__(
        self,
        folder: Path,
        clock: Clock,
        window: "MainWindow",
        open_for_window: Callable[[Path, Callable[[], "App"], Clock], "App | None"],
        opened: Callable[["App"], None],
    ) -> None:
        super().__init__(window)
        self.folder, self.clock, self.window = folder, clock, window
        self._open_for_window, self._opened = open_for_window, opened
        self.app: App | None = None
        self.exit_code: int | None = None

    def begin(self) -> None:
        run_in_background(
            self.window,
            lambda: load_and_check(self.folder, self.clock),
            self._checked,
            self._failed,
        )

    def _checked(self, _result: object) -> None:
        from vanskapshuset.app import open_checked

        self._open(lambda: open_checked(self.folder, self.clock, backup_now=False))

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):  # a program fault, not the data's: logged, said
            report_unexpected(type(error), error, error.__traceback__)
            self._give_up(EXIT_NOT_OPENED)
            return

        def again() -> "App":
            raise error  # said as a normal start says it (damaged file: the dialog)

        self._open(again)

    def _open(self, open_data: Callable[[], "App"]) -> None:
        try:
            app = self._open_for_window(self.folder, open_data, self.clock)
        except Exception as error:
            report_unexpected(type(error), error, error.__traceback__)
            app = None
        if app is None:
            self._give_up(EXIT_NOT_OPENED)
            return
        self.app = app
        if app.is_empty() and not self._set_up(app):  # an empty database chosen in the dialog
            self._give_up(0)
            return
        self.window.session.attach(app)
        self._opened(app)

    def _set_up(self, app: "App") -> bool:
        from vanskapshuset.ui.dialogs.first_run import FirstRunDialog

        return bool(FirstRunDialog(app, self.window).exec())

    def _give_up(self, code: int) -> None:
        self.exit_code = code
        self.window.give_up_starting()

    def close(self) -> None:
        """After the event loop: the data closes, whether or not it reached the window."""
        if self.app is not None:
            self.app.close()
            self.app = None
