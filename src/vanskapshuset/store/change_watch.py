"""Noticing commits made by other connections (another process, a sync on a worker thread).

SQLite's `PRAGMA data_version` gives a number that changes, on the connection that asks, whenever
any other connection has committed since it last asked. One dedicated read-only connection kept
open makes each look one statement of a few microseconds. Its own commits never count, so the
watch connection must never write (it cannot: it is opened read-only).
"""

import sqlite3
from contextlib import suppress
from pathlib import Path


class ChangeWatch:
    """Watches one database file. Never raises: a missing, unreadable or damaged file is
    "no change", and the file is opened again at the next look."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._had_connection = False
        self._closed = False
        self._look()  # the baseline: commits before this moment are what the caller read

    def changed(self) -> bool:
        """True if another connection committed since the last call (or since opening)."""
        if self._closed:
            return False
        previous, reopened = self._version, self._connection is None and self._had_connection
        version = self._look()
        if version is None:
            return False
        # Reopened after a failure: versions of two connections cannot be compared, and the
        # file may have been replaced meanwhile, so it counts as a change (a refresh is cheap).
        return reopened or (previous is not None and version != previous)

    def close(self) -> None:
        self._closed = True
        self._drop()

    def _look(self) -> int | None:
        try:
            if self._connection is None:
                self._connection = self._open()
                self._had_connection = True
            row = self._connection.execute("PRAGMA data_version").fetchone()
            self._version = int(row[0])
        except (sqlite3.Error, OSError, RuntimeError, TypeError, ValueError):
            self._drop()
            return None
        return self._version

    def _open(self) -> sqlite3.Connection:
        # mode=ro: never creates a missing file and can never write. Autocommit, so no read
        # transaction (no snapshot) is held between two looks. A short busy wait: a look must
        # not stall the window; a busy file is "no change" now and counts as one next time.
        uri = f"{self._path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.1)

    def _drop(self) -> None:
        connection, self._connection, self._version = self._connection, None, None
        if connection is not None:
            with suppress(sqlite3.Error):
                connection.close()
