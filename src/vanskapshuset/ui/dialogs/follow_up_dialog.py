"""Add or edit one entry of the follow-up register (Uppföljning): a survey of actors or a
collaboration initiative. Organisations are chosen by typing (the activity dialog's partner
list); a refusal of the service is said next to the field it names; nothing is saved until
valid."""

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.follow_up import INITIATIVE_STATUS_WORDS, InitiativeStatus
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.services.follow_up import (
    InitiativeInput,
    InitiativeView,
    SurveyInput,
    SurveyView,
)
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.dialogs.organisation_picker import PartnerList
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.qt_dates import to_date, to_qdate
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.date_field import DateField

DATE_FORMAT = "yyyy-MM-dd"


def status_labels() -> dict[InitiativeStatus, str]:
    """Each status in the window's language (the catalogue's words, as the command line's)."""
    return {status: say(word) for status, word in INITIATIVE_STATUS_WORDS.items()}


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def _date_edit(day: dt.date, accessible_name: str) -> QDateEdit:
    edit = DateField(to_qdate(day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible_name)
    return edit


class _FollowUpDialog(QDialog):
    """What both dialogs share: the organisations by name, the error labels, the buttons."""

    def __init__(
        self, session: UiSession, kept: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_id: str | None = None
        # The register's organisations by name, and the names of an edited entry's own (even
        # since deleted from the register) with their ids.
        self._kept = kept
        self._ids = {o.name: o.id for o in session.app.organisations.list()}
        names = sorted({*self._ids, *kept}, key=swedish_key)
        self._names = QStringListModel(names, self)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.form = QFormLayout()
        self.error = _error_label()

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Spara"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Spara"))
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Avbryt utan att spara"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.guard = DiscardGuard(self)  # after filling in: what is shown now is unchanged

    def reject(self) -> None:
        # Esc, Avbryt and the close button: typed changes are not lost without asking.
        if self.guard.may_discard():
            super().reject()

    def _organisation_ids(self, partners: PartnerList) -> tuple[str, ...]:
        if any(name not in self._ids and name not in self._kept for name in partners.partners()):
            self._ids = {o.name: o.id for o in self.session.app.organisations.list()}
        return tuple(self._ids.get(name) or self._kept[name] for name in partners.partners())

    def _refused(self, error: UserError, fields: dict[str, tuple[QLabel, QWidget]]) -> None:
        label, field = fields.get(error.field or "", (self.error, None))
        label.setText(say(error))
        label.show()
        if field is not None:
            field.setFocus()

    def _save(self) -> None:
        raise NotImplementedError


class SurveyDialog(_FollowUpDialog):
    def __init__(
        self,
        session: UiSession,
        survey: SurveyView | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        kept = (
            dict(zip(survey.organisations, survey.organisation_ids, strict=True)) if survey else {}
        )
        super().__init__(session, kept, parent)
        self.survey = survey
        self.setWindowTitle(self.tr("Ändra enkät") if survey else self.tr("Ny enkät"))
        self.date = _date_edit(
            survey.held_on if survey else day or session.today(), self.tr("Datum")
        )
        self.date_error = _error_label()
        self.organisations = PartnerList(session, self._names, self)
        self.organisations.search.setAccessibleName(self.tr("Sök aktör"))
        self.organisations.list.setAccessibleName(self.tr("Aktörer som deltog"))
        self.with_text = QLineEdit()
        self.with_text.setAccessibleName(self.tr("Andra som deltog"))
        self.with_text.setPlaceholderText(self.tr("t.ex. boende i området"))
        self.with_error = _error_label()
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().height() * 7)
        self.summary_error = _error_label()
        if survey is not None:
            self.organisations.set_partners(survey.organisations)
            self.with_text.setText(survey.with_text)
            self.summary.setPlainText(survey.summary)
        self.form.addRow(self.tr("&Datum:"), _stacked(self.date, self.date_error))
        self.form.addRow(self.tr("&Aktörer:"), self.organisations)
        self.form.addRow(self.tr("A&ndra:"), _stacked(self.with_text, self.with_error))
        self.form.addRow(self.tr("&Sammanfattning:"), _stacked(self.summary, self.summary_error))
        self._finish_layout()
        self.date.setFocus()

    def _save(self) -> None:
        for label in (self.date_error, self.with_error, self.summary_error, self.error):
            label.hide()
        self.organisations.error.hide()
        data = SurveyInput(
            held_on=to_date(self.date.date()),
            summary=self.summary.toPlainText(),
            organisation_ids=self._organisation_ids(self.organisations),
            with_text=self.with_text.text(),
        )
        follow_up = self.session.app.follow_up
        try:
            if self.survey is None:
                self.saved_id = follow_up.add_survey(data)
            else:
                follow_up.update_survey(self.survey.id, data)
                self.saved_id = self.survey.id
        except UserError as error:
            self._refused(
                error,
                {
                    "held_on": (self.date_error, self.date),
                    "organisation_ids": (self.organisations.error, self.organisations.search),
                    "with_text": (self.with_error, self.with_text),
                    "summary": (self.summary_error, self.summary),
                },
            )
            return
        self.accept()


