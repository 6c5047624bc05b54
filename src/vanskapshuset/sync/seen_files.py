"""The shared folder's memo of files already read: {folder: {file name: [size, mtime_ns]}}.
A file with the same size and time is passed over unread at the next sync."""

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from vanskapshuset.domain.settings_registry import SEEN_FILES as SEEN_FILES_SETTING
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.store.models import LocalState
from vanskapshuset.sync.local_state import write_local

SEEN_FILES = SEEN_FILES_SETTING.key
SeenMarker = tuple[Path, str, int, int]  # folder, file name, size, mtime_ns


def seen_files(context: ServiceContext, folder: Path) -> dict[str, list[int]]:
    memo = json.loads(SettingsService(context).get(SEEN_FILES_SETTING) or "{}")
    return memo.get(str(folder.resolve()), {})


def remember_seen(
    connection: Connection, folder: Path, name: str, size: int, mtime_ns: int
) -> None:
    """In the import's own transaction: the file counts as read only if its rows were kept."""
    row = connection.execute(select(LocalState.value).where(LocalState.key == SEEN_FILES))
    memo = json.loads(row.scalar() or "{}")
    memo.setdefault(str(folder.resolve()), {})[name] = [size, mtime_ns]
    write_local(connection, SEEN_FILES, json.dumps(memo, ensure_ascii=False))
