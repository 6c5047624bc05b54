"""Every dialog of the app, built on a small real database, for the keyboard tests: Alt+letters
(test_dialog_mnemonics.py) and Esc with changes (test_discard_guard.py)."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from by_name import activity_input, template_input
from vanskapshuset.app import App
from vanskapshuset.services.folders import folders_in_use
from vanskapshuset.ui.dialogs.about_dialog import AboutDialog
from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog
from vanskapshuset.ui.dialogs.first_run import FirstRunDialog
from vanskapshuset.ui.dialogs.organisation_picker import NewOrganisationDialog
from vanskapshuset.ui.dialogs.paper_tally_dialog import PaperTallyDialog
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.dialogs.rename_dialog import RenameDialog
from vanskapshuset.ui.dialogs.sheet_details_dialog import SheetDetailsDialog
from vanskapshuset.ui.dialogs.signup_form import SignUpForm
from vanskapshuset.ui.dialogs.signups_dialog import SignUpsDialog
from vanskapshuset.ui.dialogs.team_dialogs import CreateTeamDialog, JoinTeamDialog
from vanskapshuset.ui.dialogs.templates_dialog import TemplatesDialog
from vanskapshuset.ui.session import UiSession

TODAY = dt.date(2025, 7, 3)  # the clock fixture's day


def fill_database(app: App) -> UiSession:
    app.sites.add("Vänskapshuset")
    app.sites.add("Vänskapsparken", "outdoor")
    app.organisations.add("Rädda Barnen", "non_profit")
    app.leaders.add("Amina")
    app.activities.create(
        activity_input(
            app,
            site="Vänskapshuset",
            date=TODAY,
            start=dt.time(15),
            end=dt.time(17),
            title="Fotboll i parken",
            type_name="Fotboll",
            organiser="Rädda Barnen",
        )
    )
    app.templates.add(
        template_input(app, "Vänskapshuset", 1, dt.time(15), dt.time(18), "Läxhjälp", "Läxhjälp")
    )
    return UiSession(app)


def the_activity(session: UiSession):
    [activity] = session.app.activities.list(TODAY, TODAY)
    return activity


def _refuse(*_args: object) -> object:
    raise AssertionError("the keyboard tests never save")


def _paper_tally(session: UiSession) -> QDialog:
    site = session.app.sites.list()[0]
    return PaperTallyDialog(session, site.id, site.name, TODAY, session.app.age_bands.list())


DIALOGS: dict[str, Callable[[UiSession], QDialog]] = {
    "new activity": lambda s: ActivityDialog(s),
    "edit activity": lambda s: ActivityDialog(s, the_activity(s)),
    "templates": TemplatesDialog,
    "sign-up form": lambda s: SignUpForm(_refuse),
    "sign-ups": lambda s: SignUpsDialog(s, the_activity(s)),
    "paper tally": _paper_tally,
    "sheet details": lambda s: SheetDetailsDialog(s, blank=False),
    "new organisation": lambda s: NewOrganisationDialog(s, "Ny förening"),
    "first run": lambda s: FirstRunDialog(s.app),
    "create team": lambda s: CreateTeamDialog("Laptop 1", _refuse),
    "join team": lambda s: JoinTeamDialog("Laptop 2", _refuse),
    "password": lambda s: PasswordDialog(s.app.access),
    "rename": lambda s: RenameDialog("Vänskapshuset", _refuse),
    "about": lambda s: AboutDialog(folders_in_use(s.data_folder)),
}


def show(qtbot, dialog: QDialog) -> QDialog:
    """Shown and active, as a dialog a person is looking at (shortcuts need an active window)."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A real key press to whatever has the focus, as a keyboard sends it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


@dataclass
class Question:
    text: str
    buttons: list[str]
    default: str
    escape: str


class Answerer:
    """Answers the next question box with one real key, from inside its event loop, and keeps
    what it asked. Start it before the key that may ask: the question blocks until answered."""

    def __init__(self, key: Qt.Key | str) -> None:
        self.key = key
        self.asked: list[Question] = []
        self._tries = 0
        QTimer.singleShot(0, self._look)

    def stop(self) -> None:
        self._tries = -1

    def _look(self) -> None:
        if self._tries < 0:
            return
        box = QApplication.activeModalWidget()
        # As a person would: once the question is there and has the keyboard.
        if isinstance(box, QMessageBox) and box.isVisible() and box.isActiveWindow():
            self.asked.append(
                Question(
                    box.text(),
                    sorted(button.text() for button in box.buttons()),
                    box.defaultButton().text() if box.defaultButton() else "",
                    box.escapeButton().text() if box.escapeButton() else "",
                )
            )
            focus = QApplication.focusWidget()
            target: QWidget = focus if focus is not None and box.isAncestorOf(focus) else box
            QTest.keyClick(target, self.key)
            return
        self._tries += 1
        if self._tries < 300:  # 3 s; a test that expected no question checks `asked`
            QTimer.singleShot(10, self._look)
