"""Named records added under one name on two laptops become one record after sync.

Sites, organisations, activity types, leaders and seasons are looked up by name, and a name is
unique among the live records of its kind (services/named_records.py). Two laptops can still
end up with two live records of one name under different ids: after a delete and re-add, a
rename, or records made before names gave ids. After every import, `merge_same_names`:

1. Finds the live records of each kind that share a name (the services' normalisation: spaces
   collapsed, case folded) and picks a survivor from the ids alone, so every laptop picks the
   same one whatever else it holds: the id the name itself gives (`derived_id(kind, name)`) if
   it is in the group, else the smallest id. Each other record gets a `record_alias` row
   (loser → survivor).
2. Applies every alias row it holds, its own and those that came by sync. The alias rows of a
   kind join ids into groups; each group's root is its smallest id that is no row's alias (the
   smallest id of all when every one is), a pure function of the set of rows, so laptops that
   hold the same rows agree on every root whatever order the rows came in. Every other id of
   the group is tombstoned if live (a fresh clock stamp, history kept, audited) and every
   reference to it, foreign keys and JSON id lists alike, is rewritten to the root. A group
   whose root this laptop does not hold yet waits for the import that brings it.

Rewritten references keep their rows' clock stamps: every laptop rewrites the same rows alike,
so a version's stamp still tells one content, and a later version that still names an alias
(edited on a laptop that had not heard of the merge) is rewritten when it arrives.

What becomes a duplicate by the rewrite is resolved as a pure function of the rows too:

- A day log is one per site and date, found by the id `day_log_id(site, date)`. A merged site's
  live day log moves to the survivor's id for its date: copied there when that id is free, else
  the newer of the two (by clock stamp, the same rule as any merge) becomes its content; the
  moved row is tombstoned where it was, stamp kept. A tombstone only takes the survivor's id as
  its site (copying it would delete the day it was moved to).
- An activity's two partner rows of one organisation: the row with the smallest id is kept.
- A JSON id list (a template's partners, a day's leaders, the follow-up's organisations)
  keeps each id once, first place kept.
- Seasons are unique by name among all sites, so a site merge makes no season duplicates; two
  seasons of one name are merged like any named record. A season's list of sites names the
  survivor once, in the first place either site had.

The work is done in short write transactions (at most `_BATCH` rows each), so the door never
waits long. While no alias exists it costs two small reads; once one does, also one read per
referring column (a scan of the visits: about 50 ms at 300,000 visits).
"""

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from vanskapshuset.app_log import log
from vanskapshuset.services.context import ServiceContext, snapshot
from vanskapshuset.services.day_logs import day_log_id
from vanskapshuset.services.named_records import own_id
from vanskapshuset.store.database import Database
from vanskapshuset.store.models import (
    ActivityType,
    Base,
    EditableRecord,
    Leader,
    Organisation,
    RecordAlias,
    Season,
    Site,
)
from vanskapshuset.sync.in_chunks import in_chunks
from vanskapshuset.sync.local_state import write_local
from vanskapshuset.sync.tables import BY_NAME, NAMED_TABLES, alias_row_id

_BATCH = 2_000  # rows one write transaction touches at most: the door waits milliseconds
_MODELS: dict[str, type[Base]] = {
    "site": Site,
    "organisation": Organisation,
    "activity_type": ActivityType,
    "leader": Leader,
    "season": Season,
}
# Text columns holding a JSON list of ids of a named table (models.py), beside the foreign keys.
_ID_LISTS: tuple[tuple[str, str, str], ...] = (
    ("activity_template", "partner_ids", "organisation"),
    ("day_log", "leaders_present", "leader"),
    ("season", "site_ids", "site"),
    ("follow_up_survey", "organisation_ids", "organisation"),
    ("follow_up_initiative", "partner_ids", "organisation"),
)
_DAY_LOG = ("day_log", "site_id")
_PARTNER = ("activity_partner", "organisation_id")


@dataclass(frozen=True)
class Reference:
    """A column that names a record of `target` (a foreign key, or a JSON list of ids)."""

    table: str
    column: str
    target: str
    id_list: bool = False


