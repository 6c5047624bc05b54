"""Dagbok: per site and date, whether it was open, the hours, who worked and a short note."""

import builtins
import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from vanskapshuset.domain.errors import NotFoundError
from vanskapshuset.domain.rules import NOTE, check_event_date, check_period, check_time_span
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import records as said
from vanskapshuset.messages.rules import DAY_LOG_CLOSES_BEFORE_OPENING
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext, derived_id, snapshot
from vanskapshuset.store.models import DayLog, Leader, Site


@dataclass(frozen=True)
class DayLogEntry:
    site_id: str
    date: dt.date
    is_open: bool | None
    opens_at: dt.time | None
    closes_at: dt.time | None
    leader_ids: tuple[str, ...]
    note: str


def day_log_id(site_id: str, day: dt.date) -> str:
    return derived_id("day_log", site_id, day.isoformat())


class DayLogService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def get(self, site_id: str, day: dt.date) -> DayLogEntry:
        with self.context.db.read() as session:
            log = session.get(DayLog, day_log_id(site_id, day))
        if log is None or log.deleted:
            return DayLogEntry(site_id, day, None, None, None, (), "")
        return _entry(log)

    def list(
        self, start: dt.date, end: dt.date, site_id: str | None = None
    ) -> builtins.list[DayLogEntry]:
        """The day logs written for the days from `start` to `end`, by day and site."""
        start, end = check_period(start, end)
        query = select(DayLog).where(
            DayLog.local_date.between(start, end), DayLog.deleted.is_(False)
        )
        if site_id is not None:
            query = query.where(DayLog.site_id == site_id)
        with self.context.db.read() as session:
            logs = session.scalars(query.order_by(DayLog.local_date, DayLog.site_id))
            return [_entry(log) for log in logs]

    def save(self, entry: DayLogEntry) -> None:
        self.access.require_day_open(entry.date, locked.DAY_LOG)
        if entry.opens_at and entry.closes_at:
            check_time_span(
                entry.opens_at, entry.closes_at, DAY_LOG_CLOSES_BEFORE_OPENING, field="closes_at"
            )
        note = NOTE.clean(entry.note)
        check_event_date(entry.date, self.context.today())
        with self.context.db.write() as session:
            site = session.get(Site, entry.site_id)
            if site is None or site.deleted:
                raise NotFoundError(said.NO_SUCH_ID(kind=said.KIND_SITE, id=entry.site_id))
            for leader_id in entry.leader_ids:
                if session.get(Leader, leader_id) is None:
                    raise NotFoundError(said.NO_SUCH_ID(kind=said.KIND_LEADER, id=leader_id))
            log = session.get(DayLog, day_log_id(entry.site_id, entry.date))
            before = snapshot(log) if log is not None else None
            if log is None:
                log = DayLog(id=day_log_id(entry.site_id, entry.date))
                session.add(log)
            log.site_id = entry.site_id
            log.local_date = entry.date
            log.is_open = entry.is_open
            log.opens_at = entry.opens_at
            log.closes_at = entry.closes_at
            log.leaders_present = json.dumps(list(entry.leader_ids))
            log.note = note
            log.deleted = False
            self.context.stamp(session, log)
            session.flush()
            action = "create" if before is None else "update"
            self.context.audit(session, action, "day_log", log.id, before, snapshot(log))


def _entry(log: DayLog) -> DayLogEntry:
    return DayLogEntry(
        log.site_id,
        log.local_date,
        log.is_open,
        log.opens_at,
        log.closes_at,
        tuple(json.loads(log.leaders_present)),
        log.note,
    )
