"""Weekly activity templates: "Öppet hus, tisdagar 15–18" becomes the day's entry in one click."""

from __future__ import annotations  # methods named `list` shadow the builtin

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import format_time_of_day
from vanskapshuset.domain.rules import LEADERS, TEMPLATE_TITLE, WEEKDAY, check_time_span
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area, parse_choice
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import activities as said
from vanskapshuset.messages.rules import CHOICE_AREA, TEMPLATE_ENDS_BEFORE_START
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.activities import ActivityInput, ActivityService
from vanskapshuset.services.context import ServiceContext, new_id, snapshot
from vanskapshuset.services.references import about, live_organisation, live_record
from vanskapshuset.store.models import (
    Activity,
    ActivityTemplate,
    ActivityType,
    Organisation,
    Site,
)

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
    """A weekly template as given; records by id (names are resolved where they are chosen)."""

    site_id: str
    weekday: int
    start: dt.time
    end: dt.time
    title: str
    type_id: str
    area: str | None = None
    organiser_id: str | None = None  # None or "": no organiser
    partner_ids: tuple[str, ...] = ()
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
    # The records named above, by id: what the window's choices and a new activity refer to.
    site_id: str
    type_id: str
    organiser_id: str | None
    partner_ids: tuple[str, ...]  # in the order of `partners`

    @property
    def label(self) -> str:
        """E.g. "Öppet hus, tisdagar 15:00–18:00"."""
        return (
            f"{self.title}, {WEEKDAY_NAMES[self.weekday]} "
            f"{format_time_of_day(self.start)}–{format_time_of_day(self.end)}"
        )


class TemplateService:
    def __init__(
        self,
        context: ServiceContext,
        activities: ActivityService,
        access: CoordinatorAccess | None = None,
    ) -> None:
        self.context = context
        self.activities = activities
        self.access = access or activities.access

    def add(self, data: TemplateInput) -> str:
        with self.context.db.write() as session:
            template = ActivityTemplate(id=new_id(), deleted=False)
            self._apply(session, template, data)
            self.context.record_created(session, "activity_template", template)
        return template.id

    def update(self, template_id: str, data: TemplateInput) -> None:
        """Replace every field of a live template, with the same checks as `add`."""
        with self.context.db.write() as session:
            template = self._live(session, template_id)
            before = snapshot(template)
            self._apply(session, template, data)
            self.context.record_changed(session, "activity_template", template, before)

    def delete(self, template_id: str) -> None:
        self.access.require_coordinator(locked.DELETE_TEMPLATE)
        with self.context.db.write() as session:
            template = self._live(session, template_id)
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
            views = []
            for t in session.scalars(query):
                partners = sorted(
                    ((orgs[i], i) for i in json.loads(t.partner_ids)),
                    key=lambda p: swedish_key(p[0]),
                )
                views.append(
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
                        partners=tuple(name for name, _ in partners),
                        leader_count=t.leader_count,
                        knowledge_exchange=t.knowledge_exchange,
                        site_id=t.site_id,
                        type_id=t.type_id,
                        organiser_id=t.organiser_id,
                        partner_ids=tuple(key for _, key in partners),
                    )
                )
            return views

    def create_activity(self, template_id: str, day: dt.date) -> str:
        """The template's activity on `day` (participants are filled in afterwards)."""
        matches = [t for t in self.list() if t.id == template_id]
        if not matches:
            raise UserError(said.TEMPLATE_GONE, field="id")
        template = matches[0]
        return self.activities.create(
            ActivityInput(
                site_id=template.site_id,
                date=day,
                start=template.start,
                end=template.end,
                title=template.title,
                type_id=template.type_id,
                area=template.area.value if template.area else None,
                organiser_id=template.organiser_id,
                partner_ids=template.partner_ids,
                leader_count=template.leader_count,
                knowledge_exchange=template.knowledge_exchange,
            )
        )

    def used_on(self, template_id: str, day: dt.date) -> bool:
        """Whether a live activity made from this template already exists on `day` at its site.

        Activities keep no link to their template, so "made from" means: same site, day, start
        time and title (case and spaces ignored). End time, type and the rest are left out on
        purpose: a leader often corrects them afterwards ("we stayed until 18:30"), and that
        must not make the template look unused and invite a duplicate.
        """
        with self.context.db.read() as session:
            template = self._live(session, template_id)
            candidates = session.scalars(
                select(Activity.title).where(
                    Activity.deleted.is_(False),
                    Activity.site_id == template.site_id,
                    Activity.local_date == day,
                    Activity.start_time == template.start_time,
                )
            )
            wanted = _title_key(template.title)
            return any(_title_key(title) == wanted for title in candidates)

    # -- internals ---------------------------------------------------------------------------

    @staticmethod
    def _live(session: Session, template_id: str) -> ActivityTemplate:
        template = session.get(ActivityTemplate, template_id)
        if template is None or template.deleted:
            raise UserError(said.TEMPLATE_GONE, field="id")
        return template

    def _apply(self, session: Session, template: ActivityTemplate, data: TemplateInput) -> None:
        """Check everything (ids included) before changing anything, then set the columns.
        Every refusal names the field it concerns (UserError.field)."""
        with about("weekday"):
            WEEKDAY.check(data.weekday)
        check_time_span(data.start, data.end, TEMPLATE_ENDS_BEFORE_START, field="end")
        with about("leader_count"):
            LEADERS.check(data.leader_count)
        with about("title"):
            title = TEMPLATE_TITLE.clean(data.title)  # as long as an activity's: it becomes one
        with about("area"):
            area = parse_choice(Area, data.area, CHOICE_AREA) if data.area else None
        site_id = live_record(session, Site, data.site_id, "site_id", said.UNKNOWN_SITE).id
        type_id = live_record(session, ActivityType, data.type_id, "type_id", said.UNKNOWN_TYPE).id
        organiser = (
            live_organisation(session, data.organiser_id, "organiser_id").id
            if data.organiser_id
            else None
        )
        partners = sorted(
            {live_organisation(session, p, "partner_ids").id for p in data.partner_ids}
        )
        template.site_id = site_id
        template.weekday = data.weekday
        template.start_time = data.start
        template.end_time = data.end
        template.title = title
        template.type_id = type_id
        template.area = area.value if area else None
        template.organiser_id = organiser
        template.partner_ids = json.dumps(partners)
        template.leader_count = data.leader_count
        template.knowledge_exchange = data.knowledge_exchange


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()
