"""A realistic, deterministic demo: a year (or several) of Vänskapshuset and Bästa sommaren.

Built from `demo_catalogue` (drawn from the source documents). Rows are written in bulk in one
transaction (all or nothing), so even the ten-year benchmark database is made in about a minute.
"""

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.rules import DEMO_SITES, DEMO_YEARS, REPORT_YEAR
from vanskapshuset.domain.vocabulary import Gender, LeaderRole, SiteKind, VisitSource
from vanskapshuset.messages import demo as said
from vanskapshuset.messages.text import Message
from vanskapshuset.services import demo_catalogue as catalogue
from vanskapshuset.services.context import ServiceContext, derived_id, new_id
from vanskapshuset.services.day_logs import day_log_id
from vanskapshuset.services.named_records import own_id
from vanskapshuset.services.visit_rows import Band, arrival_rows
from vanskapshuset.store.models import (
    Activity,
    ActivityParticipant,
    ActivityPartner,
    ActivityType,
    Base,
    DayLog,
    FollowUpInitiative,
    FollowUpSurvey,
    Leader,
    Organisation,
    Season,
    Site,
    Visit,
)

LEADER_NAMES = ("Amina", "Yusuf", "Sara", "Ali", "Hodan", "Elias", "Leila", "Omar")
COORDINATOR_NAME = "Maria (samordnare)"
SUMMER_CLOSED_DAYS = 4  # rain and midsummer: about 36 open days of 40, as in 2023
# Besides girl and boy, a few choose "other" or not to say.
OTHER_SHARE, UNKNOWN_SHARE = 0.01, 0.02
NEW_SHARE = 0.1  # visits a leader marks as the first this season
EXTRA_SITE_NAMES = ("Mötesplats Norr", "Mötesplats Söder", "Mötesplats Öster", "Mötesplats Väster")


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 2025
    year: int = 2025
    years: int = 1  # the years up to and including `year`
    sites: int = 3  # Vänskapshuset, Vänskapsparken, Utflykt; more are extra indoor places
    visit_scale: float = 1.0  # benchmarks make bigger databases with the same shape
    activity_scale: int = 1

    def check(self) -> None:
        """The options a person gives, each within its bounds (the years all in range)."""
        DEMO_YEARS.check(self.years)
        DEMO_SITES.check(self.sites)
        REPORT_YEAR.check(self.year)
        REPORT_YEAR.check(self.year - self.years + 1)  # the first year it fills


@dataclass
class DemoSummary:
    years: list[int] = field(default_factory=list)
    visits: int = 0
    activities: int = 0
    seasons: list[str] = field(default_factory=list)

    def message(self) -> Message:
        """What the demo made, as one sentence (the command line and the window say it)."""
        period = f"{self.years[0]}" if len(self.years) == 1 else f"{self.years[0]}–{self.years[-1]}"
        return said.SUMMARY(
            self.activities, period=period, visits=self.visits, seasons=", ".join(self.seasons)
        )

    def __str__(self) -> str:  # the Swedish, for the log
        return str(self.message())


def summer_season(year: int) -> tuple[dt.date, dt.date]:
    """Eight weeks of weekdays from the Monday after 13 June (2025: 16 June – 8 August)."""
    start = dt.date(year, 6, 14)
    start += dt.timedelta(days=(7 - start.weekday()) % 7)
    return start, start + dt.timedelta(weeks=catalogue.SUMMER_SEASON_WEEKS, days=-3)


def _days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def _is_christmas_break(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 6)


def _nearest_weekday(day: dt.date) -> dt.date:
    return (
        day - dt.timedelta(days=1)
        if day.weekday() == 5
        else (day + dt.timedelta(days=1) if day.weekday() == 6 else day)
    )


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


class HasContext(Protocol):
    """The App, seen from here: a service does not import the composition root that builds it."""

    @property
    def context(self) -> ServiceContext: ...


