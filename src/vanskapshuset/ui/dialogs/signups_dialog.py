"""Anmälningar: one activity's sign-ups (children's personal data) — add, change, tick who came,
delete, and print the filled or a blank sign-up sheet."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.activities import ActivityView
from vanskapshuset.services.signups import SignUpInput, SignUpView
from vanskapshuset.sheets.data import SignUpSheet
from vanskapshuset.sheets.service import SheetDetails, SheetService
from vanskapshuset.sheets.sheet_texts import SWEDISH, second_languages, sheet_texts
from vanskapshuset.ui.dialogs.file_saving import FileSaver, file_name
from vanskapshuset.ui.dialogs.sheet_details_dialog import SheetDetailsDialog
from vanskapshuset.ui.dialogs.signup_form import SignUpForm
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.signup_table import Column, SignUpTableModel
from vanskapshuset.ui.session import UiSession

# Short columns as wide as a typical value; the notes take what is left.
SAMPLES = {
    Column.NUMBER: "00",
    Column.NAME: "Fatima Al-Hassan",
    Column.AGE: "00",
    Column.GUARDIAN: "Mohammed Al-Hassan",
    Column.PHONE: "+46 70 123 45 67",
    Column.PHOTO: "nej",
    Column.ATTENDED: "Kom",
}


def open_signups(
    session: UiSession, activity: ActivityView, parent: QWidget | None
) -> "SignUpsDialog | None":
    """The dialog for `activity` (not yet shown), or None if the sign-ups of a past activity
    were asked for and the coordinator's password was not given."""
    if session.app.signups.needs_coordinator(activity.date) and not session.require_coordinator(
        parent
    ):
        return None
    return SignUpsDialog(session, activity, parent)


def write_signup_pdf(sheet: SignUpSheet, target: Path) -> Path:
    """On the worker thread: reportlab is loaded only when a sheet is printed."""
    from vanskapshuset.sheets.signup_pdf import write_signup_sheet

    return write_signup_sheet(sheet, target)


