"""Where the data lives: --data-dir, else VANSKAPSHUSET_DATA_DIR, else the user data folder."""

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import setup as said

ENV_VARIABLE = "VANSKAPSHUSET_DATA_DIR"
DATABASE_FILE = "vanskapshuset.sqlite"
BACKUP_FOLDER = "backups"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE]).expanduser()
    return user_data_path("Vanskapshuset", appauthor=False)


def log_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The platform's log folder; a data folder chosen by hand (a USB stick, a test) keeps its
    own log beside the data, so an error seen there can be looked at there."""
    if explicit or os.environ.get(ENV_VARIABLE):
        return data_dir(explicit) / "logs"
    return user_log_path("Vanskapshuset", appauthor=False)


def prepare_data_dir(folder: Path) -> Path:
    """Create the folder (owner-only) and prove it can be written, or say so in one sentence."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise UserError(said.DATA_FOLDER_UNUSABLE(folder=folder), field="data_dir") from None
    return folder


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILE


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_FOLDER
