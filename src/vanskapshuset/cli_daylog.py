"""The command line's day log (dagbok): `daylog set`."""

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import parse_date, parse_time_of_day, shown
from vanskapshuset.messages import records as said

if TYPE_CHECKING:
    import datetime as dt

    from vanskapshuset.app import App

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
