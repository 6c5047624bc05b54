"""Register and Historik: adding records, refusals said inline, the coordinator lock, the log."""

import datetime as dt
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.dialogs.rename_dialog import RenameDialog
from vanskapshuset.ui.pages.history import HistoryPage
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.session import UiSession

PASSWORD = "hemligt1"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session(qtbot, app) -> UiSession:
    app.sites.add("Vänskapshuset", "indoor")
    app.sites.add("Vänskapsparken", "outdoor")
    return UiSession(app)


@pytest.fixture
def page(qtbot, session) -> RegisterPage:
    widget = RegisterPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


@dataclass
class Typist:
    """Passwords the person types when the coordinator dialog asks (one try per question)."""

    answers: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)

    def append(self, password: str) -> None:
        self.answers.append(password)

    def type_and_try(self, dialog: PasswordDialog) -> int:
        dialog.password.setText(self.answers.pop(0))
        dialog._try()
        if not dialog.error.isHidden():
            self.refusals.append(dialog.error.text())
        return dialog.result()


@pytest.fixture
def typed(monkeypatch) -> Typist:
    typist = Typist()
    monkeypatch.setattr(PasswordDialog, "exec", lambda dialog: typist.type_and_try(dialog))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    return typist


def _select(tab, text: str) -> None:
    for row in range(tab.model.rowCount()):
        if tab.model.row_text(row) == text:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{text} is not listed")


def _names(tab) -> list[str]:
    return [tab.model.row_text(row) for row in range(tab.model.rowCount())]


def test_adding_a_site(qtbot, page, app):
    changes = []
    page.session.data_changed.connect(lambda: changes.append(1))
    tab = page.sites
    qtbot.keyClicks(tab.name, "Utflykt")
    tab.kind.setCurrentIndex(tab.kind.findData("excursion"))
    qtbot.mouseClick(tab.add_button, LEFT)

    assert ("Utflykt", "excursion") in [(s.name, s.kind.value) for s in app.sites.list()]
    assert "Utflykt" in _names(tab)
    assert tab.name.text() == "" and tab.error.isHidden()
    assert changes == [1]


def test_a_duplicate_site_name_is_refused_inline_and_nothing_is_saved(qtbot, page, app):
    tab = page.sites
    tab.name.setText("  vänskapshuset ")
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)

    assert not tab.error.isHidden()
    assert "redan" in tab.error.text()
    assert tab.name.text() == "  vänskapshuset "  # what was typed stays
    assert len(app.sites.list()) == 2
    assert app.audit.count() == 2


def test_an_empty_site_name_is_refused_inline(qtbot, page, app):
    qtbot.mouseClick(page.sites.add_button, LEFT)
    assert not page.sites.error.isHidden()
    assert len(app.sites.list()) == 2


def test_a_season_ending_before_it_starts_is_refused_inline(qtbot, page, app):
    tab = page.seasons
    qtbot.keyClicks(tab.name, "Sommarlov 2025")
    tab.start.setDate(QDate(2025, 8, 8))
    tab.end.setDate(QDate(2025, 6, 16))
    qtbot.mouseClick(tab.add_button, LEFT)

    assert not tab.error.isHidden() and "före" in tab.error.text()
    assert app.seasons.list() == []
    assert tab.name.text() == "Sommarlov 2025"

    tab.end.setDate(QDate(2025, 8, 15))
    check_site(qtbot, tab, "Vänskapsparken")
    qtbot.mouseClick(tab.add_button, LEFT)
    (season,) = app.seasons.list()
    assert (season.name, season.start, season.end) == (
        "Sommarlov 2025",
        dt.date(2025, 8, 8),
        dt.date(2025, 8, 15),
    )
    assert season.site_ids == (app.sites.by_name("Vänskapsparken").id,)
    assert tab.error.isHidden()
    assert tab.model.row_text(0, 3) == "Vänskapsparken"


def site_item(tab, name: str):
    return next(
        tab.sites.item(row)
        for row in range(tab.sites.count())
        if tab.sites.item(row).text() == name
    )


