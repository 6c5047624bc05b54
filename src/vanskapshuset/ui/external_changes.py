"""The window refreshes when another process writes: a command, a sync import, a second program."""

import logging

from PySide6.QtCore import QObject, QTimer

from vanskapshuset.ui.session import UiSession

# About once a second: a count made at the CLI or a sync import shows up while you look, and a
# look costs one query on an open connection (microseconds).
POLL_MS = 1000

log = logging.getLogger(__name__)


class ExternalChanges(QObject):
    """Polls `app.changes` and, when the data changed, tells the session (pages refresh)."""

    def __init__(
        self, session: UiSession, parent: QObject | None = None, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self._session = session
        # A refresh the window makes after its own write shows everything committed before it;
        # forgetting those commits here saves a second refresh a moment later. Connected before
        # the pages' refresh (this object is made first), so a commit landing in between is
        # still seen by the next poll.
        session.data_changed.connect(self._forget_seen)
        # Made before the pages read anything: what was committed until now, they will show.
        self._forget_seen()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """True if the data changed and the window was told. Never raises into Qt: a failed
        look or refresh is logged and tried again at the next tick."""
        try:
            if not self._session.app.changes.changed_since_last_poll():
                return False
            self._session.changed()
        except Exception:
            log.exception("Showing changes made outside the window failed")
            return False
        return True

    def _forget_seen(self) -> None:
        try:
            self._session.app.changes.changed_since_last_poll()
        except Exception:
            log.exception("Reading the data version failed")
