"""Aktiviteter through the real widgets: register, edit, delete, the lock, bad input, templates."""

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from by_name import activity_input, template_input
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import (
    AREA_LABELS,
    GENDER_LABELS,
    ORGANISATION_KIND_LABELS,
    Area,
    Gender,
)
from vanskapshuset.paths import database_path
from vanskapshuset.services.templates import WEEKDAY_NAMES
from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog
from vanskapshuset.ui.dialogs.organisation_picker import NewOrganisationDialog
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog
from vanskapshuset.ui.models.activity_table import Column
from vanskapshuset.ui.models.labels import (
    area_labels,
    gender_labels,
    organisation_kind_labels,
    weekday_names,
)
from vanskapshuset.ui.pages.activities import ActivitiesPage
from vanskapshuset.ui.session import UiSession

JULY = (dt.date(2025, 7, 1), dt.date(2025, 7, 31))  # the fixture clock says 2025-07-03 14:00
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session(app):
    app.sites.add("Vänskapshuset")
    app.sites.add("Vänskapsparken", "outdoor")
    app.organisations.add("Rädda Barnen", "non_profit")
    app.organisations.add("FC Rosengård", "association")
    return UiSession(app)


@pytest.fixture
def page(qtbot, session):
    shown = ActivitiesPage(session)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()  # as the main window does when it shows the page
    return shown


def titles(page):
    return [page.proxy.activity_at(row).title for row in range(page.proxy.rowCount())]


def stats(app):
    return app.statistics.period(*JULY)


def open_new_dialog(qtbot, page) -> ActivityDialog:
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_text(qtbot, widget, text):
    """Type like a keyboard, å ä ö included (QTest's key clicks only know ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def fill(qtbot, dialog, title="Fotboll i parken", start=(15, 0), end=(17, 0)):
    type_text(qtbot, dialog.title, title)
    dialog.type.setCurrentText("Fotboll")
    dialog.start.setTime(QTime(*start))
    dialog.end.setTime(QTime(*end))


def answer_password(monkeypatch, password):
    """Drive the coordinator's password dialog as a person would: type, press Lås upp."""
    asked = []

    def typed(dialog):
        asked.append(password)
        dialog.password.setText(password)
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", typed)
    return asked


def confirm_everything(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)


def test_register_edit_and_delete_an_activity_the_table_and_statistics_follow(
    qtbot, page, session, data_dir, monkeypatch, swedish_plurals
):
    app = session.app
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog)
    dialog.site.setCurrentText("Vänskapsparken")
    type_text(qtbot, dialog.organiser.lineEdit(), "Rädda Barnen")
    type_text(qtbot, dialog.partners.search, "fc rosengård")
    qtbot.mouseClick(dialog.partners.add_button, LEFT)
    assert dialog.partners.partners() == ("FC Rosengård",)  # the registered spelling
    dialog.participants.cells[(Gender.GIRL, "7-9")].setValue(4)
    dialog.participants.cells[(Gender.BOY, "10-13")].setValue(3)
    assert dialog.participants.total_label.text() == "Totalt: 7 deltagare"
    dialog.leaders.setValue(2)
    dialog.knowledge_exchange.setChecked(True)
    type_text(qtbot, dialog.note, "Varmt")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert not dialog.isVisible()
    assert titles(page) == ["Fotboll i parken"]
    [stored] = app.activities.list(*JULY)
    assert (stored.site, stored.date, stored.start, stored.end) == (
        "Vänskapsparken",
        dt.date(2025, 7, 3),
        dt.time(15),
        dt.time(17),
    )
    assert (stored.organiser, stored.partners, stored.leader_count) == (
        "Rädda Barnen",
        ("FC Rosengård",),
        2,
    )
    assert stored.area == Area.CHILDREN_YOUTH and stored.knowledge_exchange
    assert stored.note == "Varmt"
    assert page.selected() == stored
    figures = stats(app)
    assert (figures.activities, figures.participants, figures.knowledge_exchanges) == (1, 7, 1)
    assert figures.active_organisations == 2
    assert page.summary.text() == "1 aktivitet · 7 deltagare"  # Qt's Swedish plural forms

    # Edit: Enter on the selected row opens the dialog with what was saved.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.title.text() == "Fotboll i parken"
    assert dialog.participants.total() == 7 and dialog.partners.partners() == ("FC Rosengård",)
    dialog.title.clear()
    type_text(qtbot, dialog.title, "Fotbollsturnering")
    dialog.participants.cells[(Gender.GIRL, "7-9")].setValue(10)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert titles(page) == ["Fotbollsturnering"]
    assert page.model.index(0, Column.PARTICIPANTS).data() == 13
    assert stats(app).participants == 13
    assert app.activities.list(*JULY)[0].organiser == "Rädda Barnen"  # all fields were given

    # Delete: asks for confirmation, then writes a tombstone.
    confirm_everything(monkeypatch)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(page) == []
    assert app.activities.list(*JULY) == []
    assert (stats(app).activities, stats(app).participants) == (0, 0)
    with sqlite3.connect(database_path(data_dir)) as connection:
        rows = connection.execute("SELECT title, deleted FROM activity").fetchall()
    assert rows == [("Fotbollsturnering", 1)]
    assert app.audit.recent(limit=1)[0].action == "delete"


