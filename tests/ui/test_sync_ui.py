"""Synk through the real widgets, on two real laptops (each its own database in tmp_path): making
and joining the team (the coordinator's password asked where it should be), the shared folder
and "Synka nu" on both, refused files, a real conflict, the team code on paper, English."""

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from by_name import activity_input
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.services.activities import ActivityChanges
from vanskapshuset.sheets.team_code_pdf import TITLE, write_team_code_sheet
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.dialogs.file_saving import FileSaver
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.dialogs.team_dialogs import CreateTeamDialog, JoinTeamDialog
from vanskapshuset.ui.fonts import MONO
from vanskapshuset.ui.main_window import SYNC_ROW, MainWindow
from vanskapshuset.ui.pages.history import HistoryPage
from vanskapshuset.ui.pages.sync import SyncPage
from vanskapshuset.ui.pages.sync_folder import MAX_DETAIL_LINES
from vanskapshuset.ui.pages.sync_team import HIDDEN_GROUP
from vanskapshuset.ui.session import UiSession

LEFT = Qt.MouseButton.LeftButton
SITE = "Vänskapshuset"
PASSWORD = "hemligt1"
DAY = dt.date(2025, 7, 3)  # the clock fixture's day


# -- laptops, pages and the person at the keyboard -------------------------------------------------


@pytest.fixture
def laptops(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[App, App]]:
    """The coordinator's laptop and the door laptop, set up apart with the same site."""
    opened = []
    for name, leader in (("coordinator", "Amina"), ("door", "Bashir")):
        app = open_app(tmp_path / name, clock=clock, actor=leader)
        app.setup.first_setup([(SITE, "indoor")], leader)
        opened.append(app)
    yield opened[0], opened[1]
    for app in opened:
        app.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "USB-minne" / "synk"
    shared.mkdir(parents=True)
    return shared


def open_page(qtbot, app: App, folder: Path | None = None) -> SyncPage:
    page = SyncPage(UiSession(app))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()  # as the main window does when it shows the page
    if folder is not None:
        page.folder.ask_folder = lambda suggested: folder  # the folder dialog, answered
    return page


@dataclass
class Person:
    """What the person types when a dialog asks; one answer per question."""

    passwords: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def password(self, dialog: PasswordDialog) -> int:
        self.asked.append("password")
        if not self.passwords:
            return 0  # cancelled
        dialog.password.setText(self.passwords.pop(0))
        dialog._try()
        if not dialog.error.isHidden():
            self.refusals.append(dialog.error.text())
        return dialog.result()

    def create(self, dialog: CreateTeamDialog) -> int:
        self.asked.append("create")
        dialog.name.setText(self.names.pop(0))
        dialog._try()
        return dialog.result()

    def join(self, dialog: JoinTeamDialog) -> int:
        self.asked.append("join")
        dialog.code.setText(self.codes.pop(0))
        dialog.name.setText(self.names.pop(0))
        dialog._try()
        if not dialog.error.isHidden():
            self.refusals.append(dialog.error.text())
            return 0  # sees the refusal, then cancels
        return dialog.result()


@pytest.fixture
def person(monkeypatch) -> Person:
    someone = Person()
    monkeypatch.setattr(PasswordDialog, "exec", lambda dialog: someone.password(dialog))
    monkeypatch.setattr(CreateTeamDialog, "exec", lambda dialog: someone.create(dialog))
    monkeypatch.setattr(JoinTeamDialog, "exec", lambda dialog: someone.join(dialog))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    return someone


def press_sync(qtbot, page: SyncPage) -> None:
    qtbot.mouseClick(page.folder.sync_button, LEFT)
    qtbot.waitUntil(lambda: not page.folder.is_busy(), timeout=15_000)


def visits(app: App) -> int:
    return app.statistics.period(DAY, DAY).visits


def cells(model) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def in_team(qtbot, person: Person, coordinator: App, door: App, folder: Path):
    """Both laptops in one team and pointed at `folder`, through their pages."""
    person.names += ["Samordnarens dator"]
    coordinator_page = open_page(qtbot, coordinator, folder)
    qtbot.mouseClick(coordinator_page.team.create_button, LEFT)
    code = coordinator.sync.status().code
    assert code is not None
    person.codes.append(code)
    person.names.append("Dörren")
    door_page = open_page(qtbot, door, folder)
    qtbot.mouseClick(door_page.team.join_button, LEFT)
    for page in (coordinator_page, door_page):
        qtbot.mouseClick(page.folder.folder_button, LEFT)
    return coordinator_page, door_page


