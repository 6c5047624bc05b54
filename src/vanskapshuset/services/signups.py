"""Sign-ups: personal data about children, kept apart, only as long as needed (DESIGN section 9).

Nothing here is synced, counted in statistics or exported with the reports. The audit log says
that a sign-up was added, changed, exported or erased, and by whom, but never whose it was.
"""

from __future__ import annotations  # methods named `list` shadow the builtin

import builtins
import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from vanskapshuset.domain import rules
from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.settings_registry import CONSENT_TEXT, RETENTION_DAYS
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import records as said
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.store.models import Activity, SignUp, Site

# The window's fields read these here; the rules are in domain/rules.
MAX_RETENTION_DAYS = rules.RETENTION_DAYS.high
MIN_AGE, MAX_AGE = rules.SIGNUP_AGE.low, rules.SIGNUP_AGE.high
_FIELDS = ("child_name", "age", "guardian_name", "guardian_phone", "photo_consent", "notes")


@dataclass(frozen=True)
class SignUpInput:
    child_name: str
    age: int | None = None
    guardian_name: str = ""
    guardian_phone: str = ""
    photo_consent: bool = False
    notes: str = ""


@dataclass(frozen=True)
class SignUpView:
    id: str
    activity_id: str
    child_name: str
    age: int | None
    guardian_name: str
    guardian_phone: str
    photo_consent: bool
    notes: str
    attended: bool | None
    retention_until: dt.date


@dataclass(frozen=True)
class SignUpMatch:
    """A sign-up found by name, with the activity it belongs to (for the coordinator)."""

    signup: SignUpView
    activity_title: str
    activity_date: dt.date
    site: str


def clean(data: SignUpInput) -> SignUpInput:
    """The input checked and tidied, or one clear sentence about what is wrong."""
    return SignUpInput(
        child_name=rules.CHILD_NAME.clean(data.child_name),
        age=None if data.age is None else rules.SIGNUP_AGE.check(data.age),
        guardian_name=rules.GUARDIAN_NAME.clean(data.guardian_name),
        guardian_phone=rules.clean_phone(data.guardian_phone),
        photo_consent=bool(data.photo_consent),
        notes=rules.NOTE.clean(data.notes),
    )


def expired(today: dt.date) -> ColumnElement[bool]:
    """The one rule for a sign-up past its retention date: in the database and every backup."""
    return SignUp.retention_until < today


def _view(row: SignUp) -> SignUpView:
    return SignUpView(
        id=row.id,
        activity_id=row.activity_id,
        child_name=row.child_name,
        age=row.age,
        guardian_name=row.guardian_name,
        guardian_phone=row.guardian_phone,
        photo_consent=row.photo_consent,
        notes=row.notes,
        attended=row.attended,
        retention_until=row.retention_until,
    )


