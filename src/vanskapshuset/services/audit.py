"""Reading the audit log (the coordinator's Historik)."""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal_column, select

from vanskapshuset.messages import access as locked
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.store.models import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    device_id: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def count(self) -> int:
        with self.context.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    def recent(self, limit: int = 200, offset: int = 0) -> list[AuditRecord]:
        """The newest changes: the coordinator's to read (they name leaders and what changed)."""
        self.access.require_coordinator(locked.HISTORY)
        # rowid breaks ties: entries of one transaction share their timestamp
        query = (
            select(AuditEntry)
            .order_by(AuditEntry.at.desc(), literal_column("audit_log.rowid").desc())
            .limit(limit)
            .offset(offset)
        )
        with self.context.db.read() as session:
            return [
                AuditRecord(
                    e.at,
                    e.device_id,
                    e.actor,
                    e.action,
                    e.entity,
                    e.entity_id,
                    json.loads(e.before) if e.before else None,
                    json.loads(e.after) if e.after else None,
                )
                for e in session.scalars(query)
            ]
