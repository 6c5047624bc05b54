"""Register → Uppföljning: surveys and initiatives added, edited and deleted through the
window with real clicks and keys; refusals said next to their field, nothing saved; deleting
behind the coordinator's password, as every delete in the register."""

import datetime as dt

import pytest
from dialogs_under_test import Answerer, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_activities_ui import type_text

from vanskapshuset.domain.follow_up import InitiativeStatus
from vanskapshuset.services.follow_up import InitiativeInput, SurveyInput
from vanskapshuset.ui.dialogs.follow_up_dialog import InitiativeDialog, SurveyDialog
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.session import UiSession

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "hemligt1"
YEAR = 2025  # the test clock's year (2025-07-03): the tab shows it first


@pytest.fixture
def session(qtbot, app) -> UiSession:
    app.sites.add("Vänskapshuset", "indoor")
    app.organisations.add("Rädda Barnen", "non_profit")
    app.organisations.add("Fritidsförvaltningen", "municipal")
    return UiSession(app)


@pytest.fixture
def page(qtbot, session) -> RegisterPage:
    widget = RegisterPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.tabs.setCurrentWidget(widget.follow_up)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def tab(page):
    return page.follow_up


def texts(entries) -> list[tuple[str, ...]]:
    model = entries.model
    return [
        tuple(model.row_text(row, column) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_a_survey_is_added_with_an_organisation_typed_and_shows_in_the_list(qtbot, tab, app):
    assert tab.year.value() == YEAR
    qtbot.mouseClick(tab.surveys.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, SurveyDialog) and dialog.isVisible()
    type_text(qtbot, dialog.organisations.search, "rädda barnen")
    qtbot.keyClick(dialog.organisations.search, Qt.Key.Key_Return)  # adds, does not save
    assert dialog.organisations.partners() == ("Rädda Barnen",)
    assert dialog.isVisible()
    type_text(qtbot, dialog.with_text, "boende i Herrgården")
    type_text(qtbot, dialog.summary, "Önskar fler helgaktiviteter.")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert not dialog.isVisible()
    [survey] = app.follow_up.surveys(YEAR)
    assert survey.held_on == dt.date(2025, 7, 3)
    assert survey.with_whom == ("Rädda Barnen", "boende i Herrgården")
    assert texts(tab.surveys) == [
        ("2025-07-03", "Rädda Barnen, boende i Herrgården", "Önskar fler helgaktiviteter.")
    ]
    assert tab.surveys.chosen() == survey.id  # the saved row is selected


def test_a_survey_without_summary_or_anyone_is_refused_next_to_the_field(qtbot, tab, app):
    qtbot.mouseClick(tab.surveys.new_button, LEFT)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and not dialog.summary_error.isHidden()
    assert "sammanfattning" in dialog.summary_error.text()
    type_text(qtbot, dialog.summary, "Bra samtal.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and not dialog.organisations.error.isHidden()
    assert dialog.summary_error.isHidden()
    assert "Ange vilka enkäten gjordes med" in dialog.organisations.error.text()
    assert app.follow_up.surveys(YEAR) == []
    type_text(qtbot, dialog.with_text, "Föräldraforum")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert [s.with_whom for s in app.follow_up.surveys(YEAR)] == [("Föräldraforum",)]


def test_an_initiative_is_added_then_edited_from_the_keyboard(qtbot, tab, app):
    qtbot.mouseClick(tab.initiatives.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, InitiativeDialog)
    type_text(qtbot, dialog.title, "Gemensam sommarlovsplanering")
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # planerad → pågår
    type_text(qtbot, dialog.partners.search, "Fritidsförvaltningen")
    qtbot.keyClick(dialog.partners.search, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.start.given, LEFT)  # the start date is given: today
    type_text(qtbot, dialog.note, "Varannan månad.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    [initiative] = app.follow_up.initiatives(YEAR)
    assert (initiative.title, initiative.status, initiative.partners) == (
        "Gemensam sommarlovsplanering",
        InitiativeStatus.ONGOING,
        ("Fritidsförvaltningen",),
    )
    assert (initiative.start, initiative.end) == (dt.date(2025, 7, 3), None)
    assert texts(tab.initiatives)[0][1:4] == ("pågår", "Fritidsförvaltningen", "2025-07-03 – …")

    # Enter on the selected row edits it.
    tab.initiatives.table.setFocus()
    qtbot.keyClick(tab.initiatives.table, Qt.Key.Key_Return)
    edit = tab.dialog
    assert isinstance(edit, InitiativeDialog) and edit.initiative is not None
    assert edit.title.text() == "Gemensam sommarlovsplanering"
    edit.status.setFocus()
    qtbot.keyClick(edit.status, Qt.Key.Key_Down)  # pågår → avslutad
    qtbot.mouseClick(edit.end.given, LEFT)
    edit.end.date.setDate(edit.start.date.date().addDays(-1))  # before the start: refused
    qtbot.mouseClick(edit.save_button, LEFT)
    assert edit.isVisible() and "före det börjar" in edit.dates_error.text()
    assert app.follow_up.initiative(initiative.id).status is InitiativeStatus.ONGOING
    edit.end.date.setDate(edit.start.date.date().addDays(60))
    qtbot.mouseClick(edit.save_button, LEFT)
    assert not edit.isVisible()
    changed = app.follow_up.initiative(initiative.id)
    assert (changed.status, changed.end) == (InitiativeStatus.ENDED, dt.date(2025, 9, 1))
    assert texts(tab.initiatives)[0][1] == "avslutad"


def test_the_year_chooses_what_is_listed(qtbot, tab, app):
    app.follow_up.add_survey(SurveyInput(dt.date(2024, 4, 4), "Förra året.", (), "boende"))
    app.follow_up.add_initiative(
        InitiativeInput("Bara 2024", "ended", (), dt.date(2024, 1, 1), dt.date(2024, 6, 1))
    )
    tab.refresh()
    assert texts(tab.surveys) == [] and texts(tab.initiatives) == []
    tab.year.setFocus()
    qtbot.keyClick(tab.year, Qt.Key.Key_Down)
    assert tab.year.value() == 2024
    assert [row[2] for row in texts(tab.surveys)] == ["Förra året."]
    assert [row[0] for row in texts(tab.initiatives)] == ["Bara 2024"]


def test_deleting_asks_for_the_coordinators_password(qtbot, tab, app, monkeypatch):
    key = app.follow_up.add_survey(SurveyInput(dt.date(2025, 3, 3), "Enkät.", (), "boende"))
    app.settings.set_coordinator_password(PASSWORD)
    app.access.lock()
    tab.refresh()
    answers = ["fel-lösen", PASSWORD]

    def typed(dialog: PasswordDialog) -> int:
        dialog.password.setText(answers.pop(0))
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", typed)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.surveys.select(key)
    tab.surveys.table.setFocus()
    qtbot.keyClick(tab.surveys.table, Qt.Key.Key_Delete)  # the wrong password: kept
    assert [s.id for s in app.follow_up.surveys(YEAR)] == [key]
    qtbot.keyClick(tab.surveys.table, Qt.Key.Key_Delete)
    assert app.follow_up.surveys(YEAR) == []
    assert texts(tab.surveys) == []
    assert app.audit.recent(1)[0].action == "delete"


def test_escape_with_typed_changes_asks_before_closing(qtbot, tab, app):
    qtbot.mouseClick(tab.initiatives.new_button, LEFT)
    dialog = tab.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.title, "Halvskrivet")
    dialog.title.setFocus()
    answerer = Answerer(Qt.Key.Key_Return)  # Enter on the question: go on editing
    press(Qt.Key.Key_Escape)
    assert [question.text for question in answerer.asked] == ["Kasta ändringarna?"]
    assert dialog.isVisible() and dialog.title.text() == "Halvskrivet"
    qtbot.waitUntil(dialog.title.hasFocus)  # typing goes on where it was
    answerer = Answerer("k")  # Kasta ändringarna
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert app.follow_up.initiatives(YEAR) == []


def test_the_status_words_are_the_same_in_the_window_the_command_line_and_the_reports():
    from vanskapshuset.domain.follow_up import INITIATIVE_STATUS_LABELS
    from vanskapshuset.messages import follow_up as said
    from vanskapshuset.ui.dialogs.follow_up_dialog import status_labels

    assert status_labels() == INITIATIVE_STATUS_LABELS
    assert [str(said.STATUS_PLANNED), str(said.STATUS_ONGOING), str(said.STATUS_ENDED)] == [
        INITIATIVE_STATUS_LABELS[status] for status in InitiativeStatus
    ]
