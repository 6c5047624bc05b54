"""Activities: what was done, when, where, by whom and with how many participants."""

from __future__ import annotations  # methods named `list` shadow the builtin

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vanskapshuset.domain.age_bands import find_band
from vanskapshuset.domain.errors import NotFoundError
from vanskapshuset.domain.localtime import format_time_of_day
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.rules import (
    ACTIVITY_TITLE,
    LEADERS,
    NOTE,
    PARTICIPANTS_PER_CELL,
    check_event_date,
    check_time_span,
    is_record_id,
    shown,
)
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Area, Gender, parse_choice
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import activities as said
from vanskapshuset.messages.rules import ACTIVITY_ENDS_BEFORE_START, CHOICE_AREA
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.age_band_service import AgeBandService
from vanskapshuset.services.context import ServiceContext, new_id, snapshot
from vanskapshuset.services.references import about, live_organisation, live_record
from vanskapshuset.store.models import (
    Activity,
    ActivityParticipant,
    ActivityPartner,
    ActivityType,
    Organisation,
    SignUp,
    Site,
)

MAX_TITLE = ACTIVITY_TITLE.limit  # the window's title field reads it here


@dataclass(frozen=True)
class ActivityInput:
    """Everything a person gives for an activity. Records are referred to by id: names are
    resolved where they are chosen (the window's lists, the command line), never here."""

    site_id: str
    date: dt.date
    start: dt.time
    end: dt.time
    title: str
    type_id: str
    area: str | None = None  # None: the type's default area
    organiser_id: str | None = None  # None or "": no organiser
    partner_ids: tuple[str, ...] = ()
    participants: tuple[ParticipantCount, ...] = ()
    leader_count: int = 0
    knowledge_exchange: bool = False
    note: str = ""


@dataclass(frozen=True)
class ActivityChanges:
    """Only the fields that are not None change; `area` follows a new type unless given.
    `organiser_id=""` removes the organiser."""

    site_id: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    title: str | None = None
    type_id: str | None = None
    area: str | None = None
    organiser_id: str | None = None
    partner_ids: tuple[str, ...] | None = None
    participants: tuple[ParticipantCount, ...] | None = None
    leader_count: int | None = None
    knowledge_exchange: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class ActivityView:
    id: str
    date: dt.date
    start: dt.time
    end: dt.time
    site: str
    title: str
    type_name: str
    area: Area
    organiser: str | None
    partners: tuple[str, ...]
    participants: tuple[ParticipantCount, ...]
    leader_count: int
    knowledge_exchange: bool
    note: str
    # The records named above, by id: what the window's choices and an edit refer to.
    site_id: str
    type_id: str
    organiser_id: str | None
    partner_ids: tuple[str, ...]  # in the order of `partners`
    participants_total: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "participants_total", sum(p.count for p in self.participants))

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "start": format_time_of_day(self.start),
            "end": format_time_of_day(self.end),
            "site": self.site,
            "title": self.title,
            "type": self.type_name,
            "area": self.area.value,
            "organiser": self.organiser,
            "partners": list(self.partners),
            "participants": {f"{p.gender}:{p.age_band}": p.count for p in self.participants},
            "participants_total": self.participants_total,
            "leaders": self.leader_count,
            "knowledge_exchange": self.knowledge_exchange,
            "note": self.note,
        }


