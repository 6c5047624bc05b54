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
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vanskapshuset.domain.localtime import to_local
from vanskapshuset.domain.settings_registry import COORDINATOR_PASSWORD
from vanskapshuset.messages import sync as said
from vanskapshuset.services.context import derived_id
from vanskapshuset.store.database import Database
from vanskapshuset.sync.bundle_reader import Bundle, BundleRefused, table_words
from vanskapshuset.sync.tables import BY_NAME, SYNCED_TABLES
from vanskapshuset.sync.value_checks import VALUE_CHECKS, by_name, is_password_hash

# Columns that must come in order within one row: (table, first, second, may be equal).
Rows = Mapping[str, Sequence[list[Any]]]
_IN_ORDER = (
    ("activity", "start_time", "end_time", False),
    ("activity_template", "start_time", "end_time", False),
    ("day_log", "opens_at", "closes_at", False),
    ("season", "start_date", "end_date", True),
    ("age_band", "min_age", "max_age", True),
    ("visit", "age_min", "age_max", True),
)
# What a correction (−1) copies from the visit it corrects (services/visits.py, paper_tally.py).
CORRECTION_COPIES = ("site_id", "local_date", "gender", "age_band", "age_min", "age_max")


class Bad(Exception):
    """The first value found wrong: its table and column (made into a sentence below)."""

    def __init__(self, table: str, column: str) -> None:
        super().__init__(table, column)
        self.table, self.column = table, column


def _at(table: str, column: str) -> int:
    return BY_NAME[table].columns.index(column)


def _check_columns(rows: Rows) -> None:
    """Each distinct value once: a column of 100,000 visits has few distinct sites."""
    for synced in SYNCED_TABLES:
        table_rows = rows.get(synced.name, ())
        for index, column in enumerate(synced.columns):
            check = VALUE_CHECKS.get((synced.name, column)) or by_name(column)
            if check is None or not table_rows:
                continue
            if not all(check(value) for value in {r[index] for r in table_rows}):
                raise Bad(synced.name, column)


def _check_settings(rows: Rows) -> None:
    key_at, value_at = _at("setting", "key"), _at("setting", "value")
    for row in rows.get("setting", ()):
        if row[0] != derived_id("setting", row[key_at]):  # laptops agree on a setting's id
            raise Bad("setting", "id")
        # The value is JSON (tables.py has decoded it once); the password's is its hash.
        if row[key_at] == COORDINATOR_PASSWORD.key:  # a hash, or null: the password cleared
            value = json.loads(row[value_at])
            if value is not None and not is_password_hash(value):
                raise Bad("setting", "value")


def _check_order(rows: Rows) -> None:
    for table, first, second, equal_too in _IN_ORDER:
        low_at, high_at = _at(table, first), _at(table, second)
        for row in rows.get(table, ()):
            low, high = row[low_at], row[high_at]
            if low is None or high is None:
                continue
            if low > high or (low == high and not equal_too):
                raise Bad(table, second)


def _local_dates(moments: Iterable[str]) -> dict[str, str]:
    """Each moment's date in Stockholm (tables.py has checked that each parses, in range)."""
    return {m: to_local(dt.datetime.fromisoformat(m)).date().isoformat() for m in set(moments)}


def _check_arrivals(rows: Rows) -> None:
    """A +1 is filed under its Stockholm date and corrects nothing."""
    delta_at, corrects_at = _at("visit", "delta"), _at("visit", "corrects_id")
    moment_at, date_at = _at("visit", "occurred_at"), _at("visit", "local_date")
    arrivals = [row for row in rows.get("visit", ()) if row[delta_at] == 1]
    if any(row[corrects_at] is not None for row in arrivals):
        raise Bad("visit", "corrects_id")
    dates = _local_dates(row[moment_at] for row in arrivals)
    if any(dates[row[moment_at]] != row[date_at] for row in arrivals):
        raise Bad("visit", "local_date")


def check_batch(rows: Rows) -> None:
    """What can be checked row by row: a whole bundle, or one batch of one table as it is read.
    Raises Bad; staging.py checks what needs every row of the bundle (and the database)."""
    _check_columns(rows)
    _check_settings(rows)
    _check_order(rows)
    _check_arrivals(rows)


def refusal(bad: "Bad", file_name: str, device: str) -> BundleRefused:
    return BundleRefused(
        said.INVALID_VALUE(
            file=file_name, device=device, table=table_words(bad.table), field=bad.column
        )
    )


def check_values(bundle: Bundle, file_name: str, db: Database) -> None:
    """Raise BundleRefused unless every row of `bundle` (read whole) is one the app could have
    written: the same checks an import runs batch by batch and then over the staged bundle.

    `db` is only read: a correction may undo a visit this laptop already has.
    """
    from vanskapshuset.sync.staging import Staging  # staging builds on this module

    try:
        check_batch(bundle.rows)
    except Bad as bad:
        raise refusal(bad, file_name, bundle.manifest.device_name) from None
    with Staging(db.path.parent, db) as staging:
        for table, rows in bundle.rows.items():
            staging.add(table, rows, file_name, bundle.manifest.device_name)
        staging.check(file_name, bundle.manifest.device_name)
