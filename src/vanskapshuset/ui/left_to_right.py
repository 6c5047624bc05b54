"""Figures that read left to right in a right-to-left window too.

In Arabic a span "11:00–12:30" is laid out right to left as "12:30–11:00". Wrapped in a
left-to-right isolate (LRI … PDI, invisible) it shows as written; in a left-to-right window the
text is returned as it is."""

from PySide6.QtWidgets import QApplication

__all__ = ["left_to_right"]

_LRI, _PDI = "\u2066", "\u2069"


def left_to_right(text: str) -> str:
    return f"{_LRI}{text}{_PDI}" if QApplication.isRightToLeft() else text
