"""This laptop's chain in a shared folder: a snapshot and the segments written since.

    <name>-<id8>.000120-alla.vhsync  the snapshot: everything, covering segments up to 120
    <name>-<id8>.000123.vhsync       segment 123: every row written here since segment 122

(A file `<name>-<id8>.vhsync` is the one bundle of a laptop of an earlier version.) What a
snapshot covers is in its name, so a reader knows whether it needs it without opening it.

At each sync the journal's rows (journal.py) become the next segment; nothing changed, nothing
is written. The first write into a folder is a snapshot alone. When the segments since the
snapshot have grown to a quarter of its size (and past COMPACT_FLOOR), or to COMPACT_AFTER
files, or the laptop was renamed, a new snapshot is written and the segments older than the
previous snapshot are deleted: a laptop that was away a while still finds the segments it
lacks, and one away for longer reads the snapshot.

A segment's number is reserved before its file is written and the journal trimmed only after,
so a crash in between costs a segment written again, never rows that no segment holds.
"""

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from vanskapshuset.messages.text import Message
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.sync.bundle_format import FILE_SUFFIX
from vanskapshuset.sync.bundle_writer import BundleChain, TableRows
from vanskapshuset.sync.export import log_written, repair_clock_first, write_to
from vanskapshuset.sync.journal import (
    SEGMENT,
    SNAPSHOT,
    chain_of,
    chain_state,
    journal_end,
    segment_tables,
    snapshot_tables,
    trim_journal,
    trim_journal_in_steps,
    write_chain,
)
from vanskapshuset.sync.results import ExportResult

COMPACT_AFTER = 200  # segment files since the snapshot
COMPACT_SHARE = 4  # … or their bytes a quarter of the snapshot's,
COMPACT_FLOOR = 256_000  # and more than this: a small team's snapshot is cheap to read anyway
_SNAPSHOT_MARK = "-alla"
_NAME = re.compile(
    r"(?P<name>.*)-(?P<id8>[0-9A-Za-z]{8})(?:\.(?P<seq>\d{6,12})(?P<all>-alla)?)?"
    + re.escape(FILE_SUFFIX)
)


@dataclass
class LaptopFiles:
    """One laptop's files in the folder, by the id in their names."""

    snapshot: Path | None = None
    covers: int | None = None  # the segments the snapshot covers; None: an earlier version's
    segments: dict[int, Path] = field(default_factory=dict)


def parse_name(name: str) -> tuple[str, int | None, bool] | None:
    """(id8, number, whether a snapshot) of a chain file's name, or None. A snapshot's number
    is the last segment it covers (None for an earlier version's one bundle)."""
    found = _NAME.fullmatch(name)
    if found is None:
        return None
    seq = found.group("seq")
    snapshot = seq is None or found.group("all") is not None
    return found.group("id8"), None if seq is None else int(seq), snapshot


def readable_name(device_name: str) -> str:
    readable = re.sub(r"[^\w]+", "-", device_name, flags=re.UNICODE).strip("-") or "dator"
    return readable[:40]


def own_prefix(device_name: str, device_id: str) -> str:
    """The start of this laptop's file names: readable, and unique by the device id."""
    return f"{readable_name(device_name)}-{device_id[:8]}"


def snapshot_name(device_name: str, device_id: str, covers: int) -> str:
    return f"{own_prefix(device_name, device_id)}.{covers:06d}{_SNAPSHOT_MARK}{FILE_SUFFIX}"


def segment_name(device_name: str, device_id: str, seq: int) -> str:
    return f"{own_prefix(device_name, device_id)}.{seq:06d}{FILE_SUFFIX}"


def laptop_files(folder: Path) -> tuple[dict[str, LaptopFiles], list[Path]]:
    """The chain files of each laptop in `folder`, and other bundle files (renamed by hand)."""
    chains: dict[str, LaptopFiles] = {}
    others: list[Path] = []
    for path in sorted(folder.glob(f"*{FILE_SUFFIX}")):
        if path.name.startswith("."):
            continue  # a file still being written
        parsed = parse_name(path.name)
        if parsed is None:
            others.append(path)
            continue
        id8, seq, snapshot = parsed
        files = chains.setdefault(id8, LaptopFiles())
        if not snapshot:
            files.segments[seq or 0] = path
        elif files.snapshot is None or (seq or 0) > (files.covers or 0):
            # Two snapshots (one being replaced): the one covering more counts.
            files.snapshot, files.covers = path, seq
    return chains, others


