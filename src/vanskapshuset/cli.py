"""The command line: every command of the window for scripts and the coordinator.

Errors are one sentence on stderr and exit code 2."""

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from vanskapshuset import __version__
from vanskapshuset.app_log import log, log_path, start_logging
from vanskapshuset.command_language import begin_run, choose_saved, say
from vanskapshuset.domain.errors import DamagedDatabaseError, StorageError, UserError
from vanskapshuset.domain.participants import parse_participants
from vanskapshuset.domain.rules import (
    LEADERS,
    VISITS_AT_ONCE,
    check_period,
    one_line,
    parse_date,
    parse_moment,
    parse_time_of_day,
)
from vanskapshuset.domain.vocabulary import VisitSource
from vanskapshuset.messages import activities as said
from vanskapshuset.messages import cli as cli_said
from vanskapshuset.messages import visits as visits_said
from vanskapshuset.messages.common import UNEXPECTED, UNEXPECTED_SEE_LOG
from vanskapshuset.paths import DATABASE_FILE, data_dir, log_dir

if TYPE_CHECKING:
    from vanskapshuset.app import App

Handler = Callable[[argparse.Namespace], int]
EXIT_USER_ERROR = 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a command stopped by SIGPIPE
# Who the audit log names when neither --leader is given nor a leader was chosen on this laptop.
COMMAND_LINE_ACTOR = "kommandoraden"


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator["App"]:
    """The data, open for one command; imported here so `--help` and errors stay instant."""
    from vanskapshuset.app import open_app
    from vanskapshuset.cli_password import ask_password

    # The coordinator's password is asked for only if the command needs it (cli_password.py).
    app = open_app(data_dir(getattr(args, "data_dir", None)), ask=ask_password)
    choose_saved(app.settings.language())
    try:
        app.act_as_leader(getattr(args, "acting_leader", None), fallback=COMMAND_LINE_ACTOR)
        yield app
    finally:
        app.close()


def _print_json(value: object) -> None:
    import json  # not needed by the window's start

    print(json.dumps(value, ensure_ascii=False, indent=2))


# -- handlers -----------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from vanskapshuset.ui.application import run_gui

    language = getattr(args, "language", None)
    return run_gui(data_dir(getattr(args, "data_dir", None)), language=language)


def cmd_demo(args: argparse.Namespace) -> int:
    from vanskapshuset.services.demo import DemoOptions, generate_demo

    options = DemoOptions(seed=args.seed, year=args.year, years=args.years, sites=args.sites)
    options.check()  # before the database is made
    with _opened(args) as app:
        summary = generate_demo(app, options)
    print(say(summary.message()))
    return 0


def cmd_site_add(args: argparse.Namespace) -> int:
    with _opened(args) as app:
        print(app.sites.add(args.name, args.kind).id)
    return 0


def cmd_org_add(args: argparse.Namespace) -> int:
    with _opened(args) as app:
        print(app.organisations.add(args.name, args.kind).id)
    return 0


def cmd_visit_add(args: argparse.Namespace) -> int:
    at = parse_moment(args.at) if args.at is not None else None
    VISITS_AT_ONCE.check(args.count)
    with _opened(args) as app:
        site = app.sites.by_name(args.site)
        ids = app.visits.add(
            site.id,
            args.gender,
            args.age,
            args.count,
            at,
            source=VisitSource.COMMAND_LINE,
            new=args.new,
        )
    print(say(visits_said.VISITS_SAVED(len(ids))))
    if args.new:
        print(say(visits_said.NEW_VISITS_SAVED(count=len(ids))))
    return 0


def _activity_fields(args: argparse.Namespace) -> dict[str, object]:
    """Parse every given option first, so bad input is refused before the database opens.
    Records are still names here (`_names_to_ids` makes them ids once the data is open)."""
    fields: dict[str, object] = {
        "site_id": args.site,
        "date": parse_date(args.date) if args.date is not None else None,
        "start": parse_time_of_day(args.start) if args.start is not None else None,
        "end": parse_time_of_day(args.end) if args.end is not None else None,
        "title": args.title,
        "type_id": args.type,
        "area": args.area,
        "organiser_id": args.organiser,
        "partner_ids": tuple(args.partner) if args.partner is not None else None,
        "participants": (
            tuple(parse_participants(args.participants)) if args.participants is not None else None
        ),
        "leader_count": args.leaders,
        "knowledge_exchange": args.knowledge_exchange,
        "note": args.note,
    }
    if args.leaders is not None:
        LEADERS.check(args.leaders)
    return fields


