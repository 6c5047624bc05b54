"""Builds the figures of every report in one read transaction (so a report is one snapshot)."""

import datetime as dt
import json
from collections import defaultdict
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.app import App
from vanskapshuset.domain.defaults import AREA_IMPACT_GOALS, AREA_NAMES
from vanskapshuset.domain.rules import REPORT_YEAR, check_date, check_period
from vanskapshuset.domain.season_names import season_kind
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.reports.figures import (
    AnnualReport,
    AreaMeasures,
    DataExport,
    DayActivity,
    DayLogRow,
    DayPage,
    DayReport,
    MonthMeasures,
    PartnerCount,
    PeriodSummary,
    PreviousPeriod,
    SiteMeasures,
    TypeCount,
    VisitRow,
    WeekdayVisits,
    WeekVisits,
)
from vanskapshuset.services.activities import ActivityService
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.follow_up import FollowUpService
from vanskapshuset.services.period_facts import PeriodFacts
from vanskapshuset.services.registry import SeasonService, SiteService
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.services.statistics import StatisticsService
from vanskapshuset.store.models import DayLog, Leader, Season, Site


class ReportService:
    def __init__(
        self,
        context: ServiceContext,
        statistics: StatisticsService,
        settings: SettingsService,
        sites: SiteService,
        seasons: SeasonService,
        activities: ActivityService,
        follow_up: FollowUpService | None = None,
    ) -> None:
        self.context = context
        self.statistics = statistics
        self.settings = settings
        self.sites = sites
        self.seasons = seasons
        self.activities = activities
        self.follow_up = follow_up

    # -- season and custom period ------------------------------------------------------------

    def season(
        self, season_name: str, site_name: str | None = None, *, all_sites: bool = False
    ) -> PeriodSummary:
        """A season's summary, at its own site unless another (or every site) is asked for."""
        with self.context.db.read() as session:
            season = self.seasons.find(session, season_name)
            site = self._site(session, site_name) if site_name else None
            if site is None and season.site_id is not None and not all_sites:
                site = session.get(Site, season.site_id)
            return self._summary(session, season.name, season.start_date, season.end_date, site)

    def period(
        self, start: dt.date, end: dt.date, site_name: str | None = None, title: str | None = None
    ) -> PeriodSummary:
        check_period(start, end)
        with self.context.db.read() as session:
            site = self._site(session, site_name) if site_name else None
            heading = title or f"Sammanställning {start.isoformat()} – {end.isoformat()}"
            return self._summary(session, heading, start, end, site, compare=False)

    def _summary(
        self,
        session: Session,
        title: str,
        start: dt.date,
        end: dt.date,
        site: Site | None,
        compare: bool = True,
    ) -> PeriodSummary:
        site_id, site_label = (site.id, site.name) if site else (None, None)
        facts = PeriodFacts.load(session, start, end, None if site_id is None else [site_id])
        stats = self.statistics.of_facts(session, facts, site_label)
        previous = self._previous_season(session, title, start) if compare else None
        return PeriodSummary(
            title=title,
            organisation=self._organisation(session),
            produced=self.context.today(),
            stats=stats,
            visits_by_week=_by_week(facts),
            visits_by_weekday=_by_weekday(facts),
            activities_by_type=_by_type(facts),
            participants_by_gender=_participants(facts, 0, [g.value for g in Gender]),
            participants_by_age=_participants(facts, 1, list(stats.visits_by_age)),
            partners=_partners(facts),
            previous=(
                PreviousPeriod(
                    previous.name,
                    self.statistics.compute(
                        session, previous.start_date, previous.end_date, site_id, site_label
                    ),
                )
                if previous
                else None
            ),
        )

    def _previous_season(self, session: Session, name: str, start: dt.date) -> Season | None:
        kind = season_kind(name)
        earlier = [
            s
            for s in self.seasons.live(session)
            if season_kind(s.name) == kind and s.start_date < start
        ]
        return max(earlier, key=lambda s: s.start_date, default=None)

    # -- the year ----------------------------------------------------------------------------

    def annual(self, year: int) -> AnnualReport:
        REPORT_YEAR.check(year)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        with self.context.db.read() as session:
            facts = PeriodFacts.load(session, start, end, None)
            stats = self.statistics.of_facts(session, facts, None)
            by_area = tuple(
                AreaMeasures(
                    area=area.value,
                    name=AREA_NAMES[area.value],
                    impact_goals=tuple(AREA_IMPACT_GOALS[area.value]),
                    measures=facts.measures(a for a in facts.activities if a.area == area.value),
                )
                for area in Area
            )
            by_month = []
            for month in range(1, 13):
                in_month = facts.where(days=partial(_in_month, month=month))
                by_month.append(MonthMeasures(month, in_month.measures(), in_month.visit_totals()))
            by_site = []
            for site in self.sites.live(session):
                at_site = facts.where(site_id=site.id)
                by_site.append(SiteMeasures(site.name, at_site.measures(), at_site.visit_totals()))
            seasons = tuple(
                self._summary(session, s.name, s.start_date, s.end_date, _site_of(session, s))
                for s in sorted(self.seasons.live(session), key=lambda s: s.start_date)
                if s.start_date.year == year
            )
            return AnnualReport(
                year=year,
                organisation=self._organisation(session),
                produced=self.context.today(),
                stats=stats,
                by_area=by_area,
                by_month=tuple(by_month),
                by_site=tuple(by_site),
                seasons=seasons,
                follow_up=self.follow_up.year_in(session, year) if self.follow_up else None,
            )

    # -- one day -----------------------------------------------------------------------------

    def day(self, day: dt.date, site_name: str | None = None) -> DayReport:
        """One page per site: the asked-for site, else every site with something that day."""
        check_date(day)
        with self.context.db.read() as session:
            facts = PeriodFacts.load(session, day, day, None)
            bands = [band.code for band in AgeBandService.current(session)]
            logs = {
                log.site_id: log
                for log in session.scalars(
                    select(DayLog).where(DayLog.local_date == day, DayLog.deleted.is_(False))
                )
            }
            if site_name:
                sites = [self._site(session, site_name)]
            else:
                live = self.sites.live(session)
                used = {c.site_id for c in facts.visits} | {a.site_id for a in facts.activities}
                used |= set(logs)
                sites = [s for s in live if s.id in used] or list(live)
            views = self.activities.list(day, day)
            leader_names = {i: n for i, n in session.execute(select(Leader.id, Leader.name))}
            pages = []
            for site in sites:
                cells: dict[tuple[str, str], int] = defaultdict(int)
                for cell in facts.visits:
                    if cell.site_id == site.id:
                        cells[(cell.gender, cell.age_band)] += cell.net
                log = logs.get(site.id)
                extra_bands = sorted({b for _, b in cells} - set(bands))
                pages.append(
                    DayPage(
                        site=site.name,
                        date=day,
                        genders=tuple(g.value for g in Gender),
                        age_bands=tuple(bands + extra_bands),
                        visits=dict(cells),
                        activities=tuple(
                            DayActivity(
                                v.start,
                                v.end,
                                v.title,
                                v.type_name,
                                v.organiser,
                                v.partners,
                                v.participants_total,
                                v.knowledge_exchange,
                                v.note,
                            )
                            for v in views
                            if v.site == site.name
                        ),
                        is_open=log.is_open if log else None,
                        opens_at=log.opens_at if log else None,
                        closes_at=log.closes_at if log else None,
                        leaders=tuple(
                            leader_names.get(i, "?") for i in json.loads(log.leaders_present)
                        )
                        if log
                        else (),
                        note=log.note if log else "",
                    )
                )
            return DayReport(day, self._organisation(session), self.context.today(), tuple(pages))

    # -- raw data for other programs ---------------------------------------------------------

    def export(self, start: dt.date, end: dt.date) -> DataExport:
        check_period(start, end)
        with self.context.db.read() as session:
            facts = PeriodFacts.load(session, start, end, None)
            stats = self.statistics.of_facts(session, facts, None)
            leader_names = {i: n for i, n in session.execute(select(Leader.id, Leader.name))}
            logs = session.scalars(
                select(DayLog)
                .where(DayLog.deleted.is_(False), DayLog.local_date.between(start, end))
                .order_by(DayLog.local_date)
            ).all()
            names = facts.site_names
            visits = sorted(
                (
                    VisitRow(c.date, names[c.site_id], c.gender, c.age_band, c.net)
                    for c in facts.visits
                    if c.net
                ),
                key=lambda r: (r.date, swedish_key(r.site), r.gender, r.age_band),
            )
            day_logs = tuple(
                DayLogRow(
                    log.local_date,
                    names[log.site_id],
                    log.is_open,
                    log.opens_at,
                    log.closes_at,
                    tuple(leader_names.get(i, "?") for i in json.loads(log.leaders_present)),
                    log.note,
                )
                for log in logs
            )
            organisation = self._organisation(session)
        return DataExport(
            organisation=organisation,
            produced=self.context.today(),
            stats=stats,
            visits=tuple(visits),
            activities=tuple(self.activities.list(start, end)),
            day_logs=day_logs,
        )

    # -- helpers -----------------------------------------------------------------------------

    def _site(self, session: Session, name: str) -> Site:
        return self.sites.find(session, name)

    def _organisation(self, session: Session) -> str:
        return self.settings.get(ORGANISATION_NAME)


