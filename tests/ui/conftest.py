"""Shared fixtures of the window's tests."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.language_state import INSTALLED_LANGUAGE


@pytest.fixture
def swedish_plurals(qapp: QApplication) -> Iterator[None]:
    """Swedish as the program installs it at start: Qt's own Swedish texts and the Swedish
    plural forms ("1 aktivitet"); removed again for the tests after."""
    locale = QLocale()
    translators = install_translator(qapp, "sv")
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def language_as_it_was(qapp: QApplication) -> Iterator[None]:
    """A test that installs a language leaves the window's language as it found it (the
    fixtures remove their translators; this undoes what install_translator records)."""
    before = qapp.property(INSTALLED_LANGUAGE)
    yield
    qapp.setProperty(INSTALLED_LANGUAGE, before)
