"""Sync without a server, as the window and the command line see it: one facade over the team
(team.py), writing (export.py), importing (importing.py), the shared folder (folder_sync.py),
conflicts (conflicts.py) and the exchange log (exchanges.py)."""

from collections.abc import Callable, Iterable
from pathlib import Path

from vanskapshuset.messages import access as locked
from vanskapshuset.services.access import CoordinatorAccess
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.sync import conflicts, exchanges
from vanskapshuset.sync.bundle_format import MAX_BUNDLE_BYTES
from vanskapshuset.sync.export import export_bundle
from vanskapshuset.sync.folder_sync import sync_folder
from vanskapshuset.sync.importing import Importer
from vanskapshuset.sync.results import (
    ConflictView,
    ExportResult,
    FolderSyncResult,
    ImportResult,
    PeerStatus,
    TeamStatus,
)
from vanskapshuset.sync.team import Team


class SyncService:
    def __init__(
        self,
        context: ServiceContext,
        max_bundle_bytes: int = MAX_BUNDLE_BYTES,
        before_import: Callable[[], object] | None = None,
        access: CoordinatorAccess | None = None,
    ) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)
        self.max_bundle_bytes = max_bundle_bytes
        self._team = Team(context)
        # Keeps whether this run's backup is made, so one importer for the service's life.
        self._importer = Importer(context, max_bundle_bytes, before_import)

    # -- the team ------------------------------------------------------------------------------

    def status(self) -> TeamStatus:
        return self._team.status()

    def create_team(self, device_name: str | None = None) -> TeamStatus:
        """Make a new team on this laptop (the coordinator's); others join with its code."""
        self.access.require_coordinator(locked.CREATE_TEAM)
        return self._team.create(device_name)

    def join_team(self, code: str, device_name: str | None = None) -> TeamStatus:
        return self._team.join(code, device_name)

    def leave_team(self) -> None:
        """Forget the team key (the data stays); bundles are then neither written nor read."""
        self.access.require_coordinator(locked.LEAVE_TEAM)
        self._team.leave()

    def rename_device(self, name: str) -> None:
        self._team.rename_device(name)

    def set_folder(self, folder: Path | None) -> None:
        self._team.set_folder(folder)

    # -- bundles ---------------------------------------------------------------------------------

    def export_bundle(self, target: Path) -> ExportResult:
        """Write everything this laptop knows to `target` (see export.export_bundle)."""
        return export_bundle(self.context, self._team.require_key(), target)

    def import_file(self, path: Path) -> ImportResult:
        """Import one bundle; a refusal raises one sentence and changes nothing."""
        return self._importer.import_file(path, self._team.require_key())

    def sync_folder(self, folder: Path | None = None) -> FolderSyncResult:
        """Take in what the other laptops' files in `folder` (or the chosen one) hold that this
        laptop lacks, then bring this laptop's own files there up to date."""
        key = self._team.require_key()
        chosen = folder if folder is not None else self._team.status().folder
        return sync_folder(self.context, self._importer, key, chosen)

    # -- conflicts and exchanges -----------------------------------------------------------------

    def conflicts(self, include_seen: bool = True) -> list[ConflictView]:
        """Edits that lost a conflict, newest first."""
        return conflicts.list_conflicts(self.context, include_seen)

    def unseen_count(self) -> int:
        """How many conflicts nobody has marked as seen."""
        return conflicts.unseen_count(self.context)

    def mark_seen(self, conflict_ids: Iterable[str]) -> None:
        self.access.require_coordinator(locked.CONFLICTS_SEEN)
        conflicts.mark_seen(self.context, conflict_ids)

    def peers(self) -> list[PeerStatus]:
        """The last exchange with each laptop, and this laptop's own last bundle written."""
        return exchanges.peers(self.context)

    def recent(self, limit: int = 30) -> list[PeerStatus]:
        """The latest exchanges of any kind, newest first."""
        return exchanges.recent(self.context, limit)
