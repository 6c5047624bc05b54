"""Checks of single stored values that the column types in tables.py do not say: closed
vocabularies, clock stamps, JSON lists of ids and the audit log's shape.

Each check answers whether the app itself could have written the value (domain/rules and
domain/vocabulary, the rules the window and the command line use), so one laptop never stores
what another's import refuses, and nothing a bundle brings can crash a later read.
"""

import datetime as dt
import json
from collections.abc import Callable
from enum import StrEnum

from vanskapshuset.domain import rules
from vanskapshuset.domain.follow_up import InitiativeStatus
from vanskapshuset.domain.hlc import COUNTER_DIGITS, WALL_DIGITS
from vanskapshuset.domain.localtime import epoch_ms, to_local
from vanskapshuset.domain.settings_registry import SHARED_KEYS
from vanskapshuset.domain.vocabulary import (
    Area,
    LeaderRole,
    OrganisationKind,
    SiteKind,
    VisitSource,
)
from vanskapshuset.services.context import HISTORY_LENGTH

Check = Callable[[object], bool]

# A laptop's clock gives stamps and audit times: from 1970 (a clock whose battery ran out; only
# visits refuse such a clock locally, and an old stamp merely loses) to the end of the date
# range (a wall time past it would overflow the clock guard's dates, year 9999 at once).
_CLOCK_EPOCH = dt.date(1970, 1, 1)
_LATEST_MS = epoch_ms(dt.datetime.combine(rules.LATEST_DATE, dt.time.max, dt.UTC))
# A list of ids kept in one text column (a day's leaders, a template's partners): no local rule
# bounds how many, so the bound is far above any team's leaders or partner organisations.
MAX_LISTED_IDS = 10_000
# An audit entry's before/after: a record's snapshot (an activity's holds its 4,000-character
# note and every partner's name); a megabyte is far above any, a 10 MB one is not a snapshot.
MAX_AUDIT_JSON = 1_000_000
AUDIT_ACTIONS = frozenset({"create", "update", "delete", "purge", "erase", "access", "import"})
AUDIT_ENTITIES = frozenset(
    {
        "setting",
        "age_band",
        "site",
        "leader",
        "organisation",
        "activity_type",
        "season",
        "activity_template",
        "day_log",
        "activity",
        "follow_up_survey",
        "follow_up_initiative",
        "signup",
        "person",
        "demo",
        "sync",
    }
)
SETTING_KEYS = SHARED_KEYS
# scrypt's cost as settings.hash_password sets it; a huge one would hang every password check.
_SCRYPT_PARTS = ("scrypt", "16384", "8", "1")


def one_of(vocabulary: type[StrEnum]) -> Check:
    values = frozenset(member.value for member in vocabulary)
    return lambda value: type(value) is str and value in values


def is_id(value: object) -> bool:
    return type(value) is str and rules.is_record_id(value)


def is_stamp(value: object) -> bool:
    """A clock stamp the app could issue (the seed's has wall time 0)."""
    if type(value) is not str:
        return False
    wall, counter, device = [*value.split(".", 2), "", ""][:3]
    return (
        len(wall) == WALL_DIGITS
        and wall.isascii()
        and wall.isdigit()
        and len(counter) == COUNTER_DIGITS
        and counter.isascii()
        and counter.isdigit()
        and rules.is_record_id(device)
        and int(wall) <= _LATEST_MS
    )


def _json(value: object) -> object:
    """The decoded JSON text, or a sentinel; NaN and Infinity are not JSON the app writes."""
    if type(value) is not str:
        return _BAD
    try:
        return json.loads(value, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return _BAD


_BAD = object()


def _refuse_constant(name: str) -> object:
    raise ValueError(name)


def is_history(value: object) -> bool:
    stamps = _json(value)
    return (
        type(stamps) is list
        and len(stamps) <= HISTORY_LENGTH
        and all(is_stamp(stamp) for stamp in stamps)
    )


def is_id_list(value: object) -> bool:
    ids = _json(value)
    return type(ids) is list and len(ids) <= MAX_LISTED_IDS and all(is_id(one) for one in ids)


def is_audit_values(value: object) -> bool:
    """None, or a JSON object of a record's values of a reasonable size."""
    if value is None:
        return True
    if type(value) is not str or len(value) > MAX_AUDIT_JSON:
        return False
    return type(_json(value)) is dict


def is_setting_key(value: object) -> bool:
    """Only the settings this version knows: an unknown key would be stored but never read."""
    return type(value) is str and value in SETTING_KEYS


def is_password_hash(value: object) -> bool:
    """What settings.hash_password writes, with its fixed cost."""
    if type(value) is not str or len(value) > 200:
        return False
    parts = value.split("$")
    return len(parts) == 6 and tuple(parts[:4]) == _SCRYPT_PARTS and all(parts[4:])


def is_clock_moment(value: object) -> bool:
    """A moment a laptop's clock gave (an audit entry's): a real offset, 1970 to 2100."""
    if type(value) is not str:
        return False
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    offset = moment.utcoffset()
    if offset is None or not dt.timedelta(hours=-12) <= offset <= dt.timedelta(hours=14):
        return False
    # Its own date first: converting a moment near year 1 or 9999 would overflow.
    if not _CLOCK_EPOCH <= moment.date() <= rules.LATEST_DATE:
        return False
    return _CLOCK_EPOCH <= to_local(moment).date() <= rules.LATEST_DATE


# (table, column) → a check beyond tables.CHECKS; columns named hlc, history, id, device_id
# and *_id are checked in every table by name (row_checks).
VALUE_CHECKS: dict[tuple[str, str], Check] = {
    ("site", "kind"): one_of(SiteKind),
    ("organisation", "kind"): one_of(OrganisationKind),
    ("leader", "role"): one_of(LeaderRole),
    ("activity_type", "area"): one_of(Area),
    ("activity", "area"): one_of(Area),
    ("activity_template", "area"): lambda value: value is None or one_of(Area)(value),
    ("activity_template", "partner_ids"): is_id_list,
    ("day_log", "leaders_present"): is_id_list,
    ("season", "site_ids"): is_id_list,
    ("follow_up_survey", "organisation_ids"): is_id_list,
    ("follow_up_initiative", "partner_ids"): is_id_list,
    ("follow_up_initiative", "status"): one_of(InitiativeStatus),
    ("visit", "source"): one_of(VisitSource),
    ("setting", "key"): is_setting_key,
    ("audit_log", "at"): is_clock_moment,
    ("record_alias", "at"): is_clock_moment,
    ("audit_log", "actor"): rules.ACTOR.accepts,
    ("audit_log", "action"): lambda value: value in AUDIT_ACTIONS,
    ("audit_log", "entity"): lambda value: value in AUDIT_ENTITIES,
    ("audit_log", "before"): is_audit_values,
    ("audit_log", "after"): is_audit_values,
}


def by_name(column: str) -> Check | None:
    """The check every table's column of this name passes."""
    if column == "hlc":
        return is_stamp
    if column == "history":
        return is_history
    if column in ("id", "device_id", "entity_id") or column.endswith("_id"):
        return lambda value: value is None or is_id(value)
    return None
