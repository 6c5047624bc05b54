"""Rows of a bundle written at an earlier schema, read as rows of this one.

Laptops are upgraded one by one, so a bundle of the previous schema must still import. A table
whose columns changed at a revision says here which columns its rows had before, and how such
a row becomes a row of today's columns. The converted row then passes every check a row of
today passes (tables.py, value_checks.py): nothing old skips validation.

A laptop on an earlier schema refuses a bundle of a newer one with a sentence asking for the
update (bundle_reader.parse_manifest); this module is the other direction.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from vanskapshuset.store.revisions import KNOWN_REVISIONS
from vanskapshuset.sync.tables import BY_NAME

Row = dict[str, Any]


@dataclass(frozen=True)
class ColumnChange:
    table: str
    revision: str  # the first schema whose rows have today's columns
    before: tuple[str, ...]  # the columns of the table's rows in bundles of earlier schemas
    convert: Callable[[Row], Row]  # an earlier row's values by column into today's


def _visit_new(row: Row) -> Row:
    """0006_visit_new: a visit counted before the mark existed is not marked new."""
    return {**row, "is_new": 0}


def _season_sites(row: Row) -> Row:
    """0007_season_sites: the one site (or none: every site) becomes a list of sites."""
    site = row.pop("site_id")
    return {**row, "site_ids": json.dumps([] if site is None else [site])}


CHANGES: tuple[ColumnChange, ...] = (
    ColumnChange(
        "visit",
        "0006_visit_new",
        tuple(column for column in BY_NAME["visit"].columns if column != "is_new"),
        _visit_new,
    ),
    ColumnChange(
        "season",
        "0007_season_sites",
        (
            "id",
            "name",
            "start_date",
            "end_date",
            "site_id",
            "hlc",
            "device_id",
            "deleted",
            "history",
        ),
        _season_sites,
    ),
)


def _changes(table: str, schema_version: str) -> list[ColumnChange]:
    """The changes of `table` made after `schema_version`, oldest first."""
    written_at = KNOWN_REVISIONS.index(schema_version)
    return [
        change
        for change in CHANGES
        if change.table == table and written_at < KNOWN_REVISIONS.index(change.revision)
    ]


def columns_at(table: str, schema_version: str) -> list[str]:
    """The columns `table`'s member has in a bundle of `schema_version`."""
    changes = _changes(table, schema_version)
    return list(changes[0].before if changes else BY_NAME[table].columns)


def as_current(table: str, schema_version: str, rows: Sequence[Any]) -> list[Any]:
    """`rows` of a bundle of `schema_version` as rows of today's columns. A row that is not a
    list of the earlier width is left as it is, for the checks to refuse."""
    changes = _changes(table, schema_version)
    if not changes:
        return list(rows)
    columns = BY_NAME[table].columns
    converted: list[Any] = []
    for row in rows:
        if type(row) is not list or len(row) != len(changes[0].before):
            converted.append(row)
            continue
        values: Row = dict(zip(changes[0].before, row, strict=True))
        for change in changes:
            values = change.convert(values)
        converted.append([values[column] for column in columns])
    return converted
