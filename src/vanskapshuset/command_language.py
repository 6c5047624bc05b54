"""The command line's language: `--language CODE` for one run, else the language saved on this
laptop (read once the data is open), else Swedish; what the CLI says goes through `say`."""

from dataclasses import dataclass
from functools import cache

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import cli as said
from vanskapshuset.messages.catalogue import Catalogue, catalogue
from vanskapshuset.messages.languages import SOURCE_LANGUAGE, available_languages, is_known
from vanskapshuset.messages.text import Message, Text, registered

__all__ = ["begin_run", "checked_language", "choose_saved", "say", "say_source"]


@dataclass
class _Run:
    language: str  # the catalogue is read when first needed: a window's start needs none
    by_option: bool = False

    @property
    def catalogue(self) -> Catalogue:
        return catalogue(self.language)


_run = _Run(SOURCE_LANGUAGE)


def checked_language(code: str) -> str:
    if not is_known(code):
        raise UserError(
            said.UNKNOWN_LANGUAGE(language=code, known=", ".join(available_languages())),
            field="language",
        )
    return code


def begin_run(option: str | None) -> None:
    """A new run (main() may be called again in one process): `--language CODE` if given,
    Swedish until the saved language is known."""
    global _run
    _run = _Run(SOURCE_LANGUAGE)
    if option is not None:
        _run = _Run(checked_language(option), by_option=True)


def choose_saved(saved: str) -> None:
    """The laptop's saved language, unless `--language` chose one for this run."""
    global _run
    if not _run.by_option:
        _run = _Run(saved)


def say_source(swedish: str) -> str:
    """A text of the command line's parser, written in Swedish, in the run's language: its
    message in messages/cli_help.py, else (a text not in the catalogue) as it is."""
    text = _parser_texts().get(swedish)
    return swedish if text is None else say(text)


@cache
def _parser_texts() -> dict[str, Text]:
    from vanskapshuset.messages import cli_help  # noqa: F401 (declares the parser's texts)

    prefix = "cli.help."
    return {text.source: text for text in registered().values() if text.code.startswith(prefix)}


def say(what: Message | Text | UserError) -> str:
    """`what` in the run's language."""
    return _run.catalogue.say(what.message if isinstance(what, UserError) else what)
