"""After the start check found the database damaged: the newest good backup, and moving the
damaged file aside (never deleting it) to go on with that backup or with an empty database.

There is no running App here (the file cannot be opened), so this reads the backup folder with
the store's backup functions, as `BackupService` does.
"""

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from vanskapshuset.domain.errors import StorageError, UserError
from vanskapshuset.domain.localtime import STOCKHOLM, Clock, local_date
from vanskapshuset.messages import backups as said
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.services.backups import INFO_KEY, RESTORING, without_expired
from vanskapshuset.store.backup import (
    SUFFIX,
    parse_backup_name,
    quick_check,
    read_copy,
    remove_copy,
    write_copy,
)
from vanskapshuset.store.models import LocalState
from vanskapshuset.store.schema import KNOWN_REVISIONS
from vanskapshuset.store.start_check import move_aside

log = logging.getLogger(__name__)
_FAULTS = (StorageError, OSError, sqlite3.Error, SQLAlchemyError)


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    created_at: dt.datetime  # Swedish local time, from the name


def _usable(path: Path) -> bool:
    """Whole (quick_check) and written by a version this program can open."""
    try:
        if not quick_check(path):
            return False
        with read_copy(path) as connection:
            stamp = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            revision = stamp.scalar()
    except _FAULTS:
        return False
    return revision in KNOWN_REVISIONS


def newest_good_backup(folder: Path) -> GoodBackup | None:
    """The newest copy in the data folder's backup folder that passes quick_check; checked
    newest first, so only the copies newer than the good one are read whole."""
    try:
        paths = list(backup_dir(folder).glob(f"*{SUFFIX}"))
    except OSError:
        return None
    named = [(parsed, path) for path in paths if (parsed := parse_backup_name(path.name))]
    named.sort(key=lambda pair: (pair[0].moment, pair[0].number), reverse=True)
    for parsed, path in named:
        if _usable(path):
            return GoodBackup(path, parsed.moment.replace(tzinfo=STOCKHOLM))
        log.warning("The backup %s is not usable for a restore", path.name)
    return None


def replace_damaged(folder: Path, backup: GoodBackup | None, clock: Clock) -> None:
    """Move the damaged database aside: a copy of `backup` in its place, or (None) nothing, so
    the next open makes a new empty database. The backup is copied before anything is moved, so
    a copy that fails leaves everything as it was (one sentence, a StorageError or UserError).
    Opening the data again is the composition root's (`vanskapshuset.app.start_over`)."""
    live = database_path(folder)
    staged = live.with_name(RESTORING)
    try:
        if backup is not None:
            today = local_date(clock.now())

            def prepare(connection: Connection) -> None:
                # As a restore while running: the copy's own note goes, and so do sign-ups
                # past their date.
                connection.execute(delete(LocalState).where(LocalState.key == INFO_KEY))
                without_expired(today)(connection)

            try:
                write_copy(backup.path, staged, prepare)
            except _FAULTS as error:
                log.warning("Copying the backup %s failed", backup.path, exc_info=True)
                raise UserError(said.COPY_FAILED(name=backup.path.name)) from error
        if live.exists() or live.is_symlink():
            moved = move_aside(live, clock.now())
            log.warning("The damaged database was moved aside to %s", moved.name)
        if backup is not None:
            os.replace(staged, live)
            log.warning("Started again from the backup %s", backup.path.name)
    except OSError as error:
        raise UserError(said.NOT_MOVED_ASIDE(path=live, reason=error.strerror or error)) from None
    finally:
        remove_copy(staged)
