"""The SQLite engine: durable pragmas, transactional DDL, and read/write units of work.

SQLAlchemy's documented pysqlite recipe hands transaction control to us (the driver's own
implicit BEGIN skips DDL); writes start with BEGIN IMMEDIATE so two processes never deadlock on
a lock upgrade, and `synchronous=FULL` makes a commit survive a pulled plug.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from sqlite3 import Connection as SQLiteConnection
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from vanskapshuset.domain.errors import StorageError, StorageProblem
from vanskapshuset.store.storage_errors import storage_errors
from vanskapshuset.store.write_turns import WriteTurns

BUSY_TIMEOUT_MS = 10_000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Deleted rows are overwritten, so purged sign-ups do not stay readable in free pages.
    "PRAGMA secure_delete=ON",
)
_BEGIN_OPTION = "vanskapshuset_begin"


def _on_connect(dbapi_connection: SQLiteConnection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    for pragma in PRAGMAS:
        dbapi_connection.execute(pragma).fetchall()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_file_owned(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)  # a file copied in from elsewhere: children's data stays private


def _file_identity(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_dev, status.st_ino


class Database:
    """One SQLite file. `read()` and `write()` give a session inside one transaction."""

    def __init__(self, path: Path) -> None:
        create_file_owned(path)
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)
        self._identity = _file_identity(path)
        self._turns = WriteTurns()  # this process's writers, in the order they came

    @contextmanager
    def read(self) -> Iterator[Session]:
        with storage_errors(self.path), self._read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Commits when the block ends normally; rolls everything back on any exception.
        A failure of the database or the disk arrives as a StorageError."""
        with (
            self._turns,
            storage_errors(self.path),
            self._write_sessions() as session,
            session.begin(),
        ):
            yield session
            self._refuse_if_moved()

    @contextmanager
    def write_core(self) -> Iterator[Connection]:
        """A Core connection in one write transaction: the lean path for a click at the door."""
        with self._turns, storage_errors(self.path), self._writer.begin() as connection:
            yield connection
            self._refuse_if_moved()

    def _refuse_if_moved(self) -> None:
        """An open SQLite file that was deleted or replaced still takes writes, into a file
        nobody will ever open again: refuse them (inside the transaction, so it rolls back)."""
        try:
            same = _file_identity(self.path) == self._identity
        except OSError:
            same = False
        if not same:
            raise StorageError(StorageProblem.MISSING)

    def close(self) -> None:
        self.engine.dispose()