def test_delete_asks_the_coordinator_password_and_refuses_a_wrong_one(
    qtbot, page, session, monkeypatch
):
    app = session.app
    app.settings.set_coordinator_password("hemligt123")
    add_activity(app, "Dans")
    page.refresh()
    page.table.selectRow(0)
    confirm_everything(monkeypatch)

    asked = answer_password(monkeypatch, "fel-lösen")
    qtbot.mouseClick(page.delete_button, LEFT)
    assert asked == ["fel-lösen"]
    assert titles(page) == ["Dans"] and len(app.activities.list(*JULY)) == 1
    assert not session.coordinator_unlocked

    asked = answer_password(monkeypatch, "hemligt123")
    qtbot.mouseClick(page.delete_button, LEFT)
    assert asked == ["hemligt123"]
    assert titles(page) == [] and app.activities.list(*JULY) == []
    assert session.coordinator_unlocked  # asked once per session


def test_a_declined_confirmation_deletes_nothing(qtbot, page, session, monkeypatch):
    add_activity(session.app, "Dans")
    page.refresh()
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert titles(page) == ["Dans"]


def test_editing_a_day_older_than_a_week_needs_the_coordinator(qtbot, page, session, monkeypatch):
    app = session.app
    app.settings.set_coordinator_password("hemligt123")
    add_activity(app, "Dans", day=dt.date(2025, 7, 1))  # two days ago: free to change
    dialog = ActivityDialog(session, app.activities.list(*JULY)[0], parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setDate(QDate(2025, 6, 20))  # moved to a locked day
    answer_password(monkeypatch, "fel-lösen")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.date_error.isVisible()
    assert app.activities.list(*JULY)[0].date == dt.date(2025, 7, 1)
    answer_password(monkeypatch, "hemligt123")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert app.activities.list(dt.date(2025, 6, 1), dt.date(2025, 6, 30))[0].title == "Dans"


@pytest.mark.parametrize(
    ("title", "start", "end", "error_label"),
    [
        ("Dans", (17, 0), (15, 0), "time_error"),
        ("Dans", (15, 0), (15, 0), "time_error"),
        ("", (15, 0), (17, 0), "title_error"),
        ("   ", (15, 0), (17, 0), "title_error"),
    ],
)
def test_bad_input_is_said_next_to_its_field_and_nothing_is_saved(
    qtbot, page, session, title, start, end, error_label
):
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog, title=title, start=start, end=end)
    type_text(qtbot, dialog.note, "skrivet")
    qtbot.mouseClick(dialog.save_button, LEFT)
    error = getattr(dialog, error_label)
    assert error.isVisible() and error.objectName() == "error" and error.text()
    assert dialog.isVisible() and dialog.title.text() == title
    assert dialog.note.toPlainText() == "skrivet"
    assert session.app.activities.list(*JULY) == []


