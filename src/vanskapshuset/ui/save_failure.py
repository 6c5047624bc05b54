"""What the window says when a save failed: what went wrong and what to do, in plain words.

One place for every page, so "Besöket sparades INTE – disken är full…" reads the same at the
door, in the day note and anywhere else. Unexpected errors get a sentence pointing to the log.
"""

from PySide6.QtCore import QCoreApplication

from vanskapshuset.app_log import log_path
from vanskapshuset.domain.errors import StorageError, StorageProblem, UserError
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.vocabulary_text import fill

translate = QCoreApplication.translate


def storage_problem_texts() -> dict[StorageProblem, str]:
    return {
        StorageProblem.DISK_FULL: translate(
            "SaveFailure", "disken är full. Frigör utrymme på datorn och försök igen."
        ),
        StorageProblem.READ_ONLY: translate(
            "SaveFailure",
            "databasfilen är skrivskyddad. Be samordnaren kontrollera filens behörighet.",
        ),
        StorageProblem.LOCKED: translate(
            "SaveFailure",
            "databasen är upptagen av ett annat program (en synkning?). Vänta lite och försök "
            "igen.",
        ),
        StorageProblem.MISSING: translate(
            "SaveFailure",
            "databasfilen har tagits bort eller flyttats. Räkna på papper och starta om "
            "programmet.",
        ),
        StorageProblem.DAMAGED: translate(
            "SaveFailure",
            "databasfilen gick inte att skriva (skadad fil eller fel på disken). Räkna på papper "
            "och starta om programmet.",
        ),
    }


def failure_text(error: BaseException) -> str:
    """The reason after "… sparades INTE – "."""
    if isinstance(error, StorageError):
        return storage_problem_texts()[error.problem]
    if isinstance(error, UserError):
        return say(error)
    where = log_path()
    if where is None:
        return translate("SaveFailure", "ett oväntat fel inträffade. Försök igen.")
    return fill(
        translate(
            "SaveFailure", "ett oväntat fel inträffade (det finns i loggen %1). Försök igen."
        ),
        where,
    )