class _OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, text: str, day: dt.date | None, fallback: dt.date) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(text)
        self.given.setAccessibleName(text)
        self.date = _date_edit(day or fallback, text)
        self.given.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        self.given.toggled.connect(self.date.setEnabled)
        layout.addWidget(self.given)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return to_date(self.date.date()) if self.given.isChecked() else None

    def set_value(self, day: dt.date) -> None:
        self.given.setChecked(True)
        self.date.setDate(QDate(day.year, day.month, day.day))


class InitiativeDialog(_FollowUpDialog):
    def __init__(
        self,
        session: UiSession,
        initiative: InitiativeView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        kept = (
            dict(zip(initiative.partners, initiative.partner_ids, strict=True))
            if initiative
            else {}
        )
        super().__init__(session, kept, parent)
        self.initiative = initiative
        self.setWindowTitle(
            self.tr("Ändra samverkansinitiativ") if initiative else self.tr("Nytt initiativ")
        )
        today = session.today()
        self.title = QLineEdit(initiative.title if initiative else "")
        self.title.setAccessibleName(self.tr("Initiativets namn"))
        self.title_error = _error_label()
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        if initiative is not None:
            self.status.setCurrentIndex(self.status.findData(initiative.status.value))
        self.status_error = _error_label()
        self.partners = PartnerList(session, self._names, self)
        if initiative is not None:
            self.partners.set_partners(initiative.partners)
        self.start = _OptionalDate(
            self.tr("Startade"), initiative.start if initiative else None, today
        )
        self.end = _OptionalDate(self.tr("Slutade"), initiative.end if initiative else None, today)
        self.dates_error = _error_label()
        self.note = QPlainTextEdit(initiative.note if initiative else "")
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.note_error = _error_label()
        self.form.addRow(self.tr("&Namn:"), _stacked(self.title, self.title_error))
        self.form.addRow(self.tr("S&tatus:"), _stacked(self.status, self.status_error))
        self.form.addRow(self.tr("&Partner:"), self.partners)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(self.end)
        self.form.addRow(self.tr("Period:"), _stacked(dates, self.dates_error))
        self.form.addRow(self.tr("&Anteckning:"), _stacked(self.note, self.note_error))
        self._finish_layout()
        self.title.setFocus()

    def _save(self) -> None:
        for label in (
            self.title_error,
            self.status_error,
            self.dates_error,
            self.note_error,
            self.error,
        ):
            label.hide()
        self.partners.error.hide()
        data = InitiativeInput(
            title=self.title.text(),
            status=str(self.status.currentData()),
            partner_ids=self._organisation_ids(self.partners),
            start=self.start.value(),
            end=self.end.value(),
            note=self.note.toPlainText(),
        )
        follow_up = self.session.app.follow_up
        try:
            if self.initiative is None:
                self.saved_id = follow_up.add_initiative(data)
            else:
                follow_up.update_initiative(self.initiative.id, data)
                self.saved_id = self.initiative.id
        except UserError as error:
            self._refused(
                error,
                {
                    "title": (self.title_error, self.title),
                    "status": (self.status_error, self.status),
                    "partner_ids": (self.partners.error, self.partners.search),
                    "start": (self.dates_error, self.start.date),
                    "end": (self.dates_error, self.end.date),
                    "note": (self.note_error, self.note),
                },
            )
            return
        self.accept()


def _stacked(field: QWidget, error: QLabel) -> QWidget:
    """A field with its (usually hidden) error message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box