# -- the team --------------------------------------------------------------------------------------


def test_creating_a_team_asks_the_coordinator_and_then_shows_the_code_large(qtbot, laptops, person):
    coordinator, _ = laptops
    coordinator.settings.set_coordinator_password(PASSWORD)
    page = open_page(qtbot, coordinator)
    team = page.team
    assert team.panels.currentIndex() == 0  # "Skapa ett lag" / "Gå med i ett lag"
    assert not page.folder.isEnabled() and not page.folder.sync_button.isEnabled()
    assert page.how.isVisibleTo(page) and not page.tables.isVisibleTo(page)

    qtbot.mouseClick(team.create_button, LEFT)  # the password dialog is cancelled
    assert person.asked == ["password"]
    assert team.error.text() == "Ett lag får bara samordnaren skapa."
    assert not coordinator.sync.status().in_team

    person.passwords.append(PASSWORD)
    person.names.append("Samordnarens dator")
    qtbot.mouseClick(team.create_button, LEFT)
    status = coordinator.sync.status()
    assert status.in_team and status.device_name == "Samordnarens dator"
    assert person.asked == ["password", "password", "create"]
    assert team.panels.currentIndex() == 1
    assert team.device_name.text() == "Samordnarens dator"
    # Just made: shown to the coordinator in two lines of groups, in the monospaced font the
    # app ships (the system's "monospace" may not be monospaced to Qt).
    groups = status.code.split("-")
    assert team.code.text() == "-".join(groups[:4]) + "\n" + "-".join(groups[4:])
    assert team.code.font().family() == MONO
    info = QFontInfo(team.code.font())
    assert info.family() == MONO
    assert info.pointSizeF() > 1.5 * QFontInfo(team.device_name.font()).pointSizeF()
    assert page.folder.isEnabled() and page.folder.sync_button.isEnabled()
    assert page.tables.isVisibleTo(page) and not page.how.isVisibleTo(page)


