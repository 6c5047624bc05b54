"""Add or change one child's sign-up; a refusal is said inline and nothing is saved."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import CHILD_NAME
from vanskapshuset.services.signups import MAX_AGE, SignUpInput, SignUpView
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.messages import say

NO_AGE = -1  # the spin box's lowest value, shown as "ej angiven"
MAX_NAME = CHILD_NAME.limit


class SignUpForm(QDialog):
    """`save(data)` writes the sign-up (add or edit); a UserError keeps the dialog open."""

    def __init__(
        self,
        save: Callable[[SignUpInput], object],
        signup: SignUpView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Ändra anmälan") if signup else self.tr("Ny anmälan"))
        wide = self.fontMetrics().horizontalAdvance("M") * 26
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Barnets namn"))
        self.name.setMinimumWidth(wide)
        self.name.setMaxLength(MAX_NAME)
        form.addRow(self.tr("&Barnets namn:"), self.name)
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, MAX_AGE)
        self.age.setSpecialValueText(self.tr("ej angiven"))
        self.age.setAccessibleName(self.tr("Ålder"))
        self.age.setValue(NO_AGE)
        form.addRow(self.tr("&Ålder:"), self.age)
        self.guardian = QLineEdit()
        self.guardian.setAccessibleName(self.tr("Vårdnadshavare"))
        form.addRow(self.tr("&Vårdnadshavare:"), self.guardian)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Vårdnadshavarens telefon"))
        self.phone.setPlaceholderText(self.tr("t.ex. 070-123 45 67"))
        form.addRow(self.tr("&Telefon:"), self.phone)
        self.photo = QCheckBox(self.tr("Vårdnadshavaren säger ja till &foto"))
        self.photo.setAccessibleName(self.tr("Samtycke till foto"))
        form.addRow("", self.photo)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Allergier eller anteckning"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        notes_label = QLabel(self.tr("&Allergier/anteckning:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if signup is not None:
            self._show(signup)
        self.guard = DiscardGuard(self)

    def _show(self, signup: SignUpView) -> None:
        self.name.setText(signup.child_name)
        self.age.setValue(NO_AGE if signup.age is None else signup.age)
        self.guardian.setText(signup.guardian_name)
        self.phone.setText(signup.guardian_phone)
        self.photo.setChecked(signup.photo_consent)
        self.notes.setPlainText(signup.notes)

    def reject(self) -> None:
        # Esc, Avbryt and the close button: what was typed is not thrown away without asking.
        if self.guard.may_discard():
            super().reject()

    def data(self) -> SignUpInput:
        age = self.age.value()
        return SignUpInput(
            child_name=self.name.text(),
            age=None if age == NO_AGE else age,
            guardian_name=self.guardian.text(),
            guardian_phone=self.phone.text(),
            photo_consent=self.photo.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def try_save(self) -> None:
        try:
            self._save(self.data())
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            # Point at the field the sentence is about (the service checks the name and phone).
            name = " ".join(self.name.text().split())
            (self.name if not name or len(name) > MAX_NAME else self.phone).setFocus()
            return
        self.accept()