def is_checked(tab, name: str) -> bool:
    return site_item(tab, name).checkState() == Qt.CheckState.Checked


def check_site(qtbot, tab, name: str) -> None:
    """A click on the row's check box, as a person does it."""
    rect = tab.sites.visualItemRect(site_item(tab, name))
    indicator = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(tab.sites.viewport(), LEFT, pos=indicator)


def select_row(qtbot, tab, row: int) -> None:
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())


def test_a_season_at_several_sites_is_added_and_its_dates_and_sites_edited(qtbot, page, app):
    tab = page.seasons
    app.sites.add("Utflykt", "excursion")
    page.refresh()
    assert [tab.sites.item(row).text() for row in range(tab.sites.count())] == [
        "Alla platser", "Utflykt", "Vänskapshuset", "Vänskapsparken",
    ]  # fmt: skip
    assert is_checked(tab, "Alla platser") and not tab.save_button.isEnabled()
    qtbot.keyClicks(tab.name, "Sommarlov 2025")
    tab.start.setDate(QDate(2025, 6, 16))
    tab.end.setDate(QDate(2025, 8, 8))
    check_site(qtbot, tab, "Vänskapsparken")
    assert not is_checked(tab, "Alla platser")  # a site checked: no longer every site
    # the keyboard: to the excursions' row, Space checks it
    tab.sites.setFocus()
    tab.sites.setCurrentRow(0)
    qtbot.keyClick(tab.sites, Qt.Key.Key_Down)
    qtbot.keyClick(tab.sites, Qt.Key.Key_Space)
    assert is_checked(tab, "Utflykt")
    qtbot.mouseClick(tab.add_button, LEFT)
    season = app.seasons.by_name("Sommarlov 2025")
    ids = {name: app.sites.id_of(name) for name in ("Utflykt", "Vänskapsparken", "Vänskapshuset")}
    assert set(season.site_ids) == {ids["Utflykt"], ids["Vänskapsparken"]}
    assert tab.model.row_text(0, 3) == "Utflykt, Vänskapsparken"

    # Selecting the season shows it in the form; a change is saved to it, not added.
    tab.name.setText("")
    check_site(qtbot, tab, "Alla platser")
    select_row(qtbot, tab, 0)
    assert tab.name.text() == "Sommarlov 2025" and tab.save_button.isEnabled()
    assert (is_checked(tab, "Utflykt"), is_checked(tab, "Vänskapsparken")) == (True, True)
    assert not is_checked(tab, "Alla platser")
    tab.end.setDate(QDate(2025, 8, 15))
    check_site(qtbot, tab, "Utflykt")  # unchecked
    check_site(qtbot, tab, "Vänskapshuset")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.error.isHidden(), tab.error.text()
    (edited,) = app.seasons.list()
    assert edited.end == dt.date(2025, 8, 15) and edited.start == dt.date(2025, 6, 16)
    assert set(edited.site_ids) == {ids["Vänskapshuset"], ids["Vänskapsparken"]}
    assert tab.model.row_text(0, 3) == "Vänskapshuset, Vänskapsparken"

    # A wrong date is refused inline and nothing changes; "Alla platser" means every site.
    select_row(qtbot, tab, 0)
    tab.end.setDate(QDate(2025, 6, 1))
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not tab.error.isHidden() and "före" in tab.error.text()
    assert app.seasons.list() == [edited]
    tab.end.setDate(QDate(2025, 8, 15))
    check_site(qtbot, tab, "Alla platser")
    assert not any(is_checked(tab, name) for name in ids)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert app.seasons.list()[0].site_ids == ()
    assert tab.model.row_text(0, 3) == "Alla platser"
    assert len(app.seasons.list()) == 1  # saved, never added