def file_size(path: Path) -> int:
    """The size of a file in the shared folder, 0 if it is gone since the listing."""
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def write_own(context: ServiceContext, key: bytes, folder: Path) -> ExportResult:
    """Bring this laptop's chain in `folder` up to date; see the module's docstring."""
    warnings = repair_clock_first(context)
    chains, _others = laptop_files(folder)
    mine = _regular(chains.get(context.device_id[:8], LaptopFiles()))
    place = str(folder.resolve())
    with context.db.read() as session:
        state = chain_state(session.connection())
    kept: dict[str, Any] = state.get("folders", {}).get(place, {})
    if mine.snapshot is None or not kept:
        return _first_snapshot(context, key, folder, mine, warnings)
    written = _segment(context, key, folder, mine, warnings)
    renamed = not mine.snapshot.name.startswith(
        own_prefix(context.device_name, context.device_id) + "."
    )
    with context.db.read() as session:  # as the segment just written left it
        state = chain_state(session.connection())
    if renamed or _snapshot_due(state, place, mine):
        compacted = _compact(context, key, folder)
        return written or compacted
    if written is None:
        snapshot = mine.snapshot
        return ExportResult(snapshot, 0, 0, file_size(snapshot), tuple(warnings), unchanged=True)
    return written


def _regular(files: LaptopFiles) -> LaptopFiles:
    """Only this laptop's real files count as written (a folder or link named like one of its
    files, put there by someone else, is not one)."""

    def real(path: Path) -> bool:
        try:
            return stat.S_ISREG(path.lstat().st_mode)
        except OSError:
            return False  # gone since the listing

    segments = {seq: path for seq, path in files.segments.items() if real(path)}
    if files.snapshot is not None and not real(files.snapshot):
        return LaptopFiles(None, None, segments)
    return LaptopFiles(files.snapshot, files.covers, segments)


def _reserve(context: ServiceContext, mine: LaptopFiles) -> int:
    """The next segment number, recorded before anything is written under it. A number whose
    file never got written (a crash) is used again: no reader can have seen it. One whose file
    is there (a crash after writing it) is not: a reader may have taken that file in."""
    with context.db.write_core() as connection:
        state = chain_state(connection)
        pending = state.get("pending")
        if pending is not None and pending not in mine.segments and pending != mine.covers:
            return int(pending)
        seq = max([int(state.get("seq", 0)), mine.covers or 0, *mine.segments]) + 1
        state.update(seq=seq, pending=seq)
        write_chain(connection, state)
    return seq


def _settle(
    connection: Connection, upto: int, place: str, segment_bytes: int = 0, **folder: int
) -> None:
    """After a file is written: the journal it holds is trimmed, the number confirmed, and the
    folder's memo (what the snapshot covers, the bytes of segments since) updated."""
    trim_journal(connection, upto)
    state = chain_state(connection)
    state.pop("pending", None)
    kept = state.setdefault("folders", {}).setdefault(place, {})
    kept.update(folder)
    kept["segment_bytes"] = int(kept.get("segment_bytes", 0)) + segment_bytes
    write_chain(connection, state)


def _first_snapshot(
    context: ServiceContext, key: bytes, folder: Path, mine: LaptopFiles, warnings: list[Message]
) -> ExportResult:
    """The first write into a folder: a snapshot alone, under a new number (it holds every row
    the journal holds, so a reader that took it in needs no segment before it)."""
    seq = _reserve(context, mine)
    end = 0

    def contents(connection: Connection) -> tuple[list[TableRows], BundleChain]:
        nonlocal end
        end = journal_end(connection)
        return snapshot_tables(connection), chain_of(connection, SNAPSHOT, seq)

    target = folder / snapshot_name(context.device_name, context.device_id, seq)
    written, _chain, created_at = write_to(context, key, target, contents)
    _remove_stale(context, folder, keep=target)
    trim_journal_in_steps(context.db, end)
    with context.db.write_core() as connection:
        _forget_segment_bytes(connection, folder)
        _settle(
            connection,
            end,
            str(folder.resolve()),
            covers=seq,
            before=seq,
            snapshot_bytes=written.size,
        )
        return log_written(connection, context, target, written, created_at, warnings)


