"""Every schema statement and row of a database, for before/after comparisons."""

import sqlite3
from pathlib import Path

from vanskapshuset.paths import database_path


def dump_database(folder: Path) -> list[str]:
    """Every schema statement and row of the database, for before/after comparisons."""
    connection = sqlite3.connect(database_path(folder))
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
