"""Counting visits at the door: append-only +1 events, and −1 events that undo one."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, case, func, insert, literal_column, select
from sqlalchemy.orm import Session

from vanskapshuset.domain.age_bands import find_band
from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.localtime import to_local
from vanskapshuset.domain.rules import (
    VISITS_AT_ONCE,
    check_event_date,
    check_moment,
    moment_in_range,
)
from vanskapshuset.domain.vocabulary import Gender, VisitSource, parse_choice
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import records
from vanskapshuset.messages import visits as said
from vanskapshuset.messages.rules import CHOICE_GENDER
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.visit_rows import Band, arrival_rows, correction_row
from vanskapshuset.store.models import AgeBandRecord, Leader, Site, Visit

# Built once: composing statements per click costs more than running them.
_SITE_DELETED = select(Site.deleted).where(Site.id == bindparam("site_id"))
_LEADER_EXISTS = select(Leader.id).where(Leader.id == bindparam("leader_id"))
_LIVE_BAND = select(AgeBandRecord.code, AgeBandRecord.min_age, AgeBandRecord.max_age).where(
    AgeBandRecord.code == bindparam("code"), AgeBandRecord.deleted.is_(False)
)
_INSERT_VISITS = insert(Visit)


@dataclass(frozen=True)
class DayGrid:
    """Net visits of one site and day per (gender, age band), and per local hour."""

    cells: dict[tuple[Gender, str], int]
    by_hour: dict[int, int]
    new: int = 0  # net visits marked new (first time this season)

    @property
    def total(self) -> int:
        return sum(self.cells.values())


def _undone_ids() -> Select[str | None]:
    return select(Visit.corrects_id).where(Visit.corrects_id.is_not(None))


class VisitService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def add(
        self,
        site_id: str,
        gender: str,
        age_band: str,
        count: int = 1,
        at: dt.datetime | None = None,
        source: VisitSource = VisitSource.DOOR,
        leader_id: str | None = None,
        new: bool = False,
    ) -> list[str]:
        """Record `count` arriving people (`new`: marked as their first visit this season);
        returns their ids once durably committed."""
        VISITS_AT_ONCE.check(count)
        parsed_gender = parse_choice(Gender, gender, CHOICE_GENDER)
        if at is None:
            now = self.context.now()
            if not moment_in_range(now):  # a laptop whose clock battery ran out
                raise UserError(said.CLOCK_WRONG(date=f"{now:%Y-%m-%d}"))
            moment = to_local(now)
        else:
            moment = check_moment(at)
            check_event_date(moment.date(), self.context.today())
            self.access.require_day_open(moment.date(), locked.COUNT_VISITS)
        with self.context.db.write_core() as connection:
            site_deleted = connection.scalar(_SITE_DELETED, {"site_id": site_id})
            if site_deleted is None or site_deleted:
                raise NotFoundError(records.NO_SUCH_ID(kind=records.KIND_SITE, id=site_id))
            if (
                leader_id is not None
                and connection.scalar(select(Leader.id).where(Leader.id == leader_id)) is None
            ):
                raise NotFoundError(records.NO_SUCH_ID(kind=records.KIND_LEADER, id=leader_id))
            band = connection.execute(_LIVE_BAND, {"code": age_band.strip()}).first()
            if band is None:
                with Session(connection) as session:
                    find_band(AgeBandService.current(session), age_band)  # raises, listing them
                raise NotFoundError(said.UNKNOWN_AGE_BAND(band=age_band), field="age_band")
            rows = arrival_rows(
                site_id=site_id,
                moment=moment,
                gender=parsed_gender.value,
                band=Band(band.code, band.min_age, band.max_age),
                count=count,
                source=source,
                leader_id=leader_id,
                device_id=self.context.device_id,
                new=new,
            )
            connection.execute(_INSERT_VISITS, rows)
        return [row["id"] for row in rows]

    def undo(self, visit_id: str) -> str:
        """Write the −1 event that cancels visit `visit_id`; returns the correction's id."""
        with self.context.db.read() as session:
            day = session.scalar(select(Visit.local_date).where(Visit.id == visit_id))
        if day is not None:
            self.access.require_day_open(day, locked.COUNT_VISITS)
        with self.context.db.write_core() as connection:
            original = connection.execute(select(Visit).where(Visit.id == visit_id)).first()
            if original is None or original.delta != 1:
                raise NotFoundError(said.UNDO_MISSING())
            already = connection.scalar(select(Visit.id).where(Visit.corrects_id == visit_id))
            if already is not None:
                raise UserError(said.ALREADY_UNDONE())
            row = correction_row(
                original._mapping,
                at=to_local(self.context.now()),
                device_id=self.context.device_id,
            )
            connection.execute(_INSERT_VISITS, [row])
        return str(row["id"])

    def latest_undoable(self, site_id: str, day: dt.date, gender: str, age_band: str) -> str | None:
        """The newest visit in a cell that has not been undone yet (for a −1 on that cell)."""
        query = (
            select(Visit.id)
            .where(
                Visit.site_id == site_id,
                Visit.local_date == day,
                Visit.gender == gender,
                Visit.age_band == age_band,
                Visit.delta == 1,
                Visit.id.not_in(_undone_ids()),
            )
            # the same moment (two clicks within the clock's step): the one written last
            .order_by(Visit.occurred_at.desc(), literal_column("visit.rowid").desc())
            .limit(1)
        )
        with self.context.db.read() as session:
            return session.scalar(query)

    def day_grid(self, site_id: str, day: dt.date) -> DayGrid:
        hour = func.cast(func.substr(Visit.occurred_at, 12, 2), type_=Visit.age_min.type)
        where = (Visit.site_id == site_id, Visit.local_date == day)
        with self.context.db.read() as session:
            # The new-visitor count in the same pass over the covering index as the cells.
            marked = func.sum(case((Visit.is_new.is_(True), Visit.delta), else_=0))
            cells = session.execute(
                select(Visit.gender, Visit.age_band, func.sum(Visit.delta), marked)
                .where(*where)
                .group_by(Visit.gender, Visit.age_band)
            ).all()
            hours = session.execute(
                select(hour, func.sum(Visit.delta))
                .where(*where, Visit.delta > 0, Visit.id.not_in(_undone_ids()))
                .group_by(hour)
            ).all()
        return DayGrid(
            cells={(Gender(g), band): int(n) for g, band, n, _ in cells if n},
            by_hour={int(h): int(n) for h, n in hours},
            new=sum(int(new or 0) for *_, new in cells),
        )

    def marked_new(self, visit_id: str) -> bool:
        """Whether visit `visit_id` was marked new (a corrected one is counted again as it was)."""
        with self.context.db.read() as session:
            return bool(session.scalar(select(Visit.is_new).where(Visit.id == visit_id)))
