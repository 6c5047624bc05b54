"""The log file: where an error a person saw can be looked at afterwards.

A rotating file (a few hundred kilobytes at most) in the folder `paths.log_dir` names. Logging
never stops the program: a log that cannot be written (full disk, read-only folder) is skipped.
"""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

LOG_FILE = "vanskapshuset.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
LOGGER_NAME = "vanskapshuset"

log = logging.getLogger(LOGGER_NAME)
_current: list[Path] = []  # the file being written, once started


class _LazyFileHandler(RotatingFileHandler):
    """Creates its folder with the first line it writes: a command that logs nothing leaves
    no trace in the data folder."""

    def _open(self) -> TextIO:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return super()._open()


def start_logging(folder: Path) -> Path | None:
    """Log to `folder`/vanskapshuset.log from now on; the file's path, or None if it cannot be
    written. Calling it again for the same folder changes nothing."""
    path = folder / LOG_FILE
    if _current and _current[0] == path:
        return path
    logging.raiseExceptions = False  # a full disk must not print a logging traceback instead
    try:
        handler = _LazyFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _current[:] = [path]
    return path


def log_path() -> Path | None:
    """The log file in use, to tell a person where to look."""
    return _current[0] if _current else None