def _names_to_ids(app: "App", fields: dict[str, object]) -> dict[str, object]:
    """The site, type, organiser and partners named on the command line, as the ids the
    service takes; an unknown name is refused with the names there are. An empty
    --organiser "" stays empty: no organiser."""
    resolved = dict(fields)
    for key, records in (("site_id", app.sites), ("type_id", app.activity_types)):
        if isinstance(name := fields.get(key), str):
            resolved[key] = records.id_of(name)
    if isinstance(organiser := fields.get("organiser_id"), str) and organiser.strip():
        resolved["organiser_id"] = app.organisations.id_of(organiser)
    if isinstance(partners := fields.get("partner_ids"), tuple):
        resolved["partner_ids"] = tuple(app.organisations.id_of(name) for name in partners)
    return resolved


def cmd_activity_add(args: argparse.Namespace) -> int:
    from vanskapshuset.services.activities import ActivityInput

    fields = _activity_fields(args)
    missing = [
        f"--{name}"
        for name, key in (
            ("site", "site_id"),
            ("date", "date"),
            ("start", "start"),
            ("end", "end"),
            ("title", "title"),
            ("type", "type_id"),
        )
        if fields[key] is None
    ]
    if missing:
        raise UserError(said.MISSING_OPTIONS(options=", ".join(missing)))
    given = {key: value for key, value in fields.items() if value is not None}
    with _opened(args) as app:
        data = ActivityInput(**_names_to_ids(app, given))  # type: ignore[arg-type]
        print(app.activities.create(data))
    return 0


def cmd_activity_edit(args: argparse.Namespace) -> int:
    from vanskapshuset.services.activities import ActivityChanges

    fields = _activity_fields(args)
    if all(value is None for value in fields.values()):
        raise UserError(said.NOTHING_TO_CHANGE)
    with _opened(args) as app:
        changes = ActivityChanges(**_names_to_ids(app, fields))  # type: ignore[arg-type]
        app.activities.edit(args.id, changes)
    print(say(said.CHANGED))
    return 0


def cmd_activity_delete(args: argparse.Namespace) -> int:
    with _opened(args) as app:
        app.activities.delete(args.id)
    print(say(said.DELETED))
    return 0


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    return check_period(parse_date(getattr(args, "from")), parse_date(args.to))


