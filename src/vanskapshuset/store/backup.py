"""Consistent copies of the database file, made with SQLite's online backup."""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from vanskapshuset.store.database import Database


def copy_aside(db: Database, backup_dir: Path, label: str, now: dt.datetime) -> Path:
    """Copy the whole database to `backup_dir` in one step; the copy is owner-only."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backup_dir / f"{now:%Y%m%d-%H%M%S}-{label}.sqlite"
    partial = target.with_suffix(".partial")
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    source = sqlite3.connect(db.path)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    os.replace(partial, target)
    return target
