"""Run slow work (demo data, big queries) off the window's thread, and hand back the result."""

from collections.abc import Callable
from typing import Any

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


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> _Signals:
    """Start `work` on the thread pool; the callbacks run on the window's thread."""
    signals = _Signals()
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(_Job(work, signals))
    return signals  # keep a reference until a callback has run
