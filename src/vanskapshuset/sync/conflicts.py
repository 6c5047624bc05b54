"""Edits that lost a conflict: kept once each at import, listed, marked as seen, counted."""

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from vanskapshuset.domain.hlc import Stamp
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.store.models import SyncConflict
from vanskapshuset.sync.exchanges import device_names
from vanskapshuset.sync.merge import LostEdit
from vanskapshuset.sync.results import ConflictView


def _moment_of(stamp: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(Stamp.decode(stamp).wall_ms / 1000, dt.UTC)


def keep_conflicts(
    connection: Connection,
    lost_edits: Iterable[LostEdit],
    now: dt.datetime,
    names: dict[str, str],
) -> list[ConflictView]:
    """Store each lost edit once; returns those not known before."""
    kept: list[ConflictView] = []
    for edit in lost_edits:
        row = {
            "id": new_id(),
            "found_at": now,
            "table_name": edit.table,
            "record_id": edit.record_id,
            "lost_hlc": edit.lost["hlc"],
            "lost_device_id": edit.lost["device_id"],
            "lost_values": json.dumps(edit.lost, ensure_ascii=False),
            "won_hlc": edit.won["hlc"],
            "won_device_id": edit.won["device_id"],
            "won_values": json.dumps(edit.won, ensure_ascii=False),
            "seen": False,
        }
        result = connection.execute(insert(SyncConflict).prefix_with("OR IGNORE").values(row))
        if result.rowcount:
            kept.append(_conflict_view(row, names))
    return kept


def _conflict_view(row: dict[str, Any], names: dict[str, str]) -> ConflictView:
    def name(device_id: str) -> str:
        return names.get(device_id, device_id[:8])

    return ConflictView(
        id=row["id"],
        found_at=row["found_at"],
        entity=row["table_name"],
        record_id=row["record_id"],
        lost_device=name(row["lost_device_id"]),
        lost_at=_moment_of(row["lost_hlc"]),
        won_device=name(row["won_device_id"]),
        won_at=_moment_of(row["won_hlc"]),
        lost_values=json.loads(row["lost_values"]),
        won_values=json.loads(row["won_values"]),
        seen=bool(row["seen"]),
    )


def list_conflicts(context: ServiceContext, include_seen: bool = True) -> list[ConflictView]:
    """Edits that lost a conflict, newest first."""
    with context.db.read() as session:
        connection = session.connection()
        names = device_names(connection, context)
        query = select(SyncConflict).order_by(SyncConflict.found_at.desc())
        if not include_seen:
            query = query.where(SyncConflict.seen.is_(False))
        rows = [
            {column.key: getattr(conflict, column.key) for column in SyncConflict.__table__.c}
            for conflict in session.scalars(query)
        ]
    return [_conflict_view(row, names) for row in rows]


def unseen_count(context: ServiceContext) -> int:
    """How many conflicts nobody has marked as seen: one count query (asked at every change)."""
    with context.db.read() as session:
        query = select(func.count()).select_from(SyncConflict).where(SyncConflict.seen.is_(False))
        return session.scalar(query) or 0


def mark_seen(context: ServiceContext, conflict_ids: Iterable[str]) -> None:
    ids = list(conflict_ids)
    with context.db.write_core() as connection:
        connection.execute(update(SyncConflict).where(SyncConflict.id.in_(ids)).values(seen=True))
