"""The figures of every report, as plain data: built once, then rendered to PDF, XLSX and CSV.

The headline of each report is the `PeriodStats` of `stats --json` itself, so the two can never
disagree; the breakdowns (by month, area, week, …) are sums over the same rows.
"""

import datetime as dt
from dataclasses import dataclass

from vanskapshuset.services.activities import ActivityView
from vanskapshuset.services.follow_up import FollowUpYear
from vanskapshuset.services.period_facts import Measures, VisitTotals
from vanskapshuset.services.statistics import PeriodStats


@dataclass(frozen=True)
class WeekVisits:
    iso_year: int
    week: int
    monday: dt.date
    visits: int
    days_open: int


@dataclass(frozen=True)
class WeekdayVisits:
    weekday: int  # 0 = Monday, as date.weekday()
    visits: int
    days_open: int


@dataclass(frozen=True)
class TypeCount:
    type_name: str
    area: str
    activities: int
    participants: int


@dataclass(frozen=True)
class PartnerCount:
    name: str
    kind: str
    activities: int


@dataclass(frozen=True)
class PreviousPeriod:
    name: str
    stats: PeriodStats


@dataclass(frozen=True)
class PeriodSummary:
    """The season summary; a custom period uses the same shape without a previous season."""

    title: str
    organisation: str
    produced: dt.date
    stats: PeriodStats
    visits_by_week: tuple[WeekVisits, ...]
    visits_by_weekday: tuple[WeekdayVisits, ...]  # always seven, Monday first
    activities_by_type: tuple[TypeCount, ...]
    participants_by_gender: dict[str, int]
    participants_by_age: dict[str, int]
    partners: tuple[PartnerCount, ...]
    previous: PreviousPeriod | None

    @property
    def start(self) -> dt.date:
        return self.stats.start

    @property
    def end(self) -> dt.date:
        return self.stats.end


@dataclass(frozen=True)
class AreaMeasures:
    area: str
    name: str  # the agreement's own wording
    impact_goals: tuple[str, ...]
    measures: Measures


@dataclass(frozen=True)
class MonthMeasures:
    month: int
    measures: Measures
    visits: VisitTotals


@dataclass(frozen=True)
class SiteMeasures:
    site: str
    measures: Measures
    visits: VisitTotals


@dataclass(frozen=True)
class AnnualReport:
    """The yearly follow-up of agreement section 8, with the year's seasons as appendices."""

    year: int
    organisation: str
    produced: dt.date
    stats: PeriodStats
    by_area: tuple[AreaMeasures, ...]
    by_month: tuple[MonthMeasures, ...]  # always twelve
    by_site: tuple[SiteMeasures, ...]
    seasons: tuple[PeriodSummary, ...]
    # The qualitative measures (Uppföljning): surveys and initiatives of the year.
    follow_up: FollowUpYear | None = None

    @property
    def total(self) -> Measures:
        return self.stats.measures

    @property
    def start(self) -> dt.date:
        return self.stats.start

    @property
    def end(self) -> dt.date:
        return self.stats.end


@dataclass(frozen=True)
class DayActivity:
    start: dt.time
    end: dt.time
    title: str
    type_name: str
    organiser: str | None
    partners: tuple[str, ...]
    participants: int
    knowledge_exchange: bool
    note: str


@dataclass(frozen=True)
class DayPage:
    """One day at one site: the tally grid, the activities and the day note."""

    site: str
    date: dt.date
    genders: tuple[str, ...]
    age_bands: tuple[str, ...]
    visits: dict[tuple[str, str], int]  # (gender, band) → net visits
    activities: tuple[DayActivity, ...]
    is_open: bool | None
    opens_at: dt.time | None
    closes_at: dt.time | None
    leaders: tuple[str, ...]
    note: str

    @property
    def total(self) -> int:
        return sum(self.visits.values())

    def by_gender(self, gender: str) -> int:
        return sum(n for (g, _), n in self.visits.items() if g == gender)

    def by_age(self, band: str) -> int:
        return sum(n for (_, b), n in self.visits.items() if b == band)


@dataclass(frozen=True)
class DayReport:
    date: dt.date
    organisation: str
    produced: dt.date
    pages: tuple[DayPage, ...]


@dataclass(frozen=True)
class VisitRow:
    date: dt.date
    site: str
    gender: str
    age_band: str
    visits: int


@dataclass(frozen=True)
class DayLogRow:
    date: dt.date
    site: str
    is_open: bool | None
    opens_at: dt.time | None
    closes_at: dt.time | None
    leaders: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class DataExport:
    """The period's rows for other programs: net visits per cell, activities, day logs.

    Never sign-ups: they are personal data and leave the app only through the coordinator's
    right-of-access export.
    """

    organisation: str
    produced: dt.date
    stats: PeriodStats
    visits: tuple[VisitRow, ...]
    activities: tuple[ActivityView, ...]
    day_logs: tuple[DayLogRow, ...]
