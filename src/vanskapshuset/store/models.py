"""The database tables (DESIGN sections 3 and 4).

Every synced row has a UUID text key made where it was first written. Editable records carry a
hybrid-logical-clock stamp, the writing device and a tombstone flag; visits are append-only events.
"""

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from vanskapshuset.store.types import AwareDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def uuid_key() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True)


class EditableRecord:
    """Columns shared by every record that is edited and merged by newest stamp."""

    hlc: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # JSON list of the stamps this version replaced, newest first (capped): a merge tells an
    # edit made on top of another from two edits made side by side (a conflict).
    history: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class LocalState(Base):
    """Settings of this laptop only (device id, clock state); never synced."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(EditableRecord, Base):
    """Settings shared by the team; the id is derived from the key so laptops agree on it."""

    __tablename__ = "setting"
    id: Mapped[str] = uuid_key()
    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Site(EditableRecord, Base):
    __tablename__ = "site"
    id: Mapped[str] = uuid_key()
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20))


class Season(EditableRecord, Base):
    __tablename__ = "season"
    id: Mapped[str] = uuid_key()
    name: Mapped[str] = mapped_column(String(120), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    # JSON list of the ids of the sites the season runs at, sorted; empty: every site. Part of
    # the season's value: it travels and merges with the record (newest stamp wins).
    site_ids: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class Organisation(EditableRecord, Base):
    __tablename__ = "organisation"
    id: Mapped[str] = uuid_key()
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))


class ActivityType(EditableRecord, Base):
    __tablename__ = "activity_type"
    id: Mapped[str] = uuid_key()
    name: Mapped[str] = mapped_column(String(120), index=True)
    area: Mapped[str] = mapped_column(String(20))


class Leader(EditableRecord, Base):
    __tablename__ = "leader"
    id: Mapped[str] = uuid_key()
    name: Mapped[str] = mapped_column(String(120), index=True)
    role: Mapped[str] = mapped_column(String(20))


class AgeBandRecord(EditableRecord, Base):
    """A configured age band; visits copy its code and bounds, so old data keeps its meaning."""

    __tablename__ = "age_band"
    id: Mapped[str] = uuid_key()
    code: Mapped[str] = mapped_column(String(20))
    min_age: Mapped[int] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class Visit(Base):
    """One arriving person (+1) or the correction of one (−1). Append-only."""

    __tablename__ = "visit"
    id: Mapped[str] = uuid_key()
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(AwareDateTime())
    local_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(10))
    age_band: Mapped[str] = mapped_column(String(20))
    age_min: Mapped[int] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    delta: Mapped[int] = mapped_column(Integer)
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("leader.id"))
    source: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str] = mapped_column(String(36))
    # Marked at the door as the child's first visit this season (no name is ever stored); a
    # correction copies it, so an undone new visit takes its mark away too.
    is_new: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __table_args__ = (
        # Covers every statistics query on visits, so they never touch the table itself.
        Index("ix_visit_stats", "local_date", "site_id", "gender", "age_band", "delta", "is_new"),
    )


class RecordAlias(Base):
    """Append-only: a named record merged into another of the same name (sync/name_merge.py).

    The id is derived from every column but the time, so two laptops never write one id with
    different contents; every reference to `alias_id` is read as `canonical_id`.
    """

    __tablename__ = "record_alias"
    id: Mapped[str] = uuid_key()
    table_name: Mapped[str] = mapped_column(String(40))
    alias_id: Mapped[str] = mapped_column(String(36))
    canonical_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[dt.datetime] = mapped_column(AwareDateTime())


class Activity(EditableRecord, Base):
    __tablename__ = "activity"
    id: Mapped[str] = uuid_key()
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    local_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    title: Mapped[str] = mapped_column(String(200))
    type_id: Mapped[str] = mapped_column(ForeignKey("activity_type.id"))
    area: Mapped[str] = mapped_column(String(20))
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    leader_count: Mapped[int] = mapped_column(Integer, default=0)
    knowledge_exchange: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_activity_period", "local_date", "site_id", "deleted"),)


class ActivityParticipant(Base):
    """Part of an activity's value: replaced as a whole when the activity is edited."""

    __tablename__ = "activity_participant"
    id: Mapped[str] = uuid_key()
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    gender: Mapped[str] = mapped_column(String(10))
    age_band: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)


class ActivityPartner(Base):
    """A partner organisation of an activity; part of the activity's value."""

    __tablename__ = "activity_partner"
    id: Mapped[str] = uuid_key()
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)


