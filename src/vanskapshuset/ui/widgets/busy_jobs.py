"""A page's background jobs, and a busy bar that appears only once a job takes a moment."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from vanskapshuset.ui.worker import run_in_background

# A quick job shows no bar at all: a flash of it would only distract.
BUSY_DELAY_MS = 300


class BusyJobs(QObject):
    """Runs work off the window's thread; `bar` and `text` go into the page's layout."""

    changed = Signal()  # a job started or ended: the page enables or disables its buttons

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.count = 0
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no end known: a busy bar
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(parent.fontMetrics().horizontalAdvance("M") * 8)
        self.bar.setAccessibleName(self.tr("Arbetar"))
        self.text = QLabel()
        self.bar.hide()
        self.text.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(self._show)

    def busy(self) -> bool:
        return self.count > 0

    def start(
        self,
        text: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self.count += 1
        self.text.setText(text)
        self._timer.start()
        self.changed.emit()

        def done(result: Any) -> None:
            self._ended()
            on_done(result)

        def failed(error: Exception) -> None:
            self._ended()
            on_error(error)

        owner = self.parent()
        assert owner is not None  # the widget given when made
        run_in_background(owner, work, done, failed)

    def _ended(self) -> None:
        self.count -= 1
        if not self.count:
            self._timer.stop()
            self.bar.hide()
            self.text.hide()
        self.changed.emit()

    def _show(self) -> None:
        if self.count:
            self.bar.show()
            self.text.show()
