"""The one source of every measure: the rows of a period, read in a handful of grouped queries.

`stats --json` (`services/statistics.py`) and every report and format (`reports/`) sum these
same rows, so no figure is computed twice. Everything below `PeriodFacts.load` is plain
Python: net visits, live activities, and the open days, activity days and opening hours of
`domain/open_days.py` (a day is open when its day log says open or visits were counted;
activities alone make an activity day).
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, case, func, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from vanskapshuset.domain import open_days as day_rule
from vanskapshuset.store.models import (
    Activity,
    ActivityParticipant,
    ActivityPartner,
    ActivityType,
    DayLog,
    Organisation,
    Site,
    Visit,
)


@dataclass(frozen=True)
class Measures:
    """The quantitative measures of agreement section 8 for one slice of a period."""

    knowledge_exchanges: int
    active_organisations: int  # a distinct count: an organisation active twice counts once
    activities: int
    participants: int


@dataclass(frozen=True)
class VisitTotals:
    """Visits and open days of one slice, by the rule of `domain/open_days.py`."""

    visits: int
    days_open: int
    activity_days: int = 0
    visits_per_open_hour: float | None = None  # None: no open day with opening hours

    @property
    def avg_visits_per_open_day(self) -> float:
        return day_rule.average_per_open_day(self.visits, self.days_open)


@dataclass(frozen=True)
class VisitCell:
    date: dt.date
    site_id: str
    gender: str
    age_band: str
    net: int
    new: int = 0  # of `net`, the visits marked new (first this season), net after corrections


@dataclass(frozen=True)
class ActivityFact:
    id: str
    date: dt.date
    site_id: str
    type_name: str
    area: str
    knowledge_exchange: bool
    organisation_ids: frozenset[str]  # the organiser and the partners
    participants: dict[tuple[str, str], int] = field(hash=False)  # (gender, band) → count
    # What the partner report lists per activity (reports/partner.py).
    title: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    organiser_id: str | None = None  # the organiser among `organisation_ids`; the rest partner

    @property
    def participants_total(self) -> int:
        return sum(self.participants.values())


@dataclass(frozen=True)
class PeriodFacts:
    start: dt.date
    end: dt.date
    visits: tuple[VisitCell, ...]
    activities: tuple[ActivityFact, ...]
    open_logs: frozenset[tuple[dt.date, str]]  # (date, site id) whose day log says open
    site_names: dict[str, str]
    organisations: dict[str, tuple[str, str]]  # id → (name, kind)
    # (date, site id) → the opening hours its day log gives (day_rule.opening_hours)
    hours: dict[tuple[dt.date, str], Decimal] = field(default_factory=dict, hash=False)

    @staticmethod
    def load(
        session: Session,
        start: dt.date,
        end: dt.date,
        site_ids: Collection[str] | None,
    ) -> "PeriodFacts":
        """The rows of `start`..`end` at the given sites (None: every site)."""
        chosen = None if site_ids is None else sorted(site_ids)

        def here(column: InstrumentedAttribute[str]) -> list[ColumnElement[bool]]:
            return [column.in_(chosen)] if chosen is not None else []

        # The −1 of a new visit is marked new too (visit_rows.correction_row), so this sum is
        # the net new visits; both sums are read from the covering index ix_visit_stats.
        new = func.sum(case((Visit.is_new.is_(True), Visit.delta), else_=0))
        visits = tuple(
            VisitCell(day, site, gender, band, int(net), int(fresh))
            for day, site, gender, band, net, fresh in session.execute(
                select(
                    Visit.local_date,
                    Visit.site_id,
                    Visit.gender,
                    Visit.age_band,
                    func.sum(Visit.delta),
                    new,
                )
                .where(Visit.local_date.between(start, end), *here(Visit.site_id))
                .group_by(Visit.local_date, Visit.site_id, Visit.gender, Visit.age_band)
            )
        )
        live = [
            Activity.deleted.is_(False),
            Activity.local_date.between(start, end),
            *here(Activity.site_id),
        ]
        participants: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
        for activity_id, gender, band, count in session.execute(
            select(
                ActivityParticipant.activity_id,
                ActivityParticipant.gender,
                ActivityParticipant.age_band,
                func.sum(ActivityParticipant.count),
            )
            .join(Activity, Activity.id == ActivityParticipant.activity_id)
            .where(*live)
            .group_by(
                ActivityParticipant.activity_id,
                ActivityParticipant.gender,
                ActivityParticipant.age_band,
            )
        ):
            participants[activity_id][(gender, band)] = int(count)
        partners: dict[str, set[str]] = defaultdict(set)
        for activity_id, organisation_id in session.execute(
            select(ActivityPartner.activity_id, ActivityPartner.organisation_id)
            .join(Activity, Activity.id == ActivityPartner.activity_id)
            .where(*live)
        ):
            partners[activity_id].add(organisation_id)
        activities = tuple(
            ActivityFact(
                id=activity_id,
                date=day,
                site_id=site,
                type_name=type_name or "",
                area=area,
                knowledge_exchange=bool(exchange),
                organisation_ids=frozenset(
                    partners[activity_id] | ({organiser} if organiser else set())
                ),
                participants=participants.get(activity_id, {}),
                title=title,
                start=starts,
                end=ends,
                organiser_id=organiser,
            )
            for (
                activity_id,
                day,
                site,
                type_name,
                area,
                exchange,
                organiser,
                title,
                starts,
                ends,
            ) in session.execute(
                select(
                    Activity.id,
                    Activity.local_date,
                    Activity.site_id,
                    ActivityType.name,
                    Activity.area,
                    type_coerce(Activity.knowledge_exchange, Integer),
                    Activity.organiser_id,
                    Activity.title,
                    Activity.start_time,
                    Activity.end_time,
                )
                .outerjoin(ActivityType, ActivityType.id == Activity.type_id)
                .where(*live)
                .order_by(Activity.local_date, Activity.start_time)
            )
        )
        logs = session.execute(
            select(
                DayLog.local_date,
                DayLog.site_id,
                DayLog.is_open,
                DayLog.opens_at,
                DayLog.closes_at,
            ).where(
                DayLog.deleted.is_(False),
                DayLog.local_date.between(start, end),
                *here(DayLog.site_id),
            )
        ).all()
        open_logs = frozenset((day, site) for day, site, is_open, _, _ in logs if is_open)
        hours = {
            (day, site): logged
            for day, site, is_open, opens_at, closes_at in logs
            if (logged := day_rule.opening_hours(is_open, opens_at, closes_at)) is not None
        }
        return PeriodFacts(
            start=start,
            end=end,
            visits=visits,
            activities=activities,
            open_logs=open_logs,
            hours=hours,
            site_names={i: n for i, n in session.execute(select(Site.id, Site.name))},
            organisations={
                org_id: (name, kind)
                for org_id, name, kind in session.execute(
                    select(Organisation.id, Organisation.name, Organisation.kind)
                )
            },
        )

    # -- slices ---------------------------------------------------------------------------

    def where(
        self,
        *,
        days: Callable[[dt.date], bool] | None = None,
        site_id: str | None = None,
    ) -> "PeriodFacts":
        """The facts of some days and/or one site (the same rules, fewer rows)."""

        def keep(day: dt.date, site: str) -> bool:
            return (days is None or days(day)) and (site_id is None or site == site_id)

        return PeriodFacts(
            start=self.start,
            end=self.end,
            visits=tuple(c for c in self.visits if keep(c.date, c.site_id)),
            activities=tuple(a for a in self.activities if keep(a.date, a.site_id)),
            open_logs=frozenset((d, s) for d, s in self.open_logs if keep(d, s)),
            site_names=self.site_names,
            organisations=self.organisations,
            hours={sd: h for sd, h in self.hours.items() if keep(*sd)},
        )

    # -- sums ------------------------------------------------------------------------------

    def measures(self, activities: Iterable[ActivityFact] | None = None) -> Measures:
        chosen = tuple(self.activities if activities is None else activities)
        organisations: set[str] = set()
        for activity in chosen:
            organisations |= activity.organisation_ids
        return Measures(
            knowledge_exchanges=sum(1 for a in chosen if a.knowledge_exchange),
            active_organisations=len(organisations),
            activities=len(chosen),
            participants=sum(a.participants_total for a in chosen),
        )

    def organisation_activities(self) -> dict[str, list[ActivityFact]]:
        """Each active organisation (organiser or partner) → its activities, in date order;
        `len()` of the result is `Measures.active_organisations`."""
        by_organisation: dict[str, list[ActivityFact]] = defaultdict(list)
        for activity in self.activities:
            for organisation_id in activity.organisation_ids:
                by_organisation[organisation_id].append(activity)
        return dict(by_organisation)

    def collaborations(self) -> dict[tuple[str, str], int]:
        """Pairs of organisations (ids, the smaller first) that were organiser or partners of
        the same activity → how many activities they had together (the network map's edges)."""
        pairs: dict[tuple[str, str], int] = defaultdict(int)
        for activity in self.activities:
            ids = sorted(activity.organisation_ids)
            for index, first in enumerate(ids):
                for second in ids[index + 1 :]:
                    pairs[first, second] += 1
        return dict(pairs)

    def visits_by_day(self) -> dict[dt.date, int]:
        by_day: dict[dt.date, int] = defaultdict(int)
        for cell in self.visits:
            by_day[cell.date] += cell.net
        return dict(by_day)

    def visits_by_site_day(self) -> dict[day_rule.SiteDay, int]:
        by_site_day: dict[day_rule.SiteDay, int] = defaultdict(int)
        for cell in self.visits:
            by_site_day[cell.date, cell.site_id] += cell.net
        return dict(by_site_day)

    def day_kinds(self) -> day_rule.DayKinds:
        """Open dates and activity-only dates, by the rule of `domain/open_days.py`."""
        return self._day_kinds(self.visits_by_site_day())

    def _day_kinds(self, by_site_day: dict[day_rule.SiteDay, int]) -> day_rule.DayKinds:
        return day_rule.classify_days(
            by_site_day,
            self.open_logs,
            {(a.date, a.site_id) for a in self.activities},
        )

    def open_days(self) -> set[dt.date]:
        """Distinct dates across sites, as `days_open` of `stats --json`."""
        return set(self.day_kinds().open_dates)

    def activity_days(self) -> set[dt.date]:
        """Dates with activities and no open site, as `activity_days` of `stats --json`."""
        return set(self.day_kinds().activity_dates)

    def visits_per_open_hour(self) -> float | None:
        """As `visits_per_open_hour` of `stats --json`: None when no open day has hours."""
        return self.visit_totals().visits_per_open_hour

    def new_visitors(self) -> int:
        """Net visits marked new (a leader's mark: first time this season), as `new_visitors`
        of `stats --json`."""
        return sum(c.new for c in self.visits)

    def visit_totals(self) -> VisitTotals:
        by_site_day = self.visits_by_site_day()
        kinds = self._day_kinds(by_site_day)
        return VisitTotals(
            sum(c.net for c in self.visits),
            len(kinds.open_dates),
            activity_days=len(kinds.activity_dates),
            visits_per_open_hour=day_rule.visits_per_open_hour(
                by_site_day, kinds.open_site_days, self.hours
            ),
        )
