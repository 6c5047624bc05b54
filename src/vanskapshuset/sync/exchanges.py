"""The exchange log (sync_log): each bundle written or imported, and what it says of peers."""

import datetime as dt
import json

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from vanskapshuset.messages.text import Message
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.store.models import SyncLog
from vanskapshuset.sync.results import PeerStatus


def log_exchange(
    connection: Connection,
    context: ServiceContext,
    *,
    direction: str,
    device_id: str,
    device_name: str,
    created_at: dt.datetime,
    digest: str,
    file_name: str,
    counts: tuple[int, int, int, int, int],
    warnings: list[Message],
) -> None:
    visits_new, records_new, records_updated, records_unchanged, conflicts = counts
    connection.execute(
        insert(SyncLog).values(
            id=new_id(),
            at=context.now(),
            direction=direction,
            device_id=device_id,
            device_name=device_name,
            bundle_created_at=created_at,
            digest=digest,
            file_name=file_name,
            visits_new=visits_new,
            records_new=records_new,
            records_updated=records_updated,
            records_unchanged=records_unchanged,
            conflicts=conflicts,
            # The log keeps the sentences as said then, in Swedish.
            warnings=json.dumps([str(w) for w in warnings], ensure_ascii=False),
        )
    )


def device_names(connection: Connection, context: ServiceContext) -> dict[str, str]:
    """Each laptop's latest name as its bundles gave it; this laptop's own as it is now."""
    rows = connection.execute(select(SyncLog.device_id, SyncLog.device_name).order_by(SyncLog.at))
    names = {device_id: name for device_id, name in rows}
    names[context.device_id] = context.device_name
    return names


def _exchanges(
    context: ServiceContext, latest_only: bool, limit: int | None = None
) -> list[PeerStatus]:
    query = select(SyncLog).order_by(SyncLog.at.desc())
    if limit is not None:
        query = query.limit(limit)
    with context.db.read() as session:
        entries = list(session.scalars(query))
    found: list[PeerStatus] = []
    devices: set[str] = set()
    for entry in entries:
        if latest_only and entry.device_id in devices:
            continue
        devices.add(entry.device_id)
        found.append(
            PeerStatus(
                device_id=entry.device_id,
                device_name=entry.device_name,
                is_this_laptop=entry.direction == "export",
                last_at=entry.at,
                bundle_created_at=entry.bundle_created_at,
                visits_new=entry.visits_new,
                records_new=entry.records_new,
                records_updated=entry.records_updated,
                conflicts=entry.conflicts,
                file_name=entry.file_name,
            )
        )
    return found


def peers(context: ServiceContext) -> list[PeerStatus]:
    """The last exchange with each laptop: its last bundle imported, and this laptop's own
    last bundle written."""
    return _exchanges(context, latest_only=True)


def recent(context: ServiceContext, limit: int = 30) -> list[PeerStatus]:
    """The latest exchanges of any kind, newest first: what came in, and when."""
    return _exchanges(context, latest_only=False, limit=limit)
