"""The register: sites, seasons, organisations, activity types and leaders."""

from __future__ import annotations  # methods named `list` shadow the builtin

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.domain.defaults import DEFAULT_ACTIVITY_TYPES
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import (
    ACTIVITY_TYPE_NAME,
    LEADER_NAME,
    ORGANISATION_NAME,
    SEASON_NAME,
    SITE_NAME,
    check_date,
    check_event_date,
)
from vanskapshuset.domain.vocabulary import (
    Area,
    LeaderRole,
    OrganisationKind,
    SiteKind,
    parse_choice,
)
from vanskapshuset.messages import records as said
from vanskapshuset.messages.activities import UNKNOWN_SITE
from vanskapshuset.messages.rules import (
    CHOICE_AREA,
    CHOICE_ORGANISATION_KIND,
    CHOICE_ROLE,
    CHOICE_SITE_KIND,
)
from vanskapshuset.services.context import SEED_STAMP, derived_id, new_id, snapshot
from vanskapshuset.services.named_records import NamedRecords
from vanskapshuset.services.references import about, live_record
from vanskapshuset.store.models import ActivityType, Leader, Organisation, Season, Site


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    kind: SiteKind


@dataclass(frozen=True)
class SeasonInfo:
    id: str
    name: str
    start: dt.date
    end: dt.date
    site_ids: tuple[str, ...]  # sorted; empty: every site


@dataclass(frozen=True)
class OrganisationInfo:
    id: str
    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: str
    name: str
    area: Area


@dataclass(frozen=True)
class LeaderInfo:
    id: str
    name: str
    role: LeaderRole


class SiteService(NamedRecords[Site]):
    model, entity, label, name_rule = Site, "site", said.KIND_SITE, SITE_NAME

    def add(self, name: str, kind: str = SiteKind.INDOOR) -> SiteInfo:
        site_kind = parse_choice(SiteKind, kind, CHOICE_SITE_KIND)
        site = self.create(name, kind=site_kind)
        return SiteInfo(site.id, site.name, site_kind)

    def list(self) -> list[SiteInfo]:
        with self.context.db.read() as session:
            return [SiteInfo(s.id, s.name, SiteKind(s.kind)) for s in self.live(session)]

    def by_name(self, name: str) -> SiteInfo:
        with self.context.db.read() as session:
            site = self.find(session, name)
            return SiteInfo(site.id, site.name, SiteKind(site.kind))


class SeasonService(NamedRecords[Season]):
    model, entity, label, name_rule = Season, "season", "säsong", SEASON_NAME

    def add(
        self, name: str, start: dt.date, end: dt.date, site_ids: Sequence[str] = ()
    ) -> SeasonInfo:
        """A season at the sites `site_ids` (by id; none: every site). A refusal names the
        field it concerns: name, start, end or site_ids."""
        with about("name"):
            cleaned = self.name_rule.clean(name)
        _check_dates(start, end, self.context.today())
        with self.context.db.write() as session:
            with about("name"):
                self.ensure_unique(session, cleaned)
            sites = _live_sites(session, site_ids)
            season = Season(
                id=new_id(),
                name=cleaned,
                start_date=start,
                end_date=end,
                site_ids=json.dumps(sites),
                deleted=False,
            )
            self.context.record_created(session, self.entity, season)
        return _info(season)

    def edit(
        self,
        season_id: str,
        *,
        name: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        site_ids: Sequence[str] | None = None,
    ) -> SeasonInfo:
        """Change what is given (None keeps it; `site_ids` empty: every site), refused as `add`
        refuses, naming the field. Nothing is written when nothing changes."""
        cleaned = None
        if name is not None:
            with about("name"):
                cleaned = self.name_rule.clean(name)
        with self.context.db.write() as session:
            season = self.get(session, season_id)
            new_start = season.start_date if start is None else start
            new_end = season.end_date if end is None else end
            if start is not None or end is not None:
                # a season begun long ago keeps its start: only a changed start is checked
                _check_dates(
                    new_start,
                    new_end,
                    self.context.today(),
                    check_start=start is not None,
                    field="end" if end is not None else "start",
                )
            if cleaned is not None:
                with about("name"):
                    self.ensure_unique(session, cleaned, except_id=season.id)
            sites = None if site_ids is None else json.dumps(_live_sites(session, site_ids))
            before = snapshot(season)
            changed = {
                "name": season.name if cleaned is None else cleaned,
                "start_date": new_start,
                "end_date": new_end,
                "site_ids": season.site_ids if sites is None else sites,
            }
            if any(getattr(season, key) != value for key, value in changed.items()):
                for key, value in changed.items():
                    setattr(season, key, value)
                self.context.record_changed(session, self.entity, season, before)
            return _info(season)

    def list(self) -> list[SeasonInfo]:
        with self.context.db.read() as session:
            return [_info(s) for s in sorted(self.live(session), key=lambda s: s.start_date)]

    def by_name(self, name: str) -> SeasonInfo:
        with self.context.db.read() as session:
            return _info(self.find(session, name))


