"""Bringing a database file to the schema this program expects, at start-up.

The common case (already current) costs one query and does not import alembic.
"""

import datetime as dt
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from vanskapshuset.domain.errors import DatabaseVersionError
from vanskapshuset.store.backup import copy_aside
from vanskapshuset.store.database import Database

# Every released schema revision, oldest first; the last is the one this program writes.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial",)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def current_revision(db: Database) -> str | None:
    """The revision stamped in the file, or None for a file without our schema."""
    with db.engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError:
            return None


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        query = text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        return bool(connection.execute(query).scalar())


def ensure_schema(db: Database, backup_dir: Path, now: dt.datetime) -> Path | None:
    """Upgrade `db` to HEAD_REVISION if needed; returns the copy made aside first, if any."""
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return None
    if revision is None and _has_tables(db):
        raise DatabaseVersionError(f"Filen {db.path} är inte en databas för Vänskapshuset.")
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseVersionError(
            f"Databasen har skrivits av en nyare version av Vänskapshuset (schema {revision}); "
            "installera den nya versionen på den här datorn."
        )
    saved = copy_aside(db, backup_dir, f"fore-uppgradering-{revision}", now) if revision else None
    from vanskapshuset.store.migrate import upgrade_to_head

    upgrade_to_head(db)
    return saved
