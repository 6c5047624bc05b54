"""The command line's parser in one language: argparse's own words (usage, options, its error
messages) in Swedish, like every help text and message of ours.

argparse looks its texts up through a module-level `_` (gettext) when it builds a parser,
formats help or reports an error; we answer those lookups from `ARGPARSE_TEXTS` for exactly
those calls, and leave the module as it was for anyone else in the process.
"""

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import cli as said

# argparse's texts a person can meet, in Swedish, with the same %-placeholders. Texts meant for
# programmers (a parser built wrongly) stay as they are: they never reach a user.
ARGPARSE_TEXTS = {
    "usage: ": "Användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "flaggan %(option)s är tvetydig, den kan vara %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "expected at least one argument": "minst ett värde behövs",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "okänt kommando %(parser_name)r (välj bland %(choices)s)"
    ),
    "the following arguments are required: %s": "de här argumenten behövs: %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "går inte tillsammans med %s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "ignored explicit argument %r": "värdet %r gäller inte den här flaggan",
}
ARGPARSE_PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("%s värde behövs", "%s värden behövs"),
}
# Placeholders for values in the help, by the option's name (argparse would write SITE, DATE).
METAVARS = {
    "site": "PLATS",
    "season": "SÄSONG",
    "date": "DATUM",
    "start": "TID",
    "end": "TID",
    "from": "DATUM",
    "to": "DATUM",
    "title": "RUBRIK",
    "type": "TYP",
    "area": "OMRÅDE",
    "organiser": "AKTÖR",
    "partner": "AKTÖR",
    "participants": "DELTAGARE",
    "leaders": "ANTAL",
    "note": "TEXT",
    "kind": "SLAG",
    "gender": "KÖN",
    "age": "ÅLDER",
    "count": "ANTAL",
    "at": "TIDPUNKT",
    "seed": "TAL",
    "year": "ÅR",
    "years": "ANTAL",
    "sites": "ANTAL",
    "name": "NAMN",
    "id": "ID",
    "code": "LAGKOD",
    "dir": "MAPP",
    "device_name": "NAMN",
    "meeting_point": "PLATS",
    "leader": "NAMN",
    "phone": "TELEFON",
    "bring": "TEXT",
}
OTHER_VALUE = "VÄRDE"
# Shown by --version and the subcommand list.
VERSION_HELP = "visa programmets version och avsluta"
COMMANDS_TITLE = "kommandon"


def _text(message: str) -> str:
    return ARGPARSE_TEXTS.get(message, message)


def _plural(singular: str, plural: str, count: int) -> str:
    swedish = ARGPARSE_PLURALS.get((singular, plural))
    if swedish is None:
        return singular if count == 1 else plural
    return swedish[0] if count == 1 else swedish[1]


@contextmanager
def _in_swedish() -> Iterator[None]:
    module: Any = argparse  # its `_` and `ngettext` are gettext's functions, imported by name
    saved = module._, module.ngettext
    module._, module.ngettext = _text, _plural
    try:
        yield
    finally:
        module._, module.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """Swedish placeholders for values (see METAVARS)."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, OTHER_VALUE)

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, OTHER_VALUE)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Swedish and turns a wrong command into a UserError (one
    sentence on stderr, exit code 2, like every other refusal)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        with _in_swedish():  # the -h help text and the group titles are made here
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _in_swedish():  # "unrecognized arguments" is reported here
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _in_swedish():
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with _in_swedish():
            return super().format_help()

    def format_usage(self) -> str:
        with _in_swedish():
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        raise UserError(said.BAD_COMMAND(reason=message))
