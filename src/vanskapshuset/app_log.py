"""The log file: where an error a person saw can be looked at afterwards.

A rotating file (a few hundred kilobytes at most) in the folder `paths.log_dir` names. Logging
never stops the program: a log that cannot be written (full disk, read-only folder) is skipped.
"""

import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported with the first line written: it brings the socket module along
    from logging.handlers import RotatingFileHandler

LOG_FILE = "vanskapshuset.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
LOGGER_NAME = "vanskapshuset"

log = logging.getLogger(LOGGER_NAME)
_current: list[Path] = []  # the file being written, once started


class _LazyFileHandler(logging.Handler):
    """A rotating file made with the first line it writes, its folder too: a command that logs
    nothing leaves no trace in the data folder (nor loads logging.handlers)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: RotatingFileHandler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                self._file = _rotating_file(self.path)
                self._file.setFormatter(self.formatter)
            self._file.emit(record)  # under this handler's lock (Handler.handle takes it)
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        lock = self.lock
        assert lock is not None  # made by Handler.__init__ (createLock)
        with lock:
            if self._file is not None:
                self._file.close()
                self._file = None
        super().close()


def _rotating_file(path: Path) -> "RotatingFileHandler":
    from logging.handlers import RotatingFileHandler

    class FolderMakingFile(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            return super()._open()

    return FolderMakingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )


def start_logging(folder: Path) -> Path:
    """Log to `folder`/vanskapshuset.log from now on; the file's path (made with the first
    line; a line that cannot be written is skipped). Calling it again for the same folder
    changes nothing."""
    path = folder / LOG_FILE
    if _current and _current[0] == path:
        return path
    logging.raiseExceptions = False  # a full disk must not print a logging traceback instead
    handler = _LazyFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, _LazyFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _current[:] = [path]
    return path


def log_path() -> Path | None:
    """The log file in use, to tell a person where to look."""
    return _current[0] if _current else None