class SignUpService:
    def __init__(self, context: ServiceContext, settings: SettingsService) -> None:
        self.context = context
        self.settings = settings

    # -- settings ----------------------------------------------------------------------------

    def retention_days(self) -> int:
        return self.settings.get(RETENTION_DAYS)

    def set_retention_days(self, days: int) -> None:
        self.settings.set(RETENTION_DAYS, days)  # checked there, as sync checks it

    def consent_text(self) -> str:
        return self.settings.get(CONSENT_TEXT)

    def set_consent_text(self, text: str) -> None:
        self.settings.set(CONSENT_TEXT, text)  # checked there, as sync checks it

    # -- one activity's sign-ups -------------------------------------------------------------

    def list(self, activity_id: str) -> list[SignUpView]:
        self._require_for_activity(activity_id)
        with self.context.db.read() as session:
            rows = session.scalars(
                select(SignUp).where(SignUp.activity_id == activity_id).order_by(SignUp.created_at)
            )
            return [_view(row) for row in rows]

    def add(self, activity_id: str, data: SignUpInput) -> str:
        cleaned = clean(data)
        self._require_for_activity(activity_id)
        with self.context.db.write() as session:
            activity = self._live_activity(session, activity_id)
            row = SignUp(
                id=new_id(),
                activity_id=activity.id,
                **asdict(cleaned),
                attended=None,
                retention_until=activity.local_date + dt.timedelta(days=self.retention_days()),
                created_at=self.context.now(),
            )
            session.add(row)
            self.context.audit(session, "create", "signup", row.id, None, _trace(row))
        return row.id

    def edit(self, signup_id: str, data: SignUpInput) -> None:
        cleaned = clean(data)
        self._require_for_signup(signup_id)
        with self.context.db.write() as session:
            row = self._get(session, signup_id)
            self._live_activity(session, row.activity_id)
            changed = [name for name in _FIELDS if getattr(row, name) != getattr(cleaned, name)]
            for name in changed:
                setattr(row, name, getattr(cleaned, name))
            if changed:
                self.context.audit(
                    session, "update", "signup", row.id, None, {**_trace(row), "changed": changed}
                )

    def set_attended(self, signup_id: str, attended: bool | None) -> None:
        self._require_for_signup(signup_id)
        with self.context.db.write() as session:
            row = self._get(session, signup_id)
            if row.attended != attended:
                row.attended = attended
                after = {**_trace(row), "changed": ["attended"]}
                self.context.audit(session, "update", "signup", row.id, None, after)

    def delete(self, signup_id: str) -> None:
        self._require_for_signup(signup_id)
        with self.context.db.write() as session:
            row = self._get(session, signup_id)
            self.context.audit(session, "delete", "signup", row.id, _trace(row), None)
            session.delete(row)

    def needs_coordinator(self, activity_date: dt.date) -> bool:
        """Leaders see today's and upcoming activities' sign-ups; older ones are the
        coordinator's."""
        return activity_date < self.context.today()

    def _require_for_activity(self, activity_id: str) -> None:
        """A past activity's sign-ups are the coordinator's (asked before any transaction)."""
        with self.context.db.read() as session:
            day = session.scalar(select(Activity.local_date).where(Activity.id == activity_id))
        if day is not None and self.needs_coordinator(day):
            self.settings.access.require_coordinator(locked.PAST_SIGNUPS)

    def _require_for_signup(self, signup_id: str) -> None:
        with self.context.db.read() as session:
            activity_id = session.scalar(select(SignUp.activity_id).where(SignUp.id == signup_id))
        if activity_id is not None:
            self._require_for_activity(activity_id)

    # -- retention ---------------------------------------------------------------------------

    def purge_expired(self) -> int:
        """Delete every sign-up past its retention date; nothing else is touched."""
        today = self.context.today()
        past = select(func.count()).select_from(SignUp).where(expired(today))
        # Runs at every start: a read on the index first, a write transaction only when needed.
        with self.context.db.read() as session:
            if not session.scalar(past):
                return 0
        with self.context.db.write() as session:
            count = int(session.scalar(past) or 0)
            session.execute(delete(SignUp).where(expired(today)))
            self.context.audit(session, "purge", "signup", new_id(), None, {"count": count})
        return count

    # -- the people's rights -----------------------------------------------------------------

    def find(self, name: str) -> builtins.list[SignUpMatch]:  # `list` is a method here
        """Every sign-up where `name` is the child's or the guardian's name (any case)."""
        self.settings.access.require_coordinator(locked.PERSONAL_DATA)
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            raise UserError(said.SEARCH_NAME_EMPTY(), field="name")
        with self.context.db.read() as session:
            rows = session.execute(
                select(SignUp, Activity.title, Activity.local_date, Site.name)
                .join(Activity, Activity.id == SignUp.activity_id)
                .join(Site, Site.id == Activity.site_id)
                .order_by(Activity.local_date)
            ).all()
        return [
            SignUpMatch(_view(row), title, day, site)
            for row, title, day, site in rows
            if wanted in (row.child_name.casefold(), row.guardian_name.casefold())
        ]

    def export_person(self, name: str, target: Path) -> Path:
        """Right of access: everything kept about `name`, as a JSON file written whole or not."""
        matches = self.find(name)
        if not matches:
            raise NotFoundError(said.NO_SIGNUPS_FOR(name=name.strip()), field="name")
        document = {
            "exported_at": self.context.now().isoformat(),
            "about": " ".join(name.split()),
            "signups": [
                {
                    "activity": m.activity_title,
                    "date": m.activity_date.isoformat(),
                    "site": m.site,
                    **{f: getattr(m.signup, f) for f in _FIELDS},
                    "attended": m.signup.attended,
                    "deleted_after": m.signup.retention_until.isoformat(),
                }
                for m in matches
            ],
        }
        with replacing(target, mode=0o600) as temporary:  # children's names: owner only
            temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
        with self.context.db.write() as session:
            self.context.audit(
                session, "access", "person", new_id(), None, {"signups": len(matches)}
            )
        return target

    def erase_person(self, name: str) -> int:
        """Right to erasure: delete every sign-up of `name`; returns how many."""
        ids = [m.signup.id for m in self.find(name)]
        if not ids:
            raise NotFoundError(said.NO_SIGNUPS_FOR(name=name.strip()), field="name")
        with self.context.db.write() as session:
            session.execute(delete(SignUp).where(SignUp.id.in_(ids)))
            self.context.audit(session, "erase", "person", new_id(), None, {"signups": len(ids)})
        return len(ids)

    # -- helpers -----------------------------------------------------------------------------

    def _get(self, session: Session, signup_id: str) -> SignUp:
        row = session.get(SignUp, signup_id)
        if row is None:
            raise NotFoundError(said.SIGNUP_GONE())
        return row

    def _live_activity(self, session: Session, activity_id: str) -> Activity:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise NotFoundError(said.ACTIVITY_GONE())
        return activity


def _trace(row: SignUp) -> dict[str, object]:
    """What the audit log may say about a sign-up: which activity, never whose."""
    return {"activity_id": row.activity_id}
