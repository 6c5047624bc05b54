"""Weekly activity templates: "Öppet hus, tisdagar 15–18" becomes the day's entry in one click."""

from __future__ import annotations  # methods named `list` shadow the builtin

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import format_time_of_day
from vanskapshuset.domain.vocabulary import Area, parse_choice
from vanskapshuset.services.activities import ActivityInput, ActivityService
from vanskapshuset.services.context import ServiceContext, new_id, snapshot
from vanskapshuset.services.named_records import clean_name
from vanskapshuset.services.registry import ActivityTypeService, OrganisationService, SiteService
from vanskapshuset.store.models import ActivityTemplate, ActivityType, Organisation, Site

WEEKDAY_NAMES = (
    "måndagar",
    "tisdagar",
    "onsdagar",
    "torsdagar",
    "fredagar",
    "lördagar",
    "söndagar",
)


@dataclass(frozen=True)
class TemplateInput:
    site: str
    weekday: int
    start: dt.time
    end: dt.time
    title: str
    type_name: str
    area: str | None = None
    organiser: str | None = None
    partners: tuple[str, ...] = ()
    leader_count: int = 0
    knowledge_exchange: bool = False


@dataclass(frozen=True)
class TemplateView:
    id: str
    site: str
    weekday: int
    start: dt.time
    end: dt.time
    title: str
    type_name: str
    area: Area | None
    organiser: str | None
    partners: tuple[str, ...]
    leader_count: int
    knowledge_exchange: bool

    @property
    def label(self) -> str:
        """E.g. "Öppet hus, tisdagar 15:00–18:00"."""
        return (
            f"{self.title}, {WEEKDAY_NAMES[self.weekday]} "
            f"{format_time_of_day(self.start)}–{format_time_of_day(self.end)}"
        )


class TemplateService:
    def __init__(self, context: ServiceContext, activities: ActivityService) -> None:
        self.context = context
        self.activities = activities
        self._sites = SiteService(context)
        self._types = ActivityTypeService(context)
        self._organisations = OrganisationService(context)

    def add(self, data: TemplateInput) -> str:
        if not 0 <= data.weekday <= 6:
            raise UserError("Veckodagen måste vara måndag till söndag.")
        if data.end <= data.start:
            raise UserError("Mallen slutar innan den börjar.")
        if data.leader_count < 0:
            raise UserError("Antalet ledare kan inte vara negativt.")
        with self.context.db.write() as session:
            title = clean_name(data.title, "Mallen")
            area = parse_choice(Area, data.area, "verksamhetsområde") if data.area else None
            organiser = (
                self._organisations.find(session, data.organiser).id if data.organiser else None
            )
            partners = sorted({self._organisations.find(session, p).id for p in data.partners})
            template = ActivityTemplate(
                id=new_id(),
                site_id=self._sites.find(session, data.site).id,
                weekday=data.weekday,
                start_time=data.start,
                end_time=data.end,
                title=title,
                type_id=self._types.find(session, data.type_name).id,
                area=area.value if area else None,
                organiser_id=organiser,
                partner_ids=json.dumps(partners),
                leader_count=data.leader_count,
                knowledge_exchange=data.knowledge_exchange,
                deleted=False,
            )
            self.context.record_created(session, "activity_template", template)
        return template.id

    def delete(self, template_id: str) -> None:
        with self.context.db.write() as session:
            template = session.get(ActivityTemplate, template_id)
            if template is None or template.deleted:
                raise UserError("Mallen finns inte längre.")
            before = snapshot(template)
            template.deleted = True
            self.context.record_changed(session, "activity_template", template, before)

    def list(self, weekday: int | None = None, site_id: str | None = None) -> list[TemplateView]:
        query = select(ActivityTemplate).where(ActivityTemplate.deleted.is_(False))
        if weekday is not None:
            query = query.where(ActivityTemplate.weekday == weekday)
        if site_id is not None:
            query = query.where(ActivityTemplate.site_id == site_id)
        query = query.order_by(
            ActivityTemplate.weekday, ActivityTemplate.start_time, ActivityTemplate.title
        )
        with self.context.db.read() as session:
            sites = {s.id: s.name for s in session.scalars(select(Site))}
            types = {t.id: t.name for t in session.scalars(select(ActivityType))}
            orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
            return [
                TemplateView(
                    id=t.id,
                    site=sites[t.site_id],
                    weekday=t.weekday,
                    start=t.start_time,
                    end=t.end_time,
                    title=t.title,
                    type_name=types[t.type_id],
                    area=Area(t.area) if t.area else None,
                    organiser=orgs.get(t.organiser_id) if t.organiser_id else None,
                    partners=tuple(sorted(orgs[i] for i in json.loads(t.partner_ids))),
                    leader_count=t.leader_count,
                    knowledge_exchange=t.knowledge_exchange,
                )
                for t in session.scalars(query)
            ]

    def create_activity(self, template_id: str, day: dt.date) -> str:
        """The template's activity on `day` (participants are filled in afterwards)."""
        matches = [t for t in self.list() if t.id == template_id]
        if not matches:
            raise UserError("Mallen finns inte längre.")
        template = matches[0]
        return self.activities.create(
            ActivityInput(
                site=template.site,
                date=day,
                start=template.start,
                end=template.end,
                title=template.title,
                type_name=template.type_name,
                area=template.area.value if template.area else None,
                organiser=template.organiser,
                partners=template.partners,
                leader_count=template.leader_count,
                knowledge_exchange=template.knowledge_exchange,
            )
        )
