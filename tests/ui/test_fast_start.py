"""The fast start: Idag painted from a plain sqlite3 snapshot, the services brought up behind it.

The snapshot shows what the services would; a click, a key or a −1 made before the services are
up waits and is saved through VisitService (read back here by a connection of its own) before
its number shows; a save that fails then is red and not counted; closing waits for them. A
database to upgrade, an empty or damaged file, or no data yet start the old way.
"""

import datetime as dt
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from faults import read_only_file
from vanskapshuset.app import open_app
from vanskapshuset.domain import settings_registry as keys
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.services.door import read_door
from vanskapshuset.store.models import LocalState
from vanskapshuset.store.quick_read import QuickRead
from vanskapshuset.ui import application
from vanskapshuset.ui.application import build_door_window, open_for_window, run_gui
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.services_start import ServicesStart
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.tally_grid import MinusButton

CLOCK = FixedClock(dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM))
DAY = dt.date(2025, 7, 3)
GIRL = (Gender.GIRL, "7-9")
BOY = (Gender.BOY, "10-13")
LEFT = Qt.MouseButton.LeftButton
SCHEMA_FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def stored(folder: Path, site_id: str | None = None) -> dict[tuple[Gender, str], int]:
    """Net visits per cell in the file today, read by a connection of its own."""
    connection = sqlite3.connect(f"file:{database_path(folder)}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT gender, age_band, SUM(delta) FROM visit WHERE local_date = ? "
            "AND (? IS NULL OR site_id = ?) GROUP BY 1, 2",
            (DAY.isoformat(), site_id, site_id),
        ).fetchall()
    finally:
        connection.close()
    return {(Gender(g), band): n for g, band, n in rows if n}


def prepare(folder: Path) -> None:
    """Four sites (one deleted, one an excursion), two leaders, today's visits at two sites,
    one undone, yesterday's."""
    app = open_app(folder, clock=CLOCK, actor="Testledare")
    try:
        park = app.sites.add("Vänskapsparken", "outdoor")
        house = app.sites.add("Vänskapshuset", "indoor")
        trip = app.sites.add("Utflykt", "excursion")
        gone = app.sites.add("Gamla gården", "indoor")
        app.sites.delete(gone.id)
        app.leaders.add("Amina")
        app.leaders.add("björn")
        app.visits.add(park.id, "girl", "7-9", 3)
        app.visits.add(park.id, "boy", "10-13", 2)
        [undone] = app.visits.add(park.id, "other", "14-17")
        app.visits.undo(undone)
        app.visits.add(park.id, "girl", "0-6", at=dt.datetime(2025, 7, 3, 10, 5, tzinfo=STOCKHOLM))
        app.visits.add(house.id, "girl", "7-9", 4)
        app.visits.add(park.id, "girl", "7-9", 5, at=dt.datetime(2025, 7, 2, 12, tzinfo=STOCKHOLM))
        assert trip.id
        app.settings.set(keys.CURRENT_SITE, park.id)  # where this laptop counted last
    finally:
        app.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "data"
    prepare(folder)
    return folder


@pytest.fixture
def starts(qtbot):
    """Windows painted from the snapshot, and the ServicesStart of each (closed at the end)."""
    made: list[ServicesStart] = []

    def start(folder: Path) -> tuple[MainWindow, ServicesStart]:
        snapshot = read_door(folder, CLOCK)
        assert snapshot is not None
        window = build_door_window(snapshot)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.today.keys is not None)  # listening after the paint
        services = ServicesStart(folder, CLOCK, window, open_for_window, lambda _app: None)
        made.append(services)
        return window, services

    yield start
    QThreadPool.globalInstance().waitForDone()
    for services in made:
        services.close()


def shown(window: MainWindow) -> dict[tuple[Gender, str], int]:
    return {cell: b.count for cell, b in window.today.grid.buttons.items() if b.count}


def test_the_snapshot_reads_what_the_services_read(folder, app):
    house = app.sites.by_name("Vänskapshuset").id
    with app.db.write() as session:  # this laptop counted at the house last, in English
        session.merge(LocalState(key="current_site_id", value=house))
        session.merge(LocalState(key="language", value="en"))
    snapshot = read_door(folder, CLOCK)
    assert snapshot is not None
    session = UiSession(app)
    assert snapshot.site_id == session.site_id
    assert [(s.id, s.name, s.kind) for s in snapshot.sites] == [
        (s.id, s.name, s.kind) for s in app.sites.list()
    ]
    assert [(x.id, x.name) for x in snapshot.leaders] == [
        (x.id, x.name) for x in app.leaders.list()
    ]
    assert snapshot.bands == app.age_bands.list()
    for site in app.sites.list():  # every site's day, as Idag would show it there
        grid = app.visits.day_grid(site.id, DAY)
        reader = QuickRead.open(database_path(folder))
        assert reader is not None
        try:
            cells, hours = reader.day_cells(site.id, DAY), reader.day_hours(site.id, DAY)
        finally:
            reader.close()
        assert {(Gender(g), b): n for g, b, n in cells if n} == grid.cells
        assert dict(hours) == grid.by_hour
    grid = app.visits.day_grid(house, DAY)
    assert snapshot.site_id == house
    assert snapshot.cells == grid.cells == {GIRL: 4} and snapshot.by_hour == grid.by_hour
    assert snapshot.language == app.settings.language() == "en"
    assert snapshot.leader_id is None


