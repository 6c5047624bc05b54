"""Period statistics: exactly the figures of `stats --json` (DESIGN section 6).

They are sums over `PeriodFacts` (`services/period_facts.py`), the rows every report and
format is summed from too, so a figure cannot differ between `stats --json` and a report.
Which days are open, activity days, the averages per open day and per open hour and the
girls' share follow `domain/open_days.py`.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from vanskapshuset.domain import open_days
from vanskapshuset.domain.rules import check_period
from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.period_facts import Measures, PeriodFacts


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
    # Visits marked new at the door (first time this season), net after corrections: marks
    # leaders made, not distinct persons (README, "Nya besökare").
    new_visitors: int = 0
    new_by_gender: dict[str, int] = field(default_factory=dict)
    new_by_age: dict[str, int] = field(default_factory=dict)

    @property
    def avg_visits_per_open_day(self) -> float:
        return open_days.average_per_open_day(self.visits, self.days_open)

    @property
    def measures(self) -> Measures:
        return Measures(
            knowledge_exchanges=self.knowledge_exchanges,
            active_organisations=self.active_organisations,
            activities=self.activities,
            participants=self.participants,
        )

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
            "new_visitors": self.new_visitors,
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
        facts = PeriodFacts.load(session, start, end, None if site_id is None else [site_id])
        return self.of_facts(session, facts, site_name)

    @staticmethod
    def of_facts(session: Session, facts: PeriodFacts, site_name: str | None) -> PeriodStats:
        """The figures of `stats --json`, summed from the period's rows."""
        by_gender = {gender.value: 0 for gender in Gender}
        by_age = {band.code: 0 for band in AgeBandService.current(session)}
        new_by_gender, new_by_age = dict.fromkeys(by_gender, 0), dict.fromkeys(by_age, 0)
        for cell in facts.visits:
            by_gender[cell.gender] = by_gender.get(cell.gender, 0) + cell.net
            by_age[cell.age_band] = by_age.get(cell.age_band, 0) + cell.net
            new_by_gender[cell.gender] = new_by_gender.get(cell.gender, 0) + cell.new
            new_by_age[cell.age_band] = new_by_age.get(cell.age_band, 0) + cell.new
        by_day = facts.visits_by_day()
        peak_day, peak_visits = None, 0
        for day in sorted(by_day):
            if by_day[day] > peak_visits:
                peak_day, peak_visits = day, by_day[day]
        by_area = {area.value: 0 for area in Area}
        for activity in facts.activities:
            by_area[activity.area] = by_area.get(activity.area, 0) + 1
        measures = facts.measures()
        totals = facts.visit_totals()
        return PeriodStats(
            start=facts.start,
            end=facts.end,
            site=site_name,
            visits=totals.visits,
            days_open=totals.days_open,
            peak_day=peak_day,
            peak_visits=peak_visits,
            visits_by_gender=by_gender,
            visits_by_age=by_age,
            activities=measures.activities,
            participants=measures.participants,
            knowledge_exchanges=measures.knowledge_exchanges,
            active_organisations=measures.active_organisations,
            activities_by_area=by_area,
            visits_by_day=by_day,
            activity_days=totals.activity_days,
            visits_per_open_hour=totals.visits_per_open_hour,
            new_visitors=facts.new_visitors(),
            new_by_gender=new_by_gender,
            new_by_age=new_by_age,
        )
