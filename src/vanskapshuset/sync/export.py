"""Writing this laptop's bundle to a file (whole or not at all), and logging it."""

import hashlib
import json
from pathlib import Path

from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.store.schema import HEAD_REVISION
from vanskapshuset.sync.bundle_writer import build_bundle
from vanskapshuset.sync.clock_guard import clock_set_back, repair_own_clock
from vanskapshuset.sync.exchanges import log_exchange
from vanskapshuset.sync.local_state import write_local
from vanskapshuset.sync.results import ExportResult
from vanskapshuset.sync.tables import SYNCED_TABLES, Kind
from vanskapshuset.sync.team_code import team_id

LAST_WRITTEN = "sync_last_written"  # {file: digest of its rows}: an unchanged bundle stays
_RECORD_TABLES = frozenset(s.name for s in SYNCED_TABLES if s.kind is Kind.RECORD)


def export_bundle(
    context: ServiceContext, key: bytes, target: Path, keep_if_unchanged: bool = False
) -> ExportResult:
    """Write everything this laptop knows to `target` (whole or not at all).

    With `keep_if_unchanged`, a bundle with the same rows as the one last written to
    `target` is not rewritten: the other laptops then pass the file over unread.
    """
    target = Path(target).expanduser()
    warnings: list[str] = []
    repaired = 0
    if clock_set_back(context):  # rare: no write transaction on every export
        with context.db.write_core() as connection:
            repaired = repair_own_clock(connection, context)
    if repaired:
        warnings.append(
            f"Datorns klocka gick tidigare fel: {repaired} ändringar med för sent datum "
            "fick dagens tid."
        )
    created_at = context.now()
    built = build_bundle(
        context.db,
        team_key=key,
        team_id=team_id(key),
        device_id=context.device_id,
        device_name=context.device_name,
        schema_version=HEAD_REVISION,
        created_at=created_at,
    )
    visits = built.counts["visit"]
    records = sum(n for table, n in built.counts.items() if table in _RECORD_TABLES)
    written = json.loads(SettingsService(context).local(LAST_WRITTEN) or "{}")
    place = str(target.resolve())
    if keep_if_unchanged and target.exists() and written.get(place) == built.content_digest:
        return ExportResult(target, visits, records, target.stat().st_size, (), True)
    with replacing(target) as temporary:
        temporary.write_bytes(built.data)
    written[place] = built.content_digest
    with context.db.write_core() as connection:
        log_exchange(
            connection,
            context,
            direction="export",
            device_id=context.device_id,
            device_name=context.device_name,
            created_at=created_at,
            digest=hashlib.sha256(built.data).hexdigest(),
            file_name=target.name,
            counts=(visits, records, 0, 0, 0),
            warnings=warnings,
        )
        write_local(connection, LAST_WRITTEN, json.dumps(written, ensure_ascii=False))
    return ExportResult(target, visits, records, len(built.data), tuple(warnings))
