"""Run slow work (demo data, long periods) off the window's thread, and hand back the result."""

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(Exception)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the window, which shows it in one sentence
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


# Jobs still running. Held here, not by the caller: a caller that starts a newer job and drops
# the older one must not let Python free signals a worker thread is about to emit (a crash).
_running: set[tuple[_Job, _Signals]] = set()


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Start `work` on the thread pool; the callbacks run on the window's thread, and not at
    all if `owner` (the page or dialog that asked) has been closed and deleted meanwhile."""
    signals = _Signals()
    job = _Job(work, signals)
    job.setAutoDelete(False)  # Python owns it, and lets go once a callback has run
    entry = (job, signals)
    _running.add(entry)

    def finished(result: object) -> None:
        _running.discard(entry)
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(error: Exception) -> None:
        _running.discard(entry)
        if shiboken6.isValid(owner):
            on_error(error)

    signals.finished.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)


def jobs_running() -> int:
    return len(_running)