def test_showing_and_copying_the_code_and_leaving_are_the_coordinators(qtbot, laptops, person):
    coordinator, _ = laptops
    code = coordinator.sync.create_team("Samordnarens dator").code
    coordinator.settings.set_coordinator_password(PASSWORD)
    page = open_page(qtbot, coordinator)  # a new session: locked again
    team = page.team
    assert code not in team.code.text().replace("\n", "-")
    assert team.code.text().startswith(HIDDEN_GROUP)
    QGuiApplication.clipboard().setText("något annat")

    person.passwords.append("fel lösenord")
    qtbot.mouseClick(team.copy_button, LEFT)
    assert person.refusals == ["Fel lösenord."]
    assert QGuiApplication.clipboard().text() == "något annat"
    assert team.error.text() == "Lagkoden får bara samordnaren se."

    person.passwords.append(PASSWORD)
    qtbot.mouseClick(team.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == code
    assert team.message.text() == "Lagkoden är kopierad."
    qtbot.mouseClick(team.show_button, LEFT)  # unlocked in this session: no second question
    assert team.code.text().replace("\n", "-") == code
    qtbot.mouseClick(team.show_button, LEFT)
    assert team.code.text().startswith(HIDDEN_GROUP)

    qtbot.mouseClick(team.leave_button, LEFT)
    assert not coordinator.sync.status().in_team
    assert team.panels.currentIndex() == 0
    assert person.asked.count("password") == 2  # wrong, right, and none after unlocking


def test_a_mistyped_code_is_refused_inline_and_nothing_joins(qtbot, laptops, person):
    coordinator, door = laptops
    code = coordinator.sync.create_team("Samordnarens dator").code
    page = open_page(qtbot, door)
    person.codes.append(code[:-1] + ("0" if code[-1] != "0" else "1"))
    person.names.append("Dörren")
    qtbot.mouseClick(page.team.join_button, LEFT)
    assert person.refusals == ["Lagkoden är felskriven; kontrollera den tecken för tecken."]
    assert not door.sync.status().in_team
    assert page.team.panels.currentIndex() == 0


def test_a_laptop_is_renamed_from_the_page(qtbot, laptops, person, monkeypatch):
    from vanskapshuset.ui.dialogs.rename_dialog import RenameDialog

    coordinator, _ = laptops
    coordinator.sync.create_team("Samordnarens dator")
    page = open_page(qtbot, coordinator)

    def typed(dialog: RenameDialog) -> int:
        dialog.name.setText("  Kontoret  ")
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(RenameDialog, "exec", typed)
    qtbot.mouseClick(page.team.rename_button, LEFT)
    assert coordinator.sync.status().device_name == "Kontoret"
    assert page.team.device_name.text() == "Kontoret"


# -- the folder and "Synka nu" --------------------------------------------------------------------


def test_two_laptops_sync_through_the_folder_and_the_visits_arrive(qtbot, laptops, person, folder):
    coordinator, door = laptops
    coordinator_page, door_page = in_team(qtbot, person, coordinator, door, folder)
    assert door.sync.status().in_team and door.sync.status().device_name == "Dörren"
    assert door_page.folder.folder.text() == str(folder)
    assert coordinator.sync.status().folder == folder
    door.visits.add(door.sites.by_name(SITE).id, "girl", "7-9", count=5)
    coordinator.visits.add(coordinator.sites.by_name(SITE).id, "boy", "10-13", count=2)

    press_sync(qtbot, door_page)  # the first: nothing to read in yet, its own file written
    assert door_page.folder.headline.text().startswith("Synk klar")
    assert "inget nytt" in door_page.folder.headline.text()
    assert "Den här datorns fil skrevs" in door_page.folder.details.text()
    assert len(list(folder.glob("Dörren-*.vhsync"))) == 1

    press_sync(qtbot, coordinator_page)
    assert visits(coordinator) == 7
    headline = coordinator_page.folder.headline.text()
    assert "nya besök: 5" in headline
    assert "Från ”Dörren”" in coordinator_page.folder.details.text()
    rows = cells(coordinator_page.tables.peers_model)
    by_name = {row[0]: row for row in rows}
    assert by_name["Dörren"][3] == "5"  # new visits
    assert by_name["Samordnarens dator (den här datorn)"][1] == "den här datorn – senast skriven"
    assert by_name["Samordnarens dator (den här datorn)"][3] == "7 (i filen)"
    recent = cells(coordinator_page.tables.recent_model)
    assert [row[1] for row in recent] == ["Dörren"]

    press_sync(qtbot, door_page)
    assert visits(door) == 7
    assert "nya besök: 2" in door_page.folder.headline.text()

    press_sync(qtbot, coordinator_page)  # the door's newer file: read in, nothing new in it
    assert "inget nytt" in coordinator_page.folder.headline.text()
    press_sync(qtbot, coordinator_page)  # nothing new anywhere: nothing read, nothing written
    assert "inget nytt" in coordinator_page.folder.headline.text()
    assert coordinator_page.folder.details.text() == (
        "Inget nytt att skriva: den här datorns filer i mappen är aktuella."
    )
    assert visits(coordinator) == 7


def test_the_busy_bar_shows_only_when_a_sync_takes_a_while(qtbot, laptops, person, folder):
    coordinator, _ = laptops
    coordinator.sync.create_team("Samordnarens dator")
    coordinator.sync.set_folder(folder)
    page = open_page(qtbot, coordinator)
    release = threading.Event()
    original = coordinator.sync.sync_folder

    def slow(chosen: Path | None = None):
        release.wait(10)  # a slow network share
        return original(chosen)

    coordinator.sync.sync_folder = slow
    box = page.folder
    try:
        qtbot.mouseClick(box.sync_button, LEFT)
        assert box.is_busy() and box.busy.isHidden()
        assert not box.sync_button.isEnabled() and not box.import_button.isEnabled()
        qtbot.waitUntil(box.busy.isVisible, timeout=3000)
        assert box.busy_text.text() == "Synkar…"
        qtbot.mouseClick(box.sync_button, LEFT)  # disabled: no second sync on top
    finally:
        release.set()
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=15_000)
    assert box.busy.isHidden() and box.sync_button.isEnabled()
    assert len(list(folder.glob("*.vhsync"))) == 1
    assert len(coordinator.sync.recent()) == 1  # written once


