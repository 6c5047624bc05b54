"""Syncing through a shared folder: read every other laptop's file, then write this one's own."""

import re
from pathlib import Path

from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.sync.bundle_format import FILE_SUFFIX
from vanskapshuset.sync.bundle_reader import BundleIncomplete
from vanskapshuset.sync.export import export_bundle
from vanskapshuset.sync.importing import Importer, unreadable
from vanskapshuset.sync.results import FolderSyncResult, ImportResult, SkippedFile
from vanskapshuset.sync.seen_files import remember_seen, seen_files


def bundle_file_name(device_name: str, device_id: str) -> str:
    """This laptop's file in a shared folder: readable, and unique by the device id."""
    readable = re.sub(r"[^\w]+", "-", device_name, flags=re.UNICODE).strip("-") or "dator"
    return f"{readable[:40]}-{device_id[:8]}{FILE_SUFFIX}"


def sync_folder(
    context: ServiceContext, importer: Importer, key: bytes, folder: Path | None
) -> FolderSyncResult:
    """Import every other laptop's bundle in `folder`, then write this laptop's own there."""
    if folder is None:
        raise UserError("Välj först en mapp att synka genom.")
    chosen = Path(folder).expanduser()
    if not chosen.is_dir():
        raise UserError(f"Mappen ”{chosen}” finns inte (är minnet eller nätverket anslutet?).")
    own_suffix = f"-{context.device_id[:8]}{FILE_SUFFIX}"
    seen = seen_files(context, chosen)
    importer.start_run()
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
            result = importer.import_data(importer.read(path), path.name, key, marker)
        except BundleIncomplete as refusal:
            skipped.append(SkippedFile(path.name, str(refusal), retried=True))
            continue
        except UserError as refusal:
            skipped.append(SkippedFile(path.name, str(refusal), retried=False))
            continue
        except Exception as error:  # one bad file ends neither the sync nor this laptop's own
            skipped.append(SkippedFile(path.name, str(unreadable(path.name, error)), False))
            continue
        if result.already_imported:
            recognised.append(path.name)
            with context.db.write_core() as connection:
                remember_seen(connection, *marker)
        else:
            imported.append(result)
    own = chosen / bundle_file_name(context.device_name, context.device_id)
    written = export_bundle(context, key, own, keep_if_unchanged=True)
    for stale in chosen.glob(f"*{own_suffix}"):
        if stale != own:  # written under an earlier name of this laptop
            stale.unlink(missing_ok=True)
    return FolderSyncResult(chosen, tuple(imported), tuple(recognised), tuple(skipped), written)
