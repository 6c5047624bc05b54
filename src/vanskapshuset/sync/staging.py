"""A bundle's rows staged in a scratch SQLite file, then checked as a whole, before anything is
written to the database.

Importing reads a bundle batch by batch (bundle_stream) into this file, checking each batch as
it comes (row_checks.check_batch). What needs every row of the bundle, or the database as well,
is checked here once it is all staged: a table's ids are unique, an activity's participants per
cell, a −1 visit corrects a +1 visit (in the bundle or already here) and copies its cell, and
every reference points to a row in the bundle or already here. Only then does merge.py write,
reading the staged rows a chunk at a time. Memory stays bounded: the rows wait on disk.
"""

import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from vanskapshuset.domain import rules
from vanskapshuset.domain.hlc import Stamp
from vanskapshuset.messages import sync as said
from vanskapshuset.store.database import Database
from vanskapshuset.sync.bundle_reader import BundleRefused, damaged, table_words
from vanskapshuset.sync.in_chunks import in_chunks
from vanskapshuset.sync.name_merge import canonical_roots
from vanskapshuset.sync.row_checks import CORRECTION_COPIES, Bad, refusal
from vanskapshuset.sync.tables import BY_NAME, PARENT_TABLE, SYNCED_TABLES, Kind

_READ = 2000


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def _references() -> list[tuple[str, str, str]]:
    """(table, column, referred table) for every reference between synced tables, but a part's
    activity (checked to be in the bundle) and a correction's visit (checked with its cell)."""
    found = []
    for synced in SYNCED_TABLES:
        for column in synced.table.columns:
            for key in column.foreign_keys:
                referred = key.column.table.name
                if referred not in BY_NAME or (synced.name, column.name) == (
                    "visit",
                    "corrects_id",
                ):
                    continue
                if synced.kind is Kind.PART and referred == PARENT_TABLE:
                    continue
                found.append((synced.name, column.name, referred))
    return found


REFERENCES = _references()


