"""The first-run setup: sites, the leader and the coordinator password, or the demo data."""

import datetime as dt

from application_state import application_state_kept
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from vanskapshuset.app import open_app
from vanskapshuset.domain import settings_registry as keys
from vanskapshuset.ui.application import run_gui
from vanskapshuset.ui.dialogs.first_run import FirstRunDialog
from vanskapshuset.ui.main_window import MainWindow


def _dialog(qtbot, app) -> FirstRunDialog:
    dialog = FirstRunDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _nothing_created(app) -> bool:
    return (
        app.is_empty()
        and not app.leaders.list()
        and not app.settings.has_coordinator_password()
        and app.audit.count() == 0
    )


def test_first_run_creates_sites_leader_and_password(qtbot, app):
    dialog = _dialog(qtbot, app)
    qtbot.keyClicks(dialog.leader_name, "Amina")
    qtbot.keyClicks(dialog.password, "hemligt1")
    qtbot.keyClicks(dialog.password_repeat, "hemligt1")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not app.is_empty()
    sites = {site.name: site.kind.value for site in app.sites.list()}
    assert sites == {"Vänskapshuset": "indoor", "Vänskapsparken": "outdoor"}
    (leader,) = app.leaders.list()
    assert leader.name == "Amina"
    assert app.settings.get(keys.CURRENT_LEADER) == leader.id
    assert app.settings.check_coordinator_password("hemligt1")
    assert not app.settings.check_coordinator_password("fel-lösen")
    # Everything after the leader's own record is logged under the leader's name.
    app.access.unlock("hemligt1")  # the history is the coordinator's to read
    site_entries = [entry for entry in app.audit.recent() if entry.entity == "site"]
    assert {entry.actor for entry in site_entries} == {"Amina"}


def test_first_run_with_another_site_only_and_no_password(qtbot, app):
    dialog = _dialog(qtbot, app)
    for check, _name, _kind in dialog.site_checks:
        check.setChecked(False)
    dialog.other_site.setText("  Mötesplats   Norr ")  # QTest can only type ASCII
    dialog.other_kind.setCurrentIndex(dialog.other_kind.findData("excursion"))
    qtbot.keyClicks(dialog.leader_name, "Yusuf")
    qtbot.keyClick(dialog.leader_name, Qt.Key.Key_Return)  # Enter means "Kom igång"

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(s.name, s.kind.value) for s in app.sites.list()] == [("Mötesplats Norr", "excursion")]
    assert not app.settings.has_coordinator_password()


def test_mismatched_passwords_are_refused_inline_and_nothing_is_created(qtbot, app):
    dialog = _dialog(qtbot, app)
    qtbot.keyClicks(dialog.leader_name, "Amina")
    qtbot.keyClicks(dialog.password, "hemligt1")
    qtbot.keyClicks(dialog.password_repeat, "hemligt2")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password_error.isVisible()
    assert "inte lika" in dialog.password_error.text()
    assert dialog.password.text() == "hemligt1"  # what was typed is kept
    assert _nothing_created(app)


def test_a_short_password_is_refused(qtbot, app):
    dialog = _dialog(qtbot, app)
    qtbot.keyClicks(dialog.leader_name, "Amina")
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.password_repeat, "abc")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert "minst 6 tecken" in dialog.password_error.text()
    assert _nothing_created(app)


def test_no_site_and_no_name_are_refused_inline_and_nothing_is_created(qtbot, app):
    dialog = _dialog(qtbot, app)
    for check, _name, _kind in dialog.site_checks:
        check.setChecked(False)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.site_error.isVisible() and "minst en plats" in dialog.site_error.text()
    assert dialog.leader_error.isVisible()
    assert not dialog.password_error.isVisible()
    assert _nothing_created(app)


def test_the_demo_button_loads_demo_data_in_the_background(qtbot, app):
    dialog = _dialog(qtbot, app)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    assert dialog.progress.isVisible()  # the window shows it is busy …
    assert not dialog.start_button.isEnabled()
    dialog.reject()  # … and cannot be closed half-way (the result arrives through the event loop)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    assert {site.name for site in app.sites.list()} >= {"Vänskapshuset", "Vänskapsparken"}
    assert app.activities.list(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert [entry.entity for entry in app.audit.recent()] == ["demo"]
    assert len(app.leaders.list()) > 1


def test_the_cancel_button_says_it_quits_and_quitting_saves_nothing(qapp, qtbot, tmp_path):
    """The first start through run_gui: the dialog says what its cancel button does, and a
    click on it ends the program (exit code 0) with the database still empty."""
    folder = tmp_path / "data"
    seen: list[str] = []

    def press_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstRunDialog) and dialog.isVisible() and not seen:
            seen.append(dialog.cancel_button.text())
            seen.append(dialog.cancel_note.text())
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    presser = QTimer()
    presser.timeout.connect(press_cancel)
    presser.start(50)
    with application_state_kept(qapp):
        code = run_gui(folder)
    presser.stop()

    assert code == 0
    assert seen[0] == "Avsluta utan att spara"
    assert "inget sparas" in seen[1] and "nästa gång" in seen[1]
    # No window was built by this start (other tests' windows may still await deletion).
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and id(w) not in before
    ]
    again = open_app(folder)
    try:
        assert _nothing_created(again)  # the next start asks the same questions
    finally:
        again.close()


def test_the_language_is_chosen_first_and_the_questions_asked_again_in_it(qtbot, app):
    dialog = _dialog(qtbot, app)
    assert dialog.language.itemData(0) == "sv"  # Swedish first
    dialog.language.setFocus()
    while dialog.language.currentData() != "ar":
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # as a person steps through the list
    assert dialog.result() == FirstRunDialog.LANGUAGE_CHOSEN
    assert app.settings.language() == "ar"
    assert app.is_empty()  # nothing else is created by choosing a language
    assert dialog.language.itemText(dialog.language.findData("ar")) == "العربية"
