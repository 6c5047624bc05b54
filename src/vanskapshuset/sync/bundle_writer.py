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

from vanskapshuset.store.database import Database
from vanskapshuset.sync.bundle_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAC_HEX,
    MANIFEST,
    mac_of,
    seal_text,
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
        archive.comment = seal_text(team_id, "0" * MAC_HEX)
    return WrittenBundle(seal(buffer.getvalue(), team_key), counts, content.hexdigest())


def seal(unsealed: bytes, team_key: bytes) -> bytes:
    """A zip whose comment is a seal with a placeholder MAC, with the real MAC put in its place."""
    sealed_part = unsealed[:-MAC_HEX]
    return sealed_part + mac_of(team_key, sealed_part).encode()