def test_the_window_painted_from_the_snapshot_shows_the_database(folder, starts, qtbot):
    window, services = starts(folder)
    page = window.today
    assert not window.session.ready
    assert page.site.currentText() == "Vänskapsparken"  # where this laptop counted last
    today = {GIRL: 3, BOY: 2, (Gender.GIRL, "0-6"): 1}
    assert shown(window) == stored(folder, page.session.site_id) == today
    assert page.total.text() == "6"
    assert not page.site.isEnabled()  # the choices wait for the services
    services.begin()
    qtbot.waitUntil(lambda: window.session.ready)
    assert shown(window) == stored(folder, page.session.site_id)
    assert page.total.text() == "6"
    assert page.site.isEnabled() and page.day_note is not None and page.activities is not None
    other = open_app(folder, clock=CLOCK)  # another program counts: the window notices
    try:
        other.visits.add(page.session.site_id or "", "girl", "7-9")
    finally:
        other.close()
    assert window.external_changes is not None and window.external_changes.poll()
    assert page.grid.count_of(GIRL) == 4 and page.total.text() == "7"


def test_clicks_keys_and_a_minus_made_before_the_services_are_up_are_saved_then_shown(
    folder, starts, qtbot
):
    window, services = starts(folder)
    page = window.today
    site = page.session.site_id
    before = stored(folder, site)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # girls 7-9, by the key filter
    minus = page.grid.buttons[BOY].parentWidget().findChildren(MinusButton)[0]
    qtbot.mouseClick(minus, LEFT)  # −1 on the boys 10-13
    assert page.waiting() == 4
    assert shown(window) == before  # nothing shown as counted yet
    assert stored(folder, site) == before  # and nothing written past the services
    assert "väntar" in page.status.text() and page.status.property("failed") is not True

    services.begin()
    qtbot.waitUntil(lambda: window.session.ready and page.waiting() == 0)
    expected = {**before, GIRL: before[GIRL] + 3, BOY: before[BOY] - 1}
    assert stored(folder, site) == expected
    assert shown(window) == expected
    assert page.total.text() == str(sum(expected.values()))
    assert page.status.text() == "Ett besök borttaget: Pojke, 10-13 år."  # the last one done
    assert page.status.property("failed") is False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # and the door goes on as usual
    assert stored(folder, site)[GIRL] == before[GIRL] + 4 == page.grid.count_of(GIRL)


def test_ctrl_z_made_before_the_services_are_up_undoes_the_count_before_it(folder, starts, qtbot):
    window, services = starts(folder)
    page = window.today
    site = page.session.site_id
    before = stored(folder, site)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    qtbot.keyClick(page.grid.buttons[GIRL], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.waiting() == 3
    services.begin()
    qtbot.waitUntil(lambda: window.session.ready and page.waiting() == 0)
    assert stored(folder, site)[GIRL] == before[GIRL] + 1 == page.grid.count_of(GIRL)


def test_a_page_asked_for_before_the_services_are_up_opens_once_they_are(folder, starts, qtbot):
    from vanskapshuset.ui.pages.activities import ActivitiesPage

    window, services = starts(folder)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.today  # Idag stays until then
    services.begin()
    qtbot.waitUntil(lambda: window.session.ready)
    assert isinstance(window.pages.currentWidget(), ActivitiesPage)


def test_closing_before_the_services_are_up_saves_what_waited_first(folder, starts, qtbot):
    window, services = starts(folder)
    page = window.today
    site = page.session.site_id
    before = stored(folder, site)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    window.close()
    assert window.isVisible()  # not yet: a count waits
    services.begin()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert stored(folder, site)[GIRL] == before[GIRL] + 1


def test_a_save_that_fails_while_starting_is_red_and_not_counted(folder, starts, qtbot):
    with read_only_file(database_path(folder)):
        window, services = starts(folder)
        page = window.today
        site = page.session.site_id
        before = stored(folder, site)
        qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
        services.begin()
        qtbot.waitUntil(lambda: window.session.ready and page.waiting() == 0)
        status = page.status
        assert status.property("failed") is True
        assert status.text().startswith("Besöket sparades INTE – ")
        assert "skrivskyddad" in status.text()
        assert shown(window) == before
    assert stored(folder, site) == before


@pytest.mark.parametrize("answer", ["restore_button", "empty_button", "quit_button"])
def test_damage_found_behind_the_snapshot_is_met_with_the_damaged_database_dialog(
    tmp_path, starts, qtbot, monkeypatch, answer
):
    """The snapshot could read the file, the start check then finds it cut short: the dialog
    as at any start. Restored, what waited is counted into the restored data; quit, the window
    closes, nothing was shown as counted, and the file stays as it was."""
    from vanskapshuset.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
    from vanskapshuset.ui.dialogs.first_run import FirstRunDialog

    folder = tmp_path / "data"
    prepare(folder)
    app = open_app(folder, clock=CLOCK, actor="Testledare")
    app.backups.create()
    app.close()
    window, services = starts(folder)
    page = window.today
    site = page.session.site_id
    before = stored(folder, site)
    qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
    path = database_path(folder)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    cut = path.read_bytes()

    def choose(dialog: DamagedDatabaseDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(getattr(dialog, answer), LEFT)
        return dialog.result()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose)
    # An empty database asks for the first start's setup; the person closes it: the window too.
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _dialog: 0)
    services.begin()
    if answer == "empty_button":
        qtbot.waitUntil(lambda: not window.isVisible())
        assert services.exit_code == 0 and not window.session.ready
        assert stored(folder) == {}  # the new, empty database: nothing counted into it
        return
    if answer == "quit_button":
        qtbot.waitUntil(lambda: not window.isVisible())
        assert services.exit_code == 2 and not window.session.ready
        assert shown(window) == before and path.read_bytes() == cut
        return
    qtbot.waitUntil(lambda: window.session.ready and page.waiting() == 0)
    assert stored(folder, site) == {**before, GIRL: before[GIRL] + 1} == shown(window)


