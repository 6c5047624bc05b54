"""Merging a checked, staged bundle into the database in short transactions.

- Visits and audit entries are events: a union by id (INSERT OR IGNORE).
- Records take the version with the newest clock stamp, tombstones included. The comparison is
  a pure function of the two versions, so the order of imports never matters and importing the
  same bundle again changes nothing.
- An activity's participants and partners are part of its value: they are replaced together
  with the activity when the incoming version wins (in the same transaction), and left alone
  when it loses.
- A version that loses although its editor never saw the winner (its stamp is not in the
  winner's history) is a conflict: kept in `sync_conflict` for the coordinator, once.

Every step is idempotent, so the bundle is written a chunk at a time, each chunk its own short
transaction: a click at the door waits for one chunk at most, never for the whole import. The
order keeps every reference satisfied at each commit: records in SYNCED_TABLES' order (a site
before the activities held there), a +1 visit before the −1 that corrects it. Everything was
checked before the first chunk (staging.py); a process killed half-way leaves a consistent
database that the next import of the same bundle completes.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from vanskapshuset.services.context import SEED_STAMP
from vanskapshuset.store.database import Database
from vanskapshuset.sync.in_chunks import in_chunks
from vanskapshuset.sync.staging import Staging
from vanskapshuset.sync.tables import PARENT_TABLE, SYNCED_TABLES, Kind, SyncedTable

_BOOKKEEPING = frozenset({"hlc", "device_id", "history"})
RECORD_CHUNK = 250  # records per transaction (an activity brings its parts)
EVENT_CHUNK = 1000  # visits or audit entries per transaction: 20–40 ms at 20 years
KeepLost = Callable[[Connection, list["LostEdit"]], list[Any]]  # stores them, returns the new


@dataclass(frozen=True)
class LostEdit:
    table: str
    record_id: str
    lost: dict[str, Any]
    won: dict[str, Any]


@dataclass
class MergeCounts:
    visits_new: int = 0
    visits_known: int = 0
    records_new: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    lost_edits: list[LostEdit] = field(default_factory=list)
    kept: list[Any] = field(default_factory=list)  # conflicts not known before (views)


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def _insert_sql(synced: SyncedTable, verb: str = "INSERT") -> str:
    marks = ", ".join("?" for _ in synced.columns)
    return f'{verb} INTO "{synced.name}" ({_quoted(synced.columns)}) VALUES ({marks})'


def _update_sql(synced: SyncedTable) -> str:
    settings = ", ".join(f'"{column}" = ?' for column in synced.columns[1:])
    return f'UPDATE "{synced.name}" SET {settings} WHERE id = ?'


def _as_update(row: Sequence[Any]) -> tuple[Any, ...]:
    return (*row[1:], row[0])


def _is_seen(stamp: str, history: str) -> bool:
    """Whether the version stamped `stamp` was replaced on the way to the one with `history`."""
    return stamp == SEED_STAMP or stamp in json.loads(history)


def _same_values(one: dict[str, Any], other: dict[str, Any]) -> bool:
    return all(one[key] == other[key] for key in one if key not in _BOOKKEEPING)


def _local_rows(
    connection: Connection, synced: SyncedTable, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for marks, chunk in in_chunks(ids):
        query = f'SELECT {_quoted(synced.columns)} FROM "{synced.name}" WHERE id IN ({marks})'
        for row in connection.exec_driver_sql(query, chunk):
            found[row[0]] = dict(zip(synced.columns, row, strict=True))
    return found


def _merge_records(
    connection: Connection, synced: SyncedTable, rows: list[list[Any]], counts: MergeCounts
) -> set[str]:
    """Merge one record table; returns the ids whose incoming version won (new or newer)."""
    stamp_at = synced.columns.index("hlc")
    history_at = synced.columns.index("history")
    # The local versions of the chunk's records, read once before anything is written: their
    # stamps decide, and a conflict keeps the local side as it was.
    local = _local_rows(connection, synced, [row[0] for row in rows])
    inserts: list[list[Any]] = []
    updates: list[list[Any]] = []
    lost_here: list[tuple[list[Any], bool]] = []  # (incoming row, whether the local one lost)
    for row in rows:
        known = local.get(row[0])
        if known is None:
            inserts.append(row)
            continue
        local_stamp, local_history = known["hlc"], known["history"]
        stamp = row[stamp_at]
        if stamp == local_stamp:
            counts.records_unchanged += 1
        elif stamp > local_stamp:
            updates.append(row)
            if not _is_seen(local_stamp, row[history_at]):
                lost_here.append((row, True))
        else:
            counts.records_unchanged += 1
            if not _is_seen(stamp, local_history):
                lost_here.append((row, False))
    for row, local_lost in lost_here:
        incoming = dict(zip(synced.columns, row, strict=True))
        mine = local[row[0]]
        if _same_values(incoming, mine):
            continue  # the same change made twice (two laptops adding one organisation)
        lost, won = (mine, incoming) if local_lost else (incoming, mine)
        counts.lost_edits.append(LostEdit(synced.name, row[0], lost, won))
    if inserts:
        connection.exec_driver_sql(_insert_sql(synced), [tuple(row) for row in inserts])
    if updates:
        connection.exec_driver_sql(_update_sql(synced), [_as_update(row) for row in updates])
    counts.records_new += len(inserts)
    counts.records_updated += len(updates)
    return {row[0] for row in inserts} | {row[0] for row in updates}


def _replace_parts(connection: Connection, staging: Staging, winners: set[str]) -> None:
    """The parts of every activity whose incoming version won become the incoming parts."""
    if not winners:
        return
    chosen = sorted(winners)
    for synced in SYNCED_TABLES:
        if synced.kind is not Kind.PART:
            continue
        connection.exec_driver_sql(
            f'DELETE FROM "{synced.name}" WHERE activity_id = ?', [(key,) for key in chosen]
        )
        incoming = staging.parts_of(synced.name, chosen)
        if incoming:
            connection.exec_driver_sql(_insert_sql(synced), incoming)


def _merge_events(connection: Connection, synced: SyncedTable, rows: list[list[Any]]) -> int:
    """Insert the events not yet here; returns how many were new."""
    if not rows:
        return 0
    result = connection.exec_driver_sql(
        _insert_sql(synced, "INSERT OR IGNORE"), [tuple(row) for row in rows]
    )
    return result.rowcount


def _chunks(staging: Staging, synced: SyncedTable) -> list[tuple[str, int]]:
    """How `synced`'s staged rows are read: (condition, chunk size), in order."""
    if synced.kind is Kind.RECORD:
        return [("1", RECORD_CHUNK)]
    if synced.name == "visit":  # a +1 before the −1 that corrects it
        return [("corrects_id IS NULL", EVENT_CHUNK), ("corrects_id IS NOT NULL", EVENT_CHUNK)]
    return [("1", EVENT_CHUNK)]


