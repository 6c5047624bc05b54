"""Sync without a server: the team, writing and importing bundles, and the shared folder."""

import datetime as dt
import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from vanskapshuset.app_log import log
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.hlc import Stamp
from vanskapshuset.domain.rules import DEVICE_NAME as DEVICE_NAME_RULE
from vanskapshuset.services.context import ServiceContext, new_id
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.store.models import AuditEntry, LocalState, SyncConflict, SyncLog
from vanskapshuset.store.schema import HEAD_REVISION
from vanskapshuset.sync.bundle_file import read_bundle_file
from vanskapshuset.sync.bundle_format import FILE_SUFFIX, MAX_BUNDLE_BYTES
from vanskapshuset.sync.bundle_reader import (
    BundleIncomplete,
    BundleRefused,
    Manifest,
    read_bundle,
)
from vanskapshuset.sync.bundle_writer import build_bundle
from vanskapshuset.sync.clock_guard import (
    check_clock,
    clock_set_back,
    remember_observed,
    repair_own_clock,
)
from vanskapshuset.sync.merge import LostEdit, MergeCounts, merge_bundle
from vanskapshuset.sync.results import (
    ConflictView,
    ExportResult,
    FolderSyncResult,
    ImportResult,
    PeerStatus,
    SkippedFile,
    TeamStatus,
)
from vanskapshuset.sync.row_checks import check_values
from vanskapshuset.sync.tables import SYNCED_TABLES, Kind
from vanskapshuset.sync.team_code import key_from_code, new_team_key, team_code, team_id

TEAM_KEY = "team_key"
SYNC_FOLDER = "sync_folder"
LAST_WRITTEN = "sync_last_written"  # {file: digest of its rows}: an unchanged bundle stays
SEEN_FILES = "sync_seen_files"  # {folder: {file name: [size, mtime_ns]}}: passed over unread
DEVICE_NAME = "device_name"
MAX_DEVICE_NAME = DEVICE_NAME_RULE.limit
_RECORD_TABLES = frozenset(s.name for s in SYNCED_TABLES if s.kind is Kind.RECORD)


