"""Register → Säkerhetskopior: make one, see it listed, restore it behind the coordinator
password and a question, choose a second folder; every failure is one red sentence."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from database_dump import dump_database
from vanskapshuset.paths import backup_dir
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.session import UiSession

PASSWORD = "hemligt1"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session(qtbot, app) -> UiSession:
    app.sites.add("Vänskapshuset", "indoor")
    app.settings.set_coordinator_password(PASSWORD)
    return UiSession(app)


@pytest.fixture
def page(qtbot, session) -> RegisterPage:
    widget = RegisterPage(session)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.backups)
    widget.refresh()
    return widget


@pytest.fixture
def tab(page):
    return page.backups


@pytest.fixture
def answers(monkeypatch) -> dict[str, list]:
    """What the person types and answers: passwords (one per question) and yes/no."""
    given: dict[str, list] = {"passwords": [], "questions": [], "yes": [True]}

    def type_password(dialog: PasswordDialog) -> int:
        dialog.password.setText(given["passwords"].pop(0))
        dialog._try()
        return dialog.result()

    def question(parent, title, text, *rest):
        given["questions"].append(text)
        yes = given["yes"].pop(0) if given["yes"] else True
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(PasswordDialog, "exec", type_password)
    monkeypatch.setattr(QMessageBox, "question", question)
    return given


def count(session: UiSession, number: int) -> None:
    site = session.app.sites.by_name("Vänskapshuset")
    session.app.visits.add(site.id, "girl", "10-13", number)


def make_one(qtbot, tab) -> str:
    qtbot.mouseClick(tab.create_button, LEFT)
    qtbot.waitUntil(lambda: "är sparad" in tab.status.text(), timeout=10_000)
    assert tab.error.isHidden()
    return tab.status.text()


def select(tab, reason: str) -> None:
    for row in range(tab.model.rowCount()):
        if tab.model.row_text(row, 1) == reason:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"no backup {reason} listed")


def test_create_list_and_restore_behind_the_password(qtbot, tab, session, data_dir, answers):
    count(session, 4)
    make_one(qtbot, tab)
    assert tab.model.rowCount() == 1
    assert [tab.model.row_text(0, column) for column in (1, 3)] == [
        "gjord för hand",
        "4 besök, 0 aktiviteter",
    ]
    before = dump_database(data_dir)
    count(session, 3)
    refreshed: list[int] = []
    session.data_changed.connect(lambda: refreshed.append(1))

    select(tab, "gjord för hand")
    answers["passwords"].append("fel-lösen")
    qtbot.mouseClick(tab.restore_button, LEFT)
    assert answers["questions"] == [] and refreshed == []  # refused: nothing asked, nothing done

    answers["passwords"].append(PASSWORD)
    answers["yes"] = [False]
    qtbot.mouseClick(tab.restore_button, LEFT)
    assert len(answers["questions"]) == 1 and "går att ångra" in answers["questions"][0]
    assert refreshed == []  # answered no

    select(tab, "gjord för hand")
    qtbot.mouseClick(tab.restore_button, LEFT)  # unlocked for this session now; yes
    assert tab.error.isHidden(), tab.error.text()
    assert tab.status.text().startswith("Återställd från ")
    assert dump_database(data_dir) == before
    assert refreshed  # every page shows the restored data
    assert session.coordinator_unlocked is False  # the restored data may have another password
    reasons = [tab.model.row_text(row, 1) for row in range(tab.model.rowCount())]
    assert sorted(reasons) == ["före återställning", "gjord för hand"]
    count(session, 1)  # the window goes on writing, into the restored file
    assert session.app.statistics.period(session.today(), session.today()).visits == 5


def test_a_refused_restore_is_one_red_sentence(qtbot, tab, session, data_dir, answers):
    count(session, 2)
    make_one(qtbot, tab)
    [copy] = list(backup_dir(data_dir).glob("*.sqlite"))
    newer = copy.with_name("20250703-150000-manuell.sqlite")
    shutil.copyfile(copy, newer)
    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    tab.refresh()
    before = dump_database(data_dir)

    answers["passwords"].append(PASSWORD)
    tab.table.selectRow(0)  # the newest: the one from a newer version
    qtbot.mouseClick(tab.restore_button, LEFT)

    assert not tab.error.isHidden()
    assert "nyare version" in tab.error.text() and "\n" not in tab.error.text()
    assert dump_database(data_dir) == before


def test_a_failing_backup_is_one_red_sentence(qtbot, tab, session, data_dir):
    count(session, 1)
    assert not backup_dir(data_dir).exists()  # the first start had nothing to keep
    backup_dir(data_dir).write_text("inte en mapp")  # so the folder cannot be made
    qtbot.mouseClick(tab.create_button, LEFT)
    qtbot.waitUntil(lambda: not tab.error.isHidden(), timeout=10_000)
    assert tab.error.text().startswith("Säkerhetskopian gjordes inte: ")
    assert tab.create_button.isEnabled()


def test_choosing_a_second_folder(qtbot, tab, session, tmp_path: Path, answers, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(tab, "ask_folder", lambda suggested: stick)
    answers["passwords"].append(PASSWORD)
    qtbot.mouseClick(tab.choose_button, LEFT)
    assert tab.second_folder.text() == str(stick)
    assert "En kopia utan anmälningar finns också i" in make_one(qtbot, tab)
    stick.rename(tmp_path / "utdragen")
    assert "är inte ansluten" in make_one(qtbot, tab)
    qtbot.mouseClick(tab.clear_button, LEFT)
    assert tab.second_folder.text() == "ingen"
    assert session.app.backups.second_folder() is None
