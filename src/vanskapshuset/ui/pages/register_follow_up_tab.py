"""The Uppföljning tab: the qualitative measures of the agreement's section 8, a year at a time.

Two lists, the year's surveys of actors and the collaboration initiatives followed that year,
each with Ny…, Ändra… (Enter, double-click) and Ta bort… (Delete; the coordinator's, as every
delete in the register). The entries are written in their own dialogs (follow_up_dialog.py);
the annual report prints them under "Kvalitativa mått".
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import EARLIEST_DATE, LATEST_DATE
from vanskapshuset.services.follow_up import InitiativeView, SurveyView
from vanskapshuset.ui.dialogs.follow_up_dialog import InitiativeDialog, SurveyDialog, status_labels
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.register_common import (
    error_label,
    fit_columns,
    record_table,
    selected_id,
)
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession

OPEN_END = "…"


class _EntryList(QWidget):
    """One list of the tab with its buttons: new, edit, delete."""

    def __init__(
        self, title: str, headers: list[str], new_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        self.model = TextTableModel(headers, self)
        self.table: QTableView = record_table(self.model, title)
        heading.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(new_text)
        self.new_button.setAccessibleName(new_text)
        self.edit_button = QPushButton(self.tr("Ändra… (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Ändra markerad rad"))
        self.delete_button = QPushButton(self.tr("Ta bort… (Delete)"))
        self.delete_button.setAccessibleName(self.tr("Ta bort markerad rad"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.update_actions()

    def on_keys(self, edit: Callable[[], None], delete: Callable[[], None]) -> None:
        self.edit_button.clicked.connect(edit)
        self.delete_button.clicked.connect(delete)
        self.table.doubleClicked.connect(lambda _index: edit())
        for key, action in (
            (QKeySequence(Qt.Key.Key_Return), edit),
            (QKeySequence(Qt.Key.Key_Enter), edit),
            (QKeySequence(QKeySequence.StandardKey.Delete), delete),
        ):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

    def chosen(self) -> str | None:
        return selected_id(self.table, self.model)

    def select(self, record_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == record_id:
                self.table.selectRow(row)
                return

    def update_actions(self) -> None:
        chosen = self.chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)


class FollowUpTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.dialog: QDialog | None = None
        self._surveys: dict[str, SurveyView] = {}
        self._initiatives: dict[str, InitiativeView] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(EARLIEST_DATE.year, LATEST_DATE.year)
        self.year.setValue(session.today().year)  # what is entered is mostly this year's
        self.year.setAccessibleName(self.tr("År"))
        self.year.valueChanged.connect(lambda _year: self.refresh())
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year)
        about = QLabel(
            self.tr(
                "Enkäter och samtal med aktörer och samverkansinitiativ som följs: "
                "de kvalitativa måtten i årsuppföljningen."
            )
        )
        about.setWordWrap(True)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(about, 1)
        layout.addLayout(top)
        self.surveys = _EntryList(
            self.tr("Enkäter"),
            [self.tr("Datum"), self.tr("Med vilka"), self.tr("Sammanfattning")],
            self.tr("Ny enkät…"),
        )
        self.initiatives = _EntryList(
            self.tr("Samverkansinitiativ"),
            [
                self.tr("Initiativ"),
                self.tr("Status"),
                self.tr("Partner"),
                self.tr("Period"),
                self.tr("Anteckning"),
            ],
            self.tr("Nytt initiativ…"),
        )
        self.surveys.new_button.clicked.connect(self.new_survey)
        self.surveys.on_keys(self.edit_survey, self.delete_survey)
        self.initiatives.new_button.clicked.connect(self.new_initiative)
        self.initiatives.on_keys(self.edit_initiative, self.delete_initiative)
        layout.addWidget(self.surveys, 1)
        layout.addWidget(self.initiatives, 1)
        self.error = error_label()
        layout.addWidget(self.error)

    # -- lists ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        year = self.year.value()
        follow_up = self.session.app.follow_up.year(year)
        self._surveys = {s.id: s for s in follow_up.surveys}
        self._initiatives = {i.id: i for i in follow_up.initiatives}
        labels = status_labels()
        for entries, rows in (
            (
                self.surveys,
                [
                    TextRow(s.id, (s.held_on.isoformat(), ", ".join(s.with_whom), _line(s.summary)))
                    for s in follow_up.surveys
                ],
            ),
            (
                self.initiatives,
                [
                    TextRow(
                        i.id,
                        (
                            i.title,
                            labels[i.status],
                            ", ".join(i.partners),
                            _period(i),
                            _line(i.note),
                        ),
                    )
                    for i in follow_up.initiatives
                ],
            ),
        ):
            chosen = entries.chosen()
            entries.model.set_rows(rows)
            fit_columns(entries.table)
            entries.select(chosen)
            entries.update_actions()

    # -- surveys -------------------------------------------------------------------------------

    def new_survey(self) -> None:
        year = self.year.value()
        today = self.session.today()
        day = today if today.year == year else today.replace(year=year, month=12, day=31)
        self._open(SurveyDialog(self.session, day=day, parent=self), self.surveys)

    def edit_survey(self) -> None:
        chosen = self.surveys.chosen()
        if chosen is not None:
            self._open(SurveyDialog(self.session, self._surveys[chosen], parent=self), self.surveys)

    def delete_survey(self) -> None:
        chosen = self.surveys.chosen()
        if chosen is not None:
            survey = self._surveys[chosen]
            self._delete(
                f"{survey.held_on.isoformat()} {_line(survey.summary)[:40]}",
                lambda: self.session.app.follow_up.delete_survey(chosen),
            )

    # -- initiatives ---------------------------------------------------------------------------

    def new_initiative(self) -> None:
        self._open(InitiativeDialog(self.session, parent=self), self.initiatives)

    def edit_initiative(self) -> None:
        chosen = self.initiatives.chosen()
        if chosen is not None:
            initiative = self._initiatives[chosen]
            self._open(InitiativeDialog(self.session, initiative, parent=self), self.initiatives)

    def delete_initiative(self) -> None:
        chosen = self.initiatives.chosen()
        if chosen is not None:
            self._delete(
                self._initiatives[chosen].title,
                lambda: self.session.app.follow_up.delete_initiative(chosen),
            )

    # -- shared --------------------------------------------------------------------------------

    def _open(self, dialog: SurveyDialog | InitiativeDialog, entries: _EntryList) -> None:
        # open(), not exec(): no nested event loop; the tab carries on when it is saved.
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog, entries))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, dialog: SurveyDialog | InitiativeDialog, entries: _EntryList) -> None:
        self.error.hide()
        self.refresh()
        entries.select(dialog.saved_id)
        entries.table.setFocus()
        self.session.changed()

    def _delete(self, name: str, delete: Callable[[], None]) -> None:
        if not self.session.require_coordinator(self):
            return
        answer = QMessageBox.question(
            self, self.tr("Ta bort"), fill(self.tr("Ta bort ”%1” ur uppföljningen?"), name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete()
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
        self.session.changed()


def _line(text: str) -> str:
    return " ".join(text.split())


def _period(initiative: InitiativeView) -> str:
    start = initiative.start.isoformat() if initiative.start else OPEN_END
    end = initiative.end.isoformat() if initiative.end else OPEN_END
    return f"{start} – {end}"