def _site_of(session: Session, season: Season) -> Site | None:
    return session.get(Site, season.site_id) if season.site_id else None


def _in_month(day: dt.date, month: int) -> bool:
    return day.month == month


def _between(day: dt.date, first: dt.date, last: dt.date) -> bool:
    return first <= day <= last


def _on_weekday(day: dt.date, weekday: int) -> bool:
    return day.weekday() == weekday


def _by_week(facts: PeriodFacts) -> tuple[WeekVisits, ...]:
    weeks: list[WeekVisits] = []
    monday = facts.start - dt.timedelta(days=facts.start.weekday())
    while monday <= facts.end:
        sunday = monday + dt.timedelta(days=6)
        week = facts.where(days=partial(_between, first=monday, last=sunday)).visit_totals()
        iso_year, iso_week, _ = monday.isocalendar()
        weeks.append(WeekVisits(iso_year, iso_week, monday, week.visits, week.days_open))
        monday += dt.timedelta(days=7)
    return tuple(weeks)


def _by_weekday(facts: PeriodFacts) -> tuple[WeekdayVisits, ...]:
    result = []
    for weekday in range(7):
        totals = facts.where(days=partial(_on_weekday, weekday=weekday)).visit_totals()
        result.append(WeekdayVisits(weekday, totals.visits, totals.days_open))
    return tuple(result)


