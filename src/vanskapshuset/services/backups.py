"""Backups: made automatically and on demand, kept in rotation, restored while the app runs.

Personal data (DESIGN section 9): a copy in this laptop's backup folder holds the sign-ups the
database held, and every backup run (the day's first start, before a sync, by hand) deletes
the sign-ups past their retention date from every copy kept there, with secure_delete, so they
are gone from the files' bytes too. A copy in the second folder (a USB stick that may lie in a
drawer for months, out of reach of that purge) holds no sign-ups at all.
"""

from __future__ import annotations  # a method named `list` shadows the builtin

import builtins
import datetime as dt
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from vanskapshuset.domain.errors import StorageError, UserError
from vanskapshuset.domain.localtime import STOCKHOLM, local_date, to_local
from vanskapshuset.domain.settings_registry import SECOND_BACKUP_FOLDER
from vanskapshuset.messages import access as locked
from vanskapshuset.messages import backups as said
from vanskapshuset.messages.text import Message
from vanskapshuset.services.backup_rotation import Dated, to_keep
from vanskapshuset.services.backup_text import backup_refusal
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.live_database import LiveDatabase
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.services.signups import expired
from vanskapshuset.store.backup import (
    SUFFIX,
    UPGRADE_LABEL,
    Prepare,
    edit_copy,
    free_target,
    parse_backup_name,
    quick_check,
    read_copy,
    remove_copy,
    remove_stale_partials,
    replace_database,
    write_copy,
)
from vanskapshuset.store.models import Activity, LocalState, SignUp, Visit
from vanskapshuset.store.schema import KNOWN_REVISIONS

INFO_KEY = "backup_info"  # in a copy's local state: what it holds, read by `list` at no cost
SECOND_FOLDER = SECOND_BACKUP_FOLDER  # this laptop's own setting
RESTORING = ".vanskapshuset-restore.sqlite"
_FAULTS = (StorageError, OSError, sqlite3.Error, SQLAlchemyError)

log = logging.getLogger(__name__)


SYNC_COPY_EVERY = dt.timedelta(hours=1)  # at most one copy before a sync in this time


class BackupReason(StrEnum):
    """Why a copy was made; the value is the end of its file name."""

    DAILY = "dag"
    SYNC = "fore-synk"
    MANUAL = "manuell"
    UPGRADE = UPGRADE_LABEL  # + "-<revision>"
    RESTORE = "fore-aterstallning"


# Kept apart from the rotation, for a while (backup_rotation.KEEP_APART_DAYS).
APART = frozenset({BackupReason.UPGRADE, BackupReason.RESTORE})


def reason_of(label: str) -> BackupReason | None:
    """The reason at the end of a copy's name; None for a file that is not one of ours."""
    if label.startswith(f"{UPGRADE_LABEL}-"):
        return BackupReason.UPGRADE
    try:
        return BackupReason(label)
    except ValueError:
        return None


class SecondStatus(StrEnum):
    WRITTEN = "written"
    ABSENT = "absent"  # the folder is not there (a USB stick not plugged in): skipped
    FAILED = "failed"


@dataclass(frozen=True)
class SecondCopy:
    status: SecondStatus
    folder: Path
    problem: Message | None = None  # one sentence, when it failed


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    created_at: dt.datetime  # Swedish local time, from the name
    reason: BackupReason
    size: int  # bytes
    revision: str | None  # None: the file cannot be read
    visits: int | None
    activities: int | None
    second_copy: SecondCopy | None = None  # only from `create`, when a second folder is chosen


@dataclass(frozen=True)
class Restored:
    restored: BackupInfo  # the copy now in use
    kept: BackupInfo  # the data as it was just before, kept as a copy


def _local_naive(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, STOCKHOLM).replace(tzinfo=None)


def _counts(connection: Connection) -> tuple[int, int]:
    visits = connection.scalar(select(func.coalesce(func.sum(Visit.delta), 0)))
    activities = connection.scalar(
        select(func.count()).select_from(Activity).where(Activity.deleted.is_(False))
    )
    return int(visits or 0), int(activities or 0)


def without_expired(today: dt.date) -> Prepare:
    """A copy without the sign-ups past their retention date."""

    def prepare(connection: Connection) -> None:
        connection.execute(delete(SignUp).where(expired(today)))

    return prepare


def _describe(reason: BackupReason, today: dt.date) -> Prepare:
    """What a new copy gets: expired sign-ups out, and a note of what it holds."""

    def prepare(connection: Connection) -> None:
        without_expired(today)(connection)
        visits, activities = _counts(connection)
        note = {"reason": reason.value, "visits": visits, "activities": activities}
        connection.execute(
            insert(LocalState)
            .prefix_with("OR REPLACE")
            .values(key=INFO_KEY, value=json.dumps(note))
        )

    return prepare


def _without_signups(connection: Connection) -> None:
    connection.execute(delete(SignUp))


