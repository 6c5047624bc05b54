"""Reading one bundle file and importing it: once per digest, checked, merged, logged, audited."""

import datetime as dt
import gc
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from vanskapshuset.app_log import log
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.store.models import AuditEntry, SyncLog
from vanskapshuset.sync.bundle_file import read_bundle_file
from vanskapshuset.sync.bundle_reader import BundleRefused, Manifest, read_bundle
from vanskapshuset.sync.clock_guard import check_clock, remember_observed
from vanskapshuset.sync.conflicts import keep_conflicts
from vanskapshuset.sync.exchanges import device_names, log_exchange
from vanskapshuset.sync.merge import MergeCounts, merge_bundle
from vanskapshuset.sync.name_merge import merge_same_names
from vanskapshuset.sync.results import ConflictView, ImportResult
from vanskapshuset.sync.row_checks import check_values
from vanskapshuset.sync.seen_files import SeenMarker, remember_seen
from vanskapshuset.sync.team_code import team_id


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing and merging make hundreds of thousands of lists that hold no cycles; Python's
    cycle collector would walk them again and again (7–15 % of an import, benchmarks/)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def unreadable(file_name: str, error: Exception) -> UserError:
    """An unexpected failure on one file: its traceback to the log, one sentence to the person.
    Its import is one transaction, so nothing of it was kept."""
    log.error("Sync file %s could not be read in", file_name, exc_info=error)
    return UserError(f"”{file_name}” kunde inte läsas in; detaljer i loggen.")


def already_imported(context: ServiceContext, digest: str, file_name: str) -> ImportResult | None:
    with context.db.read() as session:
        earlier = session.scalars(
            select(SyncLog).where(SyncLog.digest == digest, SyncLog.direction == "import").limit(1)
        ).first()
    if earlier is None:
        return None
    return ImportResult(
        file_name, earlier.device_id, earlier.device_name, earlier.bundle_created_at, True
    )


def _audit_import(
    connection: Connection,
    context: ServiceContext,
    now: dt.datetime,
    manifest: Manifest,
    file_name: str,
    counts: MergeCounts,
    conflicts: list[ConflictView],
) -> None:
    after = {
        "file": file_name,
        "device": manifest.device_name,
        "visits_new": counts.visits_new,
        "records_new": counts.records_new,
        "records_updated": counts.records_updated,
        "conflicts": len(conflicts),
    }
    connection.execute(
        insert(AuditEntry).values(
            id=new_id(),
            at=now,
            device_id=context.device_id,
            actor=context.actor,
            action="import",
            entity="sync",
            entity_id=manifest.device_id,
            before=None,
            after=json.dumps(after, ensure_ascii=False),
        )
    )


class Importer:
    def __init__(
        self,
        context: ServiceContext,
        max_bundle_bytes: int,
        before_import: Callable[[], object] | None = None,
    ) -> None:
        self.context = context
        self.max_bundle_bytes = max_bundle_bytes
        # A backup before the first merge of a run (one file, or one shared folder): what an
        # import changed can always be undone. A failed backup stops the import.
        self._before_import = before_import
        self._backup_due = True

    def start_run(self) -> None:
        """A new run (one file, or one shared folder): its first merge makes a backup first."""
        self._backup_due = True

    def read(self, path: Path) -> bytes:
        path = Path(path).expanduser()
        try:
            if path.is_dir() and not path.is_symlink():
                raise UserError(f"”{path}” är en mapp, inte en synkfil.")
            return read_bundle_file(path, self.max_bundle_bytes)
        except FileNotFoundError:
            raise UserError(f"Filen ”{path}” finns inte.") from None
        except PermissionError:
            raise UserError(f"Filen ”{path}” får inte läsas (behörighet saknas).") from None
        except OSError as error:
            raise UserError(f"Kunde inte läsa ”{path}”: {error.strerror or error}.") from None

    def import_file(self, path: Path, key: bytes) -> ImportResult:
        """Import one bundle; a refusal raises one sentence and changes nothing."""
        self.start_run()
        name = Path(path).name
        try:
            return self.import_data(self.read(path), name, key)
        except UserError:
            raise
        except Exception as error:  # a hostile file must not end in a traceback
            raise unreadable(name, error) from None

    def import_data(
        self, data: bytes, file_name: str, key: bytes, seen: SeenMarker | None = None
    ) -> ImportResult:
        """Import a bundle's bytes unless the same bytes came in before; `seen` marks the
        shared folder's file as read in the same transaction."""
        digest = hashlib.sha256(data).hexdigest()
        earlier = already_imported(self.context, digest, file_name)
        if earlier is not None:
            return earlier
        with _collector_paused():
            return self._read_and_merge(data, file_name, key, digest, seen)

    def _read_and_merge(
        self,
        data: bytes,
        file_name: str,
        key: bytes,
        digest: str,
        seen: SeenMarker | None,
    ) -> ImportResult:
        context = self.context
        bundle = read_bundle(data, file_name, key, team_id(key), digest)
        check_values(bundle, file_name, context.db)  # before the clock guard reads its stamps
        newest = check_clock(bundle, file_name, context.now())
        if self._backup_due and self._before_import is not None:
            self._before_import()
            self._backup_due = False
        manifest = bundle.manifest
        now = context.now()
        try:
            with context.db.write_core() as connection:
                counts = merge_bundle(connection, bundle)
                if newest is not None:
                    remember_observed(connection, context, newest)
                names = device_names(connection, context)
                names[manifest.device_id] = manifest.device_name
                conflicts = keep_conflicts(connection, counts.lost_edits, now, names)
                totals = (
                    counts.visits_new,
                    counts.records_new,
                    counts.records_updated,
                    counts.records_unchanged,
                    len(conflicts),
                )
                log_exchange(
                    connection,
                    context,
                    direction="import",
                    device_id=manifest.device_id,
                    device_name=manifest.device_name,
                    created_at=manifest.created_at,
                    digest=digest,
                    file_name=file_name,
                    counts=totals,
                    warnings=[],
                )
                if counts.visits_new or counts.records_new or counts.records_updated:
                    # Only an import that changed something: the entry travels, and an entry
                    # for every import would keep two laptops exchanging news of exchanges.
                    _audit_import(connection, context, now, manifest, file_name, counts, conflicts)
                if seen is not None:
                    remember_seen(connection, *seen)
        except IntegrityError:
            raise BundleRefused(
                f"”{file_name}” hänvisar till uppgifter som varken finns i filen eller på den "
                "här datorn; inget lästes in."
            ) from None
        merge_same_names(self.context.db, self.context)
        return ImportResult(
            file_name=file_name,
            device_id=manifest.device_id,
            device_name=manifest.device_name,
            created_at=manifest.created_at,
            already_imported=False,
            visits_new=counts.visits_new,
            visits_known=counts.visits_known,
            records_new=counts.records_new,
            records_updated=counts.records_updated,
            records_unchanged=counts.records_unchanged,
            conflicts=tuple(conflicts),
        )
