"""Anmälningar through the real widgets: add, change, tick, delete, refusals said inline, the
coordinator's lock on past activities, printed sheets, the personal-data tab, the settings and
the daily purge."""

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from by_name import activity_input
from vanskapshuset.domain import settings_registry as keys
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.sheets.data import DEFAULT_CONSENT_TEXT
from vanskapshuset.ui.dialogs.file_saving import FileSaver
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.dialogs.sheet_details_dialog import REMEMBERED, SheetDetailsDialog
from vanskapshuset.ui.dialogs.signup_form import NO_AGE, SignUpForm
from vanskapshuset.ui.dialogs.signups_dialog import SignUpsDialog
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.models.signup_table import Column
from vanskapshuset.ui.pages.activities import ActivitiesPage
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.session import UiSession

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date(2025, 7, 3)  # the clock fixture's day
TRIP = "Utflykt till Folkets park"
PASSWORD = "hemligt1"


def activity(app, title: str, day: dt.date, site: str = "Utflykt") -> str:
    return app.activities.create(
        activity_input(
            app,
            site=site,
            date=day,
            start=dt.time(10),
            end=dt.time(15),
            title=title,
            type_name="Utflykt",
        )
    )


@pytest.fixture
def session(app) -> UiSession:
    app.sites.add("Vänskapshuset", "indoor")
    app.sites.add("Utflykt", "excursion")
    app.leaders.add("Amina")
    activity(app, TRIP, dt.date(2025, 7, 12))
    activity(app, "Badet i Limhamn", dt.date(2025, 7, 1))
    return UiSession(app)


@pytest.fixture
def page(qtbot, session) -> ActivitiesPage:
    shown = ActivitiesPage(session)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()
    return shown


def trip_id(app, title: str = TRIP) -> str:
    found = app.activities.list(dt.date(2025, 6, 1), dt.date(2025, 7, 31))
    return next(a.id for a in found if a.title == title)


def select(page: ActivitiesPage, title: str) -> None:
    assert page.select(trip_id(page.session.app, title))


def open_dialog(qtbot, page: ActivitiesPage, title: str = TRIP) -> SignUpsDialog:
    select(page, title)
    qtbot.mouseClick(page.signups_button, LEFT)
    dialog = page.signups_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@dataclass
class FormTyping:
    """Each time the form opens, the next filler types into it and Spara is pressed."""

    fillers: list[Callable[[SignUpForm], None]] = field(default_factory=list)
    seen: list[SignUpForm] = field(default_factory=list)

    def append(self, filler: Callable[[SignUpForm], None]) -> None:
        self.fillers.append(filler)

    def type_and_save(self, form: SignUpForm) -> int:
        self.fillers.pop(0)(form)
        form.try_save()
        self.seen.append(form)
        return form.result()


def form_answers(monkeypatch) -> FormTyping:
    typing = FormTyping()
    monkeypatch.setattr(SignUpForm, "exec", lambda form: typing.type_and_save(form))
    return typing


def child(
    name: str, age: int | None = 9, guardian: str = "", phone: str = "", photo: bool = False
) -> Callable[[SignUpForm], None]:
    def fill(form: SignUpForm) -> None:
        form.name.setText(name)
        form.age.setValue(NO_AGE if age is None else age)
        form.guardian.setText(guardian)
        form.phone.setText(phone)
        form.photo.setChecked(photo)

    return fill


def answer_password(monkeypatch, password: str) -> list[str]:
    asked: list[str] = []

    def typed(dialog: PasswordDialog) -> int:
        asked.append(password)
        dialog.password.setText(password)
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", typed)
    return asked


def save_into(monkeypatch, folder: Path) -> list[Path]:
    """The save dialog answers with the suggested name inside `folder`."""
    suggested: list[Path] = []

    def ask(saver: FileSaver, title: str, path: Path, file_filter: str) -> Path:
        suggested.append(path)
        return folder / path.name

    monkeypatch.setattr(FileSaver, "ask_file", ask)
    return suggested