def season_site_ids(season: Season) -> tuple[str, ...]:
    """The ids of the sites a stored season runs at (empty: every site)."""
    return tuple(json.loads(season.site_ids or "[]"))


def _info(season: Season) -> SeasonInfo:
    return SeasonInfo(
        season.id, season.name, season.start_date, season.end_date, season_site_ids(season)
    )


def _check_dates(
    start: dt.date, end: dt.date, today: dt.date, *, check_start: bool = True, field: str = "end"
) -> None:
    """A season's dates: the start at most a year ahead, the end not before it; a reversed
    period is refused naming `field` (the date an edit changed)."""
    if check_start:
        with about("start"):
            check_event_date(start, today)  # planned at most a year ahead
    with about("end"):
        check_date(end)
    if end < start:
        raise UserError(said.SEASON_ENDS_BEFORE_START(end=end, start=start), field=field)


def _live_sites(session: Session, site_ids: Sequence[str]) -> list[str]:
    """The given ids, each a live site's (else refused naming site_ids), sorted, each once."""
    if isinstance(site_ids, str):  # one id given as it is: checked like the others
        site_ids = [site_ids]
    found = {live_record(session, Site, given, "site_ids", UNKNOWN_SITE).id for given in site_ids}
    return sorted(found)


class OrganisationService(NamedRecords[Organisation]):
    model, entity, label, name_rule = (
        Organisation,
        "organisation",
        said.KIND_ORGANISATION,
        ORGANISATION_NAME,
    )

    def add(self, name: str, kind: str = OrganisationKind.ASSOCIATION) -> OrganisationInfo:
        org_kind = parse_choice(OrganisationKind, kind, CHOICE_ORGANISATION_KIND)
        org = self.create(name, kind=org_kind)
        return OrganisationInfo(org.id, org.name, org_kind)

    def list(self) -> list[OrganisationInfo]:
        with self.context.db.read() as session:
            return [
                OrganisationInfo(o.id, o.name, OrganisationKind(o.kind)) for o in self.live(session)
            ]


class ActivityTypeService(NamedRecords[ActivityType]):
    model, entity, label, name_rule = (
        ActivityType,
        "activity_type",
        said.KIND_ACTIVITY_TYPE,
        ACTIVITY_TYPE_NAME,
    )

    def seed_defaults(self) -> None:
        """Add the default types once; derived ids make every laptop's defaults the same rows."""
        with self.context.db.read() as session:
            if session.scalar(select(ActivityType.id).limit(1)) is not None:
                return
        with self.context.db.write() as session:
            if session.scalar(select(ActivityType.id).limit(1)) is not None:
                return
            for seed in DEFAULT_ACTIVITY_TYPES:
                session.add(
                    ActivityType(
                        id=derived_id("activity_type", seed.name),
                        name=seed.name,
                        area=Area(seed.area),
                        hlc=SEED_STAMP,
                        device_id="seed",
                        deleted=False,
                    )
                )

    def add(self, name: str, area: str) -> ActivityTypeInfo:
        parsed = parse_choice(Area, area, CHOICE_AREA)
        kind = self.create(name, area=parsed)
        return ActivityTypeInfo(kind.id, kind.name, parsed)

    def list(self) -> list[ActivityTypeInfo]:
        with self.context.db.read() as session:
            return [ActivityTypeInfo(t.id, t.name, Area(t.area)) for t in self.live(session)]


class LeaderService(NamedRecords[Leader]):
    model, entity, label, name_rule = Leader, "leader", said.KIND_LEADER, LEADER_NAME

    def add(self, name: str, role: str = LeaderRole.YOUTH_LEADER) -> LeaderInfo:
        parsed = parse_choice(LeaderRole, role, CHOICE_ROLE)
        leader = self.create(name, role=parsed)
        return LeaderInfo(leader.id, leader.name, parsed)

    def list(self) -> list[LeaderInfo]:
        with self.context.db.read() as session:
            return [LeaderInfo(x.id, x.name, LeaderRole(x.role)) for x in self.live(session)]
