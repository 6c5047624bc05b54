"""Which tables travel in a bundle, how, and what a valid value of each column looks like.

Rows travel as SQLite stores them (text dates and times, 0/1 booleans), so a merged row is
byte-for-byte the row the other laptop wrote. Sign-ups, this laptop's own state and the sync
bookkeeping never travel: they are simply not listed here.
"""

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text, Time

from vanskapshuset.domain import follow_up, rules
from vanskapshuset.domain.settings_registry import SHARED_KEYS, shared_value_accepted
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.context import derived_id
from vanskapshuset.store.models import (
    Activity,
    ActivityParticipant,
    ActivityPartner,
    ActivityTemplate,
    ActivityType,
    AgeBandRecord,
    AuditEntry,
    Base,
    DayLog,
    FollowUpInitiative,
    FollowUpSurvey,
    Leader,
    Organisation,
    RecordAlias,
    Season,
    Setting,
    Site,
    Visit,
)
from vanskapshuset.store.types import AwareDateTime


class Kind(Enum):
    RECORD = "record"  # edited: the newest clock stamp wins
    PART = "part"  # part of an activity's value: travels and is replaced with it
    EVENT = "event"  # append-only: a union by id


@dataclass(frozen=True)
class SyncedTable:
    table: Table
    kind: Kind

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.table.columns)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


SYNCED_TABLES: tuple[SyncedTable, ...] = (
    *(
        SyncedTable(_table(model), Kind.RECORD)
        for model in (
            Setting,
            AgeBandRecord,
            Site,
            Leader,
            Organisation,
            ActivityType,
            Season,
            ActivityTemplate,
            DayLog,
            Activity,
            FollowUpSurvey,
            FollowUpInitiative,
        )
    ),
    SyncedTable(_table(ActivityParticipant), Kind.PART),
    SyncedTable(_table(ActivityPartner), Kind.PART),
    SyncedTable(_table(Visit), Kind.EVENT),
    SyncedTable(_table(RecordAlias), Kind.EVENT),
    SyncedTable(_table(AuditEntry), Kind.EVENT),
)
# Records the team refers to by name, merged by name after sync (sync/name_merge.py).
NAMED_TABLES = ("site", "organisation", "activity_type", "leader", "season")
BY_NAME = {synced.name: synced for synced in SYNCED_TABLES}
# Tables that began to travel after the first bundles: a bundle of an earlier schema (a laptop not
# yet upgraded) has no member for them, and is read as holding none of their rows.
INTRODUCED_IN = {
    "record_alias": "0005_record_alias",
    "follow_up_survey": "0008_follow_up",
    "follow_up_initiative": "0008_follow_up",
}
PARENT_TABLE = Activity.__tablename__  # the record whose parts travel with it

Check = Callable[[object], bool]
_TIME = re.compile(r"\d\d:\d\d:\d\d(\.\d{6})?")
_STAMP = re.compile(r"\d{15}\.\d{5}\.[0-9A-Za-z-]{1,36}")


def _is_text(value: object) -> bool:
    return type(value) is str


def _is_int(value: object) -> bool:
    return rules.STORED_INTEGER.accepts(value)


def _is_id(value: object) -> bool:
    return type(value) is str and rules.is_record_id(value)


def _is_flag(value: object) -> bool:
    return type(value) is int and value in (0, 1)


