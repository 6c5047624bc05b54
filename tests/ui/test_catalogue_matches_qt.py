"""The command line's catalogue says what the window says: the same .ts files read without Qt
give, for every message and every language, the text Qt's translator gives, plural forms
chosen by the same rule for every count."""

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

import vanskapshuset.messages
from vanskapshuset.messages.catalogue import Catalogue
from vanskapshuset.messages.languages import available_languages
from vanskapshuset.messages.text import CONTEXT, Text, registered
from vanskapshuset.ui.application import install_translator

COUNTS = [*range(0, 120), 200, 1001, 1_000_000]


def _every_text() -> list[Text]:
    package = vanskapshuset.messages.__path__
    for module in pkgutil.iter_modules(package):
        importlib.import_module(f"vanskapshuset.messages.{module.name}")
    return sorted(registered().values(), key=lambda text: text.code)


@pytest.fixture(params=available_languages())
def language(request, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    translators = install_translator(qapp, request.param)
    yield request.param
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _qt(text: Text, count: int | None) -> str:
    n = -1 if count is None else count
    return QCoreApplication.translate(CONTEXT, text.source, text.code, n)


def test_every_message_reads_the_same_in_the_window_and_on_the_command_line(language):
    texts = _every_text()
    plurals = [text for text in texts if text.plural]
    assert plurals, "no plural message to compare"
    catalogue = Catalogue(language)
    for text in texts:
        for count in COUNTS if text.plural else [None]:
            assert catalogue.lookup(text, count) == _qt(text, count), (text.code, count)
