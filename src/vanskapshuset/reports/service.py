"""Builds the figures of every report in one read transaction (so a report is one snapshot)."""

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.app import App
from vanskapshuset.domain.defaults import AREA_IMPACT_GOALS, AREA_NAMES, EVENT_TYPE
from vanskapshuset.domain.rules import REPORT_YEAR, check_date, check_period
from vanskapshuset.domain.season_names import season_kind
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import (
    ActiveOrganisation,
    AnnualReport,
    AreaMeasures,
    Collaboration,
    DataExport,
    DayActivity,
    DayLogRow,
    DayPage,
    DayReport,
    MonthMeasures,
    NamedActivity,
    PartnerCount,
    PartnerReport,
    PeriodSummary,
    PreviousPeriod,
    SiteMeasures,
    TypeCount,
    VisitRow,
    WeekdayVisits,
    WeekVisits,
)
from vanskapshuset.reports.partner import joint_facts, partner_activities
from vanskapshuset.services.activities import ActivityService
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.follow_up import FollowUpService
from vanskapshuset.services.period_facts import ActivityFact, PeriodFacts
from vanskapshuset.services.registry import (
    OrganisationService,
    SeasonService,
    SiteService,
    season_site_ids,
)
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.services.statistics import PeriodStats, StatisticsService
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
        organisations: OrganisationService,
        follow_up: FollowUpService | None = None,
    ) -> None:
        self.context = context
        self.statistics = statistics
        self.settings = settings
        self.sites = sites
        self.seasons = seasons
        self.activities = activities
        self.organisations = organisations
        self.follow_up = follow_up

    # -- season and custom period ------------------------------------------------------------

    def season(
        self, season_name: str, site_name: str | None = None, *, all_sites: bool = False
    ) -> PeriodSummary:
        """A season's summary at its own sites (every site when it names none), unless one
        site (`site_name`) or every site (`all_sites`) is asked for."""
        with self.context.db.read() as session:
            season = self.seasons.find(session, season_name)
            if site_name:
                sites: list[Site] | None = [self._site(session, site_name)]
            elif all_sites:
                sites = None
            else:
                sites = _sites_of(session, season)
            return self._summary(session, season.name, season.start_date, season.end_date, sites)

    def period(
        self, start: dt.date, end: dt.date, site_name: str | None = None, title: str | None = None
    ) -> PeriodSummary:
        check_period(start, end)
        with self.context.db.read() as session:
            sites = [self._site(session, site_name)] if site_name else None
            heading = title or f"Sammanställning {start.isoformat()} – {end.isoformat()}"
            return self._summary(session, heading, start, end, sites, season=False)

    def _summary(
        self,
        session: Session,
        title: str,
        start: dt.date,
        end: dt.date,
        sites: list[Site] | None,
        season: bool = True,
    ) -> PeriodSummary:
        """The summary of `start`..`end` at `sites` (None: every site). A season's also has its
        figures per site and the previous season of its kind, compared at the same sites."""
        site_ids = None if sites is None else [site.id for site in sites]
        names = () if sites is None else tuple(sorted((s.name for s in sites), key=swedish_key))
        site_label = w.site_list(names) if names else None
        facts = PeriodFacts.load(session, start, end, site_ids)
        stats = self.statistics.of_facts(session, facts, site_label)
        previous = self._previous_season(session, title, start) if season else None
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
                    self.statistics.of_facts(
                        session,
                        PeriodFacts.load(session, previous.start_date, previous.end_date, site_ids),
                        site_label,
                    ),
                )
                if previous
                else None
            ),
            sites=names,
            by_site=_by_site(facts, sites, self.sites.live(session)) if season else (),
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
                self._summary(session, s.name, s.start_date, s.end_date, _sites_of(session, s))
                for s in sorted(self.seasons.live(session), key=lambda s: s.start_date)
                if s.start_date.year == year
            )
            before = self.statistics.compute(
                session, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31), None, None
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
                previous=before if _has_data(before) else None,
                organisations=_active_organisations(facts),
                knowledge_exchanges=tuple(
                    _named(facts, a) for a in facts.activities if a.knowledge_exchange
                ),
                activities_by_type=_by_type(facts),
                events=tuple(
                    _named(facts, a)
                    for a in facts.activities
                    if a.type_name.casefold() == EVENT_TYPE.casefold()
                ),
                participants_by_gender=_participants(facts, 0, [g.value for g in Gender]),
                participants_by_age=_participants(facts, 1, list(stats.visits_by_age)),
                network=_network(facts),
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
                    VisitRow(c.date, names[c.site_id], c.gender, c.age_band, c.net, c.new)
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

    # -- one partner organisation ------------------------------------------------------------

    def partner(self, organisation_name: str, start: dt.date, end: dt.date) -> PartnerReport:
        """The period's activities at every site filtered to one organisation (by name)."""
        check_period(start, end)
        with self.context.db.read() as session:
            partner = self.organisations.find(session, organisation_name)
            facts = joint_facts(PeriodFacts.load(session, start, end, None), partner.id)
            bands = [band.code for band in AgeBandService.current(session)]
            by_age = _participants(facts, 1, bands)
            rows = partner_activities(facts, partner.id)
            return PartnerReport(
                partner=partner.name,
                partner_kind=partner.kind,
                start=start,
                end=end,
                organisation=self._organisation(session),
                produced=self.context.today(),
                measures=facts.measures(),
                days=len({a.date for a in facts.activities}),
                as_organiser=sum(1 for row in rows if row.organiser),
                activities=rows,
                participants_by_gender=_participants(facts, 0, [g.value for g in Gender]),
                participants_by_age=by_age,
                by_type=_by_type(facts),
            )

    # -- helpers -----------------------------------------------------------------------------

    def _site(self, session: Session, name: str) -> Site:
        return self.sites.find(session, name)

    def _organisation(self, session: Session) -> str:
        return self.settings.get(ORGANISATION_NAME)


