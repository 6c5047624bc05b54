"""Errors whose message is one clear sentence meant for the person using the app."""

from enum import StrEnum
from pathlib import Path


class UserError(Exception):
    """Bad input or a refused operation; `str(error)` is shown as it is (Swedish)."""


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
    StorageProblem.DISK_FULL: "Disken är full: frigör utrymme på datorn och försök igen.",
    StorageProblem.READ_ONLY: (
        "Databasfilen går inte att skriva i (skrivskyddad): kontrollera filens behörighet."
    ),
    StorageProblem.LOCKED: (
        "Databasen är upptagen av ett annat program (till exempel en synkning): "
        "vänta en stund och försök igen."
    ),
    StorageProblem.MISSING: (
        "Databasfilen har tagits bort eller flyttats medan programmet var igång: "
        "starta om programmet."
    ),
    StorageProblem.DAMAGED: (
        "Databasfilen kunde inte läsas eller skrivas (skadad fil eller fel på disken): "
        "starta om programmet och kontakta samordnaren om det händer igen."
    ),
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
        if directory:
            text = (
                f"I stället för databasfilen finns en mapp ({path}), så ingen databas kan "
                "öppnas; starta programmet för att flytta undan den och återställa den senaste "
                "säkerhetskopian eller börja med en tom databas."
            )
        else:
            text = (
                f"Databasfilen {path} är skadad och har inte ändrats; starta programmet för att "
                "flytta undan den och återställa den senaste fungerande säkerhetskopian eller "
                "börja med en tom databas."
            )
        super().__init__(text)
        self.path = path
        self.directory = directory
