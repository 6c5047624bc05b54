"""The languages to choose from, each named in itself (Svenska, English, العربية): the list is
the translations shipped (messages/languages.py), the names are Qt's."""

from PySide6.QtCore import QLocale

from vanskapshuset.messages.languages import available_languages

__all__ = ["language_choices"]


def language_choices() -> list[tuple[str, str]]:
    """(code, name) for every language, Swedish first."""
    choices = []
    for code in available_languages():
        name = QLocale(code).nativeLanguageName() or code
        choices.append((code, name[:1].upper() + name[1:]))
    return choices