class DayLog(EditableRecord, Base):
    """Dagbok: one per site and date; the id is derived from both so laptops agree on it."""

    __tablename__ = "day_log"
    id: Mapped[str] = uuid_key()
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    local_date: Mapped[dt.date] = mapped_column(Date)
    is_open: Mapped[bool | None] = mapped_column(Boolean)
    opens_at: Mapped[dt.time | None] = mapped_column(Time)
    closes_at: Mapped[dt.time | None] = mapped_column(Time)
    leaders_present: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of leader ids
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_day_log_period", "local_date", "site_id"),)


class SignUp(Base):
    """Personal data about a child for one activity; never synced, deleted after retention."""

    __tablename__ = "signup"
    id: Mapped[str] = uuid_key()
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    child_name: Mapped[str] = mapped_column(String(200))
    age: Mapped[int | None] = mapped_column(Integer)
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    attended: Mapped[bool | None] = mapped_column(Boolean)
    retention_until: Mapped[dt.date] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(AwareDateTime())


class AuditEntry(Base):
    """Append-only: who changed what, when and on which laptop."""

    __tablename__ = "audit_log"
    id: Mapped[str] = uuid_key()
    at: Mapped[dt.datetime] = mapped_column(AwareDateTime(), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON


class ActivityTemplate(EditableRecord, Base):
    """A weekly activity ("Öppet hus, tisdagar 15–18") that creates the day's entry in one click."""

    __tablename__ = "activity_template"
    id: Mapped[str] = uuid_key()
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    title: Mapped[str] = mapped_column(String(200))
    type_id: Mapped[str] = mapped_column(ForeignKey("activity_type.id"))
    area: Mapped[str | None] = mapped_column(String(20))  # None: the type's area
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    partner_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of organisation ids
    leader_count: Mapped[int] = mapped_column(Integer, default=0)
    knowledge_exchange: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncLog(Base):
    """This laptop's exchanges: each bundle written or imported, with what it brought."""

    __tablename__ = "sync_log"
    id: Mapped[str] = uuid_key()
    at: Mapped[dt.datetime] = mapped_column(AwareDateTime(), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # export, import
    device_id: Mapped[str] = mapped_column(String(36), index=True)  # the bundle's writer
    device_name: Mapped[str] = mapped_column(String(120))
    bundle_created_at: Mapped[dt.datetime] = mapped_column(AwareDateTime())
    digest: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256 of the file
    file_name: Mapped[str] = mapped_column(Text)
    visits_new: Mapped[int] = mapped_column(Integer)
    records_new: Mapped[int] = mapped_column(Integer)
    records_updated: Mapped[int] = mapped_column(Integer)
    records_unchanged: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of sentences


class SyncConflict(Base):
    """An edit that lost to another made side by side, kept for the coordinator to look at."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = uuid_key()
    found_at: Mapped[dt.datetime] = mapped_column(AwareDateTime(), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    lost_hlc: Mapped[str] = mapped_column(String(80))
    lost_device_id: Mapped[str] = mapped_column(String(36))
    lost_values: Mapped[str] = mapped_column(Text)  # JSON
    won_hlc: Mapped[str] = mapped_column(String(80))
    won_device_id: Mapped[str] = mapped_column(String(36))
    won_values: Mapped[str] = mapped_column(Text)  # JSON
    seen: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("table_name", "record_id", "lost_hlc"),)


class ChangeJournal(Base):
    """Rows written on this laptop since its last sync segment (sync/journal.py); never synced.

    Filled by triggers (migration 0004) on every synced table while the laptop is in a team and
    has begun its chain of bundles, so
    every way of writing a row, the door's, a service's or an import's, is journaled alike.
    """

    __tablename__ = "change_journal"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = ({"sqlite_autoincrement": True},)


class FollowUpSurvey(EditableRecord, Base):
    """Uppföljning: a survey of actors held on a day, with whom, and a short summary."""

    __tablename__ = "follow_up_survey"
    id: Mapped[str] = uuid_key()
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    organisation_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ids
    with_text: Mapped[str] = mapped_column(String(200), default="")  # others, in words
    summary: Mapped[str] = mapped_column(Text)


class FollowUpInitiative(EditableRecord, Base):
    """Uppföljning: a collaboration initiative followed, with its partners and status."""

    __tablename__ = "follow_up_initiative"
    id: Mapped[str] = uuid_key()
    title: Mapped[str] = mapped_column(String(200))
    partner_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of organisation ids
    status: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
