"""Merging a checked bundle into the database, inside the caller's one write transaction.

- Visits and audit entries are events: a union by id (INSERT OR IGNORE).
- Records take the version with the newest clock stamp, tombstones included. The comparison is
  a pure function of the two versions, so the order of imports never matters and importing the
  same bundle again changes nothing.
- An activity's participants and partners are part of its value: they are replaced together
  with the activity when the incoming version wins, and left alone when it loses.
- A version that loses although its editor never saw the winner (its stamp is not in the
  winner's history) is a conflict: kept in `sync_conflict` for the coordinator, once.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from vanskapshuset.services.context import SEED_STAMP
from vanskapshuset.sync.bundle_reader import Bundle
from vanskapshuset.sync.tables import PARENT_TABLE, SYNCED_TABLES, Kind, SyncedTable

_BOOKKEEPING = frozenset({"hlc", "device_id", "history"})
_CHUNK = 500  # SQLite's limit on bound parameters is far above this


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


def _local_versions(connection: Connection, table: str) -> dict[str, tuple[str, str]]:
    rows = connection.exec_driver_sql(f'SELECT id, hlc, history FROM "{table}"')
    return {record_id: (stamp, history) for record_id, stamp, history in rows}


def _local_rows(
    connection: Connection, synced: SyncedTable, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        query = f'SELECT {_quoted(synced.columns)} FROM "{synced.name}" WHERE id IN ({marks})'
        for row in connection.exec_driver_sql(query, tuple(chunk)):
            found[row[0]] = dict(zip(synced.columns, row, strict=True))
    return found


def _merge_records(
    connection: Connection, synced: SyncedTable, rows: list[list[Any]], counts: MergeCounts
) -> set[str]:
    """Merge one record table; returns the ids whose incoming version won (new or newer)."""
    stamp_at = synced.columns.index("hlc")
    history_at = synced.columns.index("history")
    local = _local_versions(connection, synced.name)
    inserts: list[list[Any]] = []
    updates: list[list[Any]] = []
    lost_here: list[tuple[list[Any], bool]] = []  # (incoming row, whether the local one lost)
    for row in rows:
        known = local.get(row[0])
        if known is None:
            inserts.append(row)
            continue
        local_stamp, local_history = known
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
    if lost_here:
        # Read before writing: the local side of each conflict as it was.
        before = _local_rows(connection, synced, [row[0] for row, _ in lost_here])
        for row, local_lost in lost_here:
            incoming = dict(zip(synced.columns, row, strict=True))
            mine = before[row[0]]
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


def _replace_parts(
    connection: Connection, synced: SyncedTable, rows: list[list[Any]], winners: set[str]
) -> None:
    """The parts of every activity whose incoming version won become the incoming parts."""
    if not winners:
        return
    parent_at = synced.columns.index("activity_id")
    connection.exec_driver_sql(
        f'DELETE FROM "{synced.name}" WHERE activity_id = ?', [(key,) for key in winners]
    )
    incoming = [tuple(row) for row in rows if row[parent_at] in winners]
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


def merge_bundle(connection: Connection, bundle: Bundle) -> MergeCounts:
    """Merge everything in `bundle`; the caller's transaction makes it all or nothing."""
    # Rows refer to each other in every direction; SQLite checks the references at COMMIT.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    counts = MergeCounts()
    winners: set[str] = set()
    for synced in SYNCED_TABLES:
        rows = bundle.rows[synced.name]
        if synced.kind is Kind.RECORD:
            won = _merge_records(connection, synced, rows, counts)
            if synced.name == PARENT_TABLE:
                winners = won
        elif synced.kind is Kind.PART:
            _replace_parts(connection, synced, rows, winners)
        elif synced.name == "visit":
            new = _merge_events(connection, synced, rows)
            counts.visits_new += new
            counts.visits_known += len(rows) - new
        else:
            _merge_events(connection, synced, rows)
    return counts