def test_an_organiser_not_in_the_register_is_said_next_to_it_and_nothing_is_saved(
    qtbot, page, session, monkeypatch
):
    """The window resolves the typed name in its own choices: not there and not added, it says
    so next to the field (the service, which takes ids, is not asked)."""
    monkeypatch.setattr(NewOrganisationDialog, "exec", lambda dialog: 0)  # "Avbryt"
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog)
    type_text(qtbot, dialog.organiser.lineEdit(), "Okända föreningen")
    dialog.participants.cells[(Gender.OTHER, "14-17")].setValue(5)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.organiser_error.isVisible() and "Okända föreningen" in (
        dialog.organiser_error.text()
    )
    assert dialog.focusWidget() is dialog.organiser and not dialog.error.isVisible()
    assert dialog.isVisible() and dialog.organiser.currentText() == "Okända föreningen"
    assert dialog.participants.total() == 5 and dialog.title.text() == "Fotboll i parken"
    assert session.app.activities.list(*JULY) == []
    assert "Okända föreningen" not in {o.name for o in session.app.organisations.list()}


@pytest.mark.parametrize(
    ("removed", "error_label", "field", "said"),
    [
        ("site", "site_error", "site", "Platsen finns inte i registret"),
        ("type", "type_error", "type", "Aktivitetstypen finns inte i registret"),
    ],
)
def test_a_refusal_is_said_next_to_the_field_it_names(
    qtbot, page, session, removed, error_label, field, said
):
    app = session.app
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog)
    dialog.site.setCurrentText("Vänskapsparken")
    # Meanwhile the site or type is removed from the register (say, by the coordinator).
    if removed == "site":
        app.sites.delete(app.sites.by_name("Vänskapsparken").id)
    else:
        app.activity_types.delete(app.activity_types.id_of("Fotboll"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    error = getattr(dialog, error_label)
    assert error.isVisible() and said in error.text()
    assert dialog.focusWidget() is getattr(dialog, field) and not dialog.error.isVisible()
    assert dialog.isVisible() and dialog.title.text() == "Fotboll i parken"
    assert app.activities.list(*JULY) == []


def test_a_refusal_about_a_field_without_its_own_line_is_shown_above_the_buttons(
    qtbot, page, session
):
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog)
    dialog.note.setPlainText("x" * 4001)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error.isVisible() and "högst 4000" in dialog.error.text()
    assert dialog.focusWidget() is dialog.note and not dialog.title_error.isVisible()
    assert session.app.activities.list(*JULY) == []


def test_an_unknown_organisation_can_be_created_inline(qtbot, page, session, monkeypatch):
    def add_as_informal_group(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("informal_group"))
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(NewOrganisationDialog, "exec", add_as_informal_group)
    dialog = open_new_dialog(qtbot, page)
    fill(qtbot, dialog)
    type_text(qtbot, dialog.organiser.lineEdit(), "Mammagruppen")
    type_text(qtbot, dialog.partners.search, "Läxhjälpen")
    qtbot.keyClick(dialog.partners.search, Qt.Key.Key_Return)  # Enter adds, does not save
    assert dialog.isVisible() and dialog.partners.partners() == ("Läxhjälpen",)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    [stored] = session.app.activities.list(*JULY)
    assert (stored.organiser, stored.partners) == ("Mammagruppen", ("Läxhjälpen",))
    kinds = {o.name: o.kind for o in session.app.organisations.list()}
    assert kinds["Mammagruppen"] == "informal_group"


def test_choosing_a_type_suggests_its_area_unless_the_area_was_chosen_by_hand(qtbot, session):
    dialog = ActivityDialog(session)
    qtbot.addWidget(dialog)
    dialog.type.setCurrentText("Tjejforum")
    assert dialog.area.currentData() == Area.SELF_ORGANISATION
    dialog.type.setCurrentText("Öppet hus")
    assert dialog.area.currentData() == Area.MEETING_PLACE
    # A choice made by hand (a user action: `activated`) is kept when the type changes.
    index = dialog.area.findData(Area.PRESENCE.value)
    dialog.area.setCurrentIndex(index)
    dialog.area.activated.emit(index)
    dialog.type.setCurrentText("Fotboll")
    assert dialog.area.currentData() == Area.PRESENCE


def test_a_template_creates_the_days_activity_in_one_click(qtbot, page, session):
    app = session.app
    app.templates.add(
        template_input(
            app,
            site="Vänskapshuset",
            weekday=3,  # Thursday, like the fixture's 2025-07-03
            start=dt.time(15),
            end=dt.time(18),
            title="Öppet hus",
            type_name="Öppet hus",
            organiser="Rädda Barnen",
        )
    )
    page.template_menu.aboutToShow.emit()
    [action] = [a for a in page.template_menu.actions() if a.isEnabled() and "Öppet" in a.text()]
    assert action.text() == "Öppet hus, torsdagar 15:00–18:00 (Vänskapshuset)"
    action.trigger()
    [stored] = app.activities.list(*JULY)
    assert (stored.title, stored.date, stored.organiser) == (
        "Öppet hus",
        dt.date(2025, 7, 3),
        "Rädda Barnen",
    )
    assert titles(page) == ["Öppet hus"] and page.selected() == stored
    assert stats(app).activities == 1

    def say_no(left: int) -> None:  # the same template again that day: asked; Esc keeps one
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:  # at most 5 s: a question that never comes must not catch a later one
                QTimer.singleShot(20, lambda: say_no(left - 1))
            return
        asked.append(box.text())
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)  # the key the box has

    asked: list[str] = []
    QTimer.singleShot(20, lambda: say_no(250))
    action.trigger()
    assert len(asked) == 1 and "finns redan" in asked[0]
    assert stats(app).activities == 1


