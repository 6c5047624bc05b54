"""What every service needs: the database, the clock, this laptop, and who is acting."""

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from vanskapshuset.domain.hlc import HybridLogicalClock, Stamp
from vanskapshuset.domain.localtime import Clock, epoch_ms, local_date
from vanskapshuset.store.database import Database
from vanskapshuset.store.models import AuditEntry, EditableRecord, LocalState

HLC_STATE_KEY = "hlc_last"
# Seeded defaults get the oldest possible stamp, so any edit made by a person wins a merge.
SEED_STAMP = Stamp(0, 0, "seed").encode()
# How many replaced stamps a record remembers; a longer chain of edits on one laptop between two
# exchanges may be reported as a conflict it was not (a harmless note for the coordinator).
HISTORY_LENGTH = 20
SEED_NAMESPACE = uuid.UUID("5b0f6a52-8d0c-4a53-9c4e-7a1f1d3c2b10")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """The same id on every laptop for the same thing (a seeded default, a site's day log)."""
    return str(uuid.uuid5(SEED_NAMESPACE, "/".join(parts)))


def push_history(history: str | None, replaced: str) -> str:
    """The history after `replaced` was edited: newest first, at most HISTORY_LENGTH stamps."""
    earlier = json.loads(history) if history else []
    return json.dumps([replaced, *earlier][:HISTORY_LENGTH])


def snapshot(record: object) -> dict[str, Any]:
    """A record's column values as JSON-friendly data, for the audit log."""
    values: dict[str, Any] = {}
    for column in inspect(record).mapper.column_attrs:
        value = getattr(record, column.key)
        if isinstance(value, dt.date | dt.time | dt.datetime):
            value = value.isoformat()
        values[column.key] = value
    return values


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    device_id: str
    device_name: str
    actor: str
    hlc: HybridLogicalClock = field(init=False)

    def __post_init__(self) -> None:
        with self.db.read() as session:
            last = session.get(LocalState, HLC_STATE_KEY)
        stamp = Stamp.decode(last.value) if last else None
        self.hlc = HybridLogicalClock(self.device_id, stamp)

    def now(self) -> dt.datetime:
        return self.clock.now()

    def today(self) -> dt.date:
        """Today in Stockholm: the system clock runs in UTC, two hours behind on a summer night."""
        return local_date(self.clock.now())

    def next_stamp(self) -> str:
        """A fresh clock stamp; `remember_clock` must be called in the same transaction."""
        return self.hlc.tick(epoch_ms(self.now())).encode()

    def remember_clock(self, session: Session) -> None:
        session.merge(LocalState(key=HLC_STATE_KEY, value=self.hlc.last.encode()))

    def stamp(self, session: Session, record: EditableRecord) -> None:
        """Give `record` a fresh clock stamp, and remember the clock state in the same commit.

        The new stamp is always newer than the one it replaces, even if this laptop's clock was
        set back since: an edit made on top of a version must win against that version.
        """
        now_ms = epoch_ms(self.now())
        stamp = self.hlc.tick(now_ms)
        previous = record.hlc
        if previous:
            replaced = Stamp.decode(previous)
            if stamp <= replaced:
                stamp = self.hlc.observe(replaced, now_ms)
            record.history = push_history(record.history, previous)
        record.hlc = stamp.encode()
        record.device_id = self.device_id
        self.remember_clock(session)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        session.add(
            AuditEntry(
                id=new_id(),
                at=self.now(),
                device_id=self.device_id,
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=None if before is None else json.dumps(before, ensure_ascii=False),
                after=None if after is None else json.dumps(after, ensure_ascii=False),
            )
        )

    def record_created(self, session: Session, entity: str, record: EditableRecord) -> None:
        self.stamp(session, record)
        session.add(record)
        session.flush()
        self.audit(session, "create", entity, record.id, None, snapshot(record))  # type: ignore[attr-defined]

    def record_changed(
        self, session: Session, entity: str, record: EditableRecord, before: dict[str, Any]
    ) -> None:
        self.stamp(session, record)
        session.flush()
        action = "delete" if record.deleted else "update"
        self.audit(session, action, entity, record.id, before, snapshot(record))  # type: ignore[attr-defined]