def details_typed(monkeypatch, meeting_point: str = "", phone: str = "") -> list[str]:
    shown: list[str] = []

    def typed(dialog: SheetDetailsDialog) -> int:
        shown.append(dialog.leader.currentText())
        if meeting_point:
            dialog.meeting_point.setText(meeting_point)
        if phone:
            dialog.leader_phone.setText(phone)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SheetDetailsDialog, "exec", typed)
    return shown


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


# -- one activity's sign-ups --------------------------------------------------------------------


def test_add_edit_tick_and_delete_through_the_dialog(qtbot, page, session, monkeypatch):
    app = session.app
    dialog = open_dialog(qtbot, page)
    assert TRIP in dialog.windowTitle()
    fillers = form_answers(monkeypatch)
    fillers.append(child("Fatima Hassan", 9, "Amal Hassan", "070-123 45 67", photo=True))
    qtbot.mouseClick(dialog.add_button, LEFT)
    fillers.append(child("Omar Ali", None))
    qtbot.mouseClick(dialog.add_button, LEFT)

    [fatima, omar] = app.signups.list(trip_id(app))
    assert (fatima.child_name, fatima.age, fatima.guardian_phone, fatima.photo_consent) == (
        "Fatima Hassan",
        9,
        "070-123 45 67",
        True,
    )
    assert omar.age is None
    model = dialog.model
    assert [model.index(0, c).data() for c in Column if c != Column.ATTENDED] == [
        "1",
        "Fatima Hassan",
        "9",
        "Amal Hassan",
        "070-123 45 67",
        "ja",
        "",
    ]
    assert model.index(1, Column.AGE).data() == "" and model.index(1, Column.PHOTO).data() == "nej"
    assert dialog.summary.text() == "2 anmälda · 0 kom"

    # Kom: the check box writes at once.
    came = model.index(0, Column.ATTENDED)
    assert model.flags(came) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(came, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert app.signups.list(trip_id(app))[0].attended is True
    assert came.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.summary.text() == "2 anmälda · 1 kom"

    # Ändra: the form opens with the sign-up's values.
    dialog.select(omar.id)
    fillers.append(lambda form: form.notes.setPlainText("Nötallergi"))
    qtbot.mouseClick(dialog.edit_button, LEFT)
    edited = fillers.seen[-1]
    assert edited.name.text() == "Omar Ali" and edited.age.text() == "ej angiven"
    assert app.signups.list(trip_id(app))[1].notes == "Nötallergi"
    assert model.index(1, Column.NOTES).data() == "Nötallergi"

    # Ta bort, after a yes.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.select(fatima.id)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert [s.child_name for s in app.signups.list(trip_id(app))] == ["Omar Ali"]
    assert model.rowCount() == 1 and "Fatima Hassan" in dialog.status.text()


def test_a_bad_phone_number_is_said_in_the_form_and_nothing_is_saved(
    qtbot, page, session, monkeypatch
):
    dialog = open_dialog(qtbot, page)
    fillers = form_answers(monkeypatch)
    fillers.append(child("Fatima Hassan", phone="ring mamma"))
    qtbot.mouseClick(dialog.add_button, LEFT)
    form = fillers.seen[-1]
    assert form.result() == 0  # the form stayed open
    assert form.error.isVisibleTo(form)
    assert form.error.text() == "”ring mamma” är inget telefonnummer (skriv t.ex. 070-123 45 67)."
    fillers.append(child("   "))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert fillers.seen[-1].error.text() == "Skriv barnets namn."
    assert session.app.signups.list(trip_id(session.app)) == []
    assert dialog.model.rowCount() == 0


def test_the_sign_ups_of_a_past_activity_need_the_coordinator(qtbot, page, session, monkeypatch):
    session.app.settings.set_coordinator_password(PASSWORD)
    select(page, "Badet i Limhamn")
    asked = answer_password(monkeypatch, "fel-lösen")
    qtbot.mouseClick(page.signups_button, LEFT)
    assert asked and page.signups_dialog is None
    assert "samordnaren" in page.error.text()
    answer_password(monkeypatch, PASSWORD)
    qtbot.mouseClick(page.signups_button, LEFT)
    assert page.signups_dialog is not None and page.signups_dialog.isVisible()
    page.signups_dialog.close()
    # Today's and upcoming activities' sign-ups are the leaders' own: no question.
    asked = answer_password(monkeypatch, "fel-lösen")
    session.app.access.lock()
    open_dialog(qtbot, page)
    assert asked == []


def test_idag_opens_the_sign_ups_of_todays_activity(qtbot, session, monkeypatch):
    app = session.app
    activity(app, "Fotboll", TODAY, site="Vänskapshuset")
    session.set_site(app.sites.by_name("Vänskapshuset").id)
    window = MainWindow(session)
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(SignUpsDialog, "exec", lambda d: opened.append(d.activity.title) or 0)
    today = window.today
    assert not today.signups_button.isEnabled()
    today.activity_list.setCurrentRow(0)
    qtbot.mouseClick(today.signups_button, LEFT)
    assert opened == ["Fotboll"]


# -- printed sheets ----------------------------------------------------------------------------


def test_printing_the_filled_and_the_blank_sheet(qtbot, page, session, monkeypatch, tmp_path):
    app = session.app
    for name, guardian in (("Fatima Hassan", "Amal Hassan"), ("Oskar Lind", "Eva Lind")):
        app.signups.add(trip_id(app), SignUpInput(name, 10, guardian, "070-123 45 67"))
    app.signups.add(trip_id(app), SignUpInput("ليلى حسن", 8))
    session.set_leader(app.leaders.list()[0].id)
    dialog = open_dialog(qtbot, page)
    suggested = save_into(monkeypatch, tmp_path)
    leaders = details_typed(monkeypatch, meeting_point="Utanför Vänskapshuset", phone="0701112233")

    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saver.path is not None, timeout=10_000)
    assert leaders == ["Amina"]  # the leader on duty
    assert suggested[0].name == f"Anmälan {TRIP} 2025-07-12.pdf"
    written = dialog.saver.path
    assert written == tmp_path / suggested[0].name and dialog.saver.isVisibleTo(dialog)
    text = pdf_text(written)
    for expected in ("Fatima Hassan", "Oskar Lind", "Eva Lind", TRIP, "Utanför Vänskapshuset"):
        assert expected in text
    remembered = json.loads(app.settings.get(REMEMBERED) or "{}")
    assert remembered["meeting_point"] == "Utanför Vänskapshuset"
    assert remembered["leader_phone"] == "0701112233"

    # The blank sheet: the remembered details come back; no names on it.
    dialog.saver.path = None
    details_typed(monkeypatch)
    qtbot.mouseClick(dialog.blank_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saver.path is not None, timeout=10_000)
    assert suggested[1].name == "Anmälan tom lista.pdf"
    blank = pdf_text(dialog.saver.path)
    assert "Utanför Vänskapshuset" in blank
    assert "Fatima Hassan" not in blank and TRIP not in blank
    assert app.settings.get(keys.LAST_FOLDER) == str(tmp_path)


