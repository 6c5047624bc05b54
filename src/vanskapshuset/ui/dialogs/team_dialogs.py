"""Making a team (the coordinator's laptop) and joining one with its code. A refusal (a mistyped
code, a name too long) is said inline and the dialog keeps what was typed."""

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import DEVICE_NAME
from vanskapshuset.sync.results import TeamStatus
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard

# Long enough for the code with its dashes and a few stray spaces from a copied line.
CODE_FIELD_LENGTH = 60
NAME_FIELD_LENGTH = DEVICE_NAME.limit


class _TeamDialog(QDialog):
    """An explanation, the fields of a subclass, an inline error, and OK/Avbryt."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.status: TeamStatus | None = None  # what the service answered, once accepted
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.guard = DiscardGuard(self)

    def _fields_done(self) -> None:
        """Called by a subclass once its fields are filled in: what they show is unchanged."""
        self.guard.mark_clean()

    def reject(self) -> None:
        # Esc, Avbryt and the close button: what was typed is not thrown away without asking.
        if self.guard.may_discard():
            super().reject()

    def _name_field(self, current: str) -> QLineEdit:
        name = QLineEdit(current)
        name.setMaxLength(NAME_FIELD_LENGTH)
        name.setAccessibleName(self.tr("Den här datorns namn"))
        name.setPlaceholderText(self.tr("till exempel Dörren i parken"))
        return name

    def _attempt(self) -> TeamStatus:
        raise NotImplementedError

    def _try(self) -> None:
        try:
            self.status = self._attempt()
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class CreateTeamDialog(_TeamDialog):
    def __init__(
        self,
        device_name: str,
        create: Callable[[str], TeamStatus],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skapa ett lag"))
        self.about.setText(
            self.tr(
                "Den här datorn blir samordnarens. Laget får en lagkod; de andra datorerna "
                "skriver in den under Synk → Gå med i ett lag. Skapa laget bara en gång, på "
                "en enda dator."
            )
        )
        self.ok_button.setText(self.tr("Skapa laget"))
        self._create = create
        self.name = self._name_field(device_name)
        self.form.addRow(self.tr("Den här datorns &namn:"), self.name)
        self._fields_done()

    def _attempt(self) -> TeamStatus:
        return self._create(self.name.text())


class JoinTeamDialog(_TeamDialog):
    def __init__(
        self,
        device_name: str,
        join: Callable[[str, str], TeamStatus],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gå med i ett lag"))
        self.about.setText(
            self.tr(
                "Skriv lagkoden från samordnarens dator (sidan Synk, eller den utskrivna "
                "lappen) och ett namn på den här datorn som de andra känner igen."
            )
        )
        self.ok_button.setText(self.tr("Gå med"))
        self._join = join
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_FIELD_LENGTH)
        self.code.setAccessibleName(self.tr("Lagkod"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.code.font().pointSizeF() * 1.2)
        self.code.setFont(mono)
        self.form.addRow(self.tr("&Lagkod:"), self.code)
        self.name = self._name_field(device_name)
        self.form.addRow(self.tr("Den här datorns &namn:"), self.name)
        self.code.setFocus()
        self._fields_done()

    def _attempt(self) -> TeamStatus:
        return self._join(self.code.text(), self.name.text())  # an empty code: said there
