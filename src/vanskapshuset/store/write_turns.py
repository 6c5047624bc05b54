"""Writers of one process take turns in the order they came.

SQLite lets one writer in at a time and makes the others poll with growing sleeps (up to 100 ms
between tries), so a sync that commits chunk after chunk on a worker thread can win the lock
again and again while a click at the door, on the window's thread, sleeps: in a measurement a
click waited 0.9 s behind an import of short chunks. A ticket queue in front of every write
transaction hands the lock to whoever has waited longest, so a click waits for at most the one
chunk under way. Other processes (the command line beside the window) still meet SQLite's own
locking as before.
"""

import threading
from types import TracebackType


class WriteTurns:
    """A fair (first come, first served) lock, re-entrant within one thread."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._next_ticket = 0
        self._serving = 0
        self._owner: int | None = None
        self._depth = 0

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
                return
            ticket = self._next_ticket
            self._next_ticket += 1
            while ticket != self._serving:
                self._changed.wait()
            self._owner, self._depth = me, 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        with self._changed:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._serving += 1
                self._changed.notify_all()