def merge_staged(db: Database, staging: Staging, keep_lost: KeepLost) -> MergeCounts:
    """Merge everything staged, a chunk per transaction; `keep_lost` stores each chunk's lost
    edits (conflicts) in that chunk's transaction."""
    counts = MergeCounts()
    for synced in SYNCED_TABLES:
        if synced.kind is Kind.PART:
            continue  # with their activity
        for where, size in _chunks(staging, synced):
            for rows in staging.chunks(synced.name, size, where):
                with db.write_core() as connection:
                    # Rows of one table may refer to each other; SQLite checks at COMMIT.
                    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                    _merge_chunk(connection, staging, synced, rows, counts, keep_lost)
    return counts


def _merge_chunk(
    connection: Connection,
    staging: Staging,
    synced: SyncedTable,
    rows: list[list[Any]],
    counts: MergeCounts,
    keep_lost: KeepLost,
) -> None:
    if synced.kind is Kind.RECORD:
        lost_before = len(counts.lost_edits)
        won = _merge_records(connection, synced, rows, counts)
        if synced.name == PARENT_TABLE:
            _replace_parts(connection, staging, won)
        new_lost = counts.lost_edits[lost_before:]
        if new_lost:
            counts.kept += keep_lost(connection, new_lost)
    elif synced.name == "visit":
        new = _merge_events(connection, synced, rows)
        counts.visits_new += new
        counts.visits_known += len(rows) - new
    else:
        _merge_events(connection, synced, rows)
