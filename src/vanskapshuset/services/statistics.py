"""Period statistics: exactly the figures of `stats --json` (DESIGN section 6), in SQL.

Which days are open, activity days, the averages per open day and per open hour and the
girls' share follow `domain/open_days.py`, the rule the reports (`reports/facts.py`) use too.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, func, select, type_coerce, union
from sqlalchemy.orm import InstrumentedAttribute, Session

from vanskapshuset.domain import open_days
from vanskapshuset.domain.rules import check_period
from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.store.models import Activity, ActivityParticipant, ActivityPartner, DayLog, Visit


@dataclass(frozen=True)
class PeriodStats:
    start: dt.date
    end: dt.date
    site: str | None
    visits: int
    days_open: int
    peak_day: dt.date | None
    peak_visits: int
    visits_by_gender: dict[str, int]
    visits_by_age: dict[str, int]
    activities: int
    participants: int
    knowledge_exchanges: int
    active_organisations: int
    activities_by_area: dict[str, int]
    visits_by_day: dict[dt.date, int] = field(repr=False)
    activity_days: int = 0  # dates with activities and no open site (domain/open_days.py)
    visits_per_open_hour: float | None = None  # None: no open day with opening hours

    @property
    def avg_visits_per_open_day(self) -> float:
        return open_days.average_per_open_day(self.visits, self.days_open)

    @property
    def girls_share(self) -> float | None:
        """Percent of the visits with a stated gender that were girls'; None when none."""
        return open_days.girls_share(self.visits_by_gender)

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "site": self.site,
            "visits": self.visits,
            "days_open": self.days_open,
            "avg_visits_per_open_day": self.avg_visits_per_open_day,
            "peak_day": {
                "date": self.peak_day.isoformat() if self.peak_day else None,
                "visits": self.peak_visits,
            },
            "visits_by_gender": self.visits_by_gender,
            "visits_by_age": self.visits_by_age,
            "activities": self.activities,
            "participants": self.participants,
            "knowledge_exchanges": self.knowledge_exchanges,
            "active_organisations": self.active_organisations,
            "activities_by_area": self.activities_by_area,
            "activity_days": self.activity_days,
            "girls_share": self.girls_share,
            "visits_per_open_hour": self.visits_per_open_hour,
        }


class StatisticsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def period(
        self, start: dt.date, end: dt.date, site_id: str | None = None, site_name: str | None = None
    ) -> PeriodStats:
        check_period(start, end)
        with self.context.db.read() as session:
            return self.compute(session, start, end, site_id, site_name)

    def compute(
        self,
        session: Session,
        start: dt.date,
        end: dt.date,
        site_id: str | None,
        site_name: str | None,
    ) -> PeriodStats:
        def at_site(column: InstrumentedAttribute[str]) -> list[ColumnElement[bool]]:
            return [column == site_id] if site_id is not None else []

        # Visits: one grouped pass over the covering index.
        visit_rows = session.execute(
            select(
                Visit.local_date,
                Visit.site_id,
                Visit.gender,
                Visit.age_band,
                func.sum(Visit.delta),
            )
            .where(Visit.local_date.between(start, end), *at_site(Visit.site_id))
            .group_by(Visit.local_date, Visit.site_id, Visit.gender, Visit.age_band)
        ).all()
        by_gender = {gender.value: 0 for gender in Gender}
        by_age = {band.code: 0 for band in AgeBandService.current(session)}
        by_day: dict[dt.date, int] = {}
        by_site_day: dict[open_days.SiteDay, int] = {}
        for day, site, gender, band, net in visit_rows:
            by_gender[gender] = by_gender.get(gender, 0) + int(net)
            by_age[band] = by_age.get(band, 0) + int(net)
            by_day[day] = by_day.get(day, 0) + int(net)
            by_site_day[day, site] = by_site_day.get((day, site), 0) + int(net)
        peak_day, peak_visits = None, 0
        for day in sorted(by_day):
            if by_day[day] > peak_visits:
                peak_day, peak_visits = day, by_day[day]

        live_activity = [
            Activity.deleted.is_(False),
            Activity.local_date.between(start, end),
            *at_site(Activity.site_id),
        ]
        activity_site_days = {
            (day, site)
            for day, site in session.execute(
                select(Activity.local_date, Activity.site_id).where(*live_activity).distinct()
            )
        }
        open_logs: set[open_days.SiteDay] = set()
        hours: dict[open_days.SiteDay, Decimal] = {}
        for day, site, is_open, opens_at, closes_at in session.execute(
            select(
                DayLog.local_date,
                DayLog.site_id,
                DayLog.is_open,
                DayLog.opens_at,
                DayLog.closes_at,
            ).where(
                DayLog.deleted.is_(False),
                DayLog.local_date.between(start, end),
                *at_site(DayLog.site_id),
            )
        ):
            if is_open:
                open_logs.add((day, site))
            logged_hours = open_days.opening_hours(is_open, opens_at, closes_at)
            if logged_hours is not None:
                hours[day, site] = logged_hours
        kinds = open_days.classify_days(by_site_day, open_logs, activity_site_days)
        by_area = {area.value: 0 for area in Area}
        knowledge_exchanges = 0
        for area, count, exchanges in session.execute(
            select(
                Activity.area,
                func.count(),
                # type_coerce: a SUM typed Boolean would turn 18 into True, i.e. 1
                func.sum(type_coerce(Activity.knowledge_exchange, Integer)),
            )
            .where(*live_activity)
            .group_by(Activity.area)
        ):
            by_area[area] = int(count)
            knowledge_exchanges += int(exchanges or 0)
        participants = session.scalar(
            select(func.coalesce(func.sum(ActivityParticipant.count), 0))
            .join(Activity, Activity.id == ActivityParticipant.activity_id)
            .where(*live_activity)
        )
        organisations = union(
            select(Activity.organiser_id.label("org")).where(
                *live_activity, Activity.organiser_id.is_not(None)
            ),
            select(ActivityPartner.organisation_id.label("org"))
            .join(Activity, Activity.id == ActivityPartner.activity_id)
            .where(*live_activity),
        ).subquery()
        active_organisations = session.scalar(select(func.count()).select_from(organisations))

        return PeriodStats(
            start=start,
            end=end,
            site=site_name,
            visits=sum(by_day.values()),
            days_open=len(kinds.open_dates),
            peak_day=peak_day,
            peak_visits=peak_visits,
            visits_by_gender=by_gender,
            visits_by_age=by_age,
            activities=sum(by_area.values()),
            participants=int(participants or 0),
            knowledge_exchanges=knowledge_exchanges,
            active_organisations=int(active_organisations or 0),
            activities_by_area=by_area,
            visits_by_day=by_day,
            activity_days=len(kinds.activity_dates),
            visits_per_open_hour=open_days.visits_per_open_hour(
                by_site_day, kinds.open_site_days, hours
            ),
        )