def test_filters_and_sorting_by_value(qtbot, page, session):
    app = session.app
    add_activity(app, "Dans", participants=9, partners=("FC Rosengård",))
    add_activity(app, "Läxhjälp", participants=10, site="Vänskapsparken", type_name="Läxhjälp")
    add_activity(
        app, "Tjejforum", dt.date(2025, 7, 10), 2, type_name="Tjejforum", organiser="Rädda Barnen"
    )
    add_activity(app, "Fotboll", dt.date(2025, 7, 2), 1, type_name="Fotboll", start=dt.time(9))
    page.refresh()
    page.table.sortByColumn(Column.PARTICIPANTS, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Fotboll", "Tjejforum", "Dans", "Läxhjälp"]  # 1, 2, 9, 10: numbers
    page.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert titles(page)[0] == "Tjejforum" and titles(page)[-1] == "Fotboll"
    page.table.sortByColumn(Column.TIME, Qt.SortOrder.AscendingOrder)
    assert titles(page)[0] == "Fotboll"  # 09:00 before 15:00, whatever the day
    page.period.set_period(dt.date(2025, 7, 3), dt.date(2025, 7, 3))
    assert sorted(titles(page)) == ["Dans", "Läxhjälp"]
    page.period.choose(1)  # this month again

    def choose(combo, value):
        combo.setCurrentIndex(combo.findData(value))

    choose(page.site_filter, "Vänskapsparken")
    assert titles(page) == ["Läxhjälp"]
    choose(page.site_filter, None)
    choose(page.area_filter, Area.SELF_ORGANISATION.value)
    assert titles(page) == ["Tjejforum"]
    choose(page.area_filter, None)
    choose(page.organisation_filter, "FC Rosengård")  # a partner counts
    assert titles(page) == ["Dans"]
    choose(page.organisation_filter, None)
    choose(page.type_filter, "Läxhjälp")
    assert titles(page) == ["Läxhjälp"]
    choose(page.type_filter, None)
    type_text(qtbot, page.search, "rädda")
    assert titles(page) == ["Tjejforum"]
    page.search.clear()
    page.period.choose(0)  # this week: 2025-06-30 … 2025-07-06
    assert page.period.period() == (dt.date(2025, 6, 30), dt.date(2025, 7, 6))
    assert sorted(titles(page)) == ["Dans", "Fotboll", "Läxhjälp"]


def test_ui_labels_are_the_domains_words_in_swedish():
    assert {k: v for k, v in area_labels().items()} == AREA_LABELS
    assert gender_labels() == GENDER_LABELS
    assert organisation_kind_labels() == ORGANISATION_KIND_LABELS
    assert weekday_names() == WEEKDAY_NAMES


def add_activity(
    app,
    title,
    day=dt.date(2025, 7, 3),
    participants=3,
    site="Vänskapshuset",
    type_name="Dans",
    organiser=None,
    partners=(),
    start=dt.time(15),
):
    return app.activities.create(
        activity_input(
            app,
            site=site,
            date=day,
            start=start,
            end=dt.time(16),
            title=title,
            type_name=type_name,
            organiser=organiser,
            partners=partners,
            participants=(ParticipantCount(Gender.GIRL, "7-9", participants),),
        )
    )


def test_keyboard_ctrl_n_opens_a_new_activity_and_buttons_have_accessible_names(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)  # a button's shortcut animates its click
    assert page.dialog.isVisible()
    assert page.dialog.windowTitle() == "Ny aktivitet"
    page.dialog.reject()
    for button in (page.new_button, page.edit_button, page.delete_button, page.template_button):
        assert button.accessibleName()


def test_templates_dialog_adds_and_deletes_a_weekly_template(qtbot, session, monkeypatch):
    dialog = TemplatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, LEFT)  # no title yet
    assert dialog.error.isVisible() and session.app.templates.list() == []
    type_text(qtbot, dialog.title, "Läxhjälp")
    dialog.weekday.setCurrentIndex(1)
    dialog.type.setCurrentText("Läxhjälp")
    qtbot.mouseClick(dialog.add_button, LEFT)
    [template] = session.app.templates.list()
    assert (template.title, template.weekday, template.start, template.end) == (
        "Läxhjälp",
        1,
        dt.time(15),
        dt.time(18),
    )
    assert dialog.list.currentItem().text() == "Läxhjälp, tisdagar 15:00–18:00 (Vänskapshuset)"
    confirm_everything(monkeypatch)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert session.app.templates.list() == [] and dialog.list.count() == 0


