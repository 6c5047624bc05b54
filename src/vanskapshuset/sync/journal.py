"""This laptop's chain of bundles, and how far it has read every other laptop's chain.

Every row written while the laptop is in a team is journaled by triggers (schema 0004:
`change_journal`). A *segment* holds the current version of every row journaled since the
previous segment, and is numbered 1, 2, 3, … per laptop; a *snapshot* holds everything and
*covers* a segment number: whoever read it has what segments up to that number hold. A reader
keeps, per laptop, the last number it holds (`sync_progress`); every bundle carries its
writer's progress, so a reader that took in a bundle up to where it stands in the writer's chain
also holds what the writer had read of the others (README, "Synk").

This module reads the rows a bundle holds (inside the caller's read transaction, as they are
read: never a whole table in memory), and keeps the chain's and the progress's memos.
"""

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection

from vanskapshuset.store.database import Database
from vanskapshuset.sync.bundle_writer import BundleChain, TableRows
from vanskapshuset.sync.local_state import write_local
from vanskapshuset.sync.tables import PARENT_TABLE, SYNCED_TABLES, Kind, SyncedTable

# {"seq": last segment number used, "pending": seq not yet confirmed}; while it exists (and a
# team key), the journal triggers of schema 0004 record every row written.
CHAIN = "sync_chain"
PROGRESS = "sync_progress"  # {device id: last segment number of its chain held here}
SEGMENT = "segment"
SNAPSHOT = "snapshot"
_FETCH = 1000


def _local_json(connection: Connection, key: str) -> dict[str, Any]:
    row = connection.exec_driver_sql("SELECT value FROM local_state WHERE key = ?", (key,))
    value = row.scalar()
    return json.loads(value) if value else {}


def chain_state(connection: Connection) -> dict[str, Any]:
    return _local_json(connection, CHAIN)


def write_chain(connection: Connection, state: dict[str, Any]) -> None:
    write_local(connection, CHAIN, json.dumps(state))


def progress(connection: Connection) -> dict[str, int]:
    return {device: int(seq) for device, seq in _local_json(connection, PROGRESS).items()}


def journal_end(connection: Connection) -> int:
    """The newest journal entry's number, 0 for none."""
    end = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_journal").scalar()
    return int(end or 0)


_TRIM = 5000  # journal entries forgotten per transaction


def trim_journal(connection: Connection, upto: int) -> None:
    """Forget the entries a written bundle holds (in the caller's transaction)."""
    connection.exec_driver_sql("DELETE FROM change_journal WHERE seq <= ?", (upto,))


def trim_journal_in_steps(db: Database, upto: int) -> None:
    """Forget the entries a written bundle holds, a few thousand per transaction: after a first
    join the journal holds every row taken in, and one delete of them all would keep a click
    at the door waiting for a second. Any step may be the last before a crash: the entries are
    in the file already."""
    while True:
        with db.write_core() as connection:
            deleted = connection.exec_driver_sql(
                "DELETE FROM change_journal WHERE seq IN "
                "(SELECT seq FROM change_journal WHERE seq <= ? ORDER BY seq LIMIT ?)",
                (upto, _TRIM),
            ).rowcount
        if deleted < _TRIM:
            return


def advance_progress(
    connection: Connection, own_device: str, writer: str, chain: BundleChain | None
) -> bool:
    """After a bundle of `writer`'s chain was taken in whole: what this laptop now holds.

    A snapshot brings everything its writer had; a segment only if every earlier one of the
    chain is here. Either way the writer's own progress then holds here too. Returns whether
    anything advanced (a segment that came too early does not)."""
    if chain is None:
        return False
    held = progress(connection)
    if chain.kind == SEGMENT and held.get(writer, 0) < chain.seq - 1:
        return False  # an earlier segment is missing: its rows are not all here yet
    held[writer] = max(held.get(writer, 0), chain.seq)
    for device, seq in chain.progress.items():
        if device != own_device:
            held[device] = max(held.get(device, 0), seq)
    write_local(connection, PROGRESS, json.dumps(held, sort_keys=True))
    return True


def _columns(synced: SyncedTable) -> str:
    return ", ".join(f'"{column}"' for column in synced.columns)


def _rows(raw: sqlite3.Connection, query: str, parameters: tuple[Any, ...]) -> Iterator[Any]:
    cursor = raw.execute(query, parameters)
    while batch := cursor.fetchmany(_FETCH):
        yield from batch


def _table(raw: sqlite3.Connection, synced: SyncedTable, where: str, parameters: tuple[Any, ...]):
    count = raw.execute(f'SELECT count(*) FROM "{synced.name}" {where}', parameters).fetchone()[0]
    query = f'SELECT {_columns(synced)} FROM "{synced.name}" {where}'
    return TableRows(synced, count, _rows(raw, query, parameters))


def raw_connection(connection: Connection) -> sqlite3.Connection:
    """The driver's connection under `connection`, in the same transaction: rows are fetched
    from its cursor a batch at a time."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def snapshot_tables(connection: Connection) -> list[TableRows]:
    """Every row of every synced table (read lazily, inside the caller's transaction)."""
    raw = raw_connection(connection)
    return [_table(raw, synced, "", ()) for synced in SYNCED_TABLES]


def segment_tables(connection: Connection, upto: int) -> list[TableRows]:
    """The current version of every row journaled up to entry `upto`; the parts of every such
    activity travel with it."""
    raw = raw_connection(connection)
    found = []
    for synced in SYNCED_TABLES:
        journaled = synced.name if synced.kind is not Kind.PART else PARENT_TABLE
        key = "id" if synced.kind is not Kind.PART else "activity_id"
        where = (
            f"WHERE {key} IN (SELECT row_id FROM change_journal WHERE table_name = ? AND seq <= ?)"
        )
        found.append(_table(raw, synced, where, (journaled, upto)))
    return found


def chain_of(connection: Connection, kind: str, seq: int) -> BundleChain:
    return BundleChain(kind, seq, progress(connection))
