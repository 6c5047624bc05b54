"""A filled paper tally sheet typed in: its counts become that day's visits, marked as paper.

The whole sheet is one transaction, and so is its undo: a sheet is either in or out, never half.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select

from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.localtime import STOCKHOLM, to_local
from vanskapshuset.domain.rules import PAPER_PER_CELL, PAPER_PER_SHEET, check_date
from vanskapshuset.domain.vocabulary import Gender, VisitSource, parse_choice
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import records
from vanskapshuset.messages import visits as said
from vanskapshuset.messages.rules import CHOICE_GENDER
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.visit_rows import Band, arrival_rows, correction_row
from vanskapshuset.store.models import AgeBandRecord, Leader, Site, Visit

# Typed-in visits have no time of their own: noon of the counted day keeps them on that day.
PAPER_TIME = dt.time(12, 0)


@dataclass(frozen=True)
class PaperEntry:
    site_id: str
    day: dt.date
    visit_ids: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.visit_ids)


class PaperTallyService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def enter(
        self,
        site_id: str,
        day: dt.date,
        counts: Mapping[tuple[str, str], int],
        leader_id: str | None = None,
    ) -> PaperEntry:
        """Write `counts` ((gender, band) → number of visitors) as visits of `day` at the site."""
        self.access.require_day_open(day, locked.PAPER_TALLY)
        for count in counts.values():
            PAPER_PER_CELL.check(count)
        PAPER_PER_SHEET.check(sum(counts.values()))
        check_date(day)
        if day > self.context.today():
            raise UserError(said.PAPER_DAY_AHEAD(day=day), field="day")
        moment = dt.datetime.combine(day, PAPER_TIME, tzinfo=STOCKHOLM)
        with self.context.db.write_core() as connection:
            site = connection.execute(select(Site.deleted).where(Site.id == site_id)).first()
            if site is None or site.deleted:
                raise NotFoundError(records.NO_SUCH_ID(kind=records.KIND_SITE, id=site_id))
            if (
                leader_id
                and connection.scalar(select(Leader.id).where(Leader.id == leader_id)) is None
            ):
                raise NotFoundError(records.NO_SUCH_ID(kind=records.KIND_LEADER, id=leader_id))
            bands = {
                code: (low, high)
                for code, low, high in connection.execute(
                    select(AgeBandRecord.code, AgeBandRecord.min_age, AgeBandRecord.max_age).where(
                        AgeBandRecord.deleted.is_(False)
                    )
                )
            }
            rows = []
            for (gender, band), count in counts.items():
                parsed = parse_choice(Gender, gender, CHOICE_GENDER)
                if band not in bands:
                    raise NotFoundError(said.UNKNOWN_AGE_BAND(band=band), field="age_band")
                low, high = bands[band]
                rows += arrival_rows(
                    site_id=site_id,
                    moment=moment,
                    gender=parsed.value,
                    band=Band(band, low, high),
                    count=count,
                    source=VisitSource.PAPER,
                    leader_id=leader_id,
                    device_id=self.context.device_id,
                )
            connection.execute(insert(Visit), rows)
        return PaperEntry(site_id, day, tuple(row["id"] for row in rows))

    def undo(self, entry: PaperEntry) -> None:
        """Take a typed-in sheet back out: a −1 event for each of its visits, all or none."""
        self.access.require_day_open(entry.day, locked.PAPER_TALLY)
        self._correct(entry.visit_ids)

    def _correct(self, visit_ids: Sequence[str]) -> None:
        now = to_local(self.context.now())
        with self.context.db.write_core() as connection:
            originals = connection.execute(
                select(Visit).where(Visit.id.in_(visit_ids), Visit.delta == 1)
            ).all()
            already = connection.scalar(
                select(Visit.id).where(Visit.corrects_id.in_(visit_ids)).limit(1)
            )
            if len(originals) != len(visit_ids) or already is not None:
                raise UserError(said.PAPER_GONE())
            connection.execute(
                insert(Visit),
                [
                    correction_row(v._mapping, at=now, device_id=self.context.device_id)
                    for v in originals
                ],
            )
