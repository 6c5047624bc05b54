"""Räknelista on the Idag page: a blank sheet printed, a filled one typed in (one undoable
step), live sums in the dialog, refusals said inline, and the coordinator's older days."""

import datetime as dt
import sqlite3
from pathlib import Path

import pdfplumber
import pytest

from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.ui.dialogs.file_saving import FileSaver
from vanskapshuset.ui.dialogs.paper_tally_dialog import PaperTallyDialog
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

DAY = dt.date(2025, 7, 3)  # the clock fixture's day
SHEET = {(Gender.GIRL, "7-9"): 5, (Gender.BOY, "10-13"): 3, (Gender.UNKNOWN, "26+"): 1}


@pytest.fixture
def window(app, qtbot) -> MainWindow:
    app.sites.add("Vänskapsparken", "outdoor")
    app.leaders.add("Amina")
    shown = MainWindow(UiSession(app))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def typed_sheet(monkeypatch, counts: dict[tuple[Gender, str], int]) -> list[PaperTallyDialog]:
    """When the dialog opens, the counts are typed into its boxes and Skriv in is pressed."""
    seen: list[PaperTallyDialog] = []

    def typed(dialog: PaperTallyDialog) -> int:
        seen.append(dialog)
        for cell, count in counts.items():
            dialog.cells[cell].setValue(count)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(PaperTallyDialog, "exec", typed)
    return seen


def paper_visits(data_dir: Path) -> int:
    with sqlite3.connect(database_path(data_dir)) as connection:
        [(net,)] = connection.execute(
            "SELECT COALESCE(SUM(delta), 0) FROM visit WHERE source = 'paper'"
        ).fetchall()
    return net


def test_typing_in_a_sheet_counts_it_and_undo_and_redo_take_it_out_and_in(
    window, app, monkeypatch, data_dir
):
    today = window.today
    site_id = app.sites.by_name("Vänskapsparken").id
    seen = typed_sheet(monkeypatch, SHEET)
    today.enter_tally_action.trigger()
    dialog = seen[0]
    assert dialog.where.text() == "Vänskapsparken · 2025-07-03"
    assert app.visits.day_grid(site_id, DAY).cells == SHEET
    assert paper_visits(data_dir) == 9
    assert today.total.text() == "9"
    assert today.grid.count_of((Gender.GIRL, "7-9")) == 5
    assert "9 besök" in today.status.text()

    today.undo_stack.undo()
    assert app.visits.day_grid(site_id, DAY).cells == {}
    assert paper_visits(data_dir) == 0 and today.total.text() == "0"
    today.undo_stack.redo()
    assert app.visits.day_grid(site_id, DAY).cells == SHEET
    assert paper_visits(data_dir) == 9 and today.total.text() == "9"
    # The undo button works on the sheet as on a click at the door.
    assert today.undo_button.isEnabled()
    today.undo_button.click()
    assert today.total.text() == "0"


def test_the_dialog_sums_rows_columns_and_the_total_as_you_type(window, qtbot):
    today = window.today
    dialog = PaperTallyDialog(
        window.session,
        window.session.site_id or "",
        "Vänskapsparken",
        DAY,
        today._bands,
    )
    qtbot.addWidget(dialog)
    dialog.cells[(Gender.GIRL, "7-9")].setValue(4)
    dialog.cells[(Gender.GIRL, "10-13")].setValue(2)
    dialog.cells[(Gender.BOY, "7-9")].setValue(3)
    assert dialog.row_sums[Gender.GIRL].text() == "6"
    assert dialog.row_sums[Gender.BOY].text() == "3"
    assert dialog.column_sums["7-9"].text() == "7"
    assert dialog.column_sums["0-6"].text() == "0"
    assert dialog.grand_total.text() == "9"
    assert dialog.total_label.text() == "Totalt: 9 besök"
    # The same layout as the Idag counter: genders as rows, age bands as columns.
    assert list(dialog.cells) == list(today.grid.buttons)


def test_an_empty_sheet_is_refused_in_the_dialog_and_nothing_is_written(
    window, app, monkeypatch, data_dir
):
    seen = typed_sheet(monkeypatch, {})
    window.today.enter_tally_action.trigger()
    assert seen[0].result() == 0
    assert seen[0].error.text() == "Räknelistan har inga besök att skriva in."
    assert paper_visits(data_dir) == 0
    assert window.today.undo_stack.count() == 0


def test_a_day_older_than_a_week_needs_the_coordinator(window, app, monkeypatch, data_dir):
    app.settings.set_coordinator_password("hemligt1")
    old_day = DAY - dt.timedelta(days=10)
    window.session.set_day(old_day)  # as if the coordinator had chosen it, then locked again
    answers = ["fel-lösen"]

    def typed(dialog: PasswordDialog) -> int:
        dialog.password.setText(answers.pop(0))
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", typed)
    seen = typed_sheet(monkeypatch, SHEET)
    window.today.enter_tally_action.trigger()
    assert seen == [] and paper_visits(data_dir) == 0
    assert "samordnaren" in window.today.status.text()
    answers.append("hemligt1")
    window.today.enter_tally_action.trigger()
    assert len(seen) == 1 and paper_visits(data_dir) == 9
    site_id = app.sites.by_name("Vänskapsparken").id
    assert app.visits.day_grid(site_id, old_day).total == 9


def test_printing_a_blank_tally_sheet_for_the_site_and_day(window, monkeypatch, tmp_path, qtbot):
    suggested: list[Path] = []

    def ask(saver: FileSaver, title: str, path: Path, file_filter: str) -> Path:
        suggested.append(path)
        return tmp_path / path.name

    monkeypatch.setattr(FileSaver, "ask_file", ask)
    today = window.today
    today.print_tally_action.trigger()
    qtbot.waitUntil(lambda: today.saver.path is not None, timeout=10_000)
    assert suggested[0].name == "Räknelista Vänskapsparken 2025-07-03.pdf"
    with pdfplumber.open(today.saver.path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for expected in ("Vänskapsparken", "Flicka", "Vill ej ange", "10-13"):
        assert expected in text
    assert today.saver.isVisibleTo(today)
    assert str(today.saver.path) in today.saver.label.text()