def _moment_of(stamp: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(Stamp.decode(stamp).wall_ms / 1000, dt.UTC)


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


def _unreadable(file_name: str, error: Exception) -> UserError:
    """An unexpected failure on one file: its traceback to the log, one sentence to the person.
    Its import is one transaction, so nothing of it was kept."""
    log.error("Sync file %s could not be read in", file_name, exc_info=error)
    return UserError(f"”{file_name}” kunde inte läsas in; detaljer i loggen.")


def bundle_file_name(device_name: str, device_id: str) -> str:
    """This laptop's file in a shared folder: readable, and unique by the device id."""
    readable = re.sub(r"[^\w]+", "-", device_name, flags=re.UNICODE).strip("-") or "dator"
    return f"{readable[:40]}-{device_id[:8]}{FILE_SUFFIX}"


class SyncService:
    def __init__(
        self,
        context: ServiceContext,
        max_bundle_bytes: int = MAX_BUNDLE_BYTES,
        before_import: Callable[[], object] | None = None,
    ) -> None:
        self.context = context
        self.max_bundle_bytes = max_bundle_bytes
        # A backup before the first merge of a run (one file, or one shared folder): what an
        # import changed can always be undone. A failed backup stops the import.
        self._before_import = before_import
        self._backup_due = True

    # -- the team ------------------------------------------------------------------------------

    def _local(self, key: str) -> str | None:
        with self.context.db.read() as session:
            state = session.get(LocalState, key)
        return None if state is None else state.value

    def _team_key(self) -> bytes | None:
        value = self._local(TEAM_KEY)
        return None if value is None else bytes.fromhex(value)

    def status(self) -> TeamStatus:
        key = self._team_key()
        folder = self._local(SYNC_FOLDER)
        return TeamStatus(
            in_team=key is not None,
            team_id=None if key is None else team_id(key),
            code=None if key is None else team_code(key),
            device_id=self.context.device_id,
            device_name=self.context.device_name,
            folder=None if folder is None else Path(folder),
        )

    def _join(self, key: bytes, device_name: str | None) -> TeamStatus:
        name = self._clean_device_name(device_name) if device_name is not None else None
        with self.context.db.write() as session:
            session.merge(LocalState(key=TEAM_KEY, value=key.hex()))
            if name is not None:
                session.merge(LocalState(key=DEVICE_NAME, value=name))
        if name is not None:
            self.context.device_name = name
        return self.status()

    def create_team(self, device_name: str | None = None) -> TeamStatus:
        """Make a new team on this laptop (the coordinator's); others join with its code."""
        if self._team_key() is not None:
            raise UserError(
                "Den här datorn är redan med i ett lag; dess lagkod finns på sidan Synk."
            )
        return self._join(new_team_key(), device_name)

    def join_team(self, code: str, device_name: str | None = None) -> TeamStatus:
        key = key_from_code(code)
        current = self._team_key()
        if current is not None and current != key:
            raise UserError(
                "Den här datorn är redan med i ett annat lag; lämna det först (sidan Synk)."
            )
        return self._join(key, device_name)

    def leave_team(self) -> None:
        """Forget the team key (the data stays); bundles are then neither written nor read."""
        with self.context.db.write() as session:
            state = session.get(LocalState, TEAM_KEY)
            if state is not None:
                session.delete(state)

    def _clean_device_name(self, name: str) -> str:
        return DEVICE_NAME_RULE.clean(name)

    def rename_device(self, name: str) -> None:
        cleaned = self._clean_device_name(name)
        with self.context.db.write() as session:
            session.merge(LocalState(key=DEVICE_NAME, value=cleaned))
        self.context.device_name = cleaned

    def set_folder(self, folder: Path | None) -> None:
        with self.context.db.write() as session:
            state = session.get(LocalState, SYNC_FOLDER)
            if folder is None:
                if state is not None:
                    session.delete(state)
            else:
                session.merge(LocalState(key=SYNC_FOLDER, value=str(Path(folder).expanduser())))

    def _require_team(self) -> bytes:
        key = self._team_key()
        if key is None:
            raise UserError(
                "Den här datorn är inte med i något lag ännu: skapa ett lag eller gå med "
                "med lagkoden först."
            )
        return key

    # -- writing ---------------------------------------------------------------------------------

    def export_bundle(self, target: Path, keep_if_unchanged: bool = False) -> ExportResult:
        """Write everything this laptop knows to `target` (whole or not at all).

        With `keep_if_unchanged`, a bundle with the same rows as the one last written to
        `target` is not rewritten: the other laptops then pass the file over unread.
        """
        key = self._require_team()
        target = Path(target).expanduser()
        warnings: list[str] = []
        repaired = 0
        if clock_set_back(self.context):  # rare: no write transaction on every export
            with self.context.db.write_core() as connection:
                repaired = repair_own_clock(connection, self.context)
        if repaired:
            warnings.append(
                f"Datorns klocka gick tidigare fel: {repaired} ändringar med för sent datum "
                "fick dagens tid."
            )
        created_at = self.context.now()
        built = build_bundle(
            self.context.db,
            team_key=key,
            team_id=team_id(key),
            device_id=self.context.device_id,
            device_name=self.context.device_name,
            schema_version=HEAD_REVISION,
            created_at=created_at,
        )
        visits = built.counts["visit"]
        records = sum(n for table, n in built.counts.items() if table in _RECORD_TABLES)
        written = json.loads(self._local(LAST_WRITTEN) or "{}")
        place = str(target.resolve())
        if keep_if_unchanged and target.exists() and written.get(place) == built.content_digest:
            return ExportResult(target, visits, records, target.stat().st_size, (), True)
        with replacing(target) as temporary:
            temporary.write_bytes(built.data)
        written[place] = built.content_digest
        with self.context.db.write_core() as connection:
            self._log(
                connection,
                direction="export",
                device_id=self.context.device_id,
                device_name=self.context.device_name,
                created_at=created_at,
                digest=hashlib.sha256(built.data).hexdigest(),
                file_name=target.name,
                counts=(visits, records, 0, 0, 0),
                warnings=warnings,
            )
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                (LAST_WRITTEN, json.dumps(written, ensure_ascii=False)),
            )
        return ExportResult(target, visits, records, len(built.data), tuple(warnings))

    # -- reading ---------------------------------------------------------------------------------

    def _read(self, path: Path) -> bytes:
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

    def import_file(self, path: Path) -> ImportResult:
        """Import one bundle; a refusal raises one sentence and changes nothing."""
        key = self._require_team()
        self._backup_due = True
        name = Path(path).name
        try:
            return self._import(self._read(path), name, key)
        except UserError:
            raise
        except Exception as error:  # a hostile file must not end in a traceback
            raise _unreadable(name, error) from None

    def _already_imported(self, digest: str, file_name: str) -> ImportResult | None:
        with self.context.db.read() as session:
            earlier = session.scalars(
                select(SyncLog)
                .where(SyncLog.digest == digest, SyncLog.direction == "import")
                .limit(1)
            ).first()
        if earlier is None:
            return None
        return ImportResult(
            file_name, earlier.device_id, earlier.device_name, earlier.bundle_created_at, True
        )

    def _import(
        self,
        data: bytes,
        file_name: str,
        key: bytes,
        seen: tuple[Path, str, int, int] | None = None,
    ) -> ImportResult:
        digest = hashlib.sha256(data).hexdigest()
        earlier = self._already_imported(digest, file_name)
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
        seen: tuple[Path, str, int, int] | None,
    ) -> ImportResult:
        bundle = read_bundle(data, file_name, key, team_id(key), digest)
        check_values(bundle, file_name, self.context.db)  # before the clock guard reads its stamps
        newest = check_clock(bundle, file_name, self.context.now())
        if self._backup_due and self._before_import is not None:
            self._before_import()
            self._backup_due = False
        manifest = bundle.manifest
        now = self.context.now()
        try:
            with self.context.db.write_core() as connection:
                counts = merge_bundle(connection, bundle)
                if newest is not None:
                    remember_observed(connection, self.context, newest)
                names = self._device_names(connection)
                names[manifest.device_id] = manifest.device_name
                conflicts = self._keep_conflicts(connection, counts.lost_edits, now, names)
                totals = (
                    counts.visits_new,
                    counts.records_new,
                    counts.records_updated,
                    counts.records_unchanged,
                    len(conflicts),
                )
                self._log(
                    connection,
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
                    self._audit_import(connection, now, manifest, file_name, counts, conflicts)
                if seen is not None:
                    self._remember_seen(connection, *seen)
        except IntegrityError:
            raise BundleRefused(
                f"”{file_name}” hänvisar till uppgifter som varken finns i filen eller på den "
                "här datorn; inget lästes in."
            ) from None
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

    def _audit_import(
        self,
        connection: Connection,
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
                device_id=self.context.device_id,
                actor=self.context.actor,
                action="import",
                entity="sync",
                entity_id=manifest.device_id,
                before=None,
                after=json.dumps(after, ensure_ascii=False),
            )
        )

    # -- the shared folder -----------------------------------------------------------------------

    def sync_folder(self, folder: Path | None = None) -> FolderSyncResult:
        """Import every other laptop's bundle in `folder`, then write this laptop's own there."""
        key = self._require_team()
        chosen = folder if folder is not None else self.status().folder
        if chosen is None:
            raise UserError("Välj först en mapp att synka genom.")
        chosen = Path(chosen).expanduser()
        if not chosen.is_dir():
            raise UserError(f"Mappen ”{chosen}” finns inte (är minnet eller nätverket anslutet?).")
        own_suffix = f"-{self.context.device_id[:8]}{FILE_SUFFIX}"
        seen = self._seen_files(chosen)
        self._backup_due = True
        imported: list[ImportResult] = []
        recognised: list[str] = []
        skipped: list[SkippedFile] = []
        for path in sorted(chosen.glob(f"*{FILE_SUFFIX}")):
            if path.name.startswith(".") or path.name.endswith(own_suffix):
                continue  # a file still being written, or this laptop's own
            try:
                stat = path.lstat()  # a link is read as nothing but a refusal (bundle_file)
            except OSError:
                continue  # gone since the listing: another laptop is replacing it
            if seen.get(path.name) == [stat.st_size, stat.st_mtime_ns]:
                recognised.append(path.name)
                continue
            marker = (chosen, path.name, stat.st_size, stat.st_mtime_ns)
            try:
                result = self._import(self._read(path), path.name, key, marker)
            except BundleIncomplete as refusal:
                skipped.append(SkippedFile(path.name, str(refusal), retried=True))
                continue
            except UserError as refusal:
                skipped.append(SkippedFile(path.name, str(refusal), retried=False))
                continue
            except Exception as error:  # one bad file ends neither the sync nor this laptop's own
                skipped.append(SkippedFile(path.name, str(_unreadable(path.name, error)), False))
                continue
            if result.already_imported:
                recognised.append(path.name)
                with self.context.db.write_core() as connection:
                    self._remember_seen(connection, *marker)
            else:
                imported.append(result)
        own = chosen / bundle_file_name(self.context.device_name, self.context.device_id)
        written = self.export_bundle(own, keep_if_unchanged=True)
        for stale in chosen.glob(f"*{own_suffix}"):
            if stale != own:  # written under an earlier name of this laptop
                stale.unlink(missing_ok=True)
        return FolderSyncResult(chosen, tuple(imported), tuple(recognised), tuple(skipped), written)

    def _seen_files(self, folder: Path) -> dict[str, list[int]]:
        memo = json.loads(self._local(SEEN_FILES) or "{}")
        return memo.get(str(folder.resolve()), {})

    def _remember_seen(
        self, connection: Connection, folder: Path, name: str, size: int, mtime_ns: int
    ) -> None:
        row = connection.execute(select(LocalState.value).where(LocalState.key == SEEN_FILES))
        memo = json.loads(row.scalar() or "{}")
        memo.setdefault(str(folder.resolve()), {})[name] = [size, mtime_ns]
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
            (SEEN_FILES, json.dumps(memo, ensure_ascii=False)),
        )

    # -- bookkeeping -----------------------------------------------------------------------------

    def _log(
        self,
        connection: Connection,
        *,
        direction: str,
        device_id: str,
        device_name: str,
        created_at: dt.datetime,
        digest: str,
        file_name: str,
        counts: tuple[int, int, int, int, int],
        warnings: list[str],
    ) -> None:
        visits_new, records_new, records_updated, records_unchanged, conflicts = counts
        connection.execute(
            insert(SyncLog).values(
                id=new_id(),
                at=self.context.now(),
                direction=direction,
                device_id=device_id,
                device_name=device_name,
                bundle_created_at=created_at,
                digest=digest,
                file_name=file_name,
                visits_new=visits_new,
                records_new=records_new,
                records_updated=records_updated,
                records_unchanged=records_unchanged,
                conflicts=conflicts,
                warnings=json.dumps(warnings, ensure_ascii=False),
            )
        )

    def _device_names(self, connection: Connection) -> dict[str, str]:
        rows = connection.execute(
            select(SyncLog.device_id, SyncLog.device_name).order_by(SyncLog.at)
        )
        names = {device_id: name for device_id, name in rows}
        names[self.context.device_id] = self.context.device_name
        return names

    def _keep_conflicts(
        self,
        connection: Connection,
        lost_edits: Iterable[LostEdit],
        now: dt.datetime,
        names: dict[str, str],
    ) -> list[ConflictView]:
        """Store each lost edit once; returns those not known before."""
        kept: list[ConflictView] = []
        for edit in lost_edits:
            row = {
                "id": new_id(),
                "found_at": now,
                "table_name": edit.table,
                "record_id": edit.record_id,
                "lost_hlc": edit.lost["hlc"],
                "lost_device_id": edit.lost["device_id"],
                "lost_values": json.dumps(edit.lost, ensure_ascii=False),
                "won_hlc": edit.won["hlc"],
                "won_device_id": edit.won["device_id"],
                "won_values": json.dumps(edit.won, ensure_ascii=False),
                "seen": False,
            }
            result = connection.execute(insert(SyncConflict).prefix_with("OR IGNORE").values(row))
            if result.rowcount:
                kept.append(self._conflict_view(row, names))
        return kept

    @staticmethod
    def _conflict_view(row: dict[str, Any], names: dict[str, str]) -> ConflictView:
        def name(device_id: str) -> str:
            return names.get(device_id, device_id[:8])

        return ConflictView(
            id=row["id"],
            found_at=row["found_at"],
            entity=row["table_name"],
            record_id=row["record_id"],
            lost_device=name(row["lost_device_id"]),
            lost_at=_moment_of(row["lost_hlc"]),
            won_device=name(row["won_device_id"]),
            won_at=_moment_of(row["won_hlc"]),
            lost_values=json.loads(row["lost_values"]),
            won_values=json.loads(row["won_values"]),
            seen=bool(row["seen"]),
        )

    def conflicts(self, include_seen: bool = True) -> list[ConflictView]:
        """Edits that lost a conflict, newest first."""
        with self.context.db.read() as session:
            connection = session.connection()
            names = self._device_names(connection)
            query = select(SyncConflict).order_by(SyncConflict.found_at.desc())
            if not include_seen:
                query = query.where(SyncConflict.seen.is_(False))
            rows = [
                {column.key: getattr(conflict, column.key) for column in SyncConflict.__table__.c}
                for conflict in session.scalars(query)
            ]
        return [self._conflict_view(row, names) for row in rows]

    def unseen_count(self) -> int:
        """How many conflicts nobody has marked as seen: one count query (asked at every change)."""
        with self.context.db.read() as session:
            query = (
                select(func.count()).select_from(SyncConflict).where(SyncConflict.seen.is_(False))
            )
            return session.scalar(query) or 0

    def mark_seen(self, conflict_ids: Iterable[str]) -> None:
        ids = list(conflict_ids)
        with self.context.db.write_core() as connection:
            connection.execute(
                update(SyncConflict).where(SyncConflict.id.in_(ids)).values(seen=True)
            )

    def _exchanges(self, latest_only: bool, limit: int | None = None) -> list[PeerStatus]:
        query = select(SyncLog).order_by(SyncLog.at.desc())
        if limit is not None:
            query = query.limit(limit)
        with self.context.db.read() as session:
            entries = list(session.scalars(query))
        found: list[PeerStatus] = []
        devices: set[str] = set()
        for entry in entries:
            if latest_only and entry.device_id in devices:
                continue
            devices.add(entry.device_id)
            found.append(
                PeerStatus(
                    device_id=entry.device_id,
                    device_name=entry.device_name,
                    is_this_laptop=entry.direction == "export",
                    last_at=entry.at,
                    bundle_created_at=entry.bundle_created_at,
                    visits_new=entry.visits_new,
                    records_new=entry.records_new,
                    records_updated=entry.records_updated,
                    conflicts=entry.conflicts,
                    file_name=entry.file_name,
                )
            )
        return found

    def peers(self) -> list[PeerStatus]:
        """The last exchange with each laptop: its last bundle imported, and this laptop's own
        last bundle written."""
        return self._exchanges(latest_only=True)

    def recent(self, limit: int = 30) -> list[PeerStatus]:
        """The latest exchanges of any kind, newest first: what came in, and when."""
        return self._exchanges(latest_only=False, limit=limit)