def test_a_refused_target_is_one_sentence_and_the_dialog_stays(qtbot, page, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, page)
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    save_into(monkeypatch, blocker)  # a "folder" that is a file
    details_typed(monkeypatch)
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.saver.busy and dialog.error.isVisibleTo(dialog))
    assert dialog.error.text().endswith(".")
    assert dialog.saver.path is None and dialog.isVisible()


# -- the coordinator's personal-data tab ---------------------------------------------------------


@pytest.fixture
def register(qtbot, session) -> RegisterPage:
    shown = RegisterPage(session)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()
    return shown


def test_personal_data_find_export_and_erase(qtbot, register, session, monkeypatch, tmp_path):
    app = session.app
    for title in (TRIP, "Badet i Limhamn"):
        app.signups.add(trip_id(app, title), SignUpInput("Fatima Hassan", 9, "Amal Hassan"))
    app.signups.add(trip_id(app), SignUpInput("Oskar Lind", 10, "Eva Lind"))
    app.settings.set_coordinator_password(PASSWORD)
    tab = register.personal_data
    index = register.tabs.indexOf(tab)
    assert register.tabs.tabText(index) == "Personuppgifter"

    answer_password(monkeypatch, "fel-lösen")
    register.tabs.setCurrentIndex(index)
    assert register.tabs.currentIndex() != index  # refused: the tab is not shown
    answer_password(monkeypatch, PASSWORD)
    register.tabs.setCurrentIndex(index)
    assert register.tabs.currentIndex() == index

    tab.name.setText("fatima hassan")
    qtbot.mouseClick(tab.search_button, LEFT)
    rows = [
        [tab.model.row_text(r, c) for c in range(tab.model.columnCount())]
        for r in range(tab.model.rowCount())
    ]
    assert rows == [
        ["Badet i Limhamn", "2025-07-01", "Utflykt", "Fatima Hassan", "Amal Hassan", "2025-07-31"],
        [TRIP, "2025-07-12", "Utflykt", "Fatima Hassan", "Amal Hassan", "2025-08-11"],
    ]
    assert tab.found.text() == "2 anmälningar för ”fatima hassan”."

    save_into(monkeypatch, tmp_path)
    qtbot.mouseClick(tab.export_button, LEFT)
    qtbot.waitUntil(lambda: tab.saver.path is not None, timeout=10_000)
    exported = json.loads(tab.saver.path.read_text("utf-8"))
    assert tab.saver.path.suffix == ".json"
    assert [s["activity"] for s in exported["signups"]] == ["Badet i Limhamn", TRIP]
    assert {s["guardian_name"] for s in exported["signups"]} == {"Amal Hassan"}

    questions: list[str] = []

    def yes(parent, title, text, *rest):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(tab.erase_button, LEFT)
    assert "2" in questions[0] and "fatima hassan" in questions[0]
    assert app.signups.find("Fatima Hassan") == []
    assert [m.signup.child_name for m in app.signups.find("Oskar Lind")] == ["Oskar Lind"]
    assert tab.model.rowCount() == 0 and "2 anmälningar" in tab.status.text()
    assert not tab.erase_button.isEnabled()

    tab.name.setText("")
    qtbot.mouseClick(tab.search_button, LEFT)
    assert tab.error.text() == "Skriv namnet du söker."


