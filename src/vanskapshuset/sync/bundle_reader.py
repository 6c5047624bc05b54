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
from dataclasses import dataclass
from typing import Any

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
from vanskapshuset.sync.tables import (
    BY_NAME,
    CHECKS,
    PARENT_TABLE,
    ROW_CHECKS,
    SYNCED_TABLES,
    TABLE_WORDS,
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


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    rows: dict[str, list[list[Any]]]
    digest: str  # SHA-256 of the whole file: recognises a bundle already imported


def _newer(name: str) -> BundleRefused:
    return BundleRefused(
        f"”{name}” är gjord av en nyare version av Vänskapshuset; "
        "uppdatera programmet på den här datorn först."
    )


def _damaged(name: str, what: str, device: str | None = None) -> BundleRefused:
    """The refusal; once the manifest is read it names the laptop the bundle came from."""
    if device is None:
        return BundleRefused(f"”{name}” innehåller felaktiga uppgifter ({what}); inget lästes in.")
    return BundleRefused(
        f"Synkfilen ”{name}” från ”{device}” innehåller felaktiga uppgifter ({what}); "
        "inget lästes in."
    )


def _part(table: str, column: str | None = None) -> str:
    """Which part of a bundle, in words: "besök (delta)"."""
    word = TABLE_WORDS.get(table, table)
    return word if column is None else f"{word}: {column}"


def _incomplete(name: str) -> BundleIncomplete:
    return BundleIncomplete(
        f"”{name}” är ofullständig: filen slutar för tidigt (kopieras den fortfarande?)."
    )


def _not_a_bundle(name: str) -> BundleRefused:
    return BundleRefused(f"”{name}” är ingen synkfil från Vänskapshuset.")


def _other_team(name: str) -> BundleRefused:
    return BundleRefused(
        f"”{name}” kommer från ett annat lag än den här datorns; den kan inte läsas in."
    )


def _changed(name: str) -> BundleRefused:
    return BundleRefused(
        f"”{name}” har ändrats eller skadats efter att den skrevs; den kan inte läsas in."
    )


def open_bundle(data: bytes, name: str, team_key: bytes, team_id: str) -> bytes:
    """The zip inside the bundle `data`, once it is known to come from a laptop of the team,
    unchanged and whole; one sentence otherwise. Nothing of it is parsed before that."""
    if not data.startswith(MAGIC):
        if data and MAGIC.startswith(data):
            raise _incomplete(name)
        check_format1_seal(data, name, team_key, team_id)  # a laptop not yet upgraded
        return data
    version = data[len(MAGIC) : len(MAGIC) + 1]
    if not version:
        raise _incomplete(name)
    if not version.isdigit():
        raise _not_a_bundle(name)
    if int(version) > FORMAT_VERSION:
        raise _newer(name)
    if int(version) != FORMAT_VERSION:
        raise _not_a_bundle(name)
    return _decrypt(data, name, team_key, team_id)


def _decrypt(data: bytes, name: str, team_key: bytes, team_id: str) -> bytes:
    """Every chunk of a format-2 bundle decrypted, in order, up to the final one."""
    theirs, ours = data[len(MAGIC) + 1 : PREFIX_LENGTH], team_id.encode("ascii")
    if theirs != ours:
        if len(data) < PREFIX_LENGTH and ours.startswith(theirs):
            raise _incomplete(name)
        raise _other_team(name)
    if len(data) < HEADER_LENGTH:
        raise _incomplete(name)
    associated = data[:PREFIX_LENGTH]
    state = crypto_secretstream_xchacha20poly1305_state()
    crypto_secretstream_xchacha20poly1305_init_pull(
        state, data[PREFIX_LENGTH:HEADER_LENGTH], encryption_key(team_key)
    )
    end = trailer(team_id)
    # Ending in the trailer, the file was copied whole: a chunk that does not fit is damage,
    # not a copy still under way.
    whole = data.endswith(end)
    body_end = len(data) - len(end) if whole else len(data)
    cut_short = _changed(name) if whole else _incomplete(name)
    plain: list[bytes] = []
    position = HEADER_LENGTH
    while True:
        if position + LENGTH_BYTES > body_end:
            raise cut_short  # the final chunk never came
        length = int.from_bytes(data[position : position + LENGTH_BYTES], "big")
        if not CHUNK_OVERHEAD <= length <= MAX_CHUNK_CIPHER:
            raise _changed(name)
        start = position + LENGTH_BYTES
        if start + length > body_end:
            raise cut_short
        try:
            message, tag = crypto_secretstream_xchacha20poly1305_pull(
                state, data[start : start + length], associated
            )
        except CryptoError:
            raise _changed(name) from None
        plain.append(message)
        position = start + length
        if tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL:
            break
        if tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE:
            raise _changed(name)
    rest = data[position:]
    if rest != end:
        raise _incomplete(name) if end.startswith(rest) else _changed(name)
    return b"".join(plain)


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


def _members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    unexpected = sorted(set(names) - EXPECTED_MEMBERS)
    if unexpected or len(set(names)) != len(names):
        shown = ", ".join(unexpected[:3]) or "dubbletter"
        raise BundleRefused(f"”{name}” innehåller oväntade delar ({shown}); inget lästes in.")
    missing = sorted(EXPECTED_MEMBERS - set(names))
    if missing:
        raise _damaged(name, f"{', '.join(missing[:3])} saknas")
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise _damaged(name, info.filename)
    return {info.filename: info for info in infos}


def _too_big_unpacked(name: str) -> BundleRefused:
    return BundleRefused(f"”{name}” är för stor uppackad för att vara en synkfil; inget lästes in.")


class _Unpacker:
    """Unpacks members while counting the bytes that really come out, against one budget for
    the whole bundle: the sizes in the zip are only used to refuse early, never trusted."""

    def __init__(self, archive: zipfile.ZipFile, name: str, budget: int) -> None:
        self.archive = archive
        self.name = name
        self.left = budget
        if sum(info.file_size for info in archive.infolist()) > budget:
            raise _too_big_unpacked(name)

    def read(self, info: zipfile.ZipInfo) -> bytes:
        chunks: list[bytes] = []
        with self.archive.open(info) as member:
            while chunk := member.read(min(_CHUNK, self.left + 1)):
                self.left -= len(chunk)
                if self.left < 0:
                    raise _too_big_unpacked(self.name)
                chunks.append(chunk)
        return b"".join(chunks)


# What reading a sealed but broken zip can raise: a corrupt deflate stream, a zip feature this
# Python lacks, JSON nested too deep to parse.
_UNREADABLE = (
    ValueError,
    zipfile.BadZipFile,
    EOFError,
    OSError,
    zlib.error,
    NotImplementedError,
    RecursionError,
)


def _json(unpacker: _Unpacker, info: zipfile.ZipInfo, name: str) -> Any:
    try:
        return json.loads(unpacker.read(info))
    except _UNREADABLE:
        raise _damaged(name, info.filename) from None


def _manifest(value: Any, name: str) -> Manifest:
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME:
        raise _damaged(name, MANIFEST)
    version = value.get("format_version")
    if type(version) is not int:
        raise _damaged(name, MANIFEST)
    if version > FORMAT_VERSION:
        raise _newer(name)
    schema = value.get("schema_version")
    if not isinstance(schema, str):
        raise _damaged(name, MANIFEST)
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
        raise _damaged(name, MANIFEST) from None
    if created_at.tzinfo is None or not manifest.device_id or len(manifest.device_id) > 36:
        raise _damaged(name, MANIFEST)
    if not DEVICE_NAME.accepts(manifest.device_name):  # as the laptop's owner could name it
        raise _damaged(name, MANIFEST)
    return manifest


def _rows(value: Any, table: str, name: str, device: str) -> list[list[Any]]:
    synced = BY_NAME[table]
    if not isinstance(value, dict) or value.get("columns") != list(synced.columns):
        raise _damaged(name, _part(table), device)
    rows = value.get("rows")
    width = len(synced.columns)
    if type(rows) is not list or not all(type(row) is list and len(row) == width for row in rows):
        raise _damaged(name, _part(table), device)
    # Each distinct value is checked once: a column of 100,000 visits has few distinct dates.
    for index, check in enumerate(CHECKS[table]):
        try:
            distinct = {row[index] for row in rows}
        except TypeError:  # a list or object where a plain value belongs
            raise _damaged(name, _part(table, synced.columns[index]), device) from None
        if not all(check(cell) for cell in distinct):
            raise _damaged(name, _part(table, synced.columns[index]), device)
    row_check = ROW_CHECKS.get(table)
    if row_check is not None and not all(row_check(row) for row in rows):
        raise _damaged(name, _part(table, "värde"), device)
    ids = [row[0] for row in rows]
    if len(set(ids)) != len(ids):
        raise _damaged(name, _part(table, "samma id två gånger"), device)
    return rows


def _check_parts(rows: dict[str, list[list[Any]]], name: str, device: str) -> None:
    """Every part belongs to an activity in the same bundle: parts travel with their activity."""
    parents = {row[0] for row in rows[PARENT_TABLE]}
    for synced in SYNCED_TABLES:
        if synced.kind is Kind.PART:
            column = synced.columns.index("activity_id")
            if any(row[column] not in parents for row in rows[synced.name]):
                raise _damaged(name, _part(synced.name, "aktiviteten saknas"), device)


def read_bundle(
    data: bytes, name: str, team_key: bytes, team_id: str, digest: str | None = None
) -> Bundle:
    zipped = open_bundle(data, name, team_key, team_id)
    try:
        archive = zipfile.ZipFile(io.BytesIO(zipped))
    except _UNREADABLE:
        raise BundleRefused(f"”{name}” är skadad; inget lästes in.") from None
    with archive:
        infos = _members(archive, name)
        unpacker = _Unpacker(archive, name, unpack_budget(len(data)))
        manifest = _manifest(_json(unpacker, infos[MANIFEST], name), name)
        if manifest.team_id != team_id:
            raise _damaged(name, MANIFEST)
        rows = {
            synced.name: _rows(
                _json(unpacker, infos[f"{synced.name}.json"], name),
                synced.name,
                name,
                manifest.device_name,
            )
            for synced in SYNCED_TABLES
        }
    if any(manifest.counts.get(table) != len(table_rows) for table, table_rows in rows.items()):
        raise _damaged(name, "antalen stämmer inte", manifest.device_name)
    _check_parts(rows, name, manifest.device_name)
    return Bundle(manifest, rows, digest or hashlib.sha256(data).hexdigest())
