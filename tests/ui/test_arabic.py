"""Arabic: the window speaks it and is mirrored right to left on every page and tab, with the
digits 0-9 (the team's choice); each page is grabbed to a picture (kept in VANSKAPSHUSET_LOOK)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QTabWidget,
    QWidget,
)

from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

PAGES = 6  # Idag, Aktiviteter, Rapporter, Register, Historik, Synk


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Arabic for one test; Swedish, left to right, for the tests after it."""
    locale = QLocale()
    translators = install_translator(qapp, "ar")
    assert len(translators) == 2, "qtbase_ar.qm or vanskapshuset_ar.qm did not load"
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _look(widget: QWidget, name: str, tmp_path: Path) -> None:
    QApplication.processEvents()  # the layouts settle as they do before a person looks
    folder = Path(os.environ.get("VANSKAPSHUSET_LOOK", tmp_path))
    picture = widget.grab()
    assert not picture.isNull()
    assert picture.save(str(folder / f"ar-{name}.png"))


def _in_a_figure_field(widget: QWidget) -> bool:
    """A date or time field, or a part of one: figures read left to right (ui/widgets)."""
    while widget is not None:
        if isinstance(widget, QDateTimeEdit):
            return True
        widget = widget.parentWidget()
    return False


def _left_to_right(widget: QWidget) -> list[str]:
    """The visible widgets under `widget` that are not mirrored (date and time fields aside)."""
    return [
        f"{type(child).__name__} {child.objectName() or child.accessibleName()}"
        for child in [widget, *widget.findChildren(QWidget)]
        if child.isVisible()
        and child.layoutDirection() != Qt.LayoutDirection.RightToLeft
        and not _in_a_figure_field(child)
    ]


def _figure_fields(widget: QWidget) -> list[QDateTimeEdit]:
    return [field for field in widget.findChildren(QDateTimeEdit) if field.isVisible()]


def test_every_page_is_arabic_and_right_to_left(app, qtbot, arabic, tmp_path):
    generate_demo(app, DemoOptions(year=2025, years=1, sites=3))
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.isRightToLeft()
    assert QLocale().zeroDigit() == "0"  # the team's digits, as on the reports
    assert window.navigation.item(0).text().startswith("اليوم")
    # A date reads as on the reports and in the activity table: Qt's own layout in a
    # right-to-left window put the year rightmost (03-07-2025), and 15:00 showed as 00:15.
    assert window.today.findChild(QDateTimeEdit).text() == "2025-07-03"
    for row in range(PAGES):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible())
        assert not _left_to_right(page), f"page {row}: {_left_to_right(page)[:5]}"
        for field in _figure_fields(page):
            assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight, field.text()
            # the sections in the order of the format, as written: 2025-07-03, 15:00
            assert field.text() == field.dateTime().toString(field.displayFormat()), field.text()
        _look(window, f"page{row}", tmp_path)
        if row == 1:  # a time span reads left to right inside the mirrored table
            span = page.model.index(0, 1).data()
            assert span.startswith("\u2066") and span.endswith("\u2069"), span
            assert span.strip("\u2066\u2069").index("–") == 5  # 11:00–12:30, start first
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert not _left_to_right(tabs.currentWidget())
                _look(window, f"page{row}-tab{index}", tmp_path)


def test_every_dialog_is_arabic_and_right_to_left(app, qtbot, arabic, tmp_path):
    from dialogs_under_test import DIALOGS, fill_database

    session = fill_database(app)
    for name, make in DIALOGS.items():
        dialog = make(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.isRightToLeft(), name
        assert not _left_to_right(dialog), f"{name}: {_left_to_right(dialog)[:5]}"
        for field in _figure_fields(dialog):
            assert field.text() == field.dateTime().toString(field.displayFormat()), name
        assert not any(
            "Avbryt" in button.text() or "Spara" in button.text()
            for button in dialog.findChildren(QAbstractButton)
        ), f"{name}: a Swedish button"
        _look(dialog, f"dialog-{name.replace(' ', '-')}", tmp_path)
        dialog.close()
