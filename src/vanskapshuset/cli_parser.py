"""The command line's parser in the run's language: argparse's own words (usage, options, its
error messages), our help texts, titles and value placeholders.

Everything is written here in Swedish, the catalogue's source: messages/cli_help.py holds each
text as a catalogue message (made by tools/cli_help_catalogue.py from `parser_texts`), and the
texts are said in the run's language when help is formatted or an error reported
(command_language.say_source). argparse looks its own texts up through a module-level `_`
(gettext); we answer those lookups from `ARGPARSE_TEXTS` for exactly those calls, and leave the
module as it was for anyone else in the process.
"""

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from vanskapshuset.command_language import say_source
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
    swedish = ARGPARSE_TEXTS.get(message)
    return message if swedish is None else say_source(swedish)


def _plural(singular: str, plural: str, count: int) -> str:
    swedish = ARGPARSE_PLURALS.get((singular, plural))
    if swedish is None:
        return singular if count == 1 else plural
    return swedish[0] if count == 1 else swedish[1]


@contextmanager
def _in_run_language() -> Iterator[None]:
    module: Any = argparse  # its `_` and `ngettext` are gettext's functions, imported by name
    saved = module._, module.ngettext
    module._, module.ngettext = _text, _plural
    try:
        yield
    finally:
        module._, module.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """Help, titles and value placeholders (see METAVARS) in the run's language."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return say_source(METAVARS.get(action.dest, OTHER_VALUE))

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return say_source(METAVARS.get(action.dest, OTHER_VALUE))

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        if isinstance(action.metavar, str):
            metavar = say_source(action.metavar)
            return lambda size: (metavar,) * size
        return super()._metavar_formatter(action, default_metavar)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return None if action.help is None else say_source(action.help)

    def start_section(self, heading: str | None) -> None:
        super().start_section(None if heading is None else say_source(heading))

    def add_text(self, text: str | None) -> None:  # a parser's description and epilog
        super().add_text(None if text is None or text == argparse.SUPPRESS else say_source(text))


def parser_texts(parser: argparse.ArgumentParser) -> set[str]:
    """Every text of `parser` and its subcommands a person can read, in Swedish (the sources of
    messages/cli_help.py), with argparse's own words and the value placeholders."""
    found = {*ARGPARSE_TEXTS.values(), *METAVARS.values(), OTHER_VALUE}
    found |= {VERSION_HELP, COMMANDS_TITLE}

    def walk(each: argparse.ArgumentParser) -> None:
        found.update(text for text in (each.description, each.epilog) if text)
        found.update(group.title for group in each._action_groups if group.title)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                found.add(action.help)
            if isinstance(action.metavar, str):
                found.add(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                found.update(choice.help for choice in action._choices_actions if choice.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    return found


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Swedish and turns a wrong command into a UserError (one
    sentence on stderr, exit code 2, like every other refusal)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        with _in_run_language():  # the -h help text and the group titles are made here
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _in_run_language():  # "unrecognized arguments" is reported here
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _in_run_language():
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with _in_run_language():
            return super().format_help()

    def format_usage(self) -> str:
        with _in_run_language():
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        raise UserError(said.BAD_COMMAND(reason=message))
