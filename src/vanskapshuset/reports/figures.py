"""The figures of every report, as plain data: built once, then rendered to PDF, XLSX and CSV.

The headline of each report is the `PeriodStats` of `stats --json` itself, so the two can never
disagree; the breakdowns (by month, area, week, …) are sums over the same rows.
"""

import datetime as dt
from dataclasses import dataclass, field

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
    sites: tuple[str, ...] = ()  # the sites it covers, by name; empty: every site
    by_site: tuple["SiteMeasures", ...] = ()  # per site, when it covers more than one

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
class ActiveOrganisation:
    """An organisation that organised or partnered in at least one activity of the year."""

    name: str
    kind: str  # OrganisationKind code
    activities: int
    # area code → its activities in that area, in the agreement's order of areas
    by_area: dict[str, int] = field(hash=False)

    @property
    def areas(self) -> tuple[str, ...]:
        return tuple(self.by_area)


@dataclass(frozen=True)
class NamedActivity:
    """One activity named in the yearly report (a knowledge exchange, an event)."""

    date: dt.date
    title: str
    type_name: str
    site: str
    participants: int
    organisations: tuple[tuple[str, str], ...]  # (name, kind code), in Swedish order


@dataclass(frozen=True)
class Collaboration:
    """Two organisations that were organiser or partners of the same activities: an edge of
    the network map, `first` before `second` in Swedish order."""

    first: str
    second: str
    activities: int


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
    # The year before, for every headline figure's comparison; None when it has no data.
    previous: PeriodStats | None = None
    organisations: tuple[ActiveOrganisation, ...] = ()  # Swedish order
    knowledge_exchanges: tuple[NamedActivity, ...] = ()  # date order
    activities_by_type: tuple[TypeCount, ...] = ()
    events: tuple[NamedActivity, ...] = ()  # activities of the event type (EVENT_TYPE)
    participants_by_gender: dict[str, int] = field(default_factory=dict)
    participants_by_age: dict[str, int] = field(default_factory=dict)
    network: tuple[Collaboration, ...] = ()  # Swedish order of first, then second
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
    new: int = 0  # of them, marked new (first time this season)


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


@dataclass(frozen=True)
class PartnerActivity:
    """One live activity the partner organised or took part in."""

    date: dt.date
    start: dt.time | None
    end: dt.time | None
    title: str
    type_name: str
    site: str
    organiser: bool  # True: the partner organised it; False: it was a partner in it
    others: tuple[str, ...]  # the other organisations' names, organiser first
    participants: dict[tuple[str, str], int]  # (gender, band) → count
    knowledge_exchange: bool

    @property
    def participants_total(self) -> int:
        return sum(self.participants.values())

    def by_gender(self, gender: str) -> int:
        return sum(n for (g, _), n in self.participants.items() if g == gender)

    def by_age(self, band: str) -> int:
        return sum(n for (_, b), n in self.participants.items() if b == band)


@dataclass(frozen=True)
class PartnerReport:
    """A period filtered to one organisation: what we did together, when, and with how many.

    The measures are `PeriodFacts.measures` of the partner's activities (the same sums as
    every report); `days` is the number of distinct dates with a joint activity.
    """

    partner: str
    partner_kind: str
    start: dt.date
    end: dt.date
    organisation: str  # ours, as on every report
    produced: dt.date
    measures: Measures
    days: int
    as_organiser: int
    activities: tuple[PartnerActivity, ...]
    participants_by_gender: dict[str, int]
    participants_by_age: dict[str, int]
    by_type: tuple[TypeCount, ...]

    @property
    def genders(self) -> tuple[str, ...]:
        return tuple(self.participants_by_gender)

    @property
    def age_bands(self) -> tuple[str, ...]:
        return tuple(self.participants_by_age)

    @property
    def other_organisations(self) -> int:
        """The distinct other organisations met in the joint activities."""
        return len({name for activity in self.activities for name in activity.others})
