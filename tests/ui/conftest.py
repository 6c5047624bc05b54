"""Shared fixtures of the window's tests."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from vanskapshuset.ui.application import install_translator


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
