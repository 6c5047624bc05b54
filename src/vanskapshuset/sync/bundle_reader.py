"""Opening a bundle: decryption (or format 1's seal) first, then the zip, then every value; one
sentence for each refusal.

Order matters: the size is checked before reading, the team and every chunk's authentication
(format 1: the HMAC seal) before anything is parsed, the zip's members before anything is
unpacked, and every value before the database is touched. A refusal therefore never changes
anything.
"""

import datetime as dt
import hashlib
import hmac
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO, TypeGuard

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)
from nacl.exceptions import CryptoError

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import DEVICE_NAME
from vanskapshuset.messages import sync as said
from vanskapshuset.messages.text import Message, Text
from vanskapshuset.store.schema import KNOWN_REVISIONS
from vanskapshuset.sync.bundle_format import (
    CHUNK_OVERHEAD,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_LENGTH,
    LEGACY_VERSION,
    LENGTH_BYTES,
    MAC_HEX,
    MAGIC,
    MANIFEST,
    MAX_CHUNK_CIPHER,
    PREFIX_LENGTH,
    SEAL_LENGTH,
    TEAM_ID_CHARS,
    encryption_key,
    mac_of,
    trailer,
    unpack_budget,
)
from vanskapshuset.sync.bundle_writer import BundleChain
from vanskapshuset.sync.old_columns import as_current, columns_at
from vanskapshuset.sync.tables import (
    BY_NAME,
    CHECKS,
    INTRODUCED_IN,
    PARENT_TABLE,
    ROW_CHECKS,
    SYNCED_TABLES,
    Kind,
)

_ZIP_END = b"PK\x05\x06"
_CHUNK = 1024 * 1024  # unpacked a member at a time: a bomb is stopped within one chunk
EXPECTED_MEMBERS = frozenset({MANIFEST, *(f"{synced.name}.json" for synced in SYNCED_TABLES)})


class BundleRefused(UserError):
    """The file is not a bundle this laptop may import; nothing was changed."""


