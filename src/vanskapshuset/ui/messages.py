"""What a service says, in the window's language: the catalogue through Qt's translator."""

from PySide6.QtCore import QCoreApplication

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import CONTEXT, Message, Text, fill_numbered

__all__ = ["fill_numbered", "say"]


def _lookup(text: Text, count: int | None) -> str:
    return QCoreApplication.translate(
        CONTEXT, text.source, text.code, -1 if count is None else count
    )


def say(what: Message | Text | UserError) -> str:
    """`what` in the language the window speaks (Swedish when no translation is installed)."""
    if isinstance(what, UserError):
        what = what.message
    if isinstance(what, Text):
        return _lookup(what, None)
    return what.render(_lookup)
