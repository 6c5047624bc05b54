"""The check at start-up, before anything is written: is the database file one we can use?

Cheap checks always (a look at the path, the 100-byte header against the file's size, one read
of the schema, all read-only: well under a millisecond); SQLite's `quick_check`, which reads
every page (about half a second on the ten-year database, close to half a start-up), only at
the day's first start, i.e. while there is no backup from today yet: the day's backup checks
its copy page by page (`write_copy`), so a day with a backup has had its file read whole.
`verify=True` (the `check` command) always runs it.

Nothing here writes into the file, whatever it holds (see `_read_with_sqlite`).
"""

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

from vanskapshuset.domain.errors import DamagedDatabaseError
from vanskapshuset.domain.localtime import to_local
from vanskapshuset.store.backup import SUFFIX, parse_backup_name
from vanskapshuset.store.database import BUSY_TIMEOUT_MS

HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_LOOKS = 4
_LOOK_AGAIN_S = 0.05


def has_backups(backup_dir: Path) -> bool:
    """Any copy of ours in the backup folder: then this folder has held data before."""
    try:
        return any(parse_backup_name(p.name) for p in backup_dir.glob(f"*{SUFFIX}"))
    except OSError:
        return False


def has_backup_from(backup_dir: Path, day: dt.date) -> bool:
    try:
        names = [p.name for p in backup_dir.glob(f"*{SUFFIX}")]
    except OSError:
        return False
    return any(
        (parsed := parse_backup_name(name)) is not None and parsed.moment.date() == day
        for name in names
    )


def _companion_with_data(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        try:
            if os.stat(f"{path}{suffix}").st_size > 0:
                return True
        except OSError:
            continue
    return False


def _size_from_header(header: bytes) -> int | None:
    """Pages × page size as the header says, when the header's count is valid (it is when
    the 'version valid for' number matches the change counter, as SQLite writes it)."""
    if len(header) < 100 or header[24:28] != header[92:96]:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return page_size * pages if pages else None


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as error:
        raise DamagedDatabaseError(path) from error


def _cut_short(path: Path, header: bytes, size: int) -> bool:
    """Shorter than its header says. Another program checkpointing its WAL writes page 1 (the
    new count) before the pages that grow the file: with a -wal there, look again a few
    times before calling it damage."""
    for attempt in range(_LOOKS):
        expected = _size_from_header(header)
        if len(header) >= 100 and (expected is None or size >= expected):
            return False
        if attempt == _LOOKS - 1 or not Path(f"{path}-wal").exists():
            return True
        time.sleep(_LOOK_AGAIN_S)
        header = _header(path)
        try:
            size = path.stat().st_size
        except OSError as error:
            raise DamagedDatabaseError(path) from error
    return True


def check_at_start(path: Path, backup_dir: Path, now: dt.datetime, verify: bool = False) -> None:
    """Raise DamagedDatabaseError if the file at `path` cannot be our database as it is;
    return quietly for a usable file or for no file at all (a new folder: the app makes one).
    What it is (ours or not, which schema) is left to `ensure_schema`."""
    if path.is_dir():
        raise DamagedDatabaseError(path, directory=True)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as error:
        raise DamagedDatabaseError(path) from error
    if size == 0:
        # Made and never written (a first start cut short) is new; emptied after holding
        # data (a backup was made of it, or a WAL holds its pages) is damage.
        if has_backups(backup_dir) or _companion_with_data(path):
            raise DamagedDatabaseError(path)
        return
    header = _header(path)
    if not header.startswith(HEADER):
        # Some other file put in its place is not ours (ensure_schema says so); where this
        # folder held data before, it is our file overwritten.
        if has_backups(backup_dir):
            raise DamagedDatabaseError(path)
        return
    if _cut_short(path, header, size):
        raise DamagedDatabaseError(path)  # pages the file says it has are gone
    full = verify or not has_backup_from(backup_dir, to_local(now).date())
    _read_with_sqlite(path, full)


def _read_with_sqlite(path: Path, full: bool) -> None:
    # Read-only when a -wal or -journal is there: closing the last read-write connection
    # would copy its pages into the file (a checkpoint, a rollback). With none there, a
    # read-write connection writes nothing into the file, and removes the -wal and -shm it
    # made when it closes, as the program's own connections do: the folder stays as it was.
    read_only = any(companion.exists() for companion in companions(path))
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if full:
                result = connection.execute("PRAGMA quick_check").fetchall()
                if result != [("ok",)]:
                    raise DamagedDatabaseError(path)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) or 0
        if code & 0xFF in _DAMAGE_CODES:
            raise DamagedDatabaseError(path) from error
        # Busy, a full disk, no permission: not the file's fault; the normal opening says
        # it in its own words (StorageError).


def companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in _COMPANIONS]


def move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename the damaged file (or folder) with its -wal/-shm/-journal beside it, never
    deleting a byte: `vanskapshuset.skadad-<time>.sqlite`. Returns the new name."""
    stamp = f"{to_local(now):%Y%m%d-%H%M%S}"
    stem = path.name.removesuffix(SUFFIX)
    target = path.with_name(f"{stem}.skadad-{stamp}{SUFFIX}")
    number = 1
    while target.exists() or any(p.exists() for p in companions(target)):
        number += 1
        target = path.with_name(f"{stem}.skadad-{stamp}-{number}{SUFFIX}")
    # The companions first: a -wal left beside a new file would be read into it.
    for source, moved in zip(companions(path), companions(target), strict=True):
        if source.exists():
            os.replace(source, moved)
    os.replace(path, target)
    return target