def cmd_activity_list(args: argparse.Namespace) -> int:
    start, end = _period(args)
    with _opened(args) as app:
        site_id = app.sites.id_of(args.site) if args.site else None
        activities = app.activities.list(start, end, site_id)
    if args.json:
        _print_json([activity.as_json() for activity in activities])
    else:
        for a in activities:
            print(f"{a.date} {a.start:%H:%M}–{a.end:%H:%M}  {a.site}: {a.title} ({a.type_name})")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    start, end = _period(args)
    with _opened(args) as app:
        site = app.sites.by_name(args.site) if args.site else None
        stats = app.statistics.period(
            start, end, site.id if site else None, site.name if site else None
        )
    if args.json:
        _print_json(stats.as_json())
    else:
        for key, value in stats.as_json().items():
            print(f"{key}: {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from vanskapshuset.app import open_app

    # verify: every page is read before the file is opened for use (a damaged file is said
    # in one sentence, exit 2, and left as it is), not only at the day's first start.
    app = open_app(data_dir(getattr(args, "data_dir", None)), verify=True)
    try:
        report = app.check()
    finally:
        app.close()
    if report.ok:
        print("ok")
        return 0
    log.warning("check: integrity %s", report.integrity)
    if report.integrity != ["ok"]:
        # What integrity_check finds beyond quick_check (an index out of step) is damage too.
        raise DamagedDatabaseError(data_dir(getattr(args, "data_dir", None)) / DATABASE_FILE)
    failed = cli_said.CHECK_FAILED(report.broken_references, revision=report.revision)
    print(say(failed), file=sys.stderr)
    return EXIT_USER_ERROR


# -- parser -------------------------------------------------------------------------------------


DESCRIPTION = (
    "Vänskapshuset: räkna besök vid dörren, registrera aktiviteter och ta fram rapporterna. "
    "Utan kommando öppnas fönstret."
)
EPILOG = (
    "Datamappen är --data-dir, annars miljövariabeln VANSKAPSHUSET_DATA_DIR, annars "
    "användarens datamapp. Ett fel skrivs som en mening och ger slutkoden 2. "
    "Kön: girl, boy, other, unknown. Datum: ÅÅÅÅ-MM-DD. Tid: TT:MM."
)


def _activity_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="platsens namn")
    parser.add_argument("--date", help="dagen (ÅÅÅÅ-MM-DD)")
    parser.add_argument("--start", help="starttid (TT:MM)")
    parser.add_argument("--end", help="sluttid (TT:MM)")
    parser.add_argument("--title", help="aktivitetens rubrik")
    parser.add_argument("--type", help="aktivitetstypens namn")
    parser.add_argument("--area", help="verksamhetsområde")
    parser.add_argument("--organiser", help="arrangerande aktör")
    parser.add_argument("--partner", action="append", help="medverkande aktör (kan upprepas)")
    parser.add_argument("--participants", help="deltagare, t.ex. girl:7-9=3,boy:10-13=2")
    parser.add_argument("--leaders", type=int, help="antal ledare")
    parser.add_argument(
        "--knowledge-exchange",
        action=argparse.BooleanOptionalAction,
        help="kunskapsutbyte mellan aktörer (eller inte)",
    )
    parser.add_argument("--note", help="anteckning")


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", required=True, help="första dagen (ÅÅÅÅ-MM-DD)")
    parser.add_argument("--to", required=True, help="sista dagen (ÅÅÅÅ-MM-DD)")


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules load here: the window's start (see `_window_only`) needs none.
    from vanskapshuset.cli_backup import add_backup_commands
    from vanskapshuset.cli_daylog import add_daylog_commands
    from vanskapshuset.cli_follow_up import add_follow_up_commands
    from vanskapshuset.cli_parser import COMMANDS_TITLE, VERSION_HELP, Parser
    from vanskapshuset.cli_password import add_password_commands
    from vanskapshuset.cli_reports import add_report_commands
    from vanskapshuset.cli_seasons import add_season_commands
    from vanskapshuset.cli_sheets import add_sheet_commands
    from vanskapshuset.cli_sync import add_sync_commands

    common = Parser(add_help=False)
    # SUPPRESS: a subcommand's default must not overwrite a --data-dir given before it.
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="MAPP",
        help="mappen med databasen (annars standardmappen)",
    )
    common.add_argument(
        "--language",
        default=argparse.SUPPRESS,
        metavar="SPRÅK",
        help="språket för den här körningen, t.ex. sv, en eller ar (annars det sparade)",
    )
    common.add_argument(
        "--by",
        dest="acting_leader",
        default=argparse.SUPPRESS,
        metavar="NAMN",
        help="ledaren som gör ändringen, i historiken (annars den senast valda på datorn)",
    )

    parser = Parser(prog="vanskapshuset", parents=[common], description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=__version__, help=VERSION_HELP)
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(
        dest="command", parser_class=Parser, title=COMMANDS_TITLE, metavar="KOMMANDO"
    )

    def command(
        group: argparse._SubParsersAction, name: str, handler: Handler, summary: str
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=summary, description=summary)
        sub.set_defaults(handler=handler)
        return sub

    def group(name: str, summary: str) -> argparse._SubParsersAction:
        """A command with actions of its own (`site add`, `backup list`, ...)."""
        return commands.add_parser(name, help=summary, description=summary).add_subparsers(
            dest="action", required=True, title=COMMANDS_TITLE, metavar="ÅTGÄRD"
        )

    command(commands, "gui", cmd_gui, "öppna fönstret (samma som utan kommando)")
    demo = command(commands, "demo", cmd_demo, "fyll en tom datamapp med ett påhittat år")
    demo.add_argument("--seed", type=int, default=2025, help="slumpfrö (samma frö, samma data)")
    demo.add_argument("--year", type=int, default=2025, help="det sista året")
    demo.add_argument("--years", type=int, default=1, help="antal år bakåt från --year")
    demo.add_argument("--sites", type=int, default=3, help="antal platser (3 eller fler)")

    site_add = command(group("site", "platser"), "add", cmd_site_add, "lägg till en plats")
    site_add.add_argument("name", help="platsens namn")
    site_add.add_argument(
        "--kind", default="indoor", help="indoor (inomhus), outdoor (utomhus) eller excursion"
    )

    add_season_commands(group, command, _opened)

    org_add = command(
        group("org", "aktörer och föreningar"), "add", cmd_org_add, "lägg till en aktör"
    )
    org_add.add_argument("name", help="aktörens namn")
    org_add.add_argument(
        "--kind",
        default="association",
        help="association, non_profit, municipal, informal_group, business eller academia",
    )

    visit_add = command(group("visit", "besök"), "add", cmd_visit_add, "räkna besök")
    visit_add.add_argument("--site", required=True, help="platsens namn")
    visit_add.add_argument("--gender", required=True, help="girl, boy, other eller unknown")
    visit_add.add_argument("--age", required=True, help="åldersgrupp, t.ex. 7-9")
    visit_add.add_argument("--count", type=int, default=1, help="antal besök (1 om inget anges)")
    visit_add.add_argument("--at", help="tidpunkt ÅÅÅÅ-MM-DDTTT:MM (annars nu)")
    visit_add.add_argument(
        "--new", action="store_true", help="besökaren är här för första gången i säsongen"
    )

    activity = group("activity", "aktiviteter")
    _activity_options(command(activity, "add", cmd_activity_add, "registrera en aktivitet"))
    activity_edit = command(activity, "edit", cmd_activity_edit, "ändra en aktivitet")
    activity_edit.add_argument("id", help="aktivitetens id (se activity list)")
    _activity_options(activity_edit)
    command(activity, "delete", cmd_activity_delete, "ta bort en aktivitet").add_argument(
        "id", help="aktivitetens id (se activity list)"
    )
    activity_list = command(activity, "list", cmd_activity_list, "lista en periods aktiviteter")
    _period_options(activity_list)
    activity_list.add_argument("--site", help="bara den här platsen")
    activity_list.add_argument("--json", action="store_true", help="som JSON")

    stats = command(commands, "stats", cmd_stats, "nyckeltal för en period")
    _period_options(stats)
    stats.add_argument("--site", help="bara den här platsen")
    stats.add_argument("--json", action="store_true", help="som JSON")

    add_daylog_commands(group, command, _opened)
    add_follow_up_commands(group, command, _opened)
    add_report_commands(commands, group, command, _opened)
    add_sheet_commands(group, command, _opened)
    add_sync_commands(group, command, _opened)
    add_backup_commands(group, command, _opened)
    add_password_commands(group, command, _opened)
    command(commands, "check", cmd_check, "kontrollera databasen")
    return parser


