"""The command line's language: `--language CODE` for one run, else the language saved on this
laptop (read once the data is open), else Swedish; what the CLI says goes through `say`."""

from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import cli as said
from vanskapshuset.messages.catalogue import Catalogue, catalogue
from vanskapshuset.messages.languages import SOURCE_LANGUAGE, available_languages, is_known
from vanskapshuset.messages.text import Message, Text

__all__ = ["begin_run", "checked_language", "choose_saved", "say"]


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


def language() -> str:
    return _run.language


def say(what: Message | Text | UserError) -> str:
    """`what` in the run's language."""
    return _run.catalogue.say(what.message if isinstance(what, UserError) else what)