def _is_date(value: object) -> bool:
    """A date as SQLite holds it, in the range every date a person gives lies in."""
    if type(value) is not str or len(value) != 10:
        return False
    try:
        return rules.in_date_range(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _is_time(value: object) -> bool:
    return type(value) is str and _TIME.fullmatch(value) is not None


def _is_moment(value: object) -> bool:
    if type(value) is not str:
        return False
    try:
        return dt.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _is_event_moment(value: object) -> bool:
    """When a visit happened: a moment a person could have given (domain/rules)."""
    if type(value) is not str:
        return False
    try:
        return rules.moment_in_range(dt.datetime.fromisoformat(value))
    except ValueError:
        return False


def _is_stamp(value: object) -> bool:
    return type(value) is str and _STAMP.fullmatch(value) is not None


def _is_history(value: object) -> bool:
    if type(value) is not str:
        return False
    try:
        stamps = json.loads(value)
    except ValueError:
        return False
    return type(stamps) is list and all(_is_stamp(stamp) for stamp in stamps)


def _bounded(check: Check, length: int | None) -> Check:
    if length is None:
        return check
    return lambda value: check(value) and len(value) <= length  # type: ignore[arg-type]


# Values a person typed pass the same rules here as on the laptop that stored them.
_TYPED: dict[tuple[str, str], rules.TextRule | rules.NumberRule] = {
    ("site", "name"): rules.SITE_NAME,
    ("season", "name"): rules.SEASON_NAME,
    ("organisation", "name"): rules.ORGANISATION_NAME,
    ("activity_type", "name"): rules.ACTIVITY_TYPE_NAME,
    ("leader", "name"): rules.LEADER_NAME,
    ("activity", "title"): rules.ACTIVITY_TITLE,
    ("activity", "note"): rules.NOTE,
    ("activity", "leader_count"): rules.LEADERS,
    ("activity_template", "title"): rules.TEMPLATE_TITLE,
    ("activity_template", "leader_count"): rules.LEADERS,
    ("activity_template", "weekday"): rules.WEEKDAY,
    ("day_log", "note"): rules.NOTE,
    ("activity_participant", "count"): rules.PARTICIPANTS_PER_CELL,
    ("activity_participant", "age_band"): rules.AGE_BAND_CODE,
    ("age_band", "code"): rules.AGE_BAND_CODE,
    ("age_band", "min_age"): rules.BAND_AGE,
    ("age_band", "max_age"): rules.BAND_AGE,
    ("visit", "age_band"): rules.AGE_BAND_CODE,
    ("visit", "age_min"): rules.BAND_AGE,
    ("visit", "age_max"): rules.BAND_AGE,
    ("follow_up_survey", "with_text"): follow_up.SURVEY_WITH,
    ("follow_up_survey", "summary"): follow_up.SURVEY_SUMMARY,
    ("follow_up_initiative", "title"): follow_up.INITIATIVE_TITLE,
    ("follow_up_initiative", "note"): rules.NOTE,
}
# Columns with a closed set of values or a format of their own.
_SPECIAL: dict[tuple[str, str], Check] = {
    **{column: rule.accepts for column, rule in _TYPED.items()},
    ("visit", "delta"): lambda value: type(value) is int and value in (1, -1),
    ("visit", "gender"): lambda value: value in {gender.value for gender in Gender},
    ("visit", "occurred_at"): _is_event_moment,
    ("activity_participant", "gender"): lambda value: value in {g.value for g in Gender},
    ("record_alias", "table_name"): lambda value: value in NAMED_TABLES,
    ("record_alias", "alias_id"): _is_id,
    ("record_alias", "canonical_id"): _is_id,
    ("record_alias", "device_id"): _is_id,
}


def column_check(table: str, column: Column[object]) -> Check:
    """A test of one stored value of `column`, None included where the column allows it."""
    if (table, column.name) in _SPECIAL:
        check = _SPECIAL[(table, column.name)]
    elif column.name == "hlc":
        check = _is_stamp
    elif column.name == "history":
        check = _is_history
    else:
        kind = column.type
        if isinstance(kind, AwareDateTime):
            check = _is_moment
        elif isinstance(kind, Boolean):
            check = _is_flag
        elif isinstance(kind, Integer):
            check = _is_int
        elif isinstance(kind, Date):
            check = _is_date
        elif isinstance(kind, Time):
            check = _is_time
        elif isinstance(kind, String):
            check = _bounded(_is_text, kind.length)
        elif isinstance(kind, Text):
            check = _is_text
        else:  # a new column type must be taught here before it can travel
            raise TypeError(f"no sync check for {table}.{column.name}: {kind!r}")
    if column.nullable:
        return lambda value: value is None or check(value)
    return check


CHECKS: dict[str, tuple[Check, ...]] = {
    synced.name: tuple(column_check(synced.name, column) for column in synced.table.columns)
    for synced in SYNCED_TABLES
}


def _setting_row(row: list[object]) -> bool:
    """A shared setting's value is JSON, and what its rule lets a person set (services)."""
    key, value = row[_SETTING_KEY], row[_SETTING_VALUE]
    if key not in SHARED_KEYS:
        return True  # the key's own check refuses it, naming that field
    if type(value) is not str:
        return False
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):
        return False
    return shared_value_accepted(str(key), decoded)


_SETTING_KEY, _SETTING_VALUE = (BY_NAME["setting"].columns.index(c) for c in ("key", "value"))


def alias_row_id(table_name: str, alias_id: str, canonical_id: str, device_id: str) -> str:
    """An alias row's id: the same for the same finding on one laptop, never the same id for
    two different rows (so the union by id of two laptops' rows is the same set on both)."""
    return derived_id("record_alias", table_name, alias_id, canonical_id, device_id)


def _alias_row(row: list[object]) -> bool:
    """A merge of a record into another (not itself), with the id its columns give."""
    key, table_name, alias_id, canonical_id, device_id = (str(value) for value in row[:5])
    return alias_id != canonical_id and key == alias_row_id(
        table_name, alias_id, canonical_id, device_id
    )


# Checks of a whole row, where one column's rule depends on another's value.
ROW_CHECKS: dict[str, Callable[[list[object]], bool]] = {
    "setting": _setting_row,
    "record_alias": _alias_row,
}
