"""Reading a bundle file as a stream: decrypted into a scratch file, then each table's rows a
batch at a time, every batch checked as it comes (bundle_reader's checks). Memory stays bounded
whatever the bundle holds; a refusal is raised before anything is written to the database.

A member written by this version holds one row per line (bundle_writer); one written by the
previous version is one line, parsed whole as that version did (its size bounded as before).
"""

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from vanskapshuset.messages import sync as said
from vanskapshuset.sync.bundle_file import bounded_chunks, open_regular_file
from vanskapshuset.sync.bundle_format import LEGACY_VERSION, MAGIC, MANIFEST, unpack_budget
from vanskapshuset.sync.bundle_reader import (
    UNREADABLE,
    Manifest,
    Unpacker,
    broken,
    check_format1_seal,
    check_later_tables,
    check_rows,
    damaged,
    decrypt_stream,
    format_of,
    json_member,
    members,
    parse_manifest,
    part_words,
)
from vanskapshuset.sync.bundle_writer import ROWS_OPENING
from vanskapshuset.sync.old_columns import as_current, columns_at
from vanskapshuset.sync.tables import SYNCED_TABLES

BATCH = 2000  # rows checked (and staged) together
# A row of any table is far below this (a 4,000-character note, a 1 MB audit entry at most).
MAX_LINE = 4_000_000
_STREAMED_OPENING = ROWS_OPENING.encode()


def file_digest(file: BinaryIO, path: Path, limit: int) -> str:
    """SHA-256 of the whole file, read from its start (a file that grows is refused)."""
    file.seek(0)
    digest = hashlib.sha256()
    for chunk in bounded_chunks(file, path, limit):
        digest.update(chunk)
    return digest.hexdigest()


def _unseal(file: BinaryIO, size: int, name: str, key: bytes, team_id: str, out: BinaryIO):
    """The zip inside the bundle, written to `out`, once every byte is known to be the team's."""
    file.seek(0)
    head = file.read(len(MAGIC) + 1)
    file.seek(0)
    if format_of(head, name) == LEGACY_VERSION:
        data = file.read(size + 1)
        check_format1_seal(data, name, key, team_id)  # a laptop not yet upgraded
        out.write(data)
    else:
        decrypt_stream(file, size, name, key, team_id, out.write)
    out.flush()


class StreamedBundle:
    """An opened bundle: its manifest, then each table's rows in checked batches."""

    def __init__(self, archive: zipfile.ZipFile, name: str, budget: int, team_id: str) -> None:
        self.name = name
        self._archive = archive
        self._infos = members(archive, name)
        self._unpacker = Unpacker(archive, name, budget)
        self.manifest: Manifest = parse_manifest(
            json_member(self._unpacker, self._infos[MANIFEST], name), name
        )
        if self.manifest.team_id != team_id:
            raise damaged(name, MANIFEST)
        check_later_tables(self._infos, self.manifest, name)

    def batches(self, table: str) -> Iterator[list[list[Any]]]:
        """`table`'s rows, BATCH at a time, each batch checked; the count the manifest gives."""
        device = self.manifest.device_name
        if f"{table}.json" not in self._infos:  # newer than the bundle (check_later_tables)
            if self.manifest.counts.get(table, 0) != 0:
                raise damaged(self.name, said.PART_COUNTS_DIFFER, device)
            return
        counted = 0
        try:
            for parsed in self._parsed(table):
                batch = as_current(table, self.manifest.schema_version, parsed)
                check_rows(batch, table, self.name, device)
                counted += len(batch)
                yield batch
        except UNREADABLE:
            raise damaged(self.name, f"{table}.json", device) from None
        if self.manifest.counts.get(table) != counted:
            raise damaged(self.name, said.PART_COUNTS_DIFFER, device)

    def _parsed(self, table: str) -> Iterator[list[list[Any]]]:
        info = self._infos[f"{table}.json"]
        lines = self._lines(info)
        first = next(lines, b"")
        if not first.endswith(_STREAMED_OPENING):
            yield from self._whole(table, first + b"".join(lines))
            return
        opening = json.loads(first + b"]}")
        columns = columns_at(table, self.manifest.schema_version)
        if not isinstance(opening, dict) or opening.get("columns") != columns:
            raise damaged(self.name, part_words(table), self.manifest.device_name)
        batch: list[list[Any]] = []
        ended = False
        for index, line in enumerate(lines):
            if ended:
                raise ValueError("rows after the end")
            if line == b"]}":
                ended = True
                continue
            if index and not line.startswith(b","):
                raise ValueError("rows not separated")
            batch.append(json.loads(line[1:] if index else line))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if not ended:
            raise ValueError("member cut short")
        if batch:
            yield batch

    def _whole(self, table: str, body: bytes) -> Iterator[list[list[Any]]]:
        """A member of the previous version: one JSON document, parsed whole."""
        value = json.loads(body)
        columns = columns_at(table, self.manifest.schema_version)
        if not isinstance(value, dict) or value.get("columns") != columns:
            raise damaged(self.name, part_words(table), self.manifest.device_name)
        rows = value.get("rows")
        if type(rows) is not list:
            raise damaged(self.name, part_words(table), self.manifest.device_name)
        for start in range(0, len(rows), BATCH):
            yield rows[start : start + BATCH]

    def _lines(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's lines without their line ends; only the first line of a previous
        version's member (the whole member) may be longer than MAX_LINE."""
        pending = bytearray()
        for chunk in self._unpacker.chunks(info):
            parts = chunk.split(b"\n")
            pending += parts[0]
            if len(parts) > 1:
                yield bytes(pending)
                pending.clear()
                yield from parts[1:-1]
                pending += parts[-1]
            if len(pending) > MAX_LINE and not pending.startswith(b'{"columns":'):
                raise broken(self.name)
        if pending:
            yield bytes(pending)


@contextmanager
def opened_bundle(
    file: BinaryIO, size: int, name: str, key: bytes, team_id: str, scratch: Path
) -> Iterator[StreamedBundle]:
    """The bundle in `file`, decrypted into a scratch file in `scratch` (removed afterwards:
    it holds what the database holds, on the same disk)."""
    descriptor, plain_path = tempfile.mkstemp(prefix=".import-", suffix=".zip", dir=scratch)
    try:
        with os.fdopen(descriptor, "w+b") as plain:
            _unseal(file, size, name, key, team_id, plain)
            plain.seek(0)
            try:
                archive = zipfile.ZipFile(plain)
            except UNREADABLE:
                raise broken(name) from None
            with archive:
                yield StreamedBundle(archive, name, unpack_budget(size), team_id)
    finally:
        Path(plain_path).unlink(missing_ok=True)


def open_file(path: Path, limit: int) -> tuple[BinaryIO, int]:
    """`path` opened defensively (bundle_file) with its size."""
    file = open_regular_file(path, limit)
    return file, os.fstat(file.fileno()).st_size


__all__ = ["SYNCED_TABLES", "StreamedBundle", "file_digest", "open_file", "opened_bundle"]
