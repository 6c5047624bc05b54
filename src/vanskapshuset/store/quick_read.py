"""What the door counter shows, read with plain `sqlite3` before SQLAlchemy is loaded.

The window paints Idag from this (about 0.4 s sooner than through the services) and then opens
the data properly. It only reads: a read-only connection (`mode=ro`: it can neither create nor
change the file), one read transaction, so every figure comes from the same moment. A file that
is not at this program's schema head, or that SQLite cannot read, is no snapshot (None): the
normal opening then runs, with its upgrade, start check and dialogs.

The queries say in SQL what the services ask through SQLAlchemy (VisitService.day_grid, the
register's live records, AgeBandService.current); tests/ui/test_fast_start.py holds them equal.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from vanskapshuset.store.revisions import HEAD_REVISION

# Short: a file busy for longer is left to the normal opening, which waits as long as it must.
_BUSY_TIMEOUT_S = 0.5

_SITES = "SELECT id, name, kind FROM site WHERE deleted IS 0"
_LEADERS = "SELECT id, name FROM leader WHERE deleted IS 0"
_BANDS = "SELECT code, min_age, max_age FROM age_band WHERE deleted IS 0 ORDER BY position, min_age"
_LOCAL = "SELECT value FROM local_state WHERE key = ?"
_CELLS = (
    "SELECT gender, age_band, sum(delta) FROM visit WHERE site_id = ? AND local_date = ? "
    "GROUP BY gender, age_band"
)
# Net visits marked new (first time this season); a correction of one is marked too.
_NEW = "SELECT coalesce(sum(delta), 0) FROM visit WHERE site_id = ? AND local_date = ? AND is_new"
# Hours of the visits still standing: +1 events that no −1 event cancels.
_HOURS = (
    "SELECT CAST(substr(occurred_at, 12, 2) AS INTEGER), sum(delta) FROM visit "
    "WHERE site_id = ? AND local_date = ? AND delta > 0 "
    "AND id NOT IN (SELECT corrects_id FROM visit WHERE corrects_id IS NOT NULL) "
    "GROUP BY 1"
)

Row = tuple[object, ...]


class QuickRead:
    """One read transaction on a read-only connection; close() ends both."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @staticmethod
    def open(path: Path) -> "QuickRead | None":
        """A reader on `path` if the file exists and is stamped with HEAD_REVISION, else None."""
        connection: sqlite3.Connection | None = None
        try:
            if not path.is_file():
                return None
            uri = f"{path.resolve().as_uri()}?mode=ro"
            connection = sqlite3.connect(
                uri, uri=True, isolation_level=None, timeout=_BUSY_TIMEOUT_S
            )
            connection.execute("BEGIN")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except (sqlite3.Error, OSError):
            if connection is not None:
                connection.close()
            return None
        if row is None or row[0] != HEAD_REVISION:
            connection.close()
            return None
        return QuickRead(connection)

    def local(self, key: str) -> str | None:
        """A setting of this laptop (local_state)."""
        row = self._connection.execute(_LOCAL, (key,)).fetchone()
        return None if row is None else str(row[0])

    def sites(self) -> list[Row]:
        """(id, name, kind) of the sites not deleted, in no order."""
        return self._connection.execute(_SITES).fetchall()

    def leaders(self) -> list[Row]:
        """(id, name) of the leaders not deleted, in no order."""
        return self._connection.execute(_LEADERS).fetchall()

    def age_bands(self) -> list[Row]:
        """(code, min_age, max_age) of the configured bands, in their order."""
        return self._connection.execute(_BANDS).fetchall()

    def day_cells(self, site_id: str, day: dt.date) -> list[Row]:
        """(gender, age band, net visits) of one site and day."""
        return self._connection.execute(_CELLS, (site_id, day.isoformat())).fetchall()

    def day_new(self, site_id: str, day: dt.date) -> object:
        """Net visits marked new of one site and day."""
        return self._connection.execute(_NEW, (site_id, day.isoformat())).fetchone()[0]

    def day_hours(self, site_id: str, day: dt.date) -> list[Row]:
        """(local hour, visits still standing) of one site and day."""
        return self._connection.execute(_HOURS, (site_id, day.isoformat())).fetchall()

    def close(self) -> None:
        self._connection.close()  # the read transaction ends with it; nothing was written
