"""Bringing a database file to the schema this program expects, at start-up.

The common case (already current) costs one query and does not import alembic.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from vanskapshuset.domain.errors import DatabaseVersionError
from vanskapshuset.messages import store as said
from vanskapshuset.store.backup import UPGRADE_LABEL, Prepare, copy_aside
from vanskapshuset.store.database import BUSY_TIMEOUT_MS, Database
from vanskapshuset.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from vanskapshuset.store.storage_errors import storage_errors

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "current_revision", "ensure_schema"]


def current_revision(db: Database) -> str | None:
    """The revision stamped in the file, or None for a file without our schema."""
    with db.engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError:
            return None


def _read_stamp(path: Path) -> tuple[str | None, bool]:
    """(revision, whether the file has tables), read through a plain connection.

    Not through the engine: its pragmas would switch a file we then refuse to WAL mode.
    """
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        except sqlite3.OperationalError:
            query = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            return None, bool(connection.execute(query).fetchone()[0])
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode != sqlite3.SQLITE_NOTADB:
            raise
        raise DatabaseVersionError(said.NOT_OUR_DATABASE(path=path)) from None
    finally:
        connection.close()


def ensure_schema(
    db: Database, backup_dir: Path, now: dt.datetime, prepare: Prepare | None = None
) -> Path | None:
    """Upgrade `db` to HEAD_REVISION if needed; returns the copy made aside first, if any
    (a backup like the others; `prepare` is what every backup does to its copy)."""
    with storage_errors(db.path):
        revision, has_tables = _read_stamp(db.path)
    if revision == HEAD_REVISION:
        return None
    if revision is None and has_tables:
        raise DatabaseVersionError(said.NOT_OUR_DATABASE(path=db.path))
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseVersionError(said.NEWER_SCHEMA(revision=revision))
    saved = None
    if revision:
        saved = copy_aside(db, backup_dir, f"{UPGRADE_LABEL}-{revision}", now, prepare)
    from vanskapshuset.store.migrate import upgrade_to_head

    upgrade_to_head(db)
    return saved
