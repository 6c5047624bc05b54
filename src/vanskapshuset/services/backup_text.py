"""The one sentence a failed backup or restore ends in, by what went wrong underneath."""

import sqlite3
from pathlib import Path

from vanskapshuset.domain.errors import StorageError, StorageProblem, UserError
from vanskapshuset.messages import backups as said
from vanskapshuset.messages.text import Message
from vanskapshuset.store.storage_errors import storage_problem

_CAUSES = {
    StorageProblem.DISK_FULL: said.CAUSE_DISK_FULL,
    StorageProblem.READ_ONLY: said.CAUSE_READ_ONLY,
    StorageProblem.LOCKED: said.CAUSE_LOCKED,
    StorageProblem.MISSING: said.CAUSE_MISSING,
    StorageProblem.DAMAGED: said.CAUSE_DAMAGED,
}


def backup_refusal(error: BaseException, folder: Path, restoring: bool = False) -> UserError:
    """`error` said as one sentence about the backup (or restore) that was not made."""
    if isinstance(error, UserError) and not isinstance(error, StorageError):
        return error
    problem = error.problem if isinstance(error, StorageError) else storage_problem(error)
    cause: Message | str
    if problem is not None:
        text = _CAUSES[problem]
        cause = text(folder=folder) if "folder" in text.names else text()
    elif isinstance(error, NotADirectoryError | FileExistsError):
        cause = said.CAUSE_NOT_A_FOLDER(folder=folder)
    elif isinstance(error, OSError):
        cause = error.strerror or str(error)  # the system's own words
    elif isinstance(error, sqlite3.Error):
        cause = said.CAUSE_UNREADABLE()
    else:
        cause = said.CAUSE_UNEXPECTED()
    sentence = said.RESTORE_NOT_MADE if restoring else said.NOT_MADE
    return UserError(sentence(cause=cause))


def size_text(size: int) -> str:
    """A file size as a person reads it, Swedish style: "1,2 MB", "380 kB"."""
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB".replace(".", ",")
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"
