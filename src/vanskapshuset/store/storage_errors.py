"""Turn a failure of SQLite or the disk into a StorageError the person can act on.

Every read and write unit of work in `database.py` passes through `storage_errors()`, so the
window, the command line and sync all see the same five problems, never a driver exception.
"""

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError

from vanskapshuset.domain.errors import StorageError, StorageProblem

# SQLite's primary result codes (https://sqlite.org/rescode.html), the low byte of the code.
_BY_SQLITE_CODE = {
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY (and READONLY_DBMOVED: see below)
    10: StorageProblem.DAMAGED,  # SQLITE_IOERR
    11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.MISSING,  # SQLITE_CANTOPEN
    26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
}
# Less room than this left beside the database: an I/O error is the disk being full.
NEARLY_FULL_BYTES = 1024 * 1024
_SQLITE_READONLY_DBMOVED = 8 | (4 << 8)
_BY_ERRNO = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EFBIG: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.ENOENT: StorageProblem.MISSING,
    errno.EIO: StorageProblem.DAMAGED,
}


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The problem behind `error`, or None when it is not the database's or the disk's fault
    (a programming error stays unexpected and is logged as such)."""
    if isinstance(error, IntegrityError):
        return None
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_READONLY_DBMOVED:
            return StorageProblem.MISSING
        if code is not None and code & 0xFF in _BY_SQLITE_CODE:
            return _BY_SQLITE_CODE[code & 0xFF]
        # A file emptied or replaced under a running program has no tables any more.
        if "no such table" in str(error):
            return StorageProblem.MISSING
        return None
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        return _BY_ERRNO[error.errno]
    return None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextmanager
def storage_errors(database: Path | None = None) -> Iterator[None]:
    """Re-raise a database or disk failure inside the block as a StorageError. Given the
    database file, an I/O error on a disk with next to no room left is called a full disk
    (SQLite reports a failed growth of its shared-memory file as a plain I/O error)."""
    try:
        yield
    except StorageError:
        raise
    except (DBAPIError, sqlite3.Error, OSError) as error:
        problem = storage_problem(error)
        if problem is None:
            raise
        if (
            problem is StorageProblem.DAMAGED
            and database is not None
            and _nearly_full(database.parent)
        ):
            problem = StorageProblem.DISK_FULL
        raise StorageError(problem) from error
