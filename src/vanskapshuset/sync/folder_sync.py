"""Syncing through a shared folder: take in what each other laptop's chain holds that this one
lacks, then bring this laptop's own chain up to date (chain_writer.py).

For each other laptop, by the id in its file names: the segments after the last one held here
are read in order; its snapshot only when no segment goes on from there and the snapshot covers
more (a laptop new to this one, or segments compacted away or lost). A file passed over costs a
name in a listing; a bundle file without a chain's number (an earlier version's, or one put
there by hand) is read once and then recognised by its size and time. One bad file is reported
and skipped, and that laptop's later segments wait for it; every other laptop's files are still
read, and this laptop's own chain is still written.
"""

from collections.abc import Callable
from pathlib import Path

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import sync as said
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.sync.bundle_format import FILE_SUFFIX
from vanskapshuset.sync.bundle_reader import BundleIncomplete, BundleRefused, Manifest
from vanskapshuset.sync.chain_writer import (
    LaptopFiles,
    file_size,
    laptop_files,
    own_prefix,
    write_own,
)
from vanskapshuset.sync.importing import Importer
from vanskapshuset.sync.journal import SEGMENT, progress
from vanskapshuset.sync.results import FolderSyncResult, ImportResult, SkippedFile
from vanskapshuset.sync.seen_files import seen_files


def bundle_file_name(device_name: str, device_id: str) -> str:
    """This laptop's whole bundle saved as one file (on a USB stick, say)."""
    return own_prefix(device_name, device_id) + FILE_SUFFIX


class _Run:
    def __init__(self, context: ServiceContext, importer: Importer, key: bytes, folder: Path):
        self.context = context
        self.importer = importer
        self.key = key
        self.folder = folder
        self.seen = seen_files(context, folder)
        self.imported: list[ImportResult] = []
        self.recognised: list[str] = []
        self.skipped: list[SkippedFile] = []

    def held(self, id8: str) -> int:
        """The last segment of the laptop with id `id8…` held here (0: nothing yet)."""
        with self.context.db.read() as session:
            found = progress(session.connection())
        return max((seq for device, seq in found.items() if device.startswith(id8)), default=0)

    def take(self, path: Path, expect: tuple[str, int] | None = None) -> bool:
        """Import one file; False if it was skipped (the reason is kept)."""
        try:
            stat = path.lstat()  # a link is read as nothing but a refusal (bundle_file)
        except OSError:
            return False  # gone since the listing: its laptop is replacing it
        marker = (self.folder, path.name, stat.st_size, stat.st_mtime_ns)
        if expect is None and self.seen.get(path.name) == [stat.st_size, stat.st_mtime_ns]:
            self.recognised.append(path.name)
            return True
        check = None if expect is None else _matches(path.name, *expect)
        try:
            result = self.importer.import_path(path, self.key, marker, check)
        except BundleIncomplete as refusal:
            self.skipped.append(SkippedFile(path.name, refusal.message, retried=True))
            return False
        except UserError as refusal:
            self.skipped.append(SkippedFile(path.name, refusal.message, retried=False))
            return False
        if result.already_imported:
            self.recognised.append(path.name)
        else:
            self.imported.append(result)
        return True

    def laptop(self, id8: str, files: LaptopFiles) -> None:
        """Its segments after the last one held here, in order; its snapshot only where no
        segment goes on from there and the snapshot covers more (or is an earlier version's)."""
        held = self.held(id8)
        snapshot_tried = False
        while True:
            following = files.segments.get(held + 1)
            if following is not None:
                if not self.take(following, (id8, held + 1)):
                    return  # refused or incomplete: the later ones wait for it
            elif (
                files.snapshot is not None
                and not snapshot_tried
                and (files.covers is None or files.covers > held)
            ):
                snapshot_tried = True
                if not self.take(files.snapshot):
                    return
            else:
                return
            now_held = self.held(id8)
            if now_held == held and following is not None:
                return  # taken in but not counted (an earlier version's file): no loop
            held = now_held


def _matches(file_name: str, id8: str, seq: int) -> Callable[[Manifest], None]:
    def check(manifest: Manifest) -> None:
        chain = manifest.chain
        if (
            not manifest.device_id.startswith(id8)
            or chain is None
            or chain.kind != SEGMENT
            or chain.seq != seq
        ):
            raise BundleRefused(said.NOT_THE_NAMED_FILE(file=file_name))

    return check


def sync_folder(
    context: ServiceContext, importer: Importer, key: bytes, folder: Path | None
) -> FolderSyncResult:
    """Take in every other laptop's new files in `folder`, then write this laptop's own."""
    if folder is None:
        raise UserError(said.NO_FOLDER_CHOSEN)
    chosen = Path(folder).expanduser()
    if not chosen.is_dir():
        raise UserError(said.FOLDER_MISSING(folder=chosen))
    importer.start_run()
    run = _Run(context, importer, key, chosen)
    chains, others = laptop_files(chosen)
    own = context.device_id[:8]
    # The laptop with the largest snapshot first: a new laptop then holds most of what the
    # others' snapshots would bring, and reads only their segments since.
    order = sorted(
        (id8 for id8 in chains if id8 != own),
        key=lambda id8: -(file_size(snapshot) if (snapshot := chains[id8].snapshot) else 0),
    )
    for id8 in order:
        run.laptop(id8, chains[id8])
    for path in others:  # a bundle file put there by hand: read once, like a snapshot
        run.take(path)
    written = write_own(context, key, chosen)
    return FolderSyncResult(
        chosen, tuple(run.imported), tuple(run.recognised), tuple(run.skipped), written
    )