def _by_type(facts: PeriodFacts) -> tuple[TypeCount, ...]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for activity in facts.activities:
        entry = counts[(activity.type_name, activity.area)]
        entry[0] += 1
        entry[1] += activity.participants_total
    rows = [TypeCount(name, area, n, p) for (name, area), (n, p) in counts.items()]
    return tuple(sorted(rows, key=lambda t: (-t.activities, swedish_key(t.type_name))))


def _participants(facts: PeriodFacts, part: int, keys: list[str]) -> dict[str, int]:
    totals = dict.fromkeys(keys, 0)
    for activity in facts.activities:
        for cell, count in activity.participants.items():
            totals[cell[part]] = totals.get(cell[part], 0) + count
    return totals


def _partners(facts: PeriodFacts) -> tuple[PartnerCount, ...]:
    counts: dict[str, int] = defaultdict(int)
    for activity in facts.activities:
        for organisation_id in activity.organisation_ids:
            counts[organisation_id] += 1
    rows = [
        PartnerCount(*facts.organisations.get(org_id, ("?", "")), activities=count)
        for org_id, count in counts.items()
    ]
    return tuple(sorted(rows, key=lambda p: (-p.activities, swedish_key(p.name))))


def report_service(app: App) -> ReportService:
    return ReportService(
        app.context,
        app.statistics,
        app.settings,
        app.sites,
        app.seasons,
        app.activities,
        app.follow_up,
    )