def test_closing_while_a_waiting_save_fails_keeps_the_window_and_its_red_line(
    folder, starts, qtbot
):
    with read_only_file(database_path(folder)):
        window, services = starts(folder)
        page = window.today
        qtbot.mouseClick(page.grid.buttons[GIRL], LEFT)
        window.close()
        services.begin()
        qtbot.waitUntil(lambda: window.session.ready and page.waiting() == 0)
        assert window.isVisible() and page.status.property("failed") is True
        assert "skrivskyddad" in page.status.text()
    window.close()  # the person has seen it; now it closes
    assert not window.isVisible()


def test_a_file_to_upgrade_or_without_data_has_no_snapshot(tmp_path, app):
    assert read_door(tmp_path / "nowhere", CLOCK) is None  # no folder yet: the first start
    assert read_door(app.db.path.parent, CLOCK) is None  # a database without sites: setup
    empty = tmp_path / "empty"
    empty.mkdir()
    database_path(empty).write_bytes(b"")
    assert read_door(empty, CLOCK) is None
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    database_path(damaged).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert read_door(damaged, CLOCK) is None
    for fixture in sorted(SCHEMA_FIXTURES.glob("*.sqlite"))[:-1]:  # every older revision
        old = tmp_path / fixture.stem
        old.mkdir()
        shutil.copy(fixture, database_path(old))
        assert read_door(old, CLOCK) is None, fixture.stem


@pytest.fixture
def gui(qapp, monkeypatch, capsys):
    """run_gui in this process with the smoke-test switch: it closes once the services are up."""
    monkeypatch.setenv(application.EXIT_WHEN_SHOWN, "1")
    name, style, hook = qapp.applicationName(), qapp.styleSheet(), sys.excepthook

    def run(folder: Path) -> tuple[int, str]:
        code = run_gui(folder, CLOCK)
        return code, capsys.readouterr().out

    yield run
    qapp.setApplicationName(name)  # run_gui sets these for the whole process
    qapp.setStyleSheet(style)
    sys.excepthook = hook


def test_the_program_starts_from_the_snapshot_and_says_when_idag_shows(folder, gui, monkeypatch):
    painted: list[bool] = []
    real = application.build_door_window
    monkeypatch.setattr(application, "build_door_window", lambda d: painted.append(True) or real(d))
    code, out = gui(folder)
    assert code == 0 and out.splitlines() == [application.SHOWN_LINE]
    assert painted == [True]


def test_a_file_to_upgrade_starts_the_old_way_and_is_upgraded(tmp_path, gui, monkeypatch):
    older = sorted(SCHEMA_FIXTURES.glob("*.sqlite"))[0]
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(older, database_path(folder))
    monkeypatch.setattr(application, "build_door_window", _never)
    code, out = gui(folder)
    assert code == 0 and out.splitlines() == [application.SHOWN_LINE]
    assert read_door(folder, CLOCK) is not None  # upgraded: the next start is the fast one


def _never(_door: object) -> None:
    raise AssertionError("a file to upgrade has no snapshot")
