"""`--help` speaks one language (Swedish, like every message of the command line) and points to
nothing a person installing the app does not have."""

import argparse
import ast
import inspect
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from vanskapshuset import cli
from vanskapshuset.cli import build_parser, main
from vanskapshuset.cli_parser import ARGPARSE_PLURALS, ARGPARSE_TEXTS
from vanskapshuset.domain.errors import UserError

# Words that give English away in a help text; none of them is Swedish.
ENGLISH = {
    "the", "and", "of", "to", "for", "with", "is", "this", "that", "from", "on", "or", "show",
    "help", "exit", "usage", "options", "arguments", "argument", "required", "default", "file",
    "folder", "date", "site", "number", "print", "write", "create", "list", "error", "invalid",
}  # fmt: skip
# Values the command line takes as they are typed (girl, indoor, ...) are not prose.
VALUES = re.compile(
    r"--?[\w-]+|\b[a-z]+(?:_[a-z]+)+\b|\b(?:girl|boy|other|unknown|indoor|"
    r"outdoor|excursion|association|municipal|business|academia|JSON|CSV|PDF)\b"
)
# argparse's texts that only a programmer building a parser wrongly can meet.
FOR_PROGRAMMERS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "conflicting option string: %s",
    "conflicting option strings: %s",
}


def commands_in(text: str) -> str:
    """The text without the commands it names ("se activity list") and quoted values."""
    for path in sorted((path for path, _ in parsers(build_parser())), key=len, reverse=True):
        text = text.replace(path, " ")
    return re.sub(r"'[^']*'", " ", VALUES.sub(" ", text))


def english_in(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-zÅÄÖåäö]+", commands_in(text))) & ENGLISH


def parsers(
    parser: argparse.ArgumentParser, path: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path or "vanskapshuset", parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, f"{path} {name}".strip())


def prose(parser: argparse.ArgumentParser) -> Iterator[str]:
    yield parser.description or ""
    yield parser.epilog or ""
    for action in parser._actions:
        yield action.help or ""
        for choice in getattr(action, "_choices_actions", []):
            yield choice.help or ""


def argparse_texts() -> set[str]:
    """Every text argparse looks up through gettext, read from its own source."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            found.update(arg.value for arg in node.args if isinstance(arg, ast.Constant))
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[rsd]", text))


def test_every_command_and_option_says_what_it_does() -> None:
    missing = []
    for path, parser in parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                missing += [f"{path} {c.dest}" for c in action._choices_actions if not c.help]
            elif not action.help:
                missing.append(f"{path} {action.option_strings or action.dest}")
    assert not missing


def test_help_is_swedish_throughout() -> None:
    english = {}
    for path, parser in parsers(build_parser()):
        for text in prose(parser):
            if english_in(text):
                english[path] = (text, english_in(text))
        shown = parser.format_help()
        for original, swedish in ARGPARSE_TEXTS.items():
            if original.strip() != swedish.strip() and len(original) > 8:
                assert original.strip() not in shown, (path, original)
        assert "usage:" not in shown and "options:" not in shown, path
    assert not english


def test_help_names_nothing_internal() -> None:
    for path, parser in parsers(build_parser()):
        shown = parser.format_help()
        assert not re.search(r"DESIGN|section|avsnitt|\.md\b", shown), path


def test_every_argparse_text_a_person_can_meet_is_translated() -> None:
    for text in argparse_texts() - FOR_PROGRAMMERS:
        plural = next((pair for pair in ARGPARSE_PLURALS if text in pair), None)
        assert text in ARGPARSE_TEXTS or plural, text
        if text in ARGPARSE_TEXTS:
            # The same values, or fewer (argparse fills by name: "int" need not be shown).
            assert set(placeholders(ARGPARSE_TEXTS[text])) <= set(placeholders(text)), text


@pytest.mark.parametrize(
    "command",
    [["visit", "add", "--site", "Parken"], ["demo", "--seed", "x"], ["bogus"], ["stats", "--to"]],
)
def test_a_wrong_command_is_refused_in_swedish(command, capsys) -> None:
    assert main(command) == 2
    said = capsys.readouterr().err
    assert said.startswith("Felaktigt kommando: ")
    assert said.count("\n") == 1
    assert not english_in(said.split(":", 1)[1]), said


def test_argparse_keeps_its_own_texts_for_others_in_the_process() -> None:
    build_parser().format_help()
    with pytest.raises(UserError, match="okända argument"):
        build_parser().parse_args(["--bogus"])
    other = argparse.ArgumentParser(prog="other")
    assert other.format_usage().startswith("usage: other")


def test_help_and_version_do_not_load_the_database_layer() -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from vanskapshuset.cli import main\n"
        "for argv in (['--version'], ['--help'], ['report', 'season', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        main(argv)\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6', 'reportlab')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, {})),
        (["--data-dir", "data"], (True, {"--data-dir": "data"})),
        (["--data-dir=data"], (True, {"--data-dir": "data"})),
        (["--language", "ar"], (True, {"--language": "ar"})),
        (
            ["--language=en", "--data-dir", "data"],
            (True, {"--language": "en", "--data-dir": "data"}),
        ),
        (["--language", "ar", "--language", "en"], (False, {})),
        (["gui"], (False, {})),
        (["--data-dir", "data", "gui"], (False, {})),
        (["--data-dir"], (False, {})),
        (["--data-dir", "--help"], (False, {})),
        (["--data-dir="], (False, {})),
        (["--data"], (False, {})),
        (["--help"], (False, {})),
    ],
)
def test_only_the_plain_window_start_skips_the_parser(argv, expected) -> None:
    assert cli._window_only(argv) == expected


def test_the_command_modules_load_with_the_parser_only() -> None:
    probe = (
        "import sys\n"
        "import vanskapshuset.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('vanskapshuset.cli_')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
