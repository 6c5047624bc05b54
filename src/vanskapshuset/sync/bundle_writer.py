"""Writing this laptop's bundle: everything it knows (its own and what it imported) in one snapshot.

A bundle holds the whole state, not the changes since last time: any laptop's newest bundle brings
a reader up to date with everything its writer had seen, so data also travels between laptops that
never meet, and a lost or skipped bundle costs nothing.
"""

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

from vanskapshuset.store.database import Database
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
from vanskapshuset.sync.tables import SYNCED_TABLES

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # member times say nothing; the manifest has the time


@dataclass(frozen=True)
class WrittenBundle:
    data: bytes
    counts: dict[str, int]
    content_digest: str  # of the rows only: equal for two bundles of an unchanged database


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_bundle(
    db: Database,
    *,
    team_key: bytes,
    team_id: str,
    device_id: str,
    device_name: str,
    schema_version: str,
    created_at: dt.datetime,
) -> WrittenBundle:
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    with db.read() as session:  # one snapshot: a visit and its undo travel together
        connection = session.connection()
        for synced in SYNCED_TABLES:
            columns = ", ".join(f'"{column}"' for column in synced.columns)
            rows = connection.exec_driver_sql(
                f'SELECT {columns} FROM "{synced.name}" ORDER BY id'
            ).fetchall()
            counts[synced.name] = len(rows)
            body = {"columns": list(synced.columns), "rows": [list(row) for row in rows]}
            members[f"{synced.name}.json"] = json.dumps(
                body, ensure_ascii=False, separators=(",", ":")
            ).encode()
    content = hashlib.sha256()
    for body in members.values():
        content.update(hashlib.sha256(body).digest())
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "team_id": team_id,
        "device_id": device_id,
        "device_name": device_name,
        "created_at": created_at.isoformat(),
        "counts": counts,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(_member(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, body in members.items():
            archive.writestr(_member(name), body)
    data = encrypt(buffer.getvalue(), team_key, team_id)
    return WrittenBundle(data, counts, content.hexdigest())


def encrypt(zipped: bytes, team_key: bytes, team_id: str, chunk: int = CHUNK_PLAIN) -> bytes:
    """`zipped` as a format-2 bundle (bundle_format): header, chunks, the last one final, trailer.

    Also how tests turn a crafted zip into a bundle the reader decrypts; `chunk` (at most
    CHUNK_PLAIN) lets them make a small zip span several chunks.
    """
    state = crypto_secretstream_xchacha20poly1305_state()
    associated = prefix(team_id)
    header = crypto_secretstream_xchacha20poly1305_init_push(state, encryption_key(team_key))
    parts = [associated, header]
    starts = range(0, max(len(zipped), 1), chunk)
    for start in starts:
        last = start == starts[-1]
        tag = (
            crypto_secretstream_xchacha20poly1305_TAG_FINAL
            if last
            else crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        )
        cipher = crypto_secretstream_xchacha20poly1305_push(
            state, zipped[start : start + chunk], associated, tag
        )
        parts += [len(cipher).to_bytes(LENGTH_BYTES, "big"), cipher]
    parts.append(trailer(team_id))
    return b"".join(parts)
