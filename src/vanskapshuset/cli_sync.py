"""The command line's team and sync: `team create|join`, `sync export|import|folder`."""

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import one_line
from vanskapshuset.messages import sync as said
from vanskapshuset.messages.text import Message

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.sync.results import ImportResult

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]
EXIT_REFUSED = 2


def describe_import(result: "ImportResult") -> Message:
    """One line per bundle: from whom, and what it brought."""
    if result.already_imported:
        return said.CLI_IMPORTED_BEFORE(file=result.file_name)
    values = {
        "file": result.file_name,
        "device": result.device_name,
        "visits": result.visits_new,
        "records_new": result.records_new,
        "records_updated": result.records_updated,
        "records_unchanged": result.records_unchanged,
    }
    if result.conflicts:
        return said.CLI_IMPORTED_WITH_CONFLICTS(**values, conflicts=len(result.conflicts))
    return said.CLI_IMPORTED(**values)


def add_sync_commands(group: Group, command: Command, opened: Opener) -> None:
    def team_create(args: argparse.Namespace) -> int:
        with opened(args) as app:
            status = app.sync.create_team(args.device_name)
        print(status.code)
        return 0

    def team_join(args: argparse.Namespace) -> int:
        with opened(args) as app:
            status = app.sync.join_team(args.code, args.device_name)
        print(say(said.CLI_JOINED(device=status.device_name)))
        return 0

    def sync_export(args: argparse.Namespace) -> int:
        with opened(args) as app:
            result = app.sync.export_bundle(Path(args.out))
        for warning in result.warnings:
            print(say(warning), file=sys.stderr)
        print(result.path)
        return 0

    def sync_import(args: argparse.Namespace) -> int:
        refused = 0
        with opened(args) as app:
            for name in args.files:
                try:
                    print(say(describe_import(app.sync.import_file(Path(name)))))
                except UserError as refusal:
                    refused += 1
                    print(one_line(say(refusal.message)), file=sys.stderr)
        return EXIT_REFUSED if refused else 0

    def sync_folder(args: argparse.Namespace) -> int:
        with opened(args) as app:
            result = app.sync.sync_folder(Path(args.dir))
        for imported in result.imported:
            print(say(describe_import(imported)))
        for name in result.recognised:
            print(say(said.CLI_IMPORTED_BEFORE(file=name)))
        for skipped in result.skipped:
            print(one_line(say(skipped.reason)), file=sys.stderr)
        for warning in result.written.warnings:
            print(say(warning), file=sys.stderr)
        if result.written.unchanged:
            print(say(said.CLI_NOTHING_TO_WRITE))
        else:
            print(say(said.CLI_WROTE(path=result.written.path)))
        return EXIT_REFUSED if result.skipped else 0

    team = group("team", "laget av datorer som synkar")
    create = command(team, "create", team_create, "skapa ett lag och visa lagkoden")
    create.add_argument("--device-name", help="den här datorns namn i laget")
    join = command(team, "join", team_join, "gå med i ett lag med lagkoden")
    join.add_argument("code", help="lagkoden från koordinatorns dator")
    join.add_argument("--device-name", help="den här datorns namn i laget")

    sync = group("sync", "synka med lagets andra datorer")
    command(sync, "export", sync_export, "skriv den här datorns synkfil").add_argument(
        "--out", required=True, metavar="FIL", help="filen att skriva"
    )
    command(sync, "import", sync_import, "läs synkfiler").add_argument(
        "files", nargs="+", metavar="FIL", help="synkfiler (.vhsync)"
    )
    command(sync, "folder", sync_folder, "synka genom en delad mapp").add_argument(
        "dir", metavar="MAPP", help="den delade mappen"
    )