def _sites_of(session: Session, season: Season) -> list[Site] | None:
    """The sites a season runs at, or None when it runs at every site."""
    found = [session.get(Site, key) for key in season_site_ids(season)]
    return [site for site in found if site is not None] or None


def _by_site(
    facts: PeriodFacts, sites: Sequence[Site] | None, live: Sequence[Site]
) -> tuple[SiteMeasures, ...]:
    """The summary's figures per site, when it covers more than one: the sites asked for, or
    (every site) each live site with visits, activities or an open day log in the period, when
    there are two or more."""
    if sites is not None and len(sites) < 2:
        return ()
    if sites is None:
        used = {c.site_id for c in facts.visits} | {a.site_id for a in facts.activities}
        used |= {site for _, site in facts.open_logs}
        sites = [site for site in live if site.id in used]
        if len(sites) < 2:
            return ()
    rows = []
    for site in sorted(sites, key=lambda site: swedish_key(site.name)):
        at_site = facts.where(site_id=site.id)
        rows.append(SiteMeasures(site.name, at_site.measures(), at_site.visit_totals()))
    return tuple(rows)


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


def _has_data(stats: PeriodStats) -> bool:
    """A year with nothing recorded compares as "–", not as zeros."""
    return bool(stats.visits or stats.days_open or stats.activities or stats.activity_days)


def _organisation_name(facts: PeriodFacts, organisation_id: str) -> tuple[str, str]:
    return facts.organisations.get(organisation_id, ("?", ""))


def _active_organisations(facts: PeriodFacts) -> tuple[ActiveOrganisation, ...]:
    order = [area.value for area in Area]
    rows = []
    for organisation_id, activities in facts.organisation_activities().items():
        name, kind = _organisation_name(facts, organisation_id)
        areas = sorted(
            {a.area for a in activities},
            key=lambda a: (a not in order, order.index(a) if a in order else 0, a),
        )
        rows.append(
            ActiveOrganisation(
                name=name,
                kind=kind,
                activities=len(activities),
                by_area={area: sum(1 for a in activities if a.area == area) for area in areas},
            )
        )
    return tuple(sorted(rows, key=lambda o: swedish_key(o.name)))


def _named(facts: PeriodFacts, activity: ActivityFact) -> NamedActivity:
    organisations = sorted(
        (_organisation_name(facts, i) for i in activity.organisation_ids),
        key=lambda named: swedish_key(named[0]),
    )
    return NamedActivity(
        date=activity.date,
        title=activity.title,
        type_name=activity.type_name,
        site=facts.site_names.get(activity.site_id, "?"),
        participants=activity.participants_total,
        organisations=tuple(organisations),
    )


def _network(facts: PeriodFacts) -> tuple[Collaboration, ...]:
    edges = []
    for (one, other), together in facts.collaborations().items():
        first, second = sorted(
            (_organisation_name(facts, one)[0], _organisation_name(facts, other)[0]),
            key=swedish_key,
        )
        edges.append(Collaboration(first, second, together))
    return tuple(sorted(edges, key=lambda e: (swedish_key(e.first), swedish_key(e.second))))


def report_service(app: App) -> ReportService:
    return ReportService(
        app.context,
        app.statistics,
        app.settings,
        app.sites,
        app.seasons,
        app.activities,
        app.organisations,
        app.follow_up,
    )