class SignUpsDialog(QDialog):
    def __init__(
        self, session: UiSession, activity: ActivityView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.app = session.app
        self.activity = activity
        self.setWindowTitle(fill_numbered(self.tr("Anmälningar – %1"), activity.title))
        self.model = SignUpTableModel(self._write_attended, self)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addLayout(self._button_row())
        layout.addWidget(self._table(), 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.saver = FileSaver(self.app, self)
        self.saver.error_shown.connect(self._fail)
        self.saver.saved.connect(lambda _path: self.status.clear())
        layout.addWidget(self.saver)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Roomy, but within a 1366×768 laptop screen.
        metrics, screen = self.fontMetrics(), self.screen().availableGeometry()
        self.resize(
            min(metrics.horizontalAdvance("M") * 100, screen.width() * 9 // 10),
            min(metrics.height() * 38, screen.height() * 85 // 100),
        )
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _heading(self) -> QVBoxLayout:
        activity = self.activity
        box = QVBoxLayout()
        box.setSpacing(2)
        title = QLabel(activity.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        when = fill_numbered(
            self.tr("%1, %2–%3 · %4"),
            activity.date.isoformat(),
            f"{activity.start:%H:%M}",
            f"{activity.end:%H:%M}",
            activity.site,
        )
        privacy = QLabel(
            fill_numbered(
                self.tr(
                    "Uppgifterna om barnen är personuppgifter: visa dem bara för dem som behöver. "
                    "De raderas automatiskt %1 dagar efter aktiviteten."
                ),
                str(self.app.signups.retention_days()),
            )
        )
        privacy.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("bigTotal")
        top = QHBoxLayout()
        top.addWidget(QLabel(when), 1)
        top.addWidget(self.summary)
        box.addWidget(title)
        box.addLayout(top)
        box.addWidget(privacy)
        return box

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = self._button(
            self.tr("&Lägg till…"), self.tr("Lägg till en anmälan"), self.add_signup
        )
        self.add_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.add_button.setToolTip(self.tr("Lägg till en anmälan (Ctrl+N)"))
        self.edit_button = self._button(
            self.tr("Ä&ndra…"), self.tr("Ändra vald anmälan"), self.edit_selected
        )
        self.edit_button.setToolTip(self.tr("Ändra vald anmälan (Enter)"))
        self.delete_button = self._button(
            self.tr("&Ta bort"), self.tr("Ta bort vald anmälan"), self.delete_selected
        )
        self.delete_button.setToolTip(self.tr("Ta bort vald anmälan (Delete)"))
        self.print_button = self._button(
            self.tr("Skriv &ut lista…"),
            self.tr("Spara anmälningslistan med namnen som PDF för utskrift"),
            lambda: self.print_sheet(blank=False),
        )
        self.blank_button = self._button(
            self.tr("T&om lista…"),
            self.tr("Spara en tom anmälningslista som PDF för utskrift"),
            lambda: self.print_sheet(blank=True),
        )
        for widget in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self._language_choice())
        row.addWidget(self.sheet_language)
        row.addWidget(self.print_button)
        row.addWidget(self.blank_button)
        return row

    def _language_choice(self) -> QLabel:
        """ "Språk på listan": Swedish only, or Swedish and one more language beside it, each
        named in its own words (from the sheet's texts files, so a new file is a new choice)."""
        swedish = sheet_texts(SWEDISH).name
        self.sheet_language = QComboBox()
        self.sheet_language.addItem(swedish, None)
        for code in second_languages():
            self.sheet_language.addItem(f"{swedish} + {sheet_texts(code).name}", code)
        self.sheet_language.setAccessibleName(self.tr("Språk på listan"))
        self.sheet_language.setToolTip(
            self.tr("Rubrikerna och samtyckestexten skrivs ut på svenska och på det här språket")
        )
        label = QLabel(self.tr("Sp&råk på listan:"))
        label.setBuddy(self.sheet_language)
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Anmälda barn"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        padding = metrics.horizontalAdvance("MM")
        for column, sample in SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)
            )
            header.resizeSection(column, width + padding)
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMM"))
        table.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), table, self.edit_selected, Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            table,
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table = table
        return table

    # -- showing -----------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        selected = self.selected()
        keep = select_id or (selected.id if selected else None)
        signups = self.app.signups.list(self.activity.id)
        self.model.set_signups(signups)
        self._update_summary()
        if keep is not None:
            self.select(keep)
        self._selection_changed()

    def _update_summary(self) -> None:
        signups = [self.model.signup_at(row) for row in range(self.model.rowCount())]
        came = sum(1 for s in signups if s is not None and s.attended)
        text = self.tr("%n anmälda · %1 kom", "", len(signups))  # Qt's plural forms
        self.summary.setText(fill_numbered(text, came))

    def selected(self) -> SignUpView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.signup_at(rows[0].row()) if rows else None

    def select(self, signup_id: str) -> bool:
        row = self.model.row_of(signup_id)
        if row is None:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.error.hide()
        self.status.setText(text)

    def _fail(self, text: str) -> None:
        self.status.clear()
        self.error.setText(text)
        self.error.show()

    # -- changing ----------------------------------------------------------------------------

    def _write_attended(self, signup_id: str, came: bool) -> bool:
        try:
            self.app.signups.set_attended(signup_id, came)
        except UserError as error:
            self._fail(say(error))
            return False
        self.error.hide()
        return True

    def _double_clicked(self) -> None:
        if self.table.currentIndex().column() != Column.ATTENDED:
            self.edit_selected()

    def add_signup(self) -> None:
        added: list[str] = []

        def save(data: SignUpInput) -> None:
            added.append(self.app.signups.add(self.activity.id, data))

        form = SignUpForm(save, parent=self)
        if form.exec() and added:
            self.reload(select_id=added[0])
            self._say(fill_numbered(self.tr("”%1” är anmäld."), self.selected_name()))

    def edit_selected(self) -> None:
        signup = self.selected()
        if signup is None:
            return
        form = SignUpForm(
            lambda data: self.app.signups.edit(signup.id, data), signup=signup, parent=self
        )
        if form.exec():
            self.reload(select_id=signup.id)
            self._say(self.tr("Ändringen är sparad."))

    def selected_name(self) -> str:
        signup = self.selected()
        return signup.child_name if signup else ""

    def delete_selected(self) -> None:
        signup = self.selected()
        if signup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort anmälan"),
            fill_numbered(
                self.tr("Ta bort anmälan för ”%1”? Uppgifterna raderas helt."), signup.child_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.app.signups.delete(signup.id)
        except UserError as error:
            self._fail(say(error))
            return
        self.reload()
        self._say(fill_numbered(self.tr("Anmälan för ”%1” togs bort."), signup.child_name))
        self.table.setFocus()

    # -- printing ----------------------------------------------------------------------------

    def ask_details(self, blank: bool) -> SheetDetails | None:
        dialog = SheetDetailsDialog(self.session, blank, self)
        return dialog.details() if dialog.exec() else None

    def print_sheet(self, blank: bool) -> None:
        """The header details, then where to save; the PDF is written on a worker thread."""
        if self.saver.busy:
            return
        details = self.ask_details(blank)
        if details is None:
            return
        try:
            sheet = SheetService(self.app).signup_sheet(
                None if blank else self.activity.id, details, self.sheet_language.currentData()
            )
        except UserError as error:
            self._fail(say(error))
            return
        # The sheet is a Swedish document, so its file name is Swedish too.
        if blank:
            name = file_name("Anmälan tom lista", ".pdf", "anmälan")
        else:
            stem = f"Anmälan {self.activity.title} {self.activity.date.isoformat()}"
            name = file_name(stem, ".pdf", "anmälan")
        self.error.hide()
        self.status.clear()
        if self.saver.save(
            self.tr("Spara anmälningslistan"), name, lambda path: write_signup_pdf(sheet, path)
        ):
            self._say(self.tr("Sparar listan…"))
