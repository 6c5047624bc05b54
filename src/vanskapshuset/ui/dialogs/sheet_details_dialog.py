"""What a sign-up sheet's header says beyond the activity: meeting point, the responsible leader
and their phone, what to bring. Remembered on this laptop for the next sheet."""

import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.rules import MEETING_POINT
from vanskapshuset.domain.settings_registry import SHEET_DETAILS
from vanskapshuset.sheets.service import SheetDetails
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.session import UiSession

REMEMBERED = SHEET_DETAILS  # a local setting (JSON): the last sheet's header
FIELD_LENGTH = MEETING_POINT.limit


def remembered_details(session: UiSession) -> SheetDetails:
    """The last header typed on this laptop; the responsible leader is the leader on duty
    (with the phone number remembered for that leader)."""
    try:
        stored = json.loads(session.app.settings.get(REMEMBERED) or "{}")
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    text = {key: str(stored.get(key, "")) for key in SheetDetails.__dataclass_fields__}
    on_duty = {leader.id: leader.name for leader in session.app.leaders.list()}.get(
        session.leader_id or ""
    )
    if on_duty and on_duty != text["leader"]:
        text["leader"], text["leader_phone"] = on_duty, ""
    return SheetDetails(**text)


def remember_details(session: UiSession, details: SheetDetails) -> None:
    session.app.settings.set(
        REMEMBERED, json.dumps(details.__dict__, ensure_ascii=False, sort_keys=True)
    )


class SheetDetailsDialog(QDialog):
    def __init__(self, session: UiSession, blank: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Uppgifter på listan"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("Det här står överst på listan. Lämna tomt det som ska fyllas i för hand.")
            if blank
            else self.tr("Det här står överst på listan, under aktiviteten.")
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.meeting_point = self._line(self.tr("Samlingsplats"))
        self.meeting_point.setPlaceholderText(self.tr("t.ex. utanför Vänskapshuset kl. 9.30"))
        form.addRow(self.tr("&Samlingsplats:"), self.meeting_point)
        self.leader = QComboBox()
        self.leader.setEditable(True)
        self.leader.setAccessibleName(self.tr("Ansvarig ledare"))
        self.leader.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.leader.addItems([leader.name for leader in session.app.leaders.list()])
        leader_text = self.leader.lineEdit()
        assert leader_text is not None  # the box is editable
        leader_text.setMaxLength(FIELD_LENGTH)
        form.addRow(self.tr("Ansvarig &ledare:"), self.leader)
        self.leader_phone = self._line(self.tr("Ledarens telefon"))
        self.leader_phone.setPlaceholderText(self.tr("t.ex. 070-123 45 67"))
        form.addRow(self.tr("Ledarens &telefon:"), self.leader_phone)
        self.bring = self._line(self.tr("Ta med"))
        self.bring.setPlaceholderText(self.tr("t.ex. matsäck, vattenflaska, busskort"))
        form.addRow(self.tr("Ta &med:"), self.bring)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fortsätt…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_details(remembered_details(session))
        self.guard = DiscardGuard(self)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setMaxLength(FIELD_LENGTH)
        line.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 26)
        return line

    def show_details(self, details: SheetDetails) -> None:
        self.meeting_point.setText(details.meeting_point)
        self.leader.setCurrentText(details.leader)
        self.leader_phone.setText(details.leader_phone)
        self.bring.setText(details.bring)

    def details(self) -> SheetDetails:
        return SheetDetails(
            meeting_point=self.meeting_point.text().strip(),
            leader=self.leader.currentText().strip(),
            leader_phone=self.leader_phone.text().strip(),
            bring=self.bring.text().strip(),
        )

    def reject(self) -> None:
        # Esc, Avbryt and the close button: what was typed is not thrown away without asking.
        if self.guard.may_discard():
            super().reject()

    def accept(self) -> None:
        remember_details(self.session, self.details())
        super().accept()
