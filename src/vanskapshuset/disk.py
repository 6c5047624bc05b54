"""Making written bytes last: on the disk before a rename, and the rename itself. One place for
every file the app writes (reports and bundles in services/, backups in store/)."""

import contextlib
import os
from pathlib import Path


def flush_to_disk(path: Path) -> None:
    """Make the operating system write `path`'s bytes to the disk now (before a rename)."""
    # Read-write, not read-only: Windows flushes only a handle opened for writing.
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def flush_folder(folder: Path) -> None:
    """Make a rename in `folder` last through a power cut (POSIX; Windows has no folder fsync)."""
    if os.name == "nt":
        return
    # After the rename the file is already whole; a filesystem that refuses fsync on a folder
    # (some network shares) must not turn a saved file into an error.
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
