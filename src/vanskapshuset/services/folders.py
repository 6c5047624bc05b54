"""The folders a running app uses, to show a person where things are (About, help)."""

from dataclasses import dataclass
from pathlib import Path

from vanskapshuset.paths import backup_dir, data_dir, log_dir


@dataclass(frozen=True)
class Folders:
    data: Path
    backups: Path
    logs: Path


def folders_in_use(data_folder: Path) -> Folders:
    """The data folder in use, its backups, and its log: the log lies beside the data when the
    folder was chosen by hand (--data-dir or the environment variable, as the command line
    starts it), else in the platform's log folder. Needs only the folder (no services): the
    window can ask while they are still starting."""
    data = data_folder.absolute()
    chosen_by_hand = data != data_dir().absolute()
    return Folders(
        data=data,
        backups=backup_dir(data),
        logs=log_dir(data if chosen_by_hand else None),
    )