class _Generator:
    def __init__(self, app: HasContext, options: DemoOptions) -> None:
        self.app = app
        self.context = app.context
        self.options = options
        self.rng = random.Random(options.seed)
        # Which visits are marked new: its own sequence, so the rest of the demo stays as it was.
        self.new_rng = random.Random(f"new visitors {options.seed}")
        self.summary = DemoSummary()

    # -- reference data ---------------------------------------------------------------------

    def setup(self, session: Session) -> None:
        kinds = [(s, SiteKind.INDOOR) for s in ("Vänskapshuset",)] + [
            ("Vänskapsparken", SiteKind.OUTDOOR),
            ("Utflykt", SiteKind.EXCURSION),
        ]
        extra = max(0, self.options.sites - 3)
        kinds += [
            (EXTRA_SITE_NAMES[i % len(EXTRA_SITE_NAMES)], SiteKind.INDOOR) for i in range(extra)
        ]
        self.sites = {
            name: self._record(session, Site, name=name, kind=kind) for name, kind in kinds
        }
        self.indoor_sites = [n for n, k in kinds if k == SiteKind.INDOOR]
        self.organisations = {
            seed.name: self._record(session, Organisation, name=seed.name, kind=seed.kind)
            for seed in catalogue.PARTNER_ORGANISATIONS
        }
        self.leaders = [
            self._record(session, Leader, name=name, role=LeaderRole.YOUTH_LEADER)
            for name in LEADER_NAMES
        ]
        self._record(session, Leader, name=COORDINATOR_NAME, role=LeaderRole.COORDINATOR)
        types = session.scalars(select(ActivityType).where(ActivityType.deleted.is_(False)))
        self.types = {t.name: t for t in types}

    def _record(self, session: Session, model: type[Base], **values: object) -> str:
        # Named records get their names' own ids, as the services give them: a laptop set up
        # apart with the same site names shares them with the demo's.
        record_id = own_id(model.__tablename__, str(values["name"]))
        session.add(
            model(
                id=record_id,
                hlc=self.context.next_stamp(),
                device_id=self.context.device_id,
                deleted=False,
                **values,
            )
        )
        return record_id

    # -- one year ---------------------------------------------------------------------------

    def year(self, session: Session, year: int) -> None:
        season_start, season_end = summer_season(year)
        name = f"Bästa sommaren {year}"
        self._record(
            session,
            Season,
            name=name,
            start_date=season_start,
            end_date=season_end,
            # the programme runs in the park and on its excursions
            site_ids=json.dumps(sorted((self.sites["Vänskapsparken"], self.sites["Utflykt"]))),
        )
        self.summary.seasons.append(name)
        self.summary.years.append(year)
        self.visit_rows: list[dict[str, object]] = []
        self.activity_rows: list[dict[str, object]] = []
        self.participant_rows: list[dict[str, object]] = []
        self.partner_rows: list[dict[str, object]] = []
        self.day_log_rows: dict[tuple[str, dt.date], dict[str, object]] = {}

        summer_days = [d for d in _days(season_start, season_end) if d.weekday() < 5]
        closed = set(self.rng.sample(summer_days, SUMMER_CLOSED_DAYS))
        open_summer_days = [d for d in summer_days if d not in closed]
        for day in open_summer_days:
            self._open_day("Vänskapsparken", day, "12:00", "17:00")
            self._visits(
                "Vänskapsparken",
                day,
                catalogue.SUMMER_VISITS_PER_DAY,
                catalogue.SUMMER_AGE_MIX,
                catalogue.SUMMER_GIRLS_SHARE,
                (12, 17),
            )
        for day in sorted(closed):
            self._day_log("Vänskapsparken", day, False, None, None, "Stängt: regn.")
        self._summer_activities(open_summer_days)
        for site in self.indoor_sites:
            self._weekly_programme(site, year, (season_start, season_end))
        self._events(year)
        self._follow_up(session, year)
        self._flush(session)

    def _follow_up(self, session: Session, year: int) -> None:
        """Uppföljning: the year's surveys of actors and a collaboration initiative followed
        (no random draws, so every other figure of the demo stays as it was)."""
        org = self.organisations
        for number, (month, day, names, others, summary) in enumerate(catalogue.SURVEYS):
            session.add(
                FollowUpSurvey(
                    id=derived_id(f"demo survey {year} {number}"),
                    hlc=self.context.next_stamp(),
                    device_id=self.context.device_id,
                    deleted=False,
                    held_on=dt.date(year, month, day),
                    organisation_ids=json.dumps(sorted(org[name] for name in names)),
                    with_text=others,
                    summary=summary,
                )
            )
        title, names, note = catalogue.INITIATIVE
        session.add(
            FollowUpInitiative(
                id=derived_id(f"demo initiative {year}"),
                hlc=self.context.next_stamp(),
                device_id=self.context.device_id,
                deleted=False,
                title=f"{title} {year}",
                partner_ids=json.dumps(sorted(org[name] for name in names)),
                status="ended" if year < self.options.year else "ongoing",
                start_date=dt.date(year, 2, 1),
                end_date=dt.date(year, 9, 30) if year < self.options.year else None,
                note=note,
            )
        )

    def _visits(
        self,
        site: str,
        day: dt.date,
        mean: float,
        age_mix: dict[str, float],
        girls_share: float,
        hours: tuple[int, int],
    ) -> None:
        scaled = mean * self.options.visit_scale
        count = max(1, round(self.rng.gauss(scaled, scaled * 0.2)))
        bands = list(age_mix)
        weights = list(age_mix.values())
        on_duty = self.rng.sample(self.leaders, 2)
        for _ in range(count):
            minute = self.rng.randrange((hours[1] - hours[0]) * 60)
            moment = dt.datetime.combine(
                day, dt.time(hours[0] + minute // 60, minute % 60), tzinfo=STOCKHOLM
            )
            band = self.rng.choices(bands, weights)[0]
            low, _, high = band.partition("-")
            self.visit_rows += arrival_rows(
                site_id=self.sites[site],
                moment=moment,
                gender=self._gender(girls_share).value,
                band=Band(band, int(low.rstrip("+")), int(high) if high else None),
                count=1,
                source=VisitSource.DEMO,
                leader_id=self.rng.choice(on_duty),
                device_id=self.context.device_id,
                new=self.new_rng.random() < NEW_SHARE,
            )
        self.summary.visits += count

    def _gender(self, girls_share: float) -> Gender:
        roll = self.rng.random()
        if roll < OTHER_SHARE:
            return Gender.OTHER
        if roll < OTHER_SHARE + UNKNOWN_SHARE:
            return Gender.UNKNOWN
        return Gender.GIRL if self.rng.random() < girls_share else Gender.BOY

    def _summer_activities(self, open_days: list[dt.date]) -> None:
        weeks: dict[int, list[dt.date]] = {}
        for day in open_days:
            weeks.setdefault(day.isocalendar().week, []).append(day)
        for days in weeks.values():
            for item in catalogue.SUMMER_ACTIVITIES:
                occasions = int(item.per_week) + (self.rng.random() < item.per_week % 1)
                for day in self.rng.sample(days, min(occasions, len(days))):
                    site = "Utflykt" if item.site_kind == "excursion" else "Vänskapsparken"
                    self._activity(
                        site,
                        day,
                        item.start,
                        item.end,
                        item.title,
                        item.type_name,
                        item.participants,
                        item.ages,
                        item.girls_share,
                        item.organiser,
                        item.partners,
                        item.knowledge_exchange,
                    )

    def _weekly_programme(self, site: str, year: int, summer: tuple[dt.date, dt.date]) -> None:
        for day in _days(dt.date(year, 1, 1), dt.date(year, 12, 31)):
            if _is_christmas_break(day) or summer[0] <= day <= summer[1]:
                continue
            today = [
                item
                for item in catalogue.WEEKLY_ACTIVITIES
                if item.weekday == day.weekday() and day.month in item.months
            ]
            if not today:
                continue
            opens = min(item.start for item in today)
            closes = max(item.end for item in today)
            self._open_day(site, day, opens, closes)
            if any(item.type_name == "Öppet hus" for item in today):
                hours = (_time(opens).hour, max(_time(closes).hour, _time(opens).hour + 1))
                self._visits(
                    site,
                    day,
                    catalogue.INDOOR_VISITS_PER_OPEN_DAY,
                    catalogue.INDOOR_AGE_MIX,
                    0.45,
                    hours,
                )
            for item in today:
                self._activity(
                    site,
                    day,
                    item.start,
                    item.end,
                    item.title,
                    item.type_name,
                    item.participants,
                    item.ages,
                    item.girls_share,
                    item.organiser,
                    item.partners,
                    item.knowledge_exchange,
                )

    def _events(self, year: int) -> None:
        for event in catalogue.YEARLY_EVENTS:
            day = _nearest_weekday(dt.date(year, event.month, event.day))
            site = {"outdoor": "Vänskapsparken", "excursion": "Utflykt"}.get(
                event.site_kind, "Vänskapshuset"
            )
            self._activity(
                site,
                day,
                event.start,
                event.end,
                event.title,
                event.type_name,
                event.participants,
                ("7-9", "10-13", "14-17", "26+"),
                0.5,
                event.organiser,
                event.partners,
                event.knowledge_exchange,
            )

    def _activity(
        self,
        site: str,
        day: dt.date,
        start: str,
        end: str,
        title: str,
        type_name: str,
        participants: tuple[int, int],
        ages: tuple[str, ...],
        girls_share: float,
        organiser: str | None,
        partners: tuple[str, ...],
        knowledge_exchange: bool,
    ) -> None:
        kind = self.types[type_name]
        for group in range(self.options.activity_scale):
            activity_id = new_id()
            self.activity_rows.append(
                {
                    "id": activity_id,
                    "site_id": self.sites[site],
                    "local_date": day,
                    "start_time": _time(start),
                    "end_time": _time(end),
                    "title": title if group == 0 else f"{title} (grupp {group + 1})",
                    "type_id": kind.id,
                    "area": kind.area,
                    "organiser_id": self.organisations[organiser] if organiser else None,
                    "leader_count": self.rng.randint(1, 4),
                    "knowledge_exchange": knowledge_exchange,
                    "note": "",
                    "hlc": self.context.next_stamp(),
                    "device_id": self.context.device_id,
                    "deleted": False,
                }
            )
            cells: dict[tuple[str, str], int] = {}
            for _ in range(self.rng.randint(*participants)):
                key = (self._gender(girls_share).value, self.rng.choice(ages))
                cells[key] = cells.get(key, 0) + 1
            self.participant_rows += [
                {"id": new_id(), "activity_id": activity_id, "gender": g, "age_band": b, "count": n}
                for (g, b), n in sorted(cells.items())
            ]
            self.partner_rows += [
                {
                    "id": new_id(),
                    "activity_id": activity_id,
                    "organisation_id": self.organisations[name],
                }
                for name in sorted(set(partners))
            ]
            self.summary.activities += 1
        self._open_day(site, day, start, end)

    def _open_day(self, site: str, day: dt.date, opens: str, closes: str) -> None:
        if site != "Utflykt" and (site, day) not in self.day_log_rows:
            note = self.rng.choice(("", "", "", "Lugn dag.", "Många nya barn.", "Varmt ute."))
            self._day_log(site, day, True, _time(opens), _time(closes), note)

    def _day_log(
        self,
        site: str,
        day: dt.date,
        is_open: bool,
        opens: dt.time | None,
        closes: dt.time | None,
        note: str,
    ) -> None:
        on_duty = sorted(self.rng.sample(self.leaders, 2))
        self.day_log_rows[(site, day)] = {
            "id": day_log_id(self.sites[site], day),
            "site_id": self.sites[site],
            "local_date": day,
            "is_open": is_open,
            "opens_at": opens,
            "closes_at": closes,
            "leaders_present": json.dumps(on_duty),
            "note": note,
            "hlc": self.context.next_stamp(),
            "device_id": self.context.device_id,
            "deleted": False,
        }

    def _flush(self, session: Session) -> None:
        session.flush()
        for model, rows in (
            (Activity, self.activity_rows),
            (ActivityParticipant, self.participant_rows),
            (ActivityPartner, self.partner_rows),
            (DayLog, list(self.day_log_rows.values())),
            (Visit, self.visit_rows),
        ):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(model), rows[start : start + 20_000])


def _holds_data(session: Session) -> bool:
    for model in (Site, Organisation, Season, Leader, Activity, Visit, DayLog):
        if session.scalar(select(func.count()).select_from(model)):
            return True
    return False


def generate_demo(app: HasContext, options: DemoOptions) -> DemoSummary:
    """Fill an empty database; refuses (changing nothing) if it already holds data."""
    options.check()
    generator = _Generator(app, options)
    with app.context.db.write() as session:
        if _holds_data(session):
            raise UserError(said.NOT_EMPTY())
        generator.setup(session)
        for year in range(options.year - options.years + 1, options.year + 1):
            generator.year(session, year)
        app.context.remember_clock(session)
        app.context.audit(session, "create", "demo", derived_id("demo"), None, vars(options))
    return generator.summary
