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

from vanskapshuset.domain.vocabulary import Gender
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
    Leader,
    Organisation,
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
        )
    ),
    SyncedTable(_table(ActivityParticipant), Kind.PART),
    SyncedTable(_table(ActivityPartner), Kind.PART),
    SyncedTable(_table(Visit), Kind.EVENT),
    SyncedTable(_table(AuditEntry), Kind.EVENT),
)
# For the sentence that says which part of a bundle was wrong.
TABLE_WORDS = {
    "setting": "inställningar",
    "age_band": "åldersgrupper",
    "site": "platser",
    "leader": "ledare",
    "organisation": "organisationer",
    "activity_type": "aktivitetstyper",
    "season": "säsonger",
    "activity_template": "veckoaktiviteter",
    "day_log": "dagböcker",
    "activity": "aktiviteter",
    "activity_participant": "deltagare",
    "activity_partner": "samarbetspartner",
    "visit": "besök",
    "audit_log": "ändringslogg",
}
BY_NAME = {synced.name: synced for synced in SYNCED_TABLES}
PARENT_TABLE = Activity.__tablename__  # the record whose parts travel with it

Check = Callable[[object], bool]
_TIME = re.compile(r"\d\d:\d\d:\d\d(\.\d{6})?")
_STAMP = re.compile(r"\d{15}\.\d{5}\.[0-9A-Za-z-]{1,36}")


def _is_text(value: object) -> bool:
    return type(value) is str


def _is_int(value: object) -> bool:
    return type(value) is int


def _is_flag(value: object) -> bool:
    return type(value) is int and value in (0, 1)


def _is_date(value: object) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_time(value: object) -> bool:
    return type(value) is str and _TIME.fullmatch(value) is not None


def _is_moment(value: object) -> bool:
    if type(value) is not str:
        return False
    try:
        return dt.datetime.fromisoformat(value).tzinfo is not None
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


# Columns with a closed set of values or a format of their own.
_SPECIAL: dict[tuple[str, str], Check] = {
    ("visit", "delta"): lambda value: type(value) is int and value in (1, -1),
    ("visit", "gender"): lambda value: value in {gender.value for gender in Gender},
    ("activity_participant", "gender"): lambda value: value in {g.value for g in Gender},
    ("activity_participant", "count"): lambda value: type(value) is int and 0 <= value < 10**6,
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
