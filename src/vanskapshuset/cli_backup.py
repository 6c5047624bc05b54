"""The command line's backups: `backup create | list | restore NAME | folder [DIR | --off]`."""

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import backups as said

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.services.backups import BackupInfo, SecondCopy

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]

REASONS = {
    "dag": said.REASON_DAILY,
    "fore-synk": said.REASON_SYNC,
    "manuell": said.REASON_MANUAL,
    "fore-uppgradering": said.REASON_UPGRADE,
    "fore-aterstallning": said.REASON_RESTORE,
}


def describe(info: "BackupInfo") -> str:
    """One line: name, when, size, why, and what it holds."""
    from vanskapshuset.services.backup_text import size_text

    if info.revision is None or info.activities is None:
        holds = say(said.UNREADABLE)
    else:
        holds = say(said.HOLDS(info.activities, visits=info.visits, revision=info.revision))
    return (
        f"{info.name}  {info.created_at:%Y-%m-%d %H:%M}  {size_text(info.size)}  "
        f"{say(REASONS[info.reason.value])}  ({holds})"
    )


def _second_copy_line(second: "SecondCopy") -> tuple[str, bool]:
    """The sentence about the second folder, and whether it belongs on stderr."""
    from vanskapshuset.services.backups import SecondStatus

    if second.status is SecondStatus.WRITTEN:
        return say(said.SECOND_WRITTEN(folder=second.folder)), False
    if second.status is SecondStatus.ABSENT:
        return say(said.SECOND_ABSENT(folder=second.folder)), False
    return say(said.SECOND_FAILED(problem=second.problem or "")), True


def add_backup_commands(group: Group, command: Command, opened: Opener) -> None:
    def backup_create(args: argparse.Namespace) -> int:
        with opened(args) as app:
            info = app.backups.create()
        print(say(said.CREATED(backup=describe(info))))
        if info.second_copy is not None:
            line, problem = _second_copy_line(info.second_copy)
            print(line, file=sys.stderr if problem else sys.stdout)
        return 0

    def backup_list(args: argparse.Namespace) -> int:
        with opened(args) as app:
            backups = app.backups.list()
            folder = app.backups.folder
        if args.json:
            print(json.dumps([_as_json(info) for info in backups], ensure_ascii=False, indent=2))
            return 0
        if not backups:
            print(say(said.NONE_YET(folder=folder)))
        for info in backups:
            print(describe(info))
        return 0

    def backup_restore(args: argparse.Namespace) -> int:
        with opened(args) as app:
            result = app.backups.restore(args.name)
        print(say(said.RESTORED(restored=result.restored.name, kept=result.kept.name)))
        return 0

    def backup_folder(args: argparse.Namespace) -> int:
        if args.off and args.dir:
            raise UserError(said.FOLDER_OR_OFF(), field="dir")
        with opened(args) as app:
            if args.off:
                app.backups.set_second_folder(None)
            elif args.dir:
                app.backups.set_second_folder(Path(args.dir))
            chosen = app.backups.second_folder()
        print(say(said.SECOND_FOLDER_IS(folder=chosen) if chosen else said.NO_SECOND_FOLDER))
        return 0

    backup = group("backup", "säkerhetskopior")
    command(backup, "create", backup_create, "gör en säkerhetskopia nu")
    command(backup, "list", backup_list, "lista säkerhetskopiorna").add_argument(
        "--json", action="store_true", help="som JSON"
    )
    command(backup, "restore", backup_restore, "återställ en säkerhetskopia").add_argument(
        "name", help="en säkerhetskopias namn (se backup list) eller sökvägen till en fil"
    )
    folder = command(backup, "folder", backup_folder, "visa eller välj en andra mapp för kopiorna")
    folder.add_argument("dir", nargs="?", help="en andra mapp (t.ex. ett USB-minne)")
    folder.add_argument("--off", action="store_true", help="ingen andra mapp")


def _as_json(info: "BackupInfo") -> dict[str, object]:
    return {
        "name": info.name,
        "created_at": info.created_at.isoformat(),
        "reason": info.reason.value,
        "size": info.size,
        "revision": info.revision,
        "visits": info.visits,
        "activities": info.activities,
    }
