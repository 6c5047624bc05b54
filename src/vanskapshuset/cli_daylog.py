"""The command line's day log (dagbok): `daylog set` and `daylog list`."""

import argparse
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import check_period, parse_date, parse_time_of_day, shown
from vanskapshuset.messages import records as said
from vanskapshuset.messages.text import Message

if TYPE_CHECKING:
    import datetime as dt

    from vanskapshuset.app import App
    from vanskapshuset.services.day_logs import DayLogEntry

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]


def parse_hours(text: str) -> "tuple[dt.time, dt.time]":
    """ "15:00-20:00" (a hyphen or a dash between) into opening and closing time."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2:
        raise UserError(said.DAYLOG_HOURS_FORM(hours=shown(text)), field="hours")
    return parse_time_of_day(parts[0]), parse_time_of_day(parts[1])


def add_daylog_commands(group: Group, command: Command, opened: Opener) -> None:
    def daylog_set(args: argparse.Namespace) -> int:
        from vanskapshuset.services.day_logs import DayLogEntry

        day = parse_date(args.date)  # refused before the database is opened
        hours = parse_hours(args.hours) if args.hours is not None else None
        if hours is not None and not args.is_open:
            raise UserError(said.DAYLOG_CLOSED_NO_HOURS(), field="hours")
        with opened(args) as app:
            site = app.sites.by_name(args.site)
            current = app.day_logs.get(site.id, day)
            if args.is_open:
                opens, closes = hours or (current.opens_at, current.closes_at)
            else:
                opens, closes = None, None
            note = args.note if args.note is not None else current.note
            app.day_logs.save(
                DayLogEntry(site.id, day, args.is_open, opens, closes, current.leader_ids, note)
            )
        print(say(said.DAYLOG_SAVED))
        return 0

    def daylog_list(args: argparse.Namespace) -> int:
        start, end = check_period(parse_date(args.start), parse_date(args.end))
        with opened(args) as app:
            site_id = app.sites.by_name(args.site).id if args.site else None
            logs = app.day_logs.list(start, end, site_id)
            names = {site.id: site.name for site in app.sites.list()}
        if args.json:
            print(json.dumps([_as_json(log, names) for log in logs], ensure_ascii=False, indent=2))
            return 0
        for log in logs:
            print(say(_line(log, names)))
        return 0

    daylog = group("daylog", "dagboken: öppet eller stängt, öppettider och anteckning")
    daylog_set_parser = command(daylog, "set", daylog_set, "skriv en dags dagbok")
    daylog_set_parser.add_argument("--site", required=True, help="platsens namn")
    daylog_set_parser.add_argument("--date", required=True, help="dagen (ÅÅÅÅ-MM-DD)")
    state = daylog_set_parser.add_mutually_exclusive_group(required=True)
    state.add_argument(
        "--open", dest="is_open", action="store_const", const=True, help="öppet den dagen"
    )
    state.add_argument(
        "--closed", dest="is_open", action="store_const", const=False, help="stängt den dagen"
    )
    daylog_set_parser.add_argument("--hours", metavar="TT:MM-TT:MM", help="öppettider")
    daylog_set_parser.add_argument("--note", help="dagens anteckning")
    daylog_list_parser = command(daylog, "list", daylog_list, "visa dagböckerna för en period")
    daylog_list_parser.add_argument("--from", dest="start", required=True, help="första dagen")
    daylog_list_parser.add_argument("--to", dest="end", required=True, help="sista dagen")
    daylog_list_parser.add_argument("--site", help="bara den här platsen")
    daylog_list_parser.add_argument("--json", action="store_true", help="som JSON")


def _hours(log: "DayLogEntry") -> str:
    if log.opens_at is None or log.closes_at is None:
        return ""
    return f"{log.opens_at:%H:%M}–{log.closes_at:%H:%M}"


def _line(log: "DayLogEntry", names: dict[str, str]) -> Message:
    """One day log as a line: the day, the site, open or closed (with hours), the note."""
    values = {
        "date": log.date.isoformat(),
        "site": names.get(log.site_id, log.site_id),
        "note": f" · {log.note}" if log.note else "",
    }
    if log.is_open:
        return said.DAYLOG_LINE_OPEN(hours=_hours(log), **values)
    if log.is_open is False:
        return said.DAYLOG_LINE_CLOSED(**values)
    return said.DAYLOG_LINE_UNSAID(**values)


def _as_json(log: "DayLogEntry", names: dict[str, str]) -> dict[str, object]:
    return {
        "date": log.date.isoformat(),
        "site": names.get(log.site_id, log.site_id),
        "open": log.is_open,
        "opens_at": None if log.opens_at is None else f"{log.opens_at:%H:%M}",
        "closes_at": None if log.closes_at is None else f"{log.closes_at:%H:%M}",
        "note": log.note,
    }