def _window_only(argv: Sequence[str]) -> tuple[bool, dict[str, str]]:
    """Whether `argv` opens the window and nothing else (nothing, or only `--data-dir MAPP` and
    `--language SPRÅK`, each as two words or as `--option=value`), and the options given: the
    usual start then needs neither the parser nor the commands' modules. Anything else goes
    through the parser as it always did."""
    options: dict[str, str] = {}
    words = list(argv)
    while words:
        word = words.pop(0)
        name, equals, value = word.partition("=")
        if name not in _WINDOW_OPTIONS or name in options:
            return False, {}
        if not equals:
            if not words or words[0].startswith("-"):
                return False, {}
            value = words.pop(0)
        if not value:
            return False, {}
        options[name] = value
    return True, options


_WINDOW_OPTIONS = ("--data-dir", "--language")


def _language_option(argv: Sequence[str]) -> str | None:
    """The `--language` given anywhere in `argv`, before the parser runs: its refusals are
    said in that language too."""
    for index, word in enumerate(argv):
        if word.startswith("--language="):
            return word.removeprefix("--language=")
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        begin_run(_language_option(words))
        window, options = _window_only(words)
        if window:
            folder = options.get("--data-dir")
            start_logging(log_dir(folder))
            language = options.get("--language")
            return cmd_gui(argparse.Namespace(data_dir=folder, language=language))
        args = build_parser().parse_args(words)
        start_logging(log_dir(getattr(args, "data_dir", None)))
        return args.handler(args)
    except UserError as error:
        if isinstance(error, StorageError):  # a fault of the disk or file, worth looking at
            log.warning("Not done: %s", error, exc_info=error)
        print(one_line(say(error)), file=sys.stderr)  # one line, whatever it quotes
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): nothing is wrong and nothing more can be said.
        # Python's own recipe: point stdout at devnull so the exit's flush is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception:
        # The traceback goes to the log file, never to the person's screen.
        log.exception("Unexpected error in a command")
        where = log_path()
        sentence = UNEXPECTED_SEE_LOG(log=where) if where else UNEXPECTED()
        print(say(sentence), file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