def _forget_segment_bytes(connection: Connection, folder: Path) -> None:
    state = chain_state(connection)
    state.get("folders", {}).get(str(folder.resolve()), {})["segment_bytes"] = 0
    write_chain(connection, state)


def _segment(
    context: ServiceContext, key: bytes, folder: Path, mine: LaptopFiles, warnings: list[Message]
) -> ExportResult | None:
    """The journal's rows as the next segment; None when the journal is empty."""
    with context.db.read() as session:
        if journal_end(session.connection()) == 0:
            return None
    seq = _reserve(context, mine)
    end = 0

    def contents(connection: Connection) -> tuple[list[TableRows], BundleChain]:
        nonlocal end
        end = journal_end(connection)
        return segment_tables(connection, end), chain_of(connection, SEGMENT, seq)

    target = folder / segment_name(context.device_name, context.device_id, seq)
    written, _chain, created_at = write_to(context, key, target, contents)
    mine.segments[seq] = target
    trim_journal_in_steps(context.db, end)
    with context.db.write_core() as connection:
        _settle(connection, end, str(folder.resolve()), segment_bytes=written.size)
        return log_written(connection, context, target, written, created_at, warnings)


def _snapshot_due(state: dict[str, Any], place: str, mine: LaptopFiles) -> bool:
    """Whether a new snapshot is due in the folder `place`, from the chain's memo: the segments
    since the snapshot are many or large, or one of them is missing from the folder (lost by a
    cloud service, deleted by hand, or written into another folder), which readers would wait
    for for ever."""
    kept = state.get("folders", {}).get(place, {})
    covers = int(kept.get("covers", 0))
    since = [seq for seq in mine.segments if seq > covers]
    grown = int(kept.get("segment_bytes", 0))
    large = grown > COMPACT_FLOOR and grown * COMPACT_SHARE > int(kept.get("snapshot_bytes", 0))
    gap = any(seq not in mine.segments for seq in range(covers + 1, int(state.get("seq", 0)) + 1))
    return len(since) >= COMPACT_AFTER or large or gap


def _compact(context: ServiceContext, key: bytes, folder: Path) -> ExportResult:
    """A new snapshot covering the last segment; the segments the previous snapshot covered go."""
    place = str(folder.resolve())
    with context.db.read() as session:  # only this laptop's sync moves it on
        covered = int(chain_state(session.connection()).get("seq", 0))

    def contents(connection: Connection) -> tuple[list[TableRows], BundleChain]:
        return snapshot_tables(connection), chain_of(connection, SNAPSHOT, covered)

    target = folder / snapshot_name(context.device_name, context.device_id, covered)
    written, _chain, created_at = write_to(context, key, target, contents)
    with context.db.write_core() as connection:
        state = chain_state(connection)
        kept = state.setdefault("folders", {}).setdefault(place, {})
        before = int(kept.get("covers", 0))
        kept.update(covers=covered, before=before, snapshot_bytes=written.size, segment_bytes=0)
        write_chain(connection, state)
        result = log_written(connection, context, target, written, created_at, [])
    _remove_stale(context, folder, keep=target, segments_upto=before)
    return result


def _remove_stale(
    context: ServiceContext, folder: Path, keep: Path, segments_upto: int = 0
) -> None:
    """This laptop's snapshots under an earlier name, and segments no reader needs any more
    (those the snapshot before the current one covered)."""
    own = context.device_id[:8]
    for path in folder.glob(f"*-{own}*{FILE_SUFFIX}"):
        parsed = parse_name(path.name)
        if parsed is None or parsed[0] != own or path == keep:
            continue
        _id8, seq, snapshot = parsed
        if snapshot or (seq or 0) <= segments_upto:
            path.unlink(missing_ok=True)
