"""Errors whose message is one clear sentence meant for the person using the app."""

from enum import StrEnum
from pathlib import Path

from vanskapshuset.messages import common as said
from vanskapshuset.messages.text import Message, Text


class UserError(Exception):
    """Bad input or a refused operation, as one message of the catalogue (translated where it
    is shown; `str(error)` is the Swedish, for the log). `field` names the input it concerns
    (an ActivityInput field, a setting's key…), so a form can mark that field."""

    def __init__(self, message: Message | Text, *, field: str | None = None) -> None:
        self.message = message() if isinstance(message, Text) else message
        super().__init__(self.message)  # str(error): the Swedish, through Message.__str__
        self.field = field


class NotFoundError(UserError):
    """A named or referenced thing does not exist (or is deleted)."""


class DatabaseVersionError(UserError):
    """The database was written by a newer version of the program, or is not ours."""


class StorageProblem(StrEnum):
    """What went wrong underneath a save: the window and the command line say it in words."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    MISSING = "missing"
    DAMAGED = "damaged"


_STORAGE_SENTENCES = {
    StorageProblem.DISK_FULL: said.DISK_FULL,
    StorageProblem.READ_ONLY: said.DATABASE_READ_ONLY,
    StorageProblem.LOCKED: said.DATABASE_BUSY,
    StorageProblem.MISSING: said.DATABASE_GONE,
    StorageProblem.DAMAGED: said.DATABASE_UNREADABLE,
}


class StorageError(UserError):
    """The database or the disk refused a read or write; nothing of it was saved."""

    def __init__(self, problem: StorageProblem) -> None:
        super().__init__(_STORAGE_SENTENCES[problem])
        self.problem = problem


class DamagedDatabaseError(UserError):
    """The database file is damaged, cut short, emptied or not a file at all. It is left as it
    is (never written to); the window offers to move it aside and restore or start empty."""

    def __init__(self, path: Path, directory: bool = False) -> None:
        text = said.DATABASE_IS_FOLDER if directory else said.DATABASE_DAMAGED
        super().__init__(text(path=path))
        self.path = path
        self.directory = directory
