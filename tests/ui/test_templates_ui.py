"""Mallar: a template is changed in place through the dialog (Ändra…, double-click or Enter in
the list), keeping what the form does not show; Avbryt ändringen and a refused change save
nothing."""

import dataclasses
import datetime as dt

import pytest
from dialogs_under_test import fill_database, press, show
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from by_name import template_input
from vanskapshuset.domain.vocabulary import Area
from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog

LEFT = Qt.MouseButton.LeftButton
FOOTBALL = dict(
    site="Vänskapsparken",
    weekday=2,
    start=dt.time(16),
    end=dt.time(18),
    title="Fotboll",
    type_name="Fotboll",
    area="self_organisation",
    organiser="Rädda Barnen",
    partners=("Rädda Barnen",),
    leader_count=2,
    knowledge_exchange=True,
)


@pytest.fixture
def dialog(qtbot, app) -> TemplatesDialog:
    session = fill_database(app)  # has "Läxhjälp, tisdagar 15–18"
    app.templates.add(template_input(app, **FOOTBALL))
    return show(qtbot, TemplatesDialog(session))


def choose(dialog: TemplatesDialog, title: str) -> None:
    [row] = [r for r in range(dialog.list.count()) if dialog.list.item(r).text().startswith(title)]
    dialog.list.setCurrentRow(row)


def football(app):
    return next(t for t in app.templates.list() if t.id == football_id(app))


def football_id(app) -> str:
    return next(t.id for t in app.templates.list() if t.type_name == "Fotboll")


def test_andra_loads_the_template_and_saving_changes_it_in_place(qtbot, app, dialog):
    before = football(app)
    choose(dialog, "Fotboll")
    qtbot.mouseClick(dialog.edit_button, LEFT)
    assert dialog.editing == before
    assert dialog.form_box.title().startswith("Ändra mall: Fotboll, onsdagar 16:00–18:00")
    assert dialog.add_button.text() == "Spara ändringen"
    assert (dialog.title.text(), dialog.weekday.currentIndex(), dialog.site.currentText()) == (
        "Fotboll",
        2,
        "Vänskapsparken",
    )
    assert (dialog.organiser.currentText(), dialog.leaders.value()) == ("Rädda Barnen", 2)
    assert dialog.knowledge_exchange.isChecked() and dialog.title.hasFocus()

    press("K")  # the title is selected: typing replaces it
    dialog.start.setTime(QTime(17, 0))
    dialog.end.setTime(QTime(19, 30))
    qtbot.mouseClick(dialog.add_button, LEFT)

    after = football(app)
    assert after == dataclasses.replace(
        before, title="K", start=dt.time(17), end=dt.time(19, 30)
    )  # the area and partners the form does not show are kept
    assert after.area == Area.SELF_ORGANISATION and after.partners == ("Rädda Barnen",)
    assert len(app.templates.list()) == 2
    assert dialog.list.currentItem().text() == "K, onsdagar 17:00–19:30 (Vänskapsparken)"
    assert dialog.editing is None and dialog.form_box.title() == "Ny mall"
    assert dialog.add_button.text() == "Lägg till mall" and dialog.title.text() == ""
    entry = app.audit.recent(limit=1)[0]
    assert (entry.action, entry.entity) == ("update", "activity_template")


def test_enter_and_double_click_in_the_list_edit_too(qtbot, app, dialog):
    choose(dialog, "Läxhjälp")
    dialog.list.setFocus()
    press(Qt.Key.Key_Return)
    assert dialog.editing is not None and dialog.editing.title == "Läxhjälp"
    assert len(app.templates.list()) == 2  # Enter in the list did not press Spara

    qtbot.mouseClick(dialog.stop_editing_button, LEFT)
    assert dialog.editing is None and dialog.title.text() == ""
    choose(dialog, "Fotboll")
    item = dialog.list.currentItem()
    rect = dialog.list.visualItemRect(item)
    # A double click as the mouse sends it: press, release, then the double click.
    qtbot.mouseClick(dialog.list.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(dialog.list.viewport(), LEFT, pos=rect.center())
    assert dialog.editing is not None and dialog.editing.title == "Fotboll"


def test_avbryt_andringen_and_a_refused_change_save_nothing(qtbot, app, dialog):
    before = app.templates.list()
    choose(dialog, "Fotboll")
    qtbot.mouseClick(dialog.edit_button, LEFT)
    dialog.title.setText("Något annat")
    qtbot.mouseClick(dialog.stop_editing_button, LEFT)
    assert app.templates.list() == before and dialog.editing is None

    qtbot.mouseClick(dialog.edit_button, LEFT)
    dialog.end.setTime(QTime(15, 0))  # before the start
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.error.isVisible() and "Sluttiden" in dialog.error.text()
    assert dialog.end.hasFocus() and dialog.editing is not None
    assert app.templates.list() == before


def test_deleting_the_template_being_edited_empties_the_form(qtbot, app, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    choose(dialog, "Fotboll")
    qtbot.mouseClick(dialog.edit_button, LEFT)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert [t.title for t in app.templates.list()] == ["Läxhjälp"]
    assert dialog.editing is None and dialog.form_box.title() == "Ny mall"


def test_a_site_removed_since_is_shown_and_saving_points_at_it(qtbot, app, dialog):
    app.sites.delete(app.sites.id_of("Vänskapsparken"))
    before = app.templates.list()
    choose(dialog, "Fotboll")
    qtbot.mouseClick(dialog.edit_button, LEFT)
    assert dialog.site.currentText() == "Vänskapsparken"  # shown as it is
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.error.isVisible() and "Platsen finns inte i registret" in dialog.error.text()
    assert dialog.focusWidget() is dialog.site and app.templates.list() == before

    dialog.site.setCurrentIndex(dialog.site.findText("Vänskapshuset"))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert football(app).site == "Vänskapshuset" and dialog.editing is None


def test_a_typed_organiser_not_in_the_register_is_refused_by_the_form(qtbot, app, dialog):
    before = app.templates.list()
    qtbot.keyClicks(dialog.title, "Bad")
    dialog.type.setCurrentIndex(dialog.type.findText("Fotboll"))
    dialog.organiser.setCurrentText("Okänd förening")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.error.isVisible() and "”Okänd förening” finns inte" in dialog.error.text()
    assert dialog.focusWidget() is dialog.organiser and app.templates.list() == before
    dialog.organiser.setCurrentText("rädda barnen")  # the registered name, in any case
    qtbot.mouseClick(dialog.add_button, LEFT)
    [bad] = [t for t in app.templates.list() if t.title == "Bad"]
    assert bad.organiser == "Rädda Barnen" and bad.organiser_id == app.organisations.id_of(
        "Rädda Barnen"
    )
