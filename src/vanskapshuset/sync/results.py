"""What sync reports back: plain data for the Synk page and the command line."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vanskapshuset.messages.text import Message


@dataclass(frozen=True)
class TeamStatus:
    in_team: bool
    team_id: str | None
    code: str | None  # the team code to read out, type or print; None outside a team
    device_id: str
    device_name: str
    folder: Path | None  # the shared folder chosen on this laptop


@dataclass(frozen=True)
class ConflictView:
    """An edit that lost to another edit of the same record made side by side."""

    id: str
    found_at: dt.datetime
    entity: str  # the table: "activity", "site", "setting", …
    record_id: str
    lost_device: str  # the laptop's name (or its short id, if never seen by name)
    lost_at: dt.datetime  # when the losing edit was made, by its laptop's clock
    won_device: str
    won_at: dt.datetime
    lost_values: dict[str, Any]  # the record's columns as each side had them
    won_values: dict[str, Any]
    seen: bool


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    device_id: str
    device_name: str
    created_at: dt.datetime  # when the bundle was written, by its laptop's clock
    already_imported: bool  # the same file was imported before: nothing was read or changed
    visits_new: int = 0
    visits_known: int = 0
    records_new: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    conflicts: tuple[ConflictView, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    visits: int
    records: int
    size_bytes: int
    warnings: tuple[Message, ...] = ()  # said to the person (a repaired clock)
    unchanged: bool = False  # nothing changed since this laptop's last bundle there: not rewritten


@dataclass(frozen=True)
class SkippedFile:
    file_name: str
    reason: Message  # one sentence: why it was not read
    retried: bool  # True: looked incomplete, tried again at the next sync


@dataclass(frozen=True)
class FolderSyncResult:
    folder: Path
    imported: tuple[ImportResult, ...]  # bundles read in this time
    recognised: tuple[str, ...]  # file names already imported before, passed over quickly
    skipped: tuple[SkippedFile, ...]
    written: ExportResult


@dataclass(frozen=True)
class PeerStatus:
    """The last exchange with one laptop (or this laptop's own last bundle)."""

    device_id: str
    device_name: str
    is_this_laptop: bool
    last_at: dt.datetime  # when the last bundle was imported (or written, for this laptop)
    bundle_created_at: dt.datetime
    visits_new: int
    records_new: int
    records_updated: int
    conflicts: int
    file_name: str