class Staging:
    """The scratch file of one import (removed on leaving the `with`)."""

    def __init__(self, scratch: Path, db: Database) -> None:
        self.db = db
        # A file of our own, made empty: SQLite takes it as a new database.
        descriptor, name = tempfile.mkstemp(prefix=".import-", suffix=".sqlite", dir=scratch)
        os.close(descriptor)
        self.path = Path(name)
        self.connection = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute("BEGIN")
        for synced in SYNCED_TABLES:
            columns = ", ".join(
                f'"{column}"' + (" PRIMARY KEY" if column == "id" else "")
                for column in synced.columns
            )
            self.connection.execute(f'CREATE TABLE "{synced.name}" ({columns})')

    def __enter__(self) -> "Staging":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.connection.close()
        self.path.unlink(missing_ok=True)

    def add(self, table: str, rows: Sequence[Sequence[Any]], file_name: str, device: str) -> None:
        """Stage checked rows; the same id twice in a table refuses the bundle."""
        if not rows:
            return
        synced = BY_NAME[table]
        marks = ", ".join("?" for _ in synced.columns)
        try:
            self.connection.executemany(
                f'INSERT INTO "{table}" ({_quoted(synced.columns)}) VALUES ({marks})', rows
            )
        except sqlite3.IntegrityError:
            twice = said.PART_SAME_ID_TWICE(table=table_words(table))
            raise damaged(file_name, twice, device) from None

    def check(self, file_name: str, device: str) -> None:
        """What needs the whole bundle; raises BundleRefused, changes nothing."""
        self.connection.execute("COMMIT")
        try:
            self._check_parts(file_name, device)
            self._check_participants()
            self._check_corrections()
        except Bad as bad:
            raise refusal(bad, file_name, device) from None
        self._check_references(file_name)

    # -- checks ------------------------------------------------------------------------------

    def _one(self, query: str, parameters: Sequence[Any] = ()) -> Any:
        row = self.connection.execute(query, parameters).fetchone()
        return None if row is None else row[0]

    def _check_parts(self, file_name: str, device: str) -> None:
        """Every part belongs to an activity in the same bundle: parts travel with it."""
        for synced in SYNCED_TABLES:
            if synced.kind is Kind.PART:
                orphan = self._one(
                    f'SELECT 1 FROM "{synced.name}" WHERE activity_id NOT IN '
                    f'(SELECT id FROM "{PARENT_TABLE}") LIMIT 1'
                )
                if orphan:
                    missing = said.PART_ACTIVITY_MISSING(table=table_words(synced.name))
                    raise damaged(file_name, missing, device)

    def _check_participants(self) -> None:
        """At most PARTICIPANTS_PER_CELL per activity, gender and age band, as typed in."""
        over = self._one(
            "SELECT 1 FROM activity_participant GROUP BY activity_id, gender, age_band "
            "HAVING sum(count) > ? LIMIT 1",
            (rules.PARTICIPANTS_PER_CELL.high,),
        )
        if over:
            raise Bad("activity_participant", "count")

    def _check_corrections(self) -> None:
        """A −1 corrects a +1 here or in the bundle, and copies its cell, as the app's own
        undo writes it."""
        copies = _quoted(CORRECTION_COPIES)
        theirs = ", ".join(f'o."{column}"' for column in CORRECTION_COPIES)
        mine = ", ".join(f'c."{column}"' for column in CORRECTION_COPIES)
        cursor = self.connection.execute(
            f"SELECT c.corrects_id, o.id, {mine}, {theirs} FROM visit c "
            "LEFT JOIN visit o ON o.id = c.corrects_id AND o.delta = 1 WHERE c.delta != 1"
        )
        width = len(CORRECTION_COPIES)
        roots = self._site_roots()

        def _same_cell(mine: tuple[Any, ...], original: tuple[Any, ...]) -> None:
            _same_cell_merged(mine, original, roots)

        while batch := cursor.fetchmany(_READ):
            elsewhere: dict[str, list[tuple[Any, ...]]] = {}
            for row in batch:
                if row[0] is None:
                    raise Bad("visit", "corrects_id")
                cell = tuple(row[2 : 2 + width])
                if row[1] is None:
                    elsewhere.setdefault(row[0], []).append(cell)
                else:
                    _same_cell(cell, tuple(row[2 + width :]))
            known = self._known_originals(sorted(elsewhere), copies)
            for original_id, cells in elsewhere.items():
                original = known.get(original_id)
                if original is None:
                    raise Bad("visit", "corrects_id")
                for cell in cells:
                    _same_cell(cell, original)

    def _site_roots(self) -> dict[str, str]:
        """Merged sites → the site each was merged into, from the aliases here and in the bundle."""
        query = "SELECT alias_id, canonical_id FROM record_alias WHERE table_name = 'site'"
        edges = set(self.connection.execute(query).fetchall())
        with self.db.read() as session:
            edges.update(tuple(row) for row in session.connection().exec_driver_sql(query))
        return canonical_roots(edges) if edges else {}

    def _known_originals(self, ids: Sequence[str], copies: str) -> dict[str, tuple[Any, ...]]:
        """The +1 visits on this laptop among `ids`, with the values a correction copies."""
        found: dict[str, tuple[Any, ...]] = {}
        with self.db.read() as session:
            connection = session.connection()
            for marks, chunk in in_chunks(ids):
                query = f"SELECT id, {copies} FROM visit WHERE delta = 1 AND id IN ({marks})"
                for row in connection.exec_driver_sql(query, chunk):
                    found[row[0]] = tuple(row[1:])
        return found

    def _check_references(self, file_name: str) -> None:
        """Every reference points to a row in the bundle or on this laptop."""
        for table, column, referred in REFERENCES:
            outside = [
                value
                for (value,) in self.connection.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                    f'AND "{column}" NOT IN (SELECT id FROM "{referred}")'
                )
            ]
            if not outside:
                continue
            with self.db.read() as session:
                connection = session.connection()
                known: set[str] = set()
                for marks, chunk in in_chunks(outside):
                    known.update(
                        value
                        for (value,) in connection.exec_driver_sql(
                            f'SELECT id FROM "{referred}" WHERE id IN ({marks})', chunk
                        )
                    )
            if len(known) != len(set(outside)):
                raise BundleRefused(said.UNKNOWN_REFERENCES(file=file_name))

    # -- reading for the merge ---------------------------------------------------------------

    def newest_stamp(self) -> Stamp | None:
        """The newest clock stamp of any record in the bundle (clock_guard)."""
        stamps = [
            self._one(f'SELECT max(hlc) FROM "{synced.name}"')
            for synced in SYNCED_TABLES
            if synced.kind is Kind.RECORD
        ]
        present = [stamp for stamp in stamps if stamp is not None]
        return Stamp.decode(max(present)) if present else None

    def count(self, table: str) -> int:
        return int(self._one(f'SELECT count(*) FROM "{table}"'))

    def chunks(self, table: str, size: int, where: str = "1") -> Iterator[list[list[Any]]]:
        """`table`'s staged rows (matching `where`) in the order staged, `size` at a time."""
        synced = BY_NAME[table]
        last = 0
        query = (
            f'SELECT rowid, {_quoted(synced.columns)} FROM "{table}" '
            f"WHERE rowid > ? AND ({where}) ORDER BY rowid LIMIT ?"
        )
        while rows := self.connection.execute(query, (last, size)).fetchall():
            last = rows[-1][0]
            yield [list(row[1:]) for row in rows]

    def parts_of(self, table: str, activity_ids: Sequence[str]) -> list[tuple[Any, ...]]:
        """The staged parts of these activities."""
        synced = BY_NAME[table]
        found: list[tuple[Any, ...]] = []
        for marks, chunk in in_chunks(activity_ids):
            found += self.connection.execute(
                f'SELECT {_quoted(synced.columns)} FROM "{table}" WHERE activity_id IN ({marks})',
                chunk,
            ).fetchall()
        return found


_SITE_AT = CORRECTION_COPIES.index("site_id")


def _same_cell_merged(
    mine: tuple[Any, ...], original: tuple[Any, ...], roots: dict[str, str]
) -> None:
    """A correction copies its visit's cell; a site merged by name since (name_merge) counts as
    the site it was merged into, on either side."""
    for index, (column, ours, theirs) in enumerate(
        zip(CORRECTION_COPIES, mine, original, strict=True)
    ):
        if index == _SITE_AT:
            ours, theirs = roots.get(ours, ours), roots.get(theirs, theirs)
        if ours != theirs:
            raise Bad("visit", column)
