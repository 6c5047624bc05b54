"""The day note is never lost: saved by itself after typing stops, before a template click's
refresh, a change of day or site, leaving the page, closing the window, and before a kill.
And a template already used that day asks before a second activity."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from by_name import template_input
from vanskapshuset.app import open_app
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.day_note import AUTOSAVE_MS

DAY = dt.date(2025, 7, 3)  # the clock fixture's day, a Thursday


@pytest.fixture
def window(app, qtbot):
    park = app.sites.add("Vänskapsparken", "outdoor")
    app.sites.add("Vänskapshuset", "indoor")
    app.templates.add(
        template_input(
            app, "Vänskapsparken", DAY.weekday(), dt.time(15), dt.time(17), "Fotboll", "Fotboll"
        )
    )
    session = UiSession(app)
    session.site_id = park.id  # the park, whose template is on Thursdays
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def stored_note(app, day: dt.date = DAY, site: str = "Vänskapsparken") -> str:
    site_id = next(s.id for s in app.sites.list() if s.name == site)
    return app.day_logs.get(site_id, day).note


def type_note(qtbot, window, text: str) -> None:
    note = window.today.day_note.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, text)


def test_the_note_saves_itself_shortly_after_typing_stops(app, window, qtbot):
    type_note(qtbot, window, "Soligt, manga nya")
    qtbot.waitUntil(lambda: stored_note(app) == "Soligt, manga nya", timeout=AUTOSAVE_MS + 3000)
    assert "Sparad" in window.today.day_note.status.text()
    note = window.today.day_note.note
    assert note.hasFocus() and note.textCursor().position() == len("Soligt, manga nya")
    qtbot.keyClicks(note, " idag")  # typing on after the save keeps its place and its spaces
    assert note.toPlainText() == "Soligt, manga nya idag"


def test_a_template_click_keeps_and_saves_the_typed_note(app, window, qtbot):
    type_note(qtbot, window, "Fotboll flyttad inomhus")
    [button] = window.today.activities.template_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(app.activities.list(DAY, DAY)) == 1
    assert window.today.day_note.note.toPlainText() == "Fotboll flyttad inomhus"
    assert stored_note(app) == "Fotboll flyttad inomhus"


def test_changing_the_day_or_the_site_saves_the_note_first(app, window, qtbot):
    page = window.today
    type_note(qtbot, window, "Torsdag")
    page.day.setDate(QDate(2025, 7, 2))
    assert stored_note(app) == "Torsdag"
    assert page.day_note.note.toPlainText() == ""  # the other day's (empty) note
    type_note(qtbot, window, "Onsdag")
    page.site.setCurrentIndex(page.site.findText("Vänskapshuset"))
    assert stored_note(app, dt.date(2025, 7, 2)) == "Onsdag"
    assert stored_note(app) == "Torsdag"


def test_leaving_the_page_saves_the_note(app, window, qtbot):
    type_note(qtbot, window, "Lugn dag")
    window.navigation.setCurrentRow(1)
    assert stored_note(app) == "Lugn dag"


def test_closing_the_window_saves_the_note(app, window, qtbot):
    type_note(qtbot, window, "Stangde tidigt")
    assert window.close()
    assert stored_note(app) == "Stangde tidigt"


def test_a_note_that_cannot_be_saved_asks_before_closing_and_keeps_the_day(app, window, qtbot):
    page, note = window.today, window.today.day_note
    note.closes.setTime(note.opens.time().addSecs(-3600))  # refused by the day-log service
    type_note(qtbot, window, "Viktigt")
    page.day.setDate(QDate(2025, 7, 2))
    assert page.day.date().toPython() == DAY  # stays on the day whose note is not saved
    assert "INTE" in page.status.text() and page.status.property("failed") is True

    answers = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        answers.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and note.note.toPlainText() == "Viktigt"
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Close))
    assert window.close()
    assert len(answers) == 2 and "Stängningstiden" in answers[0]


# The child types a note in a real window, then keeps running until it is killed.
TYPE_THEN_WAIT = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from vanskapshuset.app import open_app
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

application = QApplication([])
window = MainWindow(UiSession(open_app(Path(sys.argv[1]))))
window.show()
note = window.today.day_note.note
note.setFocus()
QTest.keyClicks(note, "Ingen strom efter 16")
print("typed", flush=True)
application.exec()
"""


def test_a_note_typed_before_the_process_is_killed_is_in_the_database(tmp_path):
    folder = tmp_path / "data"
    app = open_app(folder)
    try:
        site_id = app.sites.add("Vänskapsparken", "outdoor").id
    finally:
        app.close()
    child = subprocess.Popen(
        [sys.executable, "-c", TYPE_THEN_WAIT, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typed"
        time.sleep(AUTOSAVE_MS / 1000 + 1.5)  # the autosave delay, and then some
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        child.kill()
    connection = sqlite3.connect(database_path(folder))
    try:
        notes = connection.execute(
            "SELECT note FROM day_log WHERE site_id = ?", (site_id,)
        ).fetchall()
    finally:
        connection.close()
    assert notes == [("Ingen strom efter 16",)]


def answer_with_key(qtbot, key: Qt.Key, seen: list[str], tries: int = 250) -> None:
    """Answer the question that is about to open with one real key press (looking for it
    for at most 5 s, so a question that never comes cannot catch a later test's dialog)."""

    def press(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(20, lambda: press(left - 1))
            return
        seen.append(box.text())
        qtbot.keyClick(box.focusWidget() or box, key)  # to the box even if not active

    QTimer.singleShot(20, lambda: press(tries))


def test_a_template_used_today_asks_before_a_second_activity(app, window, qtbot):
    [button] = window.today.activities.template_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(app.activities.list(DAY, DAY)) == 1
    seen: list[str] = []
    answer_with_key(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.mouseClick(window.today.activities.template_buttons[0], Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "Fotboll" in seen[0] and "finns redan" in seen[0]
    assert len(app.activities.list(DAY, DAY)) == 1  # Esc: still one
    answer_with_key(qtbot, Qt.Key.Key_Return, seen)
    qtbot.mouseClick(window.today.activities.template_buttons[0], Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert len(app.activities.list(DAY, DAY)) == 2  # Enter: one key confirms a second
    assert window.today.activity_list.count() == 2


def test_opening_hours_take_typing_after_one_click_and_save_themselves(app, window, qtbot):
    note = window.today.day_note
    field = note.opens.lineEdit()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().topLeft() + QPoint(4, 4))
    for key in (Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_0):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert note.opens.time() == QTime(14, 30)
    assert window.today.grid.count_of((Gender.GIRL, "0-6")) == 0  # typing, not counting
    site_id = window.session.site_id
    qtbot.waitUntil(
        lambda: app.day_logs.get(site_id, DAY).opens_at == dt.time(14, 30),
        timeout=AUTOSAVE_MS + 3000,
    )