class ActivityService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def create(self, data: ActivityInput) -> str:
        self.access.require_days_open([data.date], locked.CHANGE_ACTIVITY)
        with self.context.db.write() as session:
            activity = Activity(id=new_id(), deleted=False)
            self._apply(session, activity, data)
            self.context.stamp(session, activity)
            session.add(activity)
            self._write_parts(session, activity.id, data)
            after = self._full_snapshot(session, activity)
            self.context.audit(session, "create", "activity", activity.id, None, after)
        return activity.id

    def edit(self, activity_id: str, changes: ActivityChanges) -> None:
        self.access.require_days_open(
            [self.get(activity_id).date, changes.date], locked.CHANGE_ACTIVITY
        )
        with self.context.db.write() as session:
            activity = self._live(session, activity_id)
            before = self._full_snapshot(session, activity)
            current = self._as_input(session, activity)
            merged = replace(
                current,
                **{k: v for k, v in vars(changes).items() if v is not None},
            )
            if changes.type_id is not None and changes.area is None:
                merged = replace(merged, area=None)  # the area follows the new type
            # Fields not given keep their stored references, even to a since-deleted record.
            kept = frozenset(name for name, value in vars(changes).items() if value is None)
            moved_by = merged.date - activity.local_date
            self._apply(session, activity, merged, kept)
            if moved_by:
                # Sign-ups are kept for a time after the activity: they move with it.
                for signup in session.scalars(
                    select(SignUp).where(SignUp.activity_id == activity.id)
                ):
                    signup.retention_until += moved_by
            self.context.stamp(session, activity)
            self._write_parts(session, activity.id, merged, kept)
            after = self._full_snapshot(session, activity)
            self.context.audit(session, "update", "activity", activity.id, before, after)

    def delete(self, activity_id: str) -> None:
        self.access.require_coordinator(locked.DELETE_ACTIVITY)
        with self.context.db.write() as session:
            activity = self._live(session, activity_id)
            before = self._full_snapshot(session, activity)
            activity.deleted = True
            self.context.stamp(session, activity)
            after = {**before, "deleted": True, "hlc": activity.hlc}
            self.context.audit(session, "delete", "activity", activity.id, before, after)

    def get(self, activity_id: str) -> ActivityView:
        with self.context.db.read() as session:
            return self._views(session, [self._live(session, activity_id)])[0]

    def list(self, start: dt.date, end: dt.date, site_id: str | None = None) -> list[ActivityView]:
        with self.context.db.read() as session:
            query = select(Activity).where(
                Activity.deleted.is_(False), Activity.local_date.between(start, end)
            )
            if site_id is not None:
                live_record(session, Site, site_id, "site_id", said.UNKNOWN_SITE)
                query = query.where(Activity.site_id == site_id)
            query = query.order_by(Activity.local_date, Activity.start_time, Activity.title)
            return self._views(session, session.scalars(query).all())

    # -- internals ---------------------------------------------------------------------------

    def _live(self, session: Session, activity_id: str) -> Activity:
        activity = session.get(Activity, activity_id) if is_record_id(activity_id) else None
        if activity is None or activity.deleted:
            raise NotFoundError(said.UNKNOWN_ACTIVITY(id=shown(activity_id)), field="id")
        return activity

    def _apply(
        self,
        session: Session,
        activity: Activity,
        data: ActivityInput,
        kept: frozenset[str] = frozenset(),
    ) -> None:
        """Validate everything before changing anything, then set the columns.

        Fields in `kept` (fields an edit did not give) are not looked up again: the activity
        keeps the site, type, organiser, partners and participants it refers to, even a record
        deleted since. Every refusal names the field it concerns (UserError.field).
        """
        with about("title"):
            title = ACTIVITY_TITLE.clean(data.title)
        with about("note"):
            note = NOTE.clean(data.note)
        with about("date"):
            check_event_date(data.date, self.context.today())
        check_time_span(
            data.start,
            data.end,
            ACTIVITY_ENDS_BEFORE_START(
                end=format_time_of_day(data.end), start=format_time_of_day(data.start)
            ),
            field="end",
        )
        with about("leader_count"):
            LEADERS.check(data.leader_count)
        site_id = (
            activity.site_id
            if "site_id" in kept
            else live_record(session, Site, data.site_id, "site_id", said.UNKNOWN_SITE).id
        )
        kind = (
            None
            if "type_id" in kept
            else live_record(session, ActivityType, data.type_id, "type_id", said.UNKNOWN_TYPE)
        )
        if data.area is not None:
            with about("area"):
                area = parse_choice(Area, data.area, CHOICE_AREA)
        elif kind is not None:
            area = Area(kind.area)
        else:
            area = Area(activity.area)
        if "organiser_id" in kept:
            organiser_id = activity.organiser_id
        elif data.organiser_id:
            organiser_id = live_organisation(session, data.organiser_id, "organiser_id").id
        else:
            organiser_id = None
        if "partner_ids" not in kept:
            for partner_id in data.partner_ids:
                live_organisation(session, partner_id, "partner_ids")
        if "participants" not in kept:
            bands = AgeBandService.current(session)
            # A cell given twice is stored as two rows that count together: the bound is on
            # their sum, as sync import checks it (sync/row_checks.py).
            cells: dict[tuple[Gender, str], int] = {}
            with about("participants"):
                for count in data.participants:
                    PARTICIPANTS_PER_CELL.check(count.count)
                    find_band(bands, count.age_band)
                    cell = (count.gender, count.age_band)
                    cells[cell] = PARTICIPANTS_PER_CELL.check(cells.get(cell, 0) + count.count)
        activity.site_id = site_id
        activity.local_date = data.date
        activity.start_time = data.start
        activity.end_time = data.end
        activity.title = title
        activity.type_id = activity.type_id if kind is None else kind.id
        activity.area = area.value
        activity.organiser_id = organiser_id
        activity.leader_count = data.leader_count
        activity.knowledge_exchange = data.knowledge_exchange
        activity.note = note

    def _write_parts(
        self,
        session: Session,
        activity_id: str,
        data: ActivityInput,
        kept: frozenset[str] = frozenset(),
    ) -> None:
        """Participants and partners are part of the activity: replaced as a whole if given."""
        if "participants" not in kept:
            self._write_participants(session, activity_id, data)
        if "partner_ids" not in kept:
            self._write_partners(session, activity_id, data)
        session.flush()

    def _write_participants(self, session: Session, activity_id: str, data: ActivityInput) -> None:
        session.execute(
            delete(ActivityParticipant).where(ActivityParticipant.activity_id == activity_id)
        )
        for count in data.participants:
            if count.count > 0:
                session.add(
                    ActivityParticipant(
                        id=new_id(),
                        activity_id=activity_id,
                        gender=count.gender.value,
                        age_band=count.age_band,
                        count=count.count,
                    )
                )

    def _write_partners(self, session: Session, activity_id: str, data: ActivityInput) -> None:
        session.execute(delete(ActivityPartner).where(ActivityPartner.activity_id == activity_id))
        for organisation_id in sorted(set(data.partner_ids)):
            session.add(
                ActivityPartner(
                    id=new_id(), activity_id=activity_id, organisation_id=organisation_id
                )
            )

    def _full_snapshot(self, session: Session, activity: Activity) -> dict[str, object]:
        view = self._views(session, [activity])[0]
        values = snapshot(activity)
        values.update(
            partners=list(view.partners),
            participants={f"{p.gender}:{p.age_band}": p.count for p in view.participants},
        )
        return values

    def _as_input(self, session: Session, activity: Activity) -> ActivityInput:
        view = self._views(session, [activity])[0]
        return ActivityInput(
            site_id=view.site_id,
            date=view.date,
            start=view.start,
            end=view.end,
            title=view.title,
            type_id=view.type_id,
            area=view.area.value,
            organiser_id=view.organiser_id,
            partner_ids=view.partner_ids,
            participants=view.participants,
            leader_count=view.leader_count,
            knowledge_exchange=view.knowledge_exchange,
            note=view.note,
        )

    def _views(
        self, session: Session, activities: Sequence[Activity]
    ) -> builtins.list[ActivityView]:  # `list` is a method here
        if not activities:
            return []
        ids = [a.id for a in activities]
        sites = {s.id: s.name for s in session.scalars(select(Site))}
        types = {t.id: t.name for t in session.scalars(select(ActivityType))}
        orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
        partners: dict[str, builtins.list[tuple[str, str]]] = {}  # activity id → (name, id)
        participants: dict[str, builtins.list[ParticipantCount]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            for link in session.scalars(
                select(ActivityPartner).where(ActivityPartner.activity_id.in_(chunk))
            ):
                partners.setdefault(link.activity_id, []).append(
                    (orgs[link.organisation_id], link.organisation_id)
                )
            for row in session.scalars(
                select(ActivityParticipant).where(ActivityParticipant.activity_id.in_(chunk))
            ):
                participants.setdefault(row.activity_id, []).append(
                    ParticipantCount(Gender(row.gender), row.age_band, row.count)
                )
        ordered = {
            a.id: sorted(partners.get(a.id, []), key=lambda p: swedish_key(p[0]))
            for a in activities
        }
        return [
            ActivityView(
                id=a.id,
                date=a.local_date,
                start=a.start_time,
                end=a.end_time,
                site=sites[a.site_id],
                title=a.title,
                type_name=types[a.type_id],
                area=Area(a.area),
                organiser=orgs.get(a.organiser_id) if a.organiser_id else None,
                partners=tuple(name for name, _ in ordered[a.id]),
                participants=tuple(
                    sorted(participants.get(a.id, []), key=lambda p: (p.gender, p.age_band))
                ),
                leader_count=a.leader_count,
                knowledge_exchange=a.knowledge_exchange,
                note=a.note,
                site_id=a.site_id,
                type_id=a.type_id,
                organiser_id=a.organiser_id,
                partner_ids=tuple(key for _, key in ordered[a.id]),
            )
            for a in activities
        ]
