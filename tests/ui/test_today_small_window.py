"""Idag in a restored, unmaximised window: the whole counter shows, every count and key whole."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vanskapshuset.paths import database_path
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.fonts import SANS, use_shipped_font
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.tally_grid import ColumnHeading, MinusButton


@pytest.fixture(params=["sv"])
def window(request, app, qtbot, qapp) -> Iterator[MainWindow]:
    """The window in the language asked for (English words are longer), in the font the app
    ships and sets at start (the system's own differs from machine to machine)."""
    app.sites.add("Vänskapsparken", "outdoor")
    app.leaders.add("Amina")
    locale, font = QLocale(), qapp.font()
    use_shipped_font(qapp)
    translators = install_translator(qapp, request.param) if request.param != "sv" else []
    try:
        window = MainWindow(UiSession(app))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert QFontInfo(window.today.grid.font()).family() == SANS
        english = "keys" in window.today.key_state.text()
        assert english == (request.param == "en")
        yield window
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
        qapp.setFont(font)


def _in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _resized(window: MainWindow, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size() == QSize(width, height))
    QApplication.processEvents()  # the layouts settle (posted layout requests)


def _whole(label: QLabel, button: QWidget) -> bool:
    hint = label.sizeHint()
    inside = button.rect().contains(_in(label, button))
    return inside and label.width() >= hint.width() and label.height() >= hint.height()


@pytest.mark.parametrize("window", ["sv", "en"], indirect=True)
@pytest.mark.parametrize("size", [(934, 427), (1366, 768)])
def test_every_cell_shows_whole_with_its_count_and_key(window, qtbot, size):
    page = window.today
    page.grid.show_counts({cell: 188 for cell in page.grid.buttons})  # three digits
    _resized(window, qtbot, *size)
    scroll = page.counter_scroll
    assert not scroll.verticalScrollBar().isVisible()
    visible = _in(scroll.viewport(), window).intersected(window.rect())
    assert len(page.grid.buttons) == 24
    for button in page.grid.buttons.values():
        name = button.accessibleName()
        assert visible.contains(_in(button, window)), f"{name} is cut off"
        number, key = button.findChildren(QLabel)
        assert number.text() == "188" and key.text().startswith("[")
        assert _whole(number, button), f"the count of {name} is clipped"
        assert _whole(key, button), f"the key of {name} is clipped"
        assert not _in(number, button).intersects(_in(key, button))
    for widget in (page.undo_button, page.paper_button, page.status):
        assert visible.contains(_in(widget, window))
    # Shrunk alike where they shrink: one text for every −1, one size for every heading.
    assert len({minus.text() for minus in page.grid.findChildren(MinusButton)}) == 1
    assert (
        len({heading.font().pointSizeF() for heading in page.grid.findChildren(ColumnHeading)}) == 1
    )


def test_the_count_is_large_when_there_is_room_and_smaller_when_not(window, qtbot):
    page = window.today
    number = page.grid.buttons[next(iter(page.grid.buttons))].findChildren(QLabel)[0]
    _resized(window, qtbot, 1366, 768)
    large = number.font().pointSizeF()
    assert large >= 2 * page.font().pointSizeF()
    _resized(window, qtbot, 934, 427)
    assert number.font().pointSizeF() < large
    _resized(window, qtbot, 1366, 768)
    assert number.font().pointSizeF() == large


def test_a_failure_in_a_tiny_window_is_scrolled_into_view(app, data_dir, window, qtbot):
    """Below the counter's smallest size the counter scrolls; a red failure message (here: the
    database deleted under the running program) is scrolled to, never left out of view."""
    page = window.today
    _resized(window, qtbot, 934, 300)
    scroll = page.counter_scroll
    assert scroll.verticalScrollBar().isVisible()
    assert not _in(scroll.viewport(), window).contains(_in(page.status, window))
    path = database_path(data_dir)
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    qtbot.mouseClick(next(iter(page.grid.buttons.values())), Qt.MouseButton.LeftButton)
    assert page.status.property("failed") is True
    assert "INTE" in page.status.text()
    qtbot.waitUntil(lambda: _in(scroll.viewport(), window).contains(_in(page.status, window)))
