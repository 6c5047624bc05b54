"""Starting the window on a damaged database: a dialog offers the newest good backup, an empty
database, or quitting; after a choice the window opens on the result, and the damaged file is
moved aside intact (quitting leaves it where it was)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from vanskapshuset.app import open_app
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.ui.application import build_window, open_for_window
from vanskapshuset.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, bytes]:
    """Five visits today and a backup of them, then the file cut in half."""
    folder = tmp_path / "data"
    app = open_app(folder, actor="Testledare")
    try:
        site = app.sites.add("Vänskapshuset", "indoor")
        app.visits.add(site.id, "girl", "7-9", 5)
        app.backups.create()
    finally:
        app.close()
    path = database_path(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return folder, path.read_bytes()


@pytest.fixture
def press(qtbot, monkeypatch) -> list[str]:
    """The dialog, answered by a click on the button named next in the list."""
    answers: list[str] = []

    def answer(dialog: DamagedDatabaseDialog) -> int:
        qtbot.addWidget(dialog)
        said = " ".join(label.text() for label in dialog.findChildren(QLabel))
        # The window's own words: not the command line's "start the program to …".
        assert "skadad" in said or "mapp" in said
        assert "starta programmet" not in said
        qtbot.mouseClick(getattr(dialog, answers.pop(0)), LEFT)
        return dialog.result()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", answer)
    return answers


def _aside(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".skadad-" in p.name and p.name.endswith(".sqlite")]


def test_restoring_the_newest_good_backup_opens_the_window_on_it(qtbot, damaged, press):
    folder, before = damaged
    press.append("restore_button")
    app = open_for_window(folder)
    assert app is not None
    try:
        window = build_window(app)
        qtbot.addWidget(window)
        window.show()
        assert window.today.total.text() == "5"
    finally:
        app.close()
    [aside] = _aside(folder)
    assert aside.read_bytes() == before
    assert database_path(folder).read_bytes() != before


def test_starting_empty_opens_an_empty_database_and_keeps_the_backups(qtbot, damaged, press):
    folder, before = damaged
    backups = sorted(p.name for p in backup_dir(folder).iterdir())
    press.append("empty_button")
    app = open_for_window(folder)
    assert app is not None
    try:
        assert app.is_empty()  # the window's first-run setup comes next
    finally:
        app.close()
    [aside] = _aside(folder)
    assert aside.read_bytes() == before
    assert sorted(p.name for p in backup_dir(folder).iterdir()) == backups


def test_quitting_leaves_the_damaged_file_where_it_was(qtbot, damaged, press):
    folder, before = damaged
    press.append("quit_button")
    assert open_for_window(folder) is None
    assert _aside(folder) == []
    assert database_path(folder).read_bytes() == before


def test_without_a_good_backup_only_empty_or_quit_is_offered(qtbot, damaged, press, monkeypatch):
    folder, _ = damaged
    for path in backup_dir(folder).iterdir():
        path.write_bytes(b"")  # every copy unusable
    press.append("empty_button")
    offered: list[bool] = []
    answer = DamagedDatabaseDialog.exec

    def look(dialog: DamagedDatabaseDialog) -> int:
        offered.append(dialog.restore_button.isEnabled())
        return answer(dialog)

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", look)
    app = open_for_window(folder)
    assert offered == [False] and app is not None
    app.close()