def test_a_period_of_years_loads_in_the_background(qtbot, page, session):
    import datetime as dt

    for year in (2019, 2025):
        session.app.activities.create(
            activity_input(
                session.app,
                "Vänskapshuset",
                dt.date(year, 3, 4),
                dt.time(15),
                dt.time(16),
                f"Öppet hus {year}",
                "Öppet hus",
            )
        )
    page.period.set_period(dt.date(2016, 1, 1), dt.date(2025, 12, 31))
    page._load()
    assert page.status.text() == "Hämtar aktiviteterna…"  # the window went on meanwhile
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.status.text() == ""
    assert set(titles(page)) == {"Öppet hus 2019", "Öppet hus 2025"}
    from vanskapshuset.ui.worker import jobs_running

    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=5000)  # none left to outlive the page


def test_titles_sort_the_swedish_way_whatever_the_system_locale(qtbot, page, session):
    """A click on Titel orders … Z, Å, Ä, Ö (domain/swedish_order.py), not as the machine's
    locale or code points would (Ä before Å)."""
    app = session.app
    for title in ("Örebroresa", "Ängsdag", "Zumba", "Åkdag", "ärtsoppa", "Bad"):
        add_activity(app, title)
    page.refresh()
    page.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Bad", "Zumba", "Åkdag", "Ängsdag", "ärtsoppa", "Örebroresa"]
