"""The one sentence a failed backup or restore ends in, by what went wrong underneath."""

import sqlite3
from pathlib import Path

from vanskapshuset.domain.errors import StorageError, StorageProblem, UserError
from vanskapshuset.store.storage_errors import storage_problem

_CAUSES = {
    StorageProblem.DISK_FULL: "disken är full; frigör utrymme och försök igen",
    StorageProblem.READ_ONLY: "mappen {folder} går inte att skriva i",
    StorageProblem.LOCKED: (
        "databasen används av ett annat program (en synkning eller ett kommando); "
        "försök igen när det är klart"
    ),
    StorageProblem.MISSING: "databasfilen finns inte längre; starta om programmet",
    StorageProblem.DAMAGED: "en fil kunde inte läsas (skadad fil eller fel på disken)",
}


def backup_refusal(error: BaseException, folder: Path, restoring: bool = False) -> UserError:
    """`error` said as one Swedish sentence about the backup (or restore) that was not made."""
    if isinstance(error, UserError) and not isinstance(error, StorageError):
        return error
    problem = error.problem if isinstance(error, StorageError) else storage_problem(error)
    if problem is not None:
        cause = _CAUSES[problem].format(folder=folder)
    elif isinstance(error, NotADirectoryError | FileExistsError):
        cause = f"{folder} är ingen mapp"
    elif isinstance(error, OSError):
        cause = error.strerror or str(error)
    elif isinstance(error, sqlite3.Error):
        cause = "databasen kunde inte läsas"
    else:
        cause = "ett oväntat fel (se loggen)"
    start = "Återställningen gjordes inte" if restoring else "Säkerhetskopian gjordes inte"
    return UserError(f"{start}: {cause}.")


def size_text(size: int) -> str:
    """A file size as a person reads it, Swedish style: "1,2 MB", "380 kB"."""
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB".replace(".", ",")
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"