def test_the_first_press_without_a_folder_asks_for_one(qtbot, laptops, person, folder):
    coordinator, _ = laptops
    coordinator.sync.create_team("Samordnarens dator")
    page = open_page(qtbot, coordinator, folder)
    assert page.folder.folder.text() == "(ingen mapp vald än)"
    press_sync(qtbot, page)
    assert coordinator.sync.status().folder == folder
    assert len(list(folder.glob("*.vhsync"))) == 1


def test_a_cut_off_or_foreign_file_shows_its_sentence_and_changes_nothing(
    qtbot, laptops, person, folder, tmp_path, clock
):
    coordinator, door = laptops
    coordinator_page, door_page = in_team(qtbot, person, coordinator, door, folder)
    door.visits.add(door.sites.by_name(SITE).id, "girl", "7-9", count=4)
    press_sync(qtbot, door_page)
    (bundle,) = folder.glob("Dörren-*.vhsync")
    whole = bundle.read_bytes()
    bundle.write_bytes(whole[: len(whole) // 2])  # still being copied onto the stick
    (folder / "semester.vhsync").write_bytes(b"\xff\xd8\xff\xe0 a photo, renamed" * 100)
    other_team = open_app(tmp_path / "other", clock=clock)
    try:
        other_team.setup.first_setup([("Rosengårds bibliotek", "indoor")], "Cecilia")
        other_team.sync.create_team("Bibliotekets dator")
        other_team.visits.add(other_team.sites.by_name("Rosengårds bibliotek").id, "boy", "7-9")
        other_team.sync.export_bundle(folder / "Biblioteket.vhsync")
    finally:
        other_team.close()
    audit_before = coordinator.audit.count()

    press_sync(qtbot, coordinator_page)
    details = coordinator_page.folder.details.text().splitlines()
    assert (
        f"”{bundle.name}” är ofullständig: filen slutar för tidigt (kopieras den fortfarande?). "
        "Den prövas igen vid nästa synk."
    ) in details
    assert "”semester.vhsync” är ingen synkfil från Vänskapshuset." in details
    assert (
        "”Biblioteket.vhsync” kommer från ett annat lag än den här datorns; den kan inte läsas in."
    ) in details
    assert "inget nytt" in coordinator_page.folder.headline.text()
    assert coordinator_page.folder.error.isHidden()  # the sync itself went well
    assert visits(coordinator) == 0
    assert coordinator.audit.count() == audit_before
    assert cells(coordinator_page.tables.recent_model) == []

    bundle.write_bytes(whole)  # the copy has finished: read in at the next press
    press_sync(qtbot, coordinator_page)
    assert visits(coordinator) == 4
    assert "nya besök: 4" in coordinator_page.folder.headline.text()


def test_many_refused_files_do_not_push_the_tables_off_the_page(qtbot, laptops, person, folder):
    coordinator, _ = laptops
    coordinator.sync.create_team("Samordnarens dator")
    for number in range(12):
        (folder / f"foto-{number:02}.vhsync").write_text("inte en synkfil")
    page = open_page(qtbot, coordinator, folder)
    press_sync(qtbot, page)
    shown = page.folder.details.text().splitlines()
    assert len(shown) == MAX_DETAIL_LINES
    assert shown[0] == "”foto-00.vhsync” är ingen synkfil från Vänskapshuset."
    assert shown[-1] == "… och 6 rader till (håll muspekaren här för att se alla)."
    everything = page.folder.details.toolTip().splitlines()
    assert len(everything) == 13  # twelve refusals and where this laptop's file went
    assert everything[11] == "”foto-11.vhsync” är ingen synkfil från Vänskapshuset."


def test_an_error_is_one_sentence_on_the_page(qtbot, laptops, person, tmp_path):
    coordinator, _ = laptops
    coordinator.sync.create_team("Samordnarens dator")
    missing = tmp_path / "USB-minnet som inte sitter i"
    coordinator.sync.set_folder(missing)
    page = open_page(qtbot, coordinator)
    press_sync(qtbot, page)
    box = page.folder
    assert not box.error.isHidden()
    assert box.error.text() == (
        f"Mappen ”{missing}” finns inte (är minnet eller nätverket anslutet?)."
    )
    assert box.headline.isHidden() and box.details.isHidden()
    assert box.sync_button.isEnabled()  # try again once the stick is in


def test_a_single_file_is_exported_and_read_in_by_hand(qtbot, laptops, person, tmp_path):
    coordinator, door = laptops
    code = coordinator.sync.create_team("Samordnarens dator").code
    door.sync.join_team(code, "Dörren")
    door.visits.add(door.sites.by_name(SITE).id, "other", "10-13", count=3)
    door_page = open_page(qtbot, door)
    asked: list[Path] = []
    door_page.folder.ask_save_bundle = lambda suggested: (
        asked.append(suggested) or (tmp_path / "från dörren.vhsync")
    )
    qtbot.mouseClick(door_page.folder.export_button, LEFT)
    qtbot.waitUntil(lambda: not door_page.folder.is_busy(), timeout=15_000)
    assert asked[0].name.startswith("Dörren-") and asked[0].suffix == ".vhsync"
    assert (tmp_path / "från dörren.vhsync").is_file()
    assert "besök: 3" in door_page.folder.details.text()

    page = open_page(qtbot, coordinator)
    page.folder.ask_open_bundle = lambda folder, suffix: tmp_path / "från dörren.vhsync"
    qtbot.mouseClick(page.folder.import_button, LEFT)
    qtbot.waitUntil(lambda: not page.folder.is_busy(), timeout=15_000)
    assert visits(coordinator) == 3
    assert page.folder.headline.text().startswith("Från ”Dörren”")
    assert [row[1] for row in cells(page.tables.recent_model)] == ["Dörren"]


# -- conflicts -------------------------------------------------------------------------------------


def test_two_edits_of_one_title_show_as_a_conflict_until_marked_seen(
    qtbot, laptops, person, folder, clock
):
    coordinator, door = laptops
    coordinator_page, door_page = in_team(qtbot, person, coordinator, door, folder)
    activity = coordinator.activities.create(
        activity_input(coordinator, SITE, DAY, dt.time(15), dt.time(16), "Läxhjälp", "Läxhjälp")
    )
    press_sync(qtbot, coordinator_page)
    press_sync(qtbot, door_page)
    coordinator.activities.edit(activity, ActivityChanges(title="Läxhjälp med Rädda Barnen"))
    clock.advance(dt.timedelta(minutes=5))
    door.activities.edit(activity, ActivityChanges(title="Läxhjälp och fika"))  # the newer
    press_sync(qtbot, door_page)
    clock.advance(dt.timedelta(minutes=5))
    coordinator.settings.set_coordinator_password(PASSWORD)
    window = MainWindow(UiSession(coordinator))
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(SYNC_ROW)
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    page.folder.ask_folder = lambda suggested: folder

    press_sync(qtbot, page)
    assert coordinator.activities.get(activity).title == "Läxhjälp och fika"  # the newest won
    assert "Konflikter: 1" in page.folder.headline.text()
    rows = cells(page.tables.conflicts_model)
    assert len(rows) == 1
    found, kind, record, lost, won, changes = rows[0]
    assert kind == "Aktivitet"
    assert record == "Läxhjälp och fika (2025-07-03)"
    assert lost == "Samordnarens dator, 2025-07-03 14:00"
    assert won == "Dörren, 2025-07-03 14:05"
    assert changes == "titel: Läxhjälp med Rädda Barnen → Läxhjälp och fika"
    assert found == "2025-07-03 14:10"
    tables = page.tables
    assert tables.conflicts_model.is_marked(0)
    assert tables.conflicts_model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert tables.tabText(2) == "Konflikter (1 ny)"
    assert page.unseen_note.text() == "1 ny konflikt att titta på"
    assert window.navigation.item(SYNC_ROW).text() == "Synk (1 ny)\n(Ctrl+6)"
    assert "titel: Läxhjälp med Rädda Barnen → Läxhjälp och fika" in (
        tables.conflict_details.text()
    )
    # The import is in the coordinator's history too, in words.
    coordinator.access.unlock(PASSWORD)
    history = HistoryPage(UiSession(coordinator))
    qtbot.addWidget(history)
    history.refresh()
    what = [history.model.index(row, 3).data() for row in range(history.model.rowCount())]
    imports = [row for row, text in enumerate(what) if text == "läste in synkfil"]
    assert imports
    assert "från dator: Dörren" in history.model.index(imports[0], 4).data()
    coordinator.access.lock()

    qtbot.mouseClick(tables.seen_button, LEFT)  # cancelled at the password
    assert coordinator.sync.conflicts(include_seen=False)
    person.passwords.append(PASSWORD)
    qtbot.mouseClick(tables.seen_button, LEFT)
    assert coordinator.sync.conflicts(include_seen=False) == []
    assert not tables.conflicts_model.is_marked(0)
    assert tables.conflicts_model.rowCount() == 1  # still listed, no longer emphasised
    assert tables.tabText(2) == "Konflikter"
    assert page.unseen_note.isHidden()
    assert window.navigation.item(SYNC_ROW).text() == "Synk\n(Ctrl+6)"
    assert not tables.seen_button.isEnabled()


# -- the team code on paper ------------------------------------------------------------------------


def test_the_team_code_is_saved_as_a_printable_pdf(qtbot, laptops, person, tmp_path, monkeypatch):
    coordinator, _ = laptops
    coordinator.settings.set(ORGANISATION_NAME, "Kraftsamling Herrgården")
    code = coordinator.sync.create_team("Samordnarens dator").code
    page = open_page(qtbot, coordinator)
    target = tmp_path / "lagkod.pdf"
    monkeypatch.setattr(FileSaver, "ask_file", lambda saver, title, suggested, kinds: target)
    qtbot.mouseClick(page.team.pdf_button, LEFT)
    qtbot.waitUntil(lambda: not page.team.saver.busy, timeout=15_000)
    assert page.team.saver.label.text() == f"Sparad: {target}"

    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 1
        sheet = pdf.pages[0]
        text = sheet.extract_text()
        big = "".join(char["text"] for char in sheet.chars if char["size"] >= 20)
    assert TITLE in text
    assert "Kraftsamling Herrgården" in text
    assert f"Samma kod på en rad: {code}" in text
    assert "Välj ”Gå med i ett lag…”." in text
    assert f"vanskapshuset team join {code}" in text
    assert big == code.replace("-", "")  # the big letters, in the code's order
    assert round(sheet.width) == 595 and round(sheet.height) == 842  # A4


def test_the_team_code_sheet_groups_any_code_in_lines_of_four_groups(tmp_path):
    path = write_team_code_sheet("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG", "Org", tmp_path / "k.pdf")
    with pdfplumber.open(path) as pdf:
        big = [char for char in pdf.pages[0].chars if char["size"] >= 20]
    lines: dict[int, str] = {}
    for char in big:
        lines[round(char["top"])] = lines.get(round(char["top"]), "") + char["text"]
    assert list(lines.values()) == ["AAAABBBBCCCCDDDD", "EEEEFFFFGGGG"]


# -- English ---------------------------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translators = install_translator(qapp, "en")
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_ctrl_6_opens_the_sync_page_when_first_asked_for(qtbot, laptops):
    coordinator, _ = laptops
    window = MainWindow(UiSession(coordinator))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not isinstance(window.pages.widget(SYNC_ROW), SyncPage)  # not built yet
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), SyncPage)
    assert window.navigation.currentRow() == SYNC_ROW == 5


def test_the_page_is_english_with_the_english_translator(qtbot, laptops, person, english):
    coordinator, _ = laptops
    window = MainWindow(UiSession(coordinator))
    qtbot.addWidget(window)
    assert window.navigation.item(SYNC_ROW).text() == "Sync\n(Ctrl+6)"
    window.navigation.setCurrentRow(SYNC_ROW)
    page = window.pages.currentWidget()
    assert page.team.create_button.text() == "Create a team…"
    assert page.team.join_button.text() == "Join a team…"
    assert page.folder.sync_button.text() == "&Sync now"
    assert page.tables.tabText(2) == "Conflicts"