def test_organisations_types_and_leaders_are_added_with_their_kind(qtbot, page, app):
    page.organisations.name.setText("Rosengårds bibliotek")
    kinds = page.organisations.kind
    kinds.setCurrentIndex(kinds.findData("municipal"))
    qtbot.mouseClick(page.organisations.add_button, LEFT)
    page.activity_types.name.setText("Schack")
    areas = page.activity_types.kind
    areas.setCurrentIndex(areas.findData("meeting_place"))
    qtbot.mouseClick(page.activity_types.add_button, LEFT)
    page.leaders.name.setText("Hodan")
    qtbot.mouseClick(page.leaders.add_button, LEFT)

    assert [(o.name, o.kind.value) for o in app.organisations.list()] == [
        ("Rosengårds bibliotek", "municipal")
    ]
    assert ("Schack", "meeting_place") in [
        (t.name, t.area.value) for t in app.activity_types.list()
    ]
    assert [(x.name, x.role.value) for x in app.leaders.list()] == [("Hodan", "youth_leader")]
    row = _names(page.organisations).index("Rosengårds bibliotek")
    assert page.organisations.model.row_text(row, 1) == "kommunal verksamhet"


def test_the_coordinator_lock_refuses_a_wrong_password_and_allows_the_right_one(
    qtbot, page, app, typed
):
    app.settings.set_coordinator_password(PASSWORD)
    tab = page.sites
    _select(tab, "Vänskapsparken")

    typed.append("fel-lösen")
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert typed.refusals == ["Fel lösenord."]
    assert {site.name for site in app.sites.list()} == {"Vänskapshuset", "Vänskapsparken"}
    assert not page.session.coordinator_unlocked

    typed.append(PASSWORD)
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert [site.name for site in app.sites.list()] == ["Vänskapshuset"]
    assert _names(tab) == ["Vänskapshuset"]
    assert page.session.coordinator_unlocked
    assert app.audit.recent(1)[0].action == "delete"

    # Asked once per session: the next delete (here by the Delete key) does not ask again.
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    _select(tab, "Vänskapshuset")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert app.sites.list() == []


def test_deleting_needs_no_password_when_none_is_set(qtbot, page, app, typed):
    _select(page.sites, "Vänskapsparken")
    qtbot.mouseClick(page.sites.delete_button, LEFT)
    assert [site.name for site in app.sites.list()] == ["Vänskapshuset"]


def test_renaming_to_a_taken_name_is_refused_inline_in_the_dialog(qtbot, page, app):
    site = app.sites.by_name("Vänskapsparken")
    dialog = RenameDialog("Vänskapsparken", lambda name: app.sites.rename(site.id, name))
    qtbot.addWidget(dialog)
    dialog.name.setText("Vänskapshuset")
    dialog._try()
    assert not dialog.error.isHidden() and dialog.result() == 0
    assert dialog.name.text() == "Vänskapshuset"
    dialog.name.setText("Parken")
    dialog._try()
    assert dialog.result() == 1
    assert app.sites.by_name("Parken").id == site.id


def test_age_bands_change_only_with_the_password_and_bad_sets_are_refused(qtbot, page, app, typed):
    app.settings.set_coordinator_password(PASSWORD)
    tab = page.age_bands
    before = app.age_bands.list()

    tab.codes.setText("0-6, 7-9, 8-13")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "överlappar" in tab.error.text() and not tab.error.isHidden()
    assert app.age_bands.list() == before  # refused before the password was even asked for

    tab.codes.setText("0-6, 7-9, 10-12, 13-17, 18-25, 26+")
    typed.append("fel-lösen")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert app.age_bands.list() == before

    typed.append(PASSWORD)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert [band.code for band in app.age_bands.list()] == [
        "0-6",
        "7-9",
        "10-12",
        "13-17",
        "18-25",
        "26+",
    ]
    assert tab.model.rowCount() == 6


def test_setting_and_changing_the_coordinator_password(qtbot, page, app):
    tab = page.settings
    assert tab.current.isHidden()  # no password yet: nothing to confirm
    tab.new.setText(PASSWORD)
    tab.repeat.setText("något annat")
    qtbot.mouseClick(tab.password_button, LEFT)
    assert not tab.password_error.isHidden()
    assert not app.settings.has_coordinator_password()

    tab.repeat.setText(PASSWORD)
    qtbot.mouseClick(tab.password_button, LEFT)
    assert app.settings.check_coordinator_password(PASSWORD)
    assert not tab.current.isHidden()

    tab.current.setText("fel-lösen")
    tab.new.setText("nytt-lösen")
    tab.repeat.setText("nytt-lösen")
    qtbot.mouseClick(tab.password_button, LEFT)
    assert "stämmer inte" in tab.password_error.text()
    assert app.settings.check_coordinator_password(PASSWORD)

    tab.current.setText(PASSWORD)
    qtbot.mouseClick(tab.password_button, LEFT)
    assert app.settings.check_coordinator_password("nytt-lösen")
    assert tab.password_error.isHidden()


