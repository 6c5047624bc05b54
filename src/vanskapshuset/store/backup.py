"""Consistent copies of the database file, made with SQLite's online backup.

A copy is written under a temporary name, changed if the caller asks (personal data past its
date goes), checked with `quick_check`, flushed to disk and only then renamed into place: a copy
that fails leaves nothing behind, and the live file is only read, through a read-only connection.
Copies are one self-contained file each (rollback journal, not WAL), owner-only, and every
connection to them overwrites what it deletes (`secure_delete`).
"""

import datetime as dt
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from vanskapshuset.disk import flush_folder, flush_to_disk
from vanskapshuset.domain.errors import StorageError, StorageProblem
from vanskapshuset.domain.localtime import to_local
from vanskapshuset.store.database import BUSY_TIMEOUT_MS, Database
from vanskapshuset.store.storage_errors import storage_errors

SUFFIX = ".sqlite"
UPGRADE_LABEL = "fore-uppgradering"  # + the revision upgraded from
# 20250703-140000-<label>[-N].sqlite, in Swedish local time; -N only when the second is taken.
_NAME = re.compile(r"^(\d{8}-\d{6})-([a-z0-9_-]+?)(?:-(\d{1,3}))?\.sqlite$")
_COMPANIONS = ("-journal", "-wal", "-shm")
# Waiting this long for another program to let go of the live file before a restore refuses.
_EXCLUSIVE_WAIT_S = 2.0

Prepare = Callable[[Connection], None]


def backup_name(moment: dt.datetime, label: str, number: int = 1) -> str:
    suffix = f"-{number}" if number > 1 else ""
    return f"{to_local(moment):%Y%m%d-%H%M%S}-{label}{suffix}{SUFFIX}"


class BackupName(NamedTuple):
    moment: dt.datetime  # Swedish local time, naive
    label: str
    number: int  # 2, 3, … for later copies made in the same second


def parse_backup_name(name: str) -> BackupName | None:
    """What the name of one of our copies says, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        moment = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupName(moment, match.group(2), int(match.group(3) or 1))


def free_target(folder: Path, moment: dt.datetime, label: str) -> Path:
    """A name in `folder` numbered after every copy made in the same second (-2, -3, …,
    whatever their labels), so names order copies as they were made: never a number the
    rotation freed, which would sort before the copies it follows."""
    second = f"{to_local(moment):%Y%m%d-%H%M%S}-"
    taken = [
        parsed.number
        for path in folder.glob(f"{second}*{SUFFIX}")
        if (parsed := parse_backup_name(path.name)) is not None
    ]
    return folder / backup_name(moment, label, max(taken, default=0) + 1)


def write_copy(source: Path, target: Path, prepare: Prepare | None = None) -> Path:
    """Copy the database `source` to `target` whole or not at all; `prepare` may change the
    copy (in one transaction) before it is checked. Failures arrive as StorageError."""
    folder = target.parent
    with storage_errors(target):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".partial", dir=folder)
        os.close(handle)  # mkstemp makes it owner-only, before SQLite writes a byte into it
    partial = Path(name)
    try:
        with storage_errors(target):
            _online_copy(source, partial)
            if prepare is not None:
                with edit_copy(partial) as connection:
                    prepare(connection)
            if not quick_check(partial):
                raise StorageError(StorageProblem.DAMAGED)
            flush_to_disk(partial)
            os.replace(partial, target)
            flush_folder(folder)
    except BaseException:
        remove_copy(partial)
        raise
    return target


def copy_aside(
    db: Database, backup_dir: Path, label: str, now: dt.datetime, prepare: Prepare | None = None
) -> Path:
    """A copy of `db` in `backup_dir`, named by the moment and `label`."""
    return write_copy(db.path, free_target(backup_dir, now, label), prepare)


def _online_copy(source: Path, partial: Path) -> None:
    # mode=ro: the live file is never written by a copy, not even a checkpoint when closing.
    reader = sqlite3.connect(
        f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            copy.execute("PRAGMA secure_delete=ON")
            reader.backup(copy)  # one step: one read transaction, so one consistent moment
            # The live file is in WAL mode and the copy inherits it: one file is simpler to
            # carry on a USB stick, and its deletions overwrite in place.
            copy.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            copy.close()
    finally:
        reader.close()


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    connection = sqlite3.connect(
        uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    connection.execute("PRAGMA secure_delete=ON")
    return connection


# The copy the current thread is looking into, with how to begin (see _COPIES).
_TARGET: ContextVar[tuple[Path, bool, str]] = ContextVar("backup_copy")


def _connect_target() -> sqlite3.Connection:
    path, read_only, _ = _TARGET.get()
    return _connect(path, read_only)


# One engine for every copy, connecting to the file in _TARGET: an engine per file would
# compile each statement again for each file (half the time of a backup run on a small one).
_COPIES = create_engine("sqlite://", creator=_connect_target, poolclass=NullPool)
event.listen(_COPIES, "begin", lambda connection: connection.exec_driver_sql(_TARGET.get()[2]))


@contextmanager
def _copy_connection(path: Path, read_only: bool, begin: str) -> Iterator[Connection]:
    if not path.is_file():
        raise StorageError(StorageProblem.MISSING)  # never let SQLite create an empty file
    token = _TARGET.set((path, read_only, begin))
    try:
        with _COPIES.begin() as connection:
            yield connection
    finally:
        _TARGET.reset(token)


@contextmanager
def edit_copy(path: Path) -> Iterator[Connection]:
    """A write transaction on a copy (not the live file), committed when the block ends."""
    with _copy_connection(path, read_only=False, begin="BEGIN IMMEDIATE") as connection:
        yield connection


@contextmanager
def read_copy(path: Path) -> Iterator[Connection]:
    """A read-only look into a copy (or any database file)."""
    with _copy_connection(path, read_only=True, begin="BEGIN") as connection:
        yield connection


def quick_check(path: Path) -> bool:
    """True if SQLite finds the file whole (`PRAGMA quick_check`); raises if it is no database."""
    connection = _connect(path, read_only=True)
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def remove_copy(path: Path) -> None:
    """Delete a copy and whatever SQLite left beside it; a file already gone is fine."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in _COMPANIONS)):
        with suppress(FileNotFoundError):
            os.unlink(name)


def remove_stale_partials(folder: Path, older_than_s: float = 24 * 3600) -> None:
    """Delete temporary copies a crash or a pulled plug left behind (one being written now by
    another program is younger than a day). File times are the computer's real time."""
    limit = time.time() - older_than_s
    for path in folder.glob(".*.partial"):
        with suppress(OSError):
            if path.stat().st_mtime < limit:
                remove_copy(path)


def replace_database(live: Path, replacement: Path) -> None:
    """Put `replacement` in the place of the live database file in one rename.

    Every connection of this program must be closed first. Switching the live file out of WAL
    mode proves that no other program has it open (SQLite refuses then: LOCKED) and removes
    its -wal and -shm files, which would otherwise be read into the new file.
    """
    with storage_errors(live):
        if live.exists():
            check = sqlite3.connect(live, isolation_level=None, timeout=_EXCLUSIVE_WAIT_S)
            try:
                mode = check.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.DatabaseError as error:
                # A damaged file cannot switch; replacing it is still right if no WAL is left.
                if error.sqlite_errorcode & 0xFF in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
                    raise
                mode = "delete"
            finally:
                check.close()
            if mode != "delete" or Path(f"{live}-wal").exists():
                raise StorageError(StorageProblem.LOCKED)
        flush_to_disk(replacement)
        os.replace(replacement, live)
        flush_folder(live.parent)