def _usable(path: Path, test: Callable[[Path], bool]) -> Path | None:
    """`path` made absolute (~ expanded) if it passes `test`; None for a path that does not, or
    that cannot even be looked up (an unknown ~user, a name too long, a zero byte)."""
    try:
        absolute = path.expanduser().absolute()
        return absolute if test(absolute) else None
    except (OSError, ValueError, RuntimeError):
        return None


class BackupService:
    def __init__(
        self,
        context: ServiceContext,
        settings: SettingsService,
        folder: Path,
        live: LiveDatabase,
    ) -> None:
        self.context = context
        self.settings = settings
        self.folder = folder
        self._live = live
        self._described: dict[tuple[str, int, int], BackupInfo] = {}

    # -- making copies ---------------------------------------------------------------------------

    def create(self, reason: BackupReason = BackupReason.MANUAL) -> BackupInfo:
        """A copy of the database now; then the rotation, and expired sign-ups out of every kept
        copy. A failure is one sentence and leaves no file behind."""
        now = self.context.now()
        today = local_date(now)
        target = free_target(self.folder, now, reason.value)
        try:
            write_copy(self.context.db.path, target, _describe(reason, today))
        except _FAULTS as error:
            log.warning("Backup %s failed", target.name, exc_info=True)
            raise backup_refusal(error, self.folder) from None
        self._maintain(self.folder, today, target.name, purge=True)
        second = self._second_copy(target, now, reason)
        return replace(self._info(target), second_copy=second)

    def daily(self) -> BackupInfo | None:
        """The day's first backup, unless there is one from today already (then it costs one
        folder listing)."""
        today = self.context.today()
        if any(not b.apart and b.moment.date() == today for b in self._ours(self.folder)):
            return None
        return self.create(BackupReason.DAILY)

    def before_sync(self) -> None:
        """A copy before a sync takes anything in, unless one was made before a sync less than
        SYNC_COPY_EVERY ago: a team syncs every few minutes and a sync brings kilobytes, while a
        copy of twenty years is 800 MB. A restore therefore goes back at most that far before
        the import it undoes."""
        now = to_local(self.context.now()).replace(tzinfo=None)
        for backup in self._ours(self.folder):
            parsed = parse_backup_name(backup.name)
            if (
                parsed is not None
                and reason_of(parsed.label) is BackupReason.SYNC
                and dt.timedelta(0) <= now - backup.moment < SYNC_COPY_EVERY
            ):
                return
        self.create(BackupReason.SYNC)

    def _second_copy(
        self, source: Path, now: dt.datetime, reason: BackupReason
    ) -> SecondCopy | None:
        chosen = self.second_folder()
        if chosen is None:
            return None
        if not chosen.is_dir():
            return SecondCopy(SecondStatus.ABSENT, chosen)
        folder = chosen / self._own_subfolder()
        target = free_target(folder, now, reason.value)
        try:
            write_copy(source, target, _without_signups)
        except _FAULTS as error:
            log.warning("The copy in the second folder %s failed", folder, exc_info=True)
            return SecondCopy(SecondStatus.FAILED, folder, backup_refusal(error, folder).message)
        # Its copies hold no sign-ups: nothing to purge there.
        self._maintain(folder, local_date(now), target.name, purge=False)
        return SecondCopy(SecondStatus.WRITTEN, folder)

    def _own_subfolder(self) -> str:
        """Several laptops may share one USB stick: each rotates only its own copies."""
        readable = re.sub(r"[^\w]+", "-", self.context.device_name).strip("-") or "dator"
        return f"Vanskapshuset-{readable[:40]}-{self.context.device_id[:8]}"

    def _maintain(self, folder: Path, today: dt.date, new: str, purge: bool) -> None:
        """Delete what the rotation does not keep (never the `new` copy, even with a clock set
        back), then sign-ups past their date in the rest. Never raises: the new copy is made;
        a file that cannot be handled is logged."""
        remove_stale_partials(folder)
        ours = self._ours(folder)
        keep = to_keep(ours, today) | {new}
        for backup in ours:
            if backup.name not in keep:
                try:
                    remove_copy(folder / backup.name)
                except OSError:
                    log.warning("Could not delete the old backup %s", backup.name, exc_info=True)
        if purge:
            for name in sorted(keep):
                self._purge_copy(folder / name, today)

    def _purge_copy(self, path: Path, today: dt.date) -> None:
        past = select(func.count()).select_from(SignUp).where(expired(today))
        try:
            with read_copy(path) as connection:
                if not connection.scalar(past):
                    return
            with edit_copy(path) as connection:
                without_expired(today)(connection)
        except _FAULTS:
            log.warning("Could not delete expired sign-ups in the backup %s", path, exc_info=True)

    # -- the second folder -----------------------------------------------------------------------

    def second_folder(self) -> Path | None:
        value = self.settings.get(SECOND_FOLDER)
        return None if value is None else Path(value)

    def set_second_folder(self, folder: Path | None) -> None:
        """A second place for every copy (a USB stick); None: no second place."""
        self.settings.access.require_coordinator(locked.BACKUP_FOLDER)
        if folder is None:
            self.settings.set(SECOND_FOLDER, None)
            return
        chosen = _usable(Path(folder), Path.is_dir)
        if chosen is None:
            raise UserError(said.SECOND_FOLDER_MISSING(folder=folder), field="folder")
        if chosen == self.folder.absolute():
            raise UserError(said.SECOND_FOLDER_SAME(), field="folder")
        self.settings.set(SECOND_FOLDER, str(chosen))

    # -- listing ---------------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every copy in the backup folder, newest first; one that cannot be read is listed
        with no revision and no counts."""
        ours = sorted(self._ours(self.folder), key=lambda b: (b.moment, b.number), reverse=True)
        return [self._info(self.folder / backup.name) for backup in ours]

    def _ours(self, folder: Path) -> builtins.list[Dated]:  # `list` is a method here
        """Our copies in `folder` (other files there are left alone), as the rotation sees them."""
        try:
            names = [path.name for path in folder.glob(f"*{SUFFIX}")]
        except OSError:
            return []
        found = []
        for name in names:
            parsed = parse_backup_name(name)
            reason = None if parsed is None else reason_of(parsed.label)
            if parsed is not None and reason is not None:
                found.append(Dated(name, parsed.moment, reason in APART, parsed.number))
        return found

    def _info(self, path: Path) -> BackupInfo:
        status = path.stat()
        key = (str(path), status.st_size, status.st_mtime_ns)
        known = self._described.get(key)
        if known is not None:
            return known
        parsed = parse_backup_name(path.name)
        moment = parsed.moment if parsed else _local_naive(status.st_mtime)
        revision, visits, activities = self._read_facts(path)
        info = BackupInfo(
            name=path.name,
            path=path,
            created_at=moment.replace(tzinfo=STOCKHOLM),
            reason=(reason_of(parsed.label) if parsed else None) or BackupReason.MANUAL,
            size=status.st_size,
            revision=revision,
            visits=visits,
            activities=activities,
        )
        self._described[key] = info
        return info

    @staticmethod
    def _read_facts(path: Path) -> tuple[str | None, int | None, int | None]:
        try:
            with read_copy(path) as connection:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
                note = connection.scalar(select(LocalState.value).where(LocalState.key == INFO_KEY))
                if note is not None:
                    facts = json.loads(note)
                    return revision, int(facts["visits"]), int(facts["activities"])
                # A copy made before an upgrade has no note: counted now (rare, and cached).
                return (revision, *_counts(connection))
        except (*_FAULTS, ValueError, KeyError, TypeError):
            log.warning("Could not read the backup %s", path, exc_info=True)
            return None, None, None

    # -- restoring -------------------------------------------------------------------------------

    def restore(self, name: str) -> Restored:
        """Put the copy `name` (in the backup folder, or a path to a file) in the place of the
        database: the data as it is now is kept as a copy first, and the running app carries on
        with the restored data. A refusal is one sentence and changes nothing."""
        self.settings.access.require_coordinator(locked.RESTORE_BACKUP)
        source = self._find(name)
        self._check_restorable(source, name)
        kept = self.create(BackupReason.RESTORE)
        staged = self.context.db.path.with_name(RESTORING)
        today = self.context.today()

        def prepare(connection: Connection) -> None:
            connection.execute(delete(LocalState).where(LocalState.key == INFO_KEY))
            without_expired(today)(connection)

        try:
            write_copy(source, staged, prepare)
            self._live.replaced(lambda live: replace_database(live, staged))
        except _FAULTS as error:
            log.warning("Restoring %s failed", source, exc_info=True)
            raise backup_refusal(error, self.folder, restoring=True) from None
        finally:
            remove_copy(staged)
        log.info("Restored the backup %s; the data before it is in %s", source, kept.name)
        return Restored(self._info(source), kept)

    def _find(self, name: str) -> Path:
        if Path(name).name == name:  # a bare name: one of the copies in the backup folder
            path = _usable(self.folder / name, Path.is_file)
            if parse_backup_name(name) is None or path is None:
                raise UserError(said.NO_SUCH_BACKUP(name=name), field="name")
            return path
        given = _usable(Path(name), Path.is_file)
        if given is None:
            raise UserError(said.NO_SUCH_FILE(name=name), field="name")
        return given

    @staticmethod
    def _check_restorable(path: Path, name: str) -> None:
        not_ours = UserError(said.NOT_OURS(name=name), field="name")
        try:
            whole = quick_check(path)
            with read_copy(path) as connection:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
        except _FAULTS:
            raise not_ours from None
        if not whole:
            raise UserError(said.DAMAGED(name=name), field="name")
        if revision is None:
            raise not_ours
        if revision not in KNOWN_REVISIONS:
            raise UserError(said.TOO_NEW(name=name, revision=revision), field="name")
