"""Every value of a bundle passes the rules local input passes, before anything is written.

bundle_reader checks each column's type, range and text rule (tables.CHECKS); this adds what a
value means together with the others: vocabularies, clock stamps, a visit's date against its
moment, a −1 visit against the visit it corrects, times in order, an activity's participants
per cell, settings this version knows and plausible audit entries. A bundle with any value the
app itself would not write is refused whole in one sentence naming the laptop, the table and
the field; nothing is changed.

Audit entries travel like visits (every laptop passes on all it has seen), so a bundle holds
other laptops' entries too: they are checked for shape, vocabulary and size, not for who wrote
them (every laptop of the team holds the same key and could write any of them).
"""

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from vanskapshuset.domain import rules
from vanskapshuset.domain.localtime import to_local
from vanskapshuset.services.context import derived_id
from vanskapshuset.services.settings import COORDINATOR_PASSWORD
from vanskapshuset.store.database import Database
from vanskapshuset.sync.bundle_reader import Bundle, BundleRefused
from vanskapshuset.sync.tables import BY_NAME, SYNCED_TABLES, TABLE_WORDS
from vanskapshuset.sync.value_checks import VALUE_CHECKS, by_name, is_password_hash

# Columns that must come in order within one row: (table, first, second, may be equal).
_IN_ORDER = (
    ("activity", "start_time", "end_time", False),
    ("activity_template", "start_time", "end_time", False),
    ("day_log", "opens_at", "closes_at", False),
    ("season", "start_date", "end_date", True),
    ("age_band", "min_age", "max_age", True),
    ("visit", "age_min", "age_max", True),
)
# What a correction (−1) copies from the visit it corrects (services/visits.py, paper_tally.py).
_CORRECTION_COPIES = ("site_id", "local_date", "gender", "age_band", "age_min", "age_max")
_CHUNK = 500


class _Bad(Exception):
    """The first value found wrong: its table and column (made into a sentence below)."""

    def __init__(self, table: str, column: str) -> None:
        super().__init__(table, column)
        self.table, self.column = table, column


def _at(table: str, column: str) -> int:
    return BY_NAME[table].columns.index(column)


def _check_columns(bundle: Bundle) -> None:
    """Each distinct value once: a column of 100,000 visits has few distinct sites."""
    for synced in SYNCED_TABLES:
        rows = bundle.rows[synced.name]
        for index, column in enumerate(synced.columns):
            check = VALUE_CHECKS.get((synced.name, column)) or by_name(column)
            if check is not None and not all(check(value) for value in {r[index] for r in rows}):
                raise _Bad(synced.name, column)


def _check_settings(bundle: Bundle) -> None:
    key_at, value_at = _at("setting", "key"), _at("setting", "value")
    for row in bundle.rows["setting"]:
        if row[0] != derived_id("setting", row[key_at]):  # laptops agree on a setting's id
            raise _Bad("setting", "id")
        # The value is JSON (tables.py has decoded it once); the password's is its hash.
        if row[key_at] == COORDINATOR_PASSWORD and not is_password_hash(json.loads(row[value_at])):
            raise _Bad("setting", "value")


def _check_order(bundle: Bundle) -> None:
    for table, first, second, equal_too in _IN_ORDER:
        low_at, high_at = _at(table, first), _at(table, second)
        for row in bundle.rows[table]:
            low, high = row[low_at], row[high_at]
            if low is None or high is None:
                continue
            if low > high or (low == high and not equal_too):
                raise _Bad(table, second)


def _check_participants(bundle: Bundle) -> None:
    """At most PARTICIPANTS_PER_CELL per activity, gender and age band, as typed in."""
    columns = [_at("activity_participant", c) for c in ("activity_id", "gender", "age_band")]
    count_at = _at("activity_participant", "count")
    cells: Counter[tuple[Any, ...]] = Counter()
    for row in bundle.rows["activity_participant"]:
        cells[tuple(row[c] for c in columns)] += row[count_at]
    if any(total > rules.PARTICIPANTS_PER_CELL.high for total in cells.values()):
        raise _Bad("activity_participant", "count")


def _local_dates(moments: Iterable[str]) -> dict[str, str]:
    """Each moment's date in Stockholm (tables.py has checked that each parses, in range)."""
    return {m: to_local(dt.datetime.fromisoformat(m)).date().isoformat() for m in set(moments)}


def _known_originals(db: Database, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """The +1 visits on this laptop among `ids`, with the values a correction copies."""
    wanted = ", ".join(f'"{column}"' for column in _CORRECTION_COPIES)
    found: dict[str, tuple[Any, ...]] = {}
    with db.read() as session:
        connection = session.connection()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            query = f"SELECT id, {wanted} FROM visit WHERE delta = 1 AND id IN ({marks})"
            for row in connection.exec_driver_sql(query, tuple(chunk)):
                found[row[0]] = tuple(row[1:])
    return found


def _check_visits(bundle: Bundle, db: Database) -> None:
    """A +1 is filed under its Stockholm date; a −1 corrects a +1 here or in the bundle, and
    copies its cell, as the app's own undo writes it."""
    rows = bundle.rows["visit"]
    delta_at, corrects_at = _at("visit", "delta"), _at("visit", "corrects_id")
    moment_at, date_at = _at("visit", "occurred_at"), _at("visit", "local_date")
    copies = [_at("visit", column) for column in _CORRECTION_COPIES]
    arrivals = [row for row in rows if row[delta_at] == 1]
    corrections = [row for row in rows if row[delta_at] != 1]
    if any(row[corrects_at] is not None for row in arrivals):
        raise _Bad("visit", "corrects_id")
    dates = _local_dates(row[moment_at] for row in arrivals)
    if any(dates[row[moment_at]] != row[date_at] for row in arrivals):
        raise _Bad("visit", "local_date")
    if not corrections:
        return
    originals = {row[0]: tuple(row[c] for c in copies) for row in arrivals}
    missing = sorted({row[corrects_at] for row in corrections} - originals.keys() - {None})
    originals.update(_known_originals(db, missing))
    for row in corrections:
        original = originals.get(row[corrects_at])
        if original is None:
            raise _Bad("visit", "corrects_id")
        mine = tuple(row[c] for c in copies)
        for column, theirs, ours in zip(_CORRECTION_COPIES, original, mine, strict=True):
            if theirs != ours:
                raise _Bad("visit", column)


def check_values(bundle: Bundle, file_name: str, db: Database) -> None:
    """Raise BundleRefused unless every row of `bundle` is one the app could have written.

    `db` is only read: a correction may undo a visit this laptop already has.
    """
    try:
        _check_columns(bundle)
        _check_settings(bundle)
        _check_order(bundle)
        _check_participants(bundle)
        _check_visits(bundle, db)
    except _Bad as bad:
        raise BundleRefused(
            f"Synkfilen ”{file_name}” från ”{bundle.manifest.device_name}” har ett ogiltigt "
            f"värde i {TABLE_WORDS.get(bad.table, bad.table)}, fältet {bad.column}; "
            "inget lästes in."
        ) from None