def _references() -> tuple[Reference, ...]:
    """Every column that refers to a named record, from the models' own foreign keys."""
    found = [
        Reference(table.name, column.name, key.column.table.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        for key in column.foreign_keys
        if key.column.table.name in NAMED_TABLES
    ]
    found += [Reference(table, column, target, True) for table, column, target in _ID_LISTS]
    return tuple(found)


REFERENCES = _references()


def normalised(name: str) -> str:
    """What makes two names one name (as NamedRecords.find compares them)."""
    return " ".join(name.split()).casefold()


def survivor(table: str, name: str, ids: Iterable[str]) -> str:
    """The record a group of one name keeps: chosen from the ids alone, the same everywhere."""
    group = set(ids)
    own = own_id(table, name)
    return own if own in group else min(group)


def canonical_roots(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """alias → root for every id of the groups that the (alias, canonical) pairs join.

    A pure function of the set of pairs: the root is the group's smallest id that is no pair's
    alias, or its smallest id when every one is (two laptops that merged two ways round).
    """
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    aliases: set[str] = set()
    for alias, canonical in edges:
        aliases.add(alias)
        first, second = find(alias), find(canonical)
        if first != second:
            parent[max(first, second)] = min(first, second)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in list(parent):
        groups[find(key)].append(key)
    roots: dict[str, str] = {}
    for members in groups.values():
        root = min((key for key in members if key not in aliases), default=min(members))
        roots.update({key: root for key in members if key != root})
    return roots


def _live_names(connection: Connection) -> list[tuple[str, str, str]]:
    """(table, id, name) of every live named record, in one read."""
    union = " UNION ALL ".join(
        f"SELECT '{table}', id, name FROM \"{table}\" WHERE deleted = 0" for table in NAMED_TABLES
    )
    return [(table, key, name) for table, key, name in connection.exec_driver_sql(union)]


def _alias_pairs(connection: Connection) -> dict[str, set[tuple[str, str]]]:
    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    rows = connection.exec_driver_sql("SELECT table_name, alias_id, canonical_id FROM record_alias")
    for table, alias, canonical in rows:
        pairs[table].add((alias, canonical))
    return pairs


def _same_names(
    live: list[tuple[str, str, str]], known: Mapping[str, Mapping[str, str]]
) -> list[tuple[str, str, str]]:
    """(table, loser, survivor) for each live record sharing its name with another; records
    already merged by an alias are left to the alias."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for table, key, name in live:
        if key not in known.get(table, {}):
            groups[(table, normalised(name))].append((key, name))
    found: list[tuple[str, str, str]] = []
    for (table, _), members in sorted(groups.items()):
        if len(members) > 1:
            keep = survivor(table, members[0][1], (key for key, _ in members))
            found += [(table, key, keep) for key, _ in sorted(members) if key != keep]
    return found


def merge_same_names(db: Database, context: ServiceContext) -> int:
    """Merge the live named records that share a name, and apply every alias known.

    Returns how many records this call merged into another (tombstoned as an alias). Runs
    after an import has committed: a failure here is logged and the import stands; the next
    import merges again from what the database holds.
    """
    try:
        return _merge(db, context)
    except Exception as error:  # the import is kept; nothing here is worth losing it for
        log.error("Merging records of the same name failed", exc_info=error)
        return 0


def _merge(db: Database, context: ServiceContext) -> int:
    with db.read() as session:
        connection = session.connection()
        live = _live_names(connection)
        pairs = _alias_pairs(connection)
    known = {table: canonical_roots(edges) for table, edges in pairs.items()}
    found = _same_names(live, known)
    for table, loser, keep in found:
        pairs[table].add((loser, keep))
    if not any(pairs.values()):
        return 0  # the usual case: two small reads
    roots = _held(db, {table: canonical_roots(edges) for table, edges in pairs.items()})
    live_ids = {(table, key) for table, key, _ in live}
    stale = {
        table: sorted(key for key in mapping if (table, key) in live_ids)
        for table, mapping in roots.items()
    }
    if found or any(stale.values()):
        _tombstone(db, context, found, stale, roots)
    aliases = _digest(pairs)
    referring, checked_upto = _referring(db, roots, _visits_checked(db, aliases))
    for reference in referring:
        _rewrite(db, reference, roots[reference.target])
    with db.write_core() as connection:
        write_local(connection, _CHECKED, json.dumps({"aliases": aliases, "visit": checked_upto}))
    return sum(len(keys) for keys in stale.values())


# The visits are the one large table: append-only, so once every visit up to a row number was
# rewritten under a set of aliases, only later ones need a look until the set changes.
_CHECKED = "name_merge_checked"


def _digest(pairs: Mapping[str, set[tuple[str, str]]]) -> str:
    listed = sorted((table, *pair) for table, edges in pairs.items() for pair in edges)
    return hashlib.sha256(json.dumps(listed).encode()).hexdigest()


def _visits_checked(db: Database, aliases: str) -> int:
    """The last visit row already rewritten under exactly these aliases (0: look at all)."""
    with db.read() as session:
        row = session.connection().exec_driver_sql(
            "SELECT value FROM local_state WHERE key = ?", (_CHECKED,)
        )
        value = row.scalar()
    memo = json.loads(value) if value else {}
    return int(memo.get("visit", 0)) if memo.get("aliases") == aliases else 0


def _held(db: Database, roots: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Only the groups whose root this laptop holds: a reference must name a record here."""
    held: dict[str, dict[str, str]] = {}
    with db.read() as session:
        connection = session.connection()
        for table, mapping in roots.items():
            wanted = sorted(set(mapping.values()))
            present = set(_select_in(connection, f'SELECT id FROM "{table}"', "id", wanted))
            kept = {key: root for key, root in mapping.items() if root in present}
            if kept:
                held[table] = kept
    return held


def _select_in(connection: Connection, query: str, column: str, values: list[str]) -> list[Any]:
    """The first column of `query` WHERE `column` IN `values`, in chunks SQLite accepts."""
    found: list[Any] = []
    for marks, chunk in in_chunks(values):
        sql = f'{query} WHERE "{column}" IN ({marks})'
        found += [row[0] for row in connection.exec_driver_sql(sql, chunk)]
    return found


def _tombstone(
    db: Database,
    context: ServiceContext,
    found: list[tuple[str, str, str]],
    stale: dict[str, list[str]],
    roots: dict[str, dict[str, str]],
) -> None:
    """Write this laptop's new alias rows and tombstone every live alias, in one short write
    (a handful of records), stamped and audited as the services do."""
    now = context.now()
    with db.write() as session:
        for table, loser, keep in found:
            key = alias_row_id(table, loser, keep, context.device_id)
            if session.get(RecordAlias, key) is None:
                session.add(
                    RecordAlias(
                        id=key,
                        table_name=table,
                        alias_id=loser,
                        canonical_id=keep,
                        device_id=context.device_id,
                        at=now,
                    )
                )
        for table, keys in stale.items():
            model = _MODELS[table]
            for key in keys:
                record = session.get(model, key)
                if not isinstance(record, EditableRecord) or record.deleted:
                    continue
                before = snapshot(record)
                record.deleted = True
                context.stamp(session, record)
                session.flush()
                # The entry says where the record went, which its own values cannot.
                after = {**snapshot(record), "merged_into": roots[table][key]}
                context.audit(session, "delete", table, key, before, after)


def _referring(
    db: Database, roots: Mapping[str, Mapping[str, str]], visits_after: int
) -> tuple[list[Reference], int]:
    """The columns where some row still names an alias (of the visits, only those after row
    `visits_after`), and the last visit row looked at: one small read per column, in one read
    transaction (after the first merge, every import asks; the answer is usually none)."""
    found: list[Reference] = []
    with db.read() as session:
        connection = session.connection()
        last_visit = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visit")
        upto = int(last_visit.scalar() or 0)
        for reference in REFERENCES:
            aliases = sorted(roots.get(reference.target, ()))
            after = visits_after if reference.table == "visit" else 0
            if aliases and _refers(connection, reference, aliases, after):
                found.append(reference)
    return found, upto


def _refers(
    connection: Connection, reference: Reference, aliases: list[str], after: int = 0
) -> bool:
    if reference.id_list:
        return bool(_list_rows(connection, reference, aliases, 1))
    query = f'SELECT 1 FROM "{reference.table}"'
    for marks, chunk in in_chunks(aliases):
        sql = f'{query} WHERE rowid > ? AND "{reference.column}" IN ({marks}) LIMIT 1'
        if connection.exec_driver_sql(sql, (after, *chunk)).first() is not None:
            return True
    return False


def _list_rows(
    connection: Connection, reference: Reference, aliases: list[str], limit: int
) -> list[tuple[str, str]]:
    """(id, list) of rows whose JSON list names one of `aliases` (ids are quoted in it)."""
    found: list[tuple[str, str]] = []
    for start in range(0, len(aliases), 200):
        chunk = aliases[start : start + 200]
        named = " OR ".join(f'instr("{reference.column}", ?) > 0' for _ in chunk)
        sql = f'SELECT id, "{reference.column}" FROM "{reference.table}" WHERE {named} LIMIT ?'
        rows = connection.exec_driver_sql(sql, (*(f'"{key}"' for key in chunk), limit - len(found)))
        found += [(key, value) for key, value in rows]
        if len(found) >= limit:
            break
    return found


def _rewrite(db: Database, reference: Reference, mapping: Mapping[str, str]) -> None:
    if reference.id_list:
        _rewrite_lists(db, reference, mapping)
    elif (reference.table, reference.column) == _DAY_LOG:
        _move_day_logs(db, mapping)
    else:
        _rewrite_column(db, reference, mapping)


def _rewrite_column(db: Database, reference: Reference, mapping: Mapping[str, str]) -> None:
    """alias → root in one column, at most _BATCH rows per transaction."""
    table, column = reference.table, reference.column
    update = (
        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN '
        f'(SELECT rowid FROM "{table}" WHERE "{column}" = ? LIMIT {_BATCH})'
    )
    for alias, root in sorted(mapping.items()):
        while True:
            with db.write_core() as connection:
                changed = connection.exec_driver_sql(update, (root, alias)).rowcount
                if (table, column) == _PARTNER and changed:
                    _drop_double_partners(connection, root)
            if changed < _BATCH:
                break


def _drop_double_partners(connection: Connection, organisation: str) -> None:
    """An activity that had both records as partners keeps one row: the smallest id."""
    connection.exec_driver_sql(
        "DELETE FROM activity_partner AS mine WHERE organisation_id = ? AND EXISTS ("
        "SELECT 1 FROM activity_partner other WHERE other.activity_id = mine.activity_id"
        " AND other.organisation_id = mine.organisation_id AND other.id < mine.id)",
        (organisation,),
    )


def _rewrite_lists(db: Database, reference: Reference, mapping: Mapping[str, str]) -> None:
    """alias → root inside a JSON id list; each id kept once, in its first place."""
    aliases = sorted(mapping)
    update = f'UPDATE "{reference.table}" SET "{reference.column}" = ? WHERE id = ?'
    while True:
        with db.write_core() as connection:
            rows = _list_rows(connection, reference, aliases, _BATCH)
            changes: list[tuple[str, str]] = []
            for key, value in rows:
                ids = [mapping.get(one, one) for one in json.loads(value)]
                changes.append((json.dumps(list(dict.fromkeys(ids))), key))
            if changes:
                connection.exec_driver_sql(update, changes)
        if len(rows) < _BATCH:
            break


def _move_day_logs(db: Database, mapping: Mapping[str, str]) -> None:
    """A merged site's day logs move to the survivor's day log of their date (module text)."""
    columns = BY_NAME["day_log"].columns
    quoted = ", ".join(f'"{column}"' for column in columns)
    aliases = sorted(mapping)
    batch = 500  # each moved day log is a read and two writes
    while True:
        with db.write_core() as connection:
            marks = ", ".join("?" for _ in aliases)
            rows = [
                dict(zip(columns, row, strict=True))
                for row in connection.exec_driver_sql(
                    f"SELECT {quoted} FROM day_log WHERE site_id IN ({marks}) LIMIT {batch}",
                    tuple(aliases),
                )
            ]
            for row in rows:
                _move_day_log(connection, columns, row, mapping[row["site_id"]])
        if len(rows) < batch:
            break


def _move_day_log(
    connection: Connection, columns: tuple[str, ...], row: dict[str, Any], root: str
) -> None:
    if row["deleted"]:
        # A tombstone (a day log moved before, to a survivor that has since merged on) carries
        # nothing to move: copying it would delete the day it was moved to.
        connection.exec_driver_sql("UPDATE day_log SET site_id = ? WHERE id = ?", (root, row["id"]))
        return
    target = day_log_id(root, dt.date.fromisoformat(row["local_date"]))
    current = connection.exec_driver_sql(
        "SELECT hlc FROM day_log WHERE id = ?", (target,)
    ).scalar_one_or_none()
    moved = {**row, "id": target, "site_id": root}
    if current is None:
        quoted = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(
            f"INSERT INTO day_log ({quoted}) VALUES ({marks})",
            tuple(moved[column] for column in columns),
        )
    elif row["hlc"] > current:
        settings = ", ".join(f'"{column}" = ?' for column in columns[1:])
        connection.exec_driver_sql(
            f"UPDATE day_log SET {settings} WHERE id = ?",
            (*(moved[column] for column in columns[1:]), target),
        )
    connection.exec_driver_sql(
        "UPDATE day_log SET site_id = ?, deleted = 1 WHERE id = ?", (root, row["id"])
    )
