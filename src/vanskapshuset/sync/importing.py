"""Importing one bundle file: once per digest; read and checked in full before anything is
written (bundle_stream, staging), then merged in short transactions (merge), logged, audited."""

import datetime as dt
import errno
import gc
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from vanskapshuset.app_log import log
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import epoch_ms
from vanskapshuset.messages import sync as said
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.store.models import AuditEntry, SyncLog
from vanskapshuset.sync.bundle_reader import Manifest
from vanskapshuset.sync.bundle_stream import file_digest, open_file, opened_bundle
from vanskapshuset.sync.clock_guard import check_clock, remember_observed
from vanskapshuset.sync.conflicts import keep_conflicts
from vanskapshuset.sync.exchanges import device_names, log_exchange
from vanskapshuset.sync.journal import advance_progress
from vanskapshuset.sync.merge import LostEdit, MergeCounts, merge_staged
from vanskapshuset.sync.name_merge import merge_same_names
from vanskapshuset.sync.results import ImportResult
from vanskapshuset.sync.row_checks import Bad, check_batch, refusal
from vanskapshuset.sync.seen_files import SeenMarker, remember_seen
from vanskapshuset.sync.staging import Staging
from vanskapshuset.sync.tables import SYNCED_TABLES
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


def _no_room(error: Exception) -> bool:
    """Whether the disk (or a quota, or a file size limit) had no room for the scratch files."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))
    return "full" in str(error)  # SQLite: "database or disk is full"


@contextmanager
def _room_needed(file_name: str) -> Iterator[None]:
    """Scratch files need room beside the database: a full disk is one sentence."""
    try:
        yield
    except (OSError, sqlite3.OperationalError) as error:
        if not _no_room(error):
            raise
        raise UserError(said.NO_ROOM(file=file_name)) from None


def unreadable(file_name: str, error: Exception) -> UserError:
    """An unexpected failure on one file: its traceback to the log, one sentence to the person.
    What it wrote before is whole chunks of idempotent rows; importing it again completes it."""
    log.error("Sync file %s could not be read in", file_name, exc_info=error)
    return UserError(said.UNREADABLE(file=file_name))


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
) -> None:
    after = {
        "file": file_name,
        "device": manifest.device_name,
        "visits_new": counts.visits_new,
        "records_new": counts.records_new,
        "records_updated": counts.records_updated,
        "conflicts": len(counts.kept),
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

    def _open(self, path: Path) -> tuple[BinaryIO, int]:
        path = Path(path).expanduser()
        try:
            if path.is_dir() and not path.is_symlink():
                raise UserError(said.PATH_IS_FOLDER(path=path))
            return open_file(path, self.max_bundle_bytes)
        except FileNotFoundError:
            raise UserError(said.FILE_MISSING(path=path)) from None
        except PermissionError:
            raise UserError(said.FILE_NOT_PERMITTED(path=path)) from None
        except OSError as error:
            reason = error.strerror or error
            raise UserError(said.FILE_READ_FAILED(path=path, reason=reason)) from None

    def _stage(
        self,
        staging: Staging,
        file: BinaryIO,
        size: int,
        name: str,
        key: bytes,
        expect: Callable[[Manifest], None] | None,
    ) -> Manifest:
        """Decrypt, read and check every row into `staging`; returns the manifest."""
        scratch = self.context.db.path.parent
        with opened_bundle(file, size, name, key, team_id(key), scratch) as bundle:
            manifest = bundle.manifest
            if expect is not None:
                expect(manifest)
            for synced in SYNCED_TABLES:
                for batch in bundle.batches(synced.name):
                    try:
                        check_batch({synced.name: batch})
                    except Bad as bad:
                        raise refusal(bad, name, manifest.device_name) from None
                    staging.add(synced.name, batch, name, manifest.device_name)
        staging.check(name, manifest.device_name)
        return manifest

    def import_file(self, path: Path, key: bytes) -> ImportResult:
        """Import one bundle; a refusal raises one sentence and changes nothing."""
        self.start_run()
        return self.import_path(path, key)

    def import_path(
        self,
        path: Path,
        key: bytes,
        seen: SeenMarker | None = None,
        expect: Callable[[Manifest], None] | None = None,
    ) -> ImportResult:
        """Import the bundle at `path` unless the same bytes came in before; `seen` marks the
        shared folder's file as read with the import's last transaction, and `expect` may
        refuse the bundle on its manifest. A refusal raises one sentence; an unexpected
        failure is logged and raised as one sentence too."""
        name = Path(path).name
        file, size = self._open(path)
        try:
            with file, _collector_paused():
                digest = file_digest(file, Path(path), self.max_bundle_bytes)
                # A chain's segment is always read: taken in by hand before its predecessors,
                # its rows are here but this laptop's progress in that chain is not.
                earlier = None if expect else already_imported(self.context, digest, name)
                if earlier is not None:
                    if seen is not None:
                        with self.context.db.write_core() as connection:
                            remember_seen(connection, *seen)
                    return earlier
                return self._stage_and_merge(file, size, name, key, digest, seen, expect)
        except UserError:
            raise
        except Exception as error:  # a hostile file must not end in a traceback
            raise unreadable(name, error) from None

    def _stage_and_merge(
        self,
        file: BinaryIO,
        size: int,
        name: str,
        key: bytes,
        digest: str,
        seen: SeenMarker | None,
        expect: Callable[[Manifest], None] | None,
    ) -> ImportResult:
        context = self.context
        with _room_needed(name):
            staging = Staging(context.db.path.parent, context.db)
        with staging:
            with _room_needed(name):
                manifest = self._stage(staging, file, size, name, key, expect)
            newest = staging.newest_stamp()
            check_clock(manifest, newest, name, context.now())
            # Everything is read and checked: only now is anything written.
            if self._backup_due and self._before_import is not None:
                self._before_import()
                self._backup_due = False
            if newest is not None:  # before any imported stamp is in the database
                context.hlc.observe(newest, epoch_ms(context.now()))
            now = context.now()
            names: dict[str, str] = {}

            def keep_lost(connection: Connection, lost: list[LostEdit]) -> list[Any]:
                if not names:
                    names.update(device_names(connection, context))
                    names[manifest.device_id] = manifest.device_name
                return keep_conflicts(connection, lost, now, names)

            counts = merge_staged(context.db, staging, keep_lost)
        with context.db.write_core() as connection:
            if newest is not None:
                remember_observed(connection, context, newest)
            log_exchange(
                connection,
                context,
                direction="import",
                device_id=manifest.device_id,
                device_name=manifest.device_name,
                created_at=manifest.created_at,
                digest=digest,
                file_name=name,
                counts=(
                    counts.visits_new,
                    counts.records_new,
                    counts.records_updated,
                    counts.records_unchanged,
                    len(counts.kept),
                ),
                warnings=[],
            )
            if counts.visits_new or counts.records_new or counts.records_updated:
                # Only an import that changed something: the entry travels, and an entry
                # for every import would keep two laptops exchanging news of exchanges.
                _audit_import(connection, context, now, manifest, name, counts)
            advance_progress(connection, context.device_id, manifest.device_id, manifest.chain)
            if seen is not None:
                remember_seen(connection, *seen)
        merge_same_names(context.db, context)
        return ImportResult(
            file_name=name,
            device_id=manifest.device_id,
            device_name=manifest.device_name,
            created_at=manifest.created_at,
            already_imported=False,
            visits_new=counts.visits_new,
            visits_known=counts.visits_known,
            records_new=counts.records_new,
            records_updated=counts.records_updated,
            records_unchanged=counts.records_unchanged,
            conflicts=tuple(counts.kept),
        )
