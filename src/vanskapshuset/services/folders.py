"""The folders a running app uses, to show a person where things are (About, help)."""

from dataclasses import dataclass
from pathlib import Path

from vanskapshuset.paths import data_dir, log_dir
from vanskapshuset.services.app import App


@dataclass(frozen=True)
class Folders:
    data: Path
    backups: Path
    logs: Path


def folders_in_use(app: App) -> Folders:
    """The data folder the app opened (its database's folder), its backups, and its log: the
    log lies beside the data when the folder was chosen by hand (--data-dir or the
    environment variable, as the command line starts it), else in the platform's log folder."""
    data = app.db.path.parent.absolute()
    chosen_by_hand = data != data_dir().absolute()
    return Folders(
        data=data,
        backups=app.backups.folder.absolute(),
        logs=log_dir(data if chosen_by_hand else None),
    )