class BundleIncomplete(BundleRefused):
    """The file ends too early: still being copied, or cut off. Worth trying again later."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    schema_version: str
    team_id: str
    device_id: str
    device_name: str
    created_at: dt.datetime
    counts: dict[str, int]
    chain: BundleChain | None = None  # None: a bundle of a version before chains


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    rows: dict[str, list[list[Any]]]
    digest: str  # SHA-256 of the whole file: recognises a bundle already imported


def _newer(name: str) -> BundleRefused:
    return BundleRefused(said.BUNDLE_NEWER(file=name))


# Which part of a bundle is wrong: a member's file name, or in words (part_words, said.PART_…).
Part = Message | Text | str


def damaged(name: str, part: Part, device: str | None = None) -> BundleRefused:
    """The refusal; once the manifest is read it names the laptop the bundle came from."""
    if device is None:
        return BundleRefused(said.BUNDLE_DAMAGED(file=name, part=part))
    return BundleRefused(said.BUNDLE_DAMAGED_FROM(file=name, device=device, part=part))


def table_words(table: str) -> Text | str:
    """A synced table in words ("besök"); its name if it has none."""
    return said.TABLE_WORDS.get(table, table)


def part_words(table: str, column: str | None = None) -> Part:
    """Which part of a bundle, in words: "besök: delta"."""
    word = table_words(table)
    return word if column is None else said.PART_FIELD(table=word, field=column)


def _incomplete(name: str) -> BundleIncomplete:
    return BundleIncomplete(said.BUNDLE_INCOMPLETE(file=name))


def _not_a_bundle(name: str) -> BundleRefused:
    return BundleRefused(said.NOT_A_BUNDLE(file=name))


def _other_team(name: str) -> BundleRefused:
    return BundleRefused(said.OTHER_TEAM(file=name))


def _changed(name: str) -> BundleRefused:
    return BundleRefused(said.BUNDLE_CHANGED(file=name))


def broken(name: str) -> BundleRefused:
    """A file that passed its authentication yet is no readable zip (or holds a broken line)."""
    return BundleRefused(said.BUNDLE_BROKEN(file=name))


def format_of(head: bytes, name: str) -> int:
    """Which format a file starting with `head` (at least its first 7 bytes) is written in;
    a refusal for a newer one or for none."""
    if not head.startswith(MAGIC):
        if head and MAGIC.startswith(head):
            raise _incomplete(name)
        return LEGACY_VERSION  # its seal (at the end) says whether it is one
    version = head[len(MAGIC) : len(MAGIC) + 1]
    if not version:
        raise _incomplete(name)
    if not version.isdigit():
        raise _not_a_bundle(name)
    if int(version) > FORMAT_VERSION:
        raise _newer(name)
    if int(version) != FORMAT_VERSION:
        raise _not_a_bundle(name)
    return FORMAT_VERSION


def open_bundle(data: bytes, name: str, team_key: bytes, team_id: str) -> bytes:
    """The zip inside the bundle `data`, once it is known to come from a laptop of the team,
    unchanged and whole; one sentence otherwise. Nothing of it is parsed before that."""
    if format_of(data[: len(MAGIC) + 1], name) == LEGACY_VERSION:
        check_format1_seal(data, name, team_key, team_id)  # a laptop not yet upgraded
        return data
    return _decrypt(data, name, team_key, team_id)


def _decrypt(data: bytes, name: str, team_key: bytes, team_id: str) -> bytes:
    """Every chunk of a format-2 bundle decrypted, in order, up to the final one."""
    plain = io.BytesIO()
    decrypt_stream(io.BytesIO(data), len(data), name, team_key, team_id, plain.write)
    return plain.getvalue()


def _take(file: BinaryIO, count: int) -> bytes:
    """Up to `count` bytes, fewer only at the end of the file."""
    parts = []
    while count > 0 and (part := file.read(count)):
        parts.append(part)
        count -= len(part)
    return b"".join(parts)


def decrypt_stream(
    file: BinaryIO,
    size: int,
    name: str,
    team_key: bytes,
    team_id: str,
    write: Callable[[bytes], object],
) -> None:
    """Decrypt the format-2 bundle in `file` (`size` bytes, read from its start) chunk by chunk
    into `write`; a refusal if any chunk fails, the final one never comes, or anything but the
    trailer follows it. What was written before a refusal must be thrown away."""
    head = _take(file, HEADER_LENGTH)
    theirs, ours = head[len(MAGIC) + 1 : PREFIX_LENGTH], team_id.encode("ascii")
    if theirs != ours:
        if len(head) < PREFIX_LENGTH and ours.startswith(theirs):
            raise _incomplete(name)
        raise _other_team(name)
    if len(head) < HEADER_LENGTH:
        raise _incomplete(name)
    associated = head[:PREFIX_LENGTH]
    state = crypto_secretstream_xchacha20poly1305_state()
    crypto_secretstream_xchacha20poly1305_init_pull(
        state, head[PREFIX_LENGTH:HEADER_LENGTH], encryption_key(team_key)
    )
    end = trailer(team_id)
    # Ending in the trailer, the file was copied whole: a chunk that does not fit is damage,
    # not a copy still under way.
    file.seek(max(size - len(end), 0))
    whole = size >= HEADER_LENGTH + len(end) and _take(file, len(end)) == end
    file.seek(HEADER_LENGTH)
    body_end = size - len(end) if whole else size
    cut_short = _changed(name) if whole else _incomplete(name)
    position = HEADER_LENGTH
    while True:
        if position + LENGTH_BYTES > body_end:
            raise cut_short  # the final chunk never came
        length = int.from_bytes(_take(file, LENGTH_BYTES), "big")
        if not CHUNK_OVERHEAD <= length <= MAX_CHUNK_CIPHER:
            raise _changed(name)
        start = position + LENGTH_BYTES
        if start + length > body_end:
            raise cut_short
        try:
            message, tag = crypto_secretstream_xchacha20poly1305_pull(
                state, _take(file, length), associated
            )
        except CryptoError:
            raise _changed(name) from None
        write(message)
        position = start + length
        if tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL:
            break
        if tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE:
            raise _changed(name)
    rest = _take(file, len(end) + 1)
    if rest != end:
        raise _incomplete(name) if end.startswith(rest) else _changed(name)


def _is_whole_zip(data: bytes) -> bool:
    """Whether the zip's end record, and the comment it announces, are all there."""
    end = data.rfind(_ZIP_END, max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or end + 22 > len(data):
        return False
    comment_length = int.from_bytes(data[end + 20 : end + 22], "little")
    return end + 22 + comment_length == len(data)


def check_format1_seal(data: bytes, name: str, team_key: bytes, team_id: str) -> None:
    """Raise unless `data` ends with a format-1 seal of this team that matches every byte
    before it. Unchanged from format 1's reader, which therefore reads the trailer of a
    format-2 file as a seal of a newer format."""
    seal = data[-SEAL_LENGTH:]
    if len(data) < SEAL_LENGTH or not seal.startswith(MAGIC):
        # A zip that began but has no end record yet is still arriving; a whole zip without
        # our seal is some other zip.
        if data.startswith(b"PK\x03\x04") and not _is_whole_zip(data):
            raise _incomplete(name)
        raise _not_a_bundle(name)
    version = seal[len(MAGIC) : len(MAGIC) + 1]
    if not version.isdigit() or seal[len(MAGIC) + 1 : len(MAGIC) + 2] != b" ":
        raise _not_a_bundle(name)
    if int(version) > LEGACY_VERSION:
        raise _newer(name)
    their_team = seal[len(MAGIC) + 2 : len(MAGIC) + 2 + TEAM_ID_CHARS].decode("ascii", "replace")
    if their_team != team_id:
        raise _other_team(name)
    expected = mac_of(team_key, data[:-MAC_HEX]).encode()
    if not hmac.compare_digest(expected, data[-MAC_HEX:]):
        raise _changed(name)


def members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    unexpected = sorted(set(names) - EXPECTED_MEMBERS)
    if unexpected:
        raise BundleRefused(said.UNEXPECTED_PARTS(file=name, parts=", ".join(unexpected[:3])))
    if len(set(names)) != len(names):
        raise BundleRefused(said.DUPLICATE_PARTS(file=name))
    # A table newer than the bundle's schema may be missing (check_later_tables).
    missing = sorted(EXPECTED_MEMBERS - set(names) - {f"{t}.json" for t in INTRODUCED_IN})
    if missing:
        raise damaged(name, said.PART_MISSING(parts=", ".join(missing[:3])))
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise damaged(name, info.filename)
    return {info.filename: info for info in infos}


def check_later_tables(infos: dict[str, zipfile.ZipInfo], manifest: "Manifest", name: str) -> None:
    """A table that began to travel after the bundle's schema may be missing from it; one of
    its own schema may not."""
    written_at = KNOWN_REVISIONS.index(manifest.schema_version)
    for table, revision in INTRODUCED_IN.items():
        member = f"{table}.json"
        if member not in infos and written_at >= KNOWN_REVISIONS.index(revision):
            raise damaged(name, said.PART_MISSING(parts=member), manifest.device_name)


def _too_big_unpacked(name: str) -> BundleRefused:
    return BundleRefused(said.TOO_BIG_UNPACKED(file=name))


class Unpacker:
    """Unpacks members while counting the bytes that really come out, against one budget for
    the whole bundle: the sizes in the zip are only used to refuse early, never trusted."""

    def __init__(self, archive: zipfile.ZipFile, name: str, budget: int) -> None:
        self.archive = archive
        self.name = name
        self.left = budget
        if sum(info.file_size for info in archive.infolist()) > budget:
            raise _too_big_unpacked(name)

    def read(self, info: zipfile.ZipInfo) -> bytes:
        return b"".join(self.chunks(info))

    def chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member unpacked a chunk at a time, counted against the budget."""
        with self.archive.open(info) as member:
            while chunk := member.read(min(_CHUNK, self.left + 1)):
                self.left -= len(chunk)
                if self.left < 0:
                    raise _too_big_unpacked(self.name)
                yield chunk


# What reading a sealed but broken zip can raise: a corrupt deflate stream, a zip feature this
# Python lacks, JSON nested too deep to parse.
UNREADABLE = (
    ValueError,
    zipfile.BadZipFile,
    EOFError,
    OSError,
    zlib.error,
    NotImplementedError,
    RecursionError,
)


def json_member(unpacker: Unpacker, info: zipfile.ZipInfo, name: str) -> Any:
    try:
        return json.loads(unpacker.read(info))
    except UNREADABLE:
        raise damaged(name, info.filename) from None


def parse_manifest(value: Any, name: str) -> Manifest:
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME:
        raise damaged(name, MANIFEST)
    version = value.get("format_version")
    if type(version) is not int:
        raise damaged(name, MANIFEST)
    if version > FORMAT_VERSION:
        raise _newer(name)
    schema = value.get("schema_version")
    if not isinstance(schema, str):
        raise damaged(name, MANIFEST)
    if schema not in KNOWN_REVISIONS:
        raise _newer(name)
    try:
        created_at = dt.datetime.fromisoformat(value["created_at"])
        manifest = Manifest(
            format_version=version,
            schema_version=schema,
            team_id=str(value["team_id"]),
            device_id=str(value["device_id"]),
            device_name=str(value["device_name"]),
            created_at=created_at,
            counts={str(table): int(count) for table, count in value["counts"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged(name, MANIFEST) from None
    if created_at.tzinfo is None or not manifest.device_id or len(manifest.device_id) > 36:
        raise damaged(name, MANIFEST)
    if not DEVICE_NAME.accepts(manifest.device_name):  # as the laptop's owner could name it
        raise damaged(name, MANIFEST)
    if "chain" in value:
        chain = _chain(value["chain"])
        if chain is None:
            raise damaged(name, MANIFEST)
        manifest = replace(manifest, chain=chain)
    return manifest


_MAX_SEQ = 10**12  # a segment a minute for a million years
_MAX_PEERS = 1000  # laptops a team has had


def _is_seq(value: object) -> TypeGuard[int]:
    return type(value) is int and 0 <= value <= _MAX_SEQ


def _chain(value: Any) -> BundleChain | None:
    """Where the bundle stands in its writer's chain (journal.py), or None if malformed."""
    if not isinstance(value, dict) or value.get("kind") not in ("segment", "snapshot"):
        return None
    seq, progress = value.get("seq"), value.get("progress")
    if not _is_seq(seq) or not isinstance(progress, dict) or len(progress) > _MAX_PEERS:
        return None
    if not all(
        type(device) is str and 0 < len(device) <= 36 and _is_seq(held)
        for device, held in progress.items()
    ):
        return None
    return BundleChain(value["kind"], seq, dict(progress))


def _rows(value: Any, table: str, name: str, manifest: Manifest) -> list[list[Any]]:
    device = manifest.device_name
    if not isinstance(value, dict) or value.get("columns") != columns_at(
        table, manifest.schema_version
    ):
        raise damaged(name, part_words(table), device)
    rows = value.get("rows")
    if type(rows) is not list:
        raise damaged(name, part_words(table), device)
    rows = as_current(table, manifest.schema_version, rows)
    check_rows(rows, table, name, device)
    ids = [row[0] for row in rows]
    if len(set(ids)) != len(ids):
        raise damaged(name, said.PART_SAME_ID_TWICE(table=table_words(table)), device)
    return rows


def check_rows(rows: list[Any], table: str, name: str, device: str) -> None:
    """Each row of `table` has its columns, each value its type, range and rule (tables.py);
    the whole of a small table or one batch of a large one."""
    synced = BY_NAME[table]
    width = len(synced.columns)
    if not all(type(row) is list and len(row) == width for row in rows):
        raise damaged(name, part_words(table), device)
    # Each distinct value is checked once: a column of 100,000 visits has few distinct dates.
    for index, check in enumerate(CHECKS[table]):
        try:
            distinct = {row[index] for row in rows}
        except TypeError:  # a list or object where a plain value belongs
            raise damaged(name, part_words(table, synced.columns[index]), device) from None
        if not all(check(cell) for cell in distinct):
            raise damaged(name, part_words(table, synced.columns[index]), device)
    row_check = ROW_CHECKS.get(table)
    if row_check is not None and not all(row_check(row) for row in rows):
        raise damaged(name, said.PART_VALUE(table=table_words(table)), device)


def _check_parts(rows: dict[str, list[list[Any]]], name: str, device: str) -> None:
    """Every part belongs to an activity in the same bundle: parts travel with their activity."""
    parents = {row[0] for row in rows[PARENT_TABLE]}
    for synced in SYNCED_TABLES:
        if synced.kind is Kind.PART:
            column = synced.columns.index("activity_id")
            if any(row[column] not in parents for row in rows[synced.name]):
                missing = said.PART_ACTIVITY_MISSING(table=table_words(synced.name))
                raise damaged(name, missing, device)


def read_bundle(
    data: bytes, name: str, team_key: bytes, team_id: str, digest: str | None = None
) -> Bundle:
    zipped = open_bundle(data, name, team_key, team_id)
    try:
        archive = zipfile.ZipFile(io.BytesIO(zipped))
    except UNREADABLE:
        raise broken(name) from None
    with archive:
        infos = members(archive, name)
        unpacker = Unpacker(archive, name, unpack_budget(len(data)))
        manifest = parse_manifest(json_member(unpacker, infos[MANIFEST], name), name)
        if manifest.team_id != team_id:
            raise damaged(name, MANIFEST)
        check_later_tables(infos, manifest, name)
        rows = {
            synced.name: _rows(
                json_member(unpacker, infos[f"{synced.name}.json"], name),
                synced.name,
                name,
                manifest,
            )
            if f"{synced.name}.json" in infos
            else []
            for synced in SYNCED_TABLES
        }
    if any(
        manifest.counts.get(table, 0 if table in INTRODUCED_IN else None) != len(table_rows)
        for table, table_rows in rows.items()
    ):
        raise damaged(name, said.PART_COUNTS_DIFFER, manifest.device_name)
    _check_parts(rows, name, manifest.device_name)
    return Bundle(manifest, rows, digest or hashlib.sha256(data).hexdigest())