def test_consent_text_and_retention_are_saved_behind_the_lock(
    qtbot, register, session, monkeypatch
):
    app = session.app
    tab = register.settings
    assert tab.consent.toPlainText() == DEFAULT_CONSENT_TEXT
    assert tab.retention.value() == 30
    app.settings.set_coordinator_password(PASSWORD)
    tab.consent.setPlainText("Vi raderar listan efter 14 dagar.")
    tab.retention.setValue(14)
    answer_password(monkeypatch, "fel-lösen")
    qtbot.mouseClick(tab.signups_button, LEFT)
    assert app.signups.retention_days() == 30
    assert app.signups.consent_text() == DEFAULT_CONSENT_TEXT
    answer_password(monkeypatch, PASSWORD)
    qtbot.mouseClick(tab.signups_button, LEFT)
    assert app.signups.retention_days() == 14
    assert app.signups.consent_text() == "Vi raderar listan efter 14 dagar."
    assert tab.signups_status.text()
    tab.consent.setPlainText("  ")
    qtbot.mouseClick(tab.signups_button, LEFT)
    assert tab.signups_error.isVisibleTo(tab)
    assert app.signups.consent_text() == "Vi raderar listan efter 14 dagar."
    qtbot.mouseClick(tab.default_consent_button, LEFT)
    assert tab.consent.toPlainText() == DEFAULT_CONSENT_TEXT


# -- the daily purge -----------------------------------------------------------------------------


def test_expired_sign_ups_are_purged_once_a_new_day_begins(qtbot, session, clock):
    app = session.app
    early = activity(app, "Minigolf", dt.date(2025, 6, 3))  # kept until 2025-07-03
    app.signups.add(early, SignUpInput("Oskar Lind"))
    app.signups.add(trip_id(app), SignUpInput("Fatima Hassan"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.purge_timer.isActive()
    assert not window.purge_if_new_day()  # the same day as the start-up purge
    clock.advance(dt.timedelta(days=1))
    assert window.purge_if_new_day()
    qtbot.waitUntil(lambda: app.signups.list(early) == [], timeout=10_000)
    assert [s.child_name for s in app.signups.list(trip_id(app))] == ["Fatima Hassan"]
    assert not window.purge_if_new_day()