def test_the_language_is_saved_behind_the_lock(qtbot, page, app, typed):
    app.settings.set_coordinator_password(PASSWORD)
    tab = page.settings
    tab.language.setCurrentIndex(tab.language.findData("en"))
    typed.append("fel-lösen")
    qtbot.mouseClick(tab.language_button, LEFT)
    assert app.settings.language() == "sv"
    typed.append(PASSWORD)
    qtbot.mouseClick(tab.language_button, LEFT)
    assert app.settings.language() == "en"
    assert "Starta om" in tab.language_status.text()


def test_the_history_lists_changes_in_swedish_words(qtbot, session, app):
    site = app.sites.by_name("Vänskapsparken")
    app.sites.rename(site.id, "Parken")
    app.sites.delete(site.id)
    app.settings.set_coordinator_password(PASSWORD)
    history = HistoryPage(session)
    qtbot.addWidget(history)
    history.refresh()
    assert history.model.rowCount() == 0  # locked: nothing shown (the window asks first)
    app.access.unlock(PASSWORD)
    history.refresh()

    model = history.model
    rows = [[model.row_text(row, column) for column in range(5)] for row in range(4)]
    whats = [row[3] for row in rows]
    assert whats == ["skapade inställning", "tog bort plats", "ändrade plats", "skapade plats"]
    assert rows[1][4] == "Parken"
    assert rows[2][4] == "namn: Vänskapsparken → Parken"
    assert rows[3][4] == "namn: Vänskapsparken; typ: utomhus"
    assert "hemligt" not in rows[0][4] and "samordnarens lösenord" in rows[0][4]
    assert rows[0][0] == "2025-07-03 14:00"
    assert rows[0][1] == "Testledare"
    assert app.context.device_name in rows[0][2]
    assert "Visar 5 av 5" in history.shown.text() and not history.more_button.isEnabled()
    history.table.selectRow(2)  # the whole change is shown under the table too
    assert "namn: Vänskapsparken → Parken" in history.details.text()


def test_the_history_names_a_seasons_sites(qtbot, session, app):
    park, house = (app.sites.id_of(name) for name in ("Vänskapsparken", "Vänskapshuset"))
    season = app.seasons.add("Sommarlov", dt.date(2025, 6, 16), dt.date(2025, 8, 8), [park])
    app.seasons.edit(season.id, site_ids=[park, house])
    app.seasons.edit(season.id, site_ids=[])
    history = HistoryPage(session)
    qtbot.addWidget(history)
    history.refresh()
    changes = [history.model.row_text(row, 4) for row in range(2)]
    both = ", ".join(
        name for _, name in sorted(((park, "Vänskapsparken"), (house, "Vänskapshuset")))
    )
    assert changes == [
        f"Sommarlov; platser: {both} → alla platser",  # the ids in the stored (id) order
        f"Sommarlov; platser: Vänskapsparken → {both}",
    ]


def test_a_long_history_is_shown_a_page_at_a_time(qtbot, session, app, monkeypatch):
    monkeypatch.setattr("vanskapshuset.ui.pages.history.PAGE_SIZE", 3)
    history = HistoryPage(session)
    qtbot.addWidget(history)
    for number in range(4):
        app.organisations.add(f"Förening {number}")
    history.refresh()
    assert history.model.rowCount() == 3 and history.more_button.isEnabled()
    qtbot.mouseClick(history.more_button, LEFT)
    assert history.model.rowCount() == 6 and not history.more_button.isEnabled()
    assert history.model.row_text(5, 4).startswith("namn: Vänskapshuset")
