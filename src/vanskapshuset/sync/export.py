"""Writing this laptop's bundles: a whole snapshot to a file (a USB stick, a mail), or its chain
in a shared folder (chain_writer.py); each written whole or not at all, and logged."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Connection

from vanskapshuset.messages import sync as said
from vanskapshuset.messages.text import Message
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.store.schema import HEAD_REVISION
from vanskapshuset.sync.bundle_writer import BundleChain, TableRows, WrittenBundle, write_bundle
from vanskapshuset.sync.clock_guard import clock_set_back, repair_own_clock
from vanskapshuset.sync.exchanges import log_exchange
from vanskapshuset.sync.journal import SNAPSHOT, chain_of, chain_state, snapshot_tables
from vanskapshuset.sync.results import ExportResult
from vanskapshuset.sync.tables import SYNCED_TABLES, Kind
from vanskapshuset.sync.team_code import team_id

_RECORD_TABLES = frozenset(s.name for s in SYNCED_TABLES if s.kind is Kind.RECORD)
# What a bundle holds, read in the writer's one read transaction: its rows, and its chain.
Contents = Callable[[Connection], tuple[list[TableRows], BundleChain]]


def repair_clock_first(context: ServiceContext) -> list[Message]:
    """Before writing: stamps made while this laptop's clock ran ahead get today's time."""
    if not clock_set_back(context):  # rare: no write transaction on every export
        return []
    with context.db.write_core() as connection:
        repaired = repair_own_clock(connection, context)
    if not repaired:
        return []
    return [said.CLOCK_REPAIRED(repaired)]


def write_to(
    context: ServiceContext, key: bytes, target: Path, contents: Contents
) -> tuple[WrittenBundle, BundleChain, dt.datetime]:
    """Write the bundle `contents` gives to `target`, streamed from one read transaction."""
    created_at = context.now()
    with context.db.read() as session, replacing(target) as temporary:
        tables, chain = contents(session.connection())
        with open(temporary, "wb") as out:
            written = write_bundle(
                out,
                tables,
                team_key=key,
                team_id=team_id(key),
                device_id=context.device_id,
                device_name=context.device_name,
                schema_version=HEAD_REVISION,
                created_at=created_at,
                chain=chain,
            )
    return written, chain, created_at


def log_written(
    connection: Connection,
    context: ServiceContext,
    target: Path,
    written: WrittenBundle,
    created_at: dt.datetime,
    warnings: list[Message],
) -> ExportResult:
    visits = written.counts["visit"]
    records = sum(n for table, n in written.counts.items() if table in _RECORD_TABLES)
    log_exchange(
        connection,
        context,
        direction="export",
        device_id=context.device_id,
        device_name=context.device_name,
        created_at=created_at,
        digest=written.digest,
        file_name=target.name,
        counts=(visits, records, 0, 0, 0),
        warnings=warnings,
    )
    return ExportResult(target, visits, records, written.size, tuple(warnings))


def whole_snapshot(connection: Connection) -> tuple[list[TableRows], BundleChain]:
    """Everything, covering every segment this laptop has written so far."""
    seq = int(chain_state(connection).get("seq", 0))
    return snapshot_tables(connection), chain_of(connection, SNAPSHOT, seq)


def export_bundle(context: ServiceContext, key: bytes, target: Path) -> ExportResult:
    """Write everything this laptop knows to `target` (whole or not at all)."""
    target = Path(target).expanduser()
    warnings = repair_clock_first(context)
    written, _chain, created_at = write_to(context, key, target, whole_snapshot)
    with context.db.write_core() as connection:
        return log_written(connection, context, target, written, created_at, warnings)
