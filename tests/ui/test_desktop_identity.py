"""How the program presents itself: name, version, desktop id, icon, and the fonts it ships."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontInfo, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from vanskapshuset import identity
from vanskapshuset.ui.app_icon import app_icon
from vanskapshuset.ui.desktop_identity import set_identity
from vanskapshuset.ui.fonts import MONO, SANS, mono_font, register_fonts


@pytest.fixture
def identified(qapp: QApplication) -> Iterator[QApplication]:
    """set_identity on the test's application, put back afterwards for the other tests."""
    font, name = qapp.font(), qapp.applicationName()
    set_identity(qapp)
    yield qapp
    qapp.setFont(font)
    qapp.setApplicationName(name)


def test_the_application_names_itself_and_its_desktop_entry(identified):
    assert identified.applicationName() == identity.APP_NAME
    assert identified.applicationDisplayName() == identity.APP_NAME
    assert identified.applicationVersion() == identity.VERSION
    assert QGuiApplication.desktopFileName() == identity.APP_ID
    assert not identified.windowIcon().isNull()


def test_the_icon_holds_every_shipped_size():
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(identity.ICON_SIZES)


def test_the_window_uses_the_shipped_sans_and_it_draws_arabic(identified, qtbot):
    assert {SANS, MONO} <= register_fonts()
    label = QLabel("Fatima فاطمة")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == SANS
    metrics = QFontMetrics(label.font())
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "فاطمةåäö")
    assert identified.font().pointSizeF() > 0  # the system's size is kept


def test_the_mono_font_is_the_shipped_one_at_the_size_asked():
    font = mono_font(20)
    info = QFontInfo(font)
    assert info.family() == MONO and info.fixedPitch()
    assert font.pointSizeF() == 20
