"""Writing a bundle as a stream: rows are read from the database, written as JSON lines into
the zip's members, and encrypted chunk by chunk as they come, straight into the file. Nothing
holds a whole table or bundle in memory.

Each table's member is one JSON document, `{"columns": [...], "rows": [...]}`, laid out one row
per line: a reader that parses members whole (the previous version) reads it as before, and
this version's reader parses it a line at a time (bundle_stream.py).
"""

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

from vanskapshuset.sync.bundle_format import (
    CHUNK_PLAIN,
    FORMAT_NAME,
    FORMAT_VERSION,
    LENGTH_BYTES,
    MANIFEST,
    encryption_key,
    prefix,
    trailer,
)
from vanskapshuset.sync.tables import SyncedTable

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # member times say nothing; the manifest has the time
ROWS_OPENING = '"rows":['  # the end of a streamed member's first line


@dataclass(frozen=True)
class TableRows:
    """One table's rows for a bundle: how many, and the rows themselves as they are read."""

    synced: SyncedTable
    count: int
    rows: Iterable[Iterable[Any]]


@dataclass(frozen=True)
class BundleChain:
    """Where a bundle stands in its writer's chain (journal.py): a segment or a snapshot, the
    segment number it holds or covers, and how far the writer had read each other laptop."""

    kind: str  # "segment" or "snapshot"
    seq: int
    progress: dict[str, int]


@dataclass(frozen=True)
class WrittenBundle:
    size: int
    counts: dict[str, int]
    digest: str  # SHA-256 of the file, as readers compute it


class _Encrypting(io.RawIOBase):
    """A write-only stream that encrypts what it is given in chunks of CHUNK_PLAIN into `out`
    (bundle_format): the last chunk, written by `finish`, carries the final tag."""

    def __init__(self, out: BinaryIO, team_key: bytes, team_id: str, chunk: int) -> None:
        self._out = out
        self._chunk = chunk
        self._buffer = bytearray()
        self._state = crypto_secretstream_xchacha20poly1305_state()
        self._associated = prefix(team_id)
        self._team_id = team_id
        self._hash = hashlib.sha256()
        self.size = 0
        header = crypto_secretstream_xchacha20poly1305_init_push(
            self._state, encryption_key(team_key)
        )
        self._emit(self._associated + header)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        while len(self._buffer) > self._chunk:  # keep one back: it may be the last
            self._push(bytes(self._buffer[: self._chunk]), last=False)
            del self._buffer[: self._chunk]
        return len(data)

    def _push(self, plain: bytes, last: bool) -> None:
        tag = (
            crypto_secretstream_xchacha20poly1305_TAG_FINAL
            if last
            else crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        )
        cipher = crypto_secretstream_xchacha20poly1305_push(
            self._state, plain, self._associated, tag
        )
        self._emit(len(cipher).to_bytes(LENGTH_BYTES, "big") + cipher)

    def _emit(self, data: bytes) -> None:
        self._out.write(data)
        self._hash.update(data)
        self.size += len(data)

    def finish(self) -> str:
        """Write the final chunk and the trailer; returns the file's SHA-256."""
        self._push(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._emit(trailer(self._team_id))
        return self._hash.hexdigest()


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _lines(table: TableRows) -> Iterator[bytes]:
    """The member of one table, a line at a time (see the module's docstring)."""
    opening = json.dumps({"columns": list(table.synced.columns)}, separators=(",", ":"))
    yield (opening[:-1] + "," + ROWS_OPENING + "\n").encode()
    written = 0
    for row in table.rows:
        line = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
        yield (("," if written else "") + line + "\n").encode()
        written += 1
    if written != table.count:  # the count was read in the same snapshot as the rows
        raise RuntimeError(f"{table.synced.name}: {written} rows, {table.count} counted")
    yield b"]}\n"


def write_bundle(
    out: BinaryIO,
    tables: Iterable[TableRows],
    *,
    team_key: bytes,
    team_id: str,
    device_id: str,
    device_name: str,
    schema_version: str,
    created_at: dt.datetime,
    chain: BundleChain | None,
    chunk: int = CHUNK_PLAIN,
) -> WrittenBundle:
    """Write a whole bundle of `tables` to `out` as it is read; `out` is a new file."""
    tables = list(tables)
    counts = {table.synced.name: table.count for table in tables}
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "team_id": team_id,
        "device_id": device_id,
        "device_name": device_name,
        "created_at": created_at.isoformat(),
        "counts": counts,
    }
    if chain is not None:
        manifest["chain"] = {"kind": chain.kind, "seq": chain.seq, "progress": chain.progress}
    encrypting = _Encrypting(out, team_key, team_id, chunk)
    with zipfile.ZipFile(encrypting, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(_member(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=1))
        for table in tables:
            with archive.open(_member(f"{table.synced.name}.json"), "w", force_zip64=True) as m:
                pending: list[bytes] = []
                for line in _lines(table):
                    pending.append(line)
                    if len(pending) >= 512:  # fewer, larger writes into the deflater
                        m.write(b"".join(pending))
                        pending.clear()
                m.write(b"".join(pending))
    digest = encrypting.finish()
    return WrittenBundle(encrypting.size, counts, digest)


def encrypt(zipped: bytes, team_key: bytes, team_id: str, chunk: int = CHUNK_PLAIN) -> bytes:
    """`zipped` as a format-2 bundle (bundle_format): header, chunks, the last one final, trailer.

    How tests turn a crafted zip into a bundle the reader decrypts; `chunk` (at most
    CHUNK_PLAIN) lets them make a small zip span several chunks.
    """
    out = io.BytesIO()
    encrypting = _Encrypting(out, team_key, team_id, chunk)
    encrypting.write(zipped)
    encrypting.finish()
    return out.getvalue()
