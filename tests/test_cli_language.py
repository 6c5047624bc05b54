"""The command line in the run's language: `--language CODE`, else the laptop's saved
language; its refusals, its reports and its help (argparse's own words too) come from the same
catalogue as the window's, and every text of the parser is in it."""

import importlib
import xml.etree.ElementTree as ET

import pytest

from vanskapshuset.cli import build_parser, main
from vanskapshuset.cli_parser import parser_texts
from vanskapshuset.messages.languages import ts_file
from vanskapshuset.messages.text import registered


def _english(swedish: str) -> str:
    """The English of a catalogue sentence, read from the committed .ts file."""
    root = ET.parse(ts_file("en")).getroot()
    for message in root.iter("message"):
        if message.findtext("source") == swedish:
            return message.findtext("translation", "")
    raise AssertionError(f"not in the English catalogue: {swedish!r}")


def test_every_text_of_the_parser_is_in_the_catalogue():
    importlib.import_module("vanskapshuset.messages.cli_help")
    declared = {t.source for t in registered().values() if t.code.startswith("cli.help.")}
    shown = parser_texts(build_parser())
    missing, stale = sorted(shown - declared), sorted(declared - shown)
    how = "run `python tools/cli_help_catalogue.py`, then `python tools/translations.py`"
    assert not missing and not stale, f"missing {missing[:3]}, stale {stale[:3]}: {how}"


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:  # argparse ends a --help run itself
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_help_in_english_and_arabic(capsys):
    english = _help(capsys, "--language", "en")
    assert english.startswith(_english("Användning: "))
    assert "Användning" not in english and "flaggor" not in english
    flowing = " ".join(english.split())  # argparse wraps the lines
    assert _english("mappen med databasen (annars standardmappen)") in flowing
    arabic = _help(capsys, "--language", "ar", "activity")
    assert "Användning" not in arabic
    assert any("\u0600" <= char <= "\u06ff" for char in arabic)


def test_a_refusal_in_the_language_chosen_for_the_run(cli):
    swedish = cli("stats", "--from", "2025-13-01", "--to", "2025-12-31")
    assert swedish.code == 2 and "ÅÅÅÅ-MM-DD" in swedish.err
    english = cli("--language", "en", "stats", "--from", "2025-13-01", "--to", "2025-12-31")
    assert english.code == 2 and "YYYY-MM-DD" in english.err and len(english.err.splitlines()) == 1
    arabic = cli("--language", "ar", "stats", "--from", "2025-13-01", "--to", "2025-12-31")
    assert arabic.code == 2 and any("\u0600" <= char <= "\u06ff" for char in arabic.err)


def test_argparse_s_own_refusal_in_english(cli):
    result = cli("--language", "en", "no-such-command")
    assert result.code == 2
    assert "ogiltigt" not in result.err and "no-such-command" in result.err
    assert result.err.startswith(_english("Felaktigt kommando: {reason}.").split("{")[0])


def test_the_saved_language_holds_without_the_option(cli, app):
    app.settings.set_language("en")
    # A refusal said once the data is open (an unknown site), so the saved language is known.
    result = cli("activity", "list", "--from", "2025-01-01", "--to", "2025-12-31", "--site", "X")
    assert result.code == 2
    english = _english("Okänd {kind} ”{name}” (finns: {known}).")
    assert result.err.startswith(english.split("{")[0]) and "Okänd" not in result.err


@pytest.mark.parametrize("option", [["--language", "xx"], ["--language=klingon"]])
def test_an_unknown_language_is_one_swedish_sentence(cli, option):
    result = cli(*option, "stats", "--from", "2025-01-01", "--to", "2025-12-31")
    assert result.code == 2
    assert result.err.startswith("Okänt språk") and "sv, ar, en" in result.err
    assert len(result.err.strip().splitlines()) == 1
