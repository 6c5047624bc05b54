"""The Inställningar tab: this laptop's language, the organisation's name on the reports and
the team's coordinator password."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.defaults import DEFAULT_ORGANISATION_NAME
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.settings import ORGANISATION_NAME
from vanskapshuset.ui.pages.register_common import error_label, show_error
from vanskapshuset.ui.session import UiSession

# Long enough for "Kraftsamling Herrgården – Vänskapshuset", short enough for a report header.
ORGANISATION_NAME_LENGTH = 120


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class SettingsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_group())
        layout.addWidget(self._organisation_group())
        layout.addWidget(self._password_group())
        layout.addStretch(1)

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Språk"))
        group.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        form = QFormLayout(group)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk"))
        self.language.addItem(self.tr("Svenska"), "sv")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Språk:"), self.language)
        note = QLabel(self.tr("Språket byts när programmet startas om."))
        note.setWordWrap(True)
        form.addRow(note)
        self.language_button = QPushButton(self.tr("Spara språk"))
        self.language_button.setAccessibleName(self.tr("Spara språk"))
        self.language_button.clicked.connect(self.save_language)
        form.addRow(self.language_button)
        self.language_status = QLabel()
        self.language_status.setObjectName("status")
        form.addRow(self.language_status)
        return group

    def _organisation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Organisation"))
        group.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        form = QFormLayout(group)
        about = QLabel(self.tr("Namnet står överst på varje rapport. Det gäller hela laget."))
        about.setWordWrap(True)
        form.addRow(about)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisationens namn"))
        self.organisation.setMaxLength(ORGANISATION_NAME_LENGTH)
        self.organisation.returnPressed.connect(self.save_organisation)
        form.addRow(self.tr("Namn:"), self.organisation)
        self.organisation_error = error_label()
        form.addRow(self.organisation_error)
        self.organisation_button = QPushButton(self.tr("Spara namn"))
        self.organisation_button.setAccessibleName(self.tr("Spara organisationens namn"))
        self.organisation_button.clicked.connect(self.save_organisation)
        form.addRow(self.organisation_button)
        self.organisation_status = QLabel()
        self.organisation_status.setObjectName("status")
        form.addRow(self.organisation_status)
        return group

    def _password_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Samordnarens lösenord"))
        group.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        form = QFormLayout(group)
        about = QLabel(
            self.tr(
                "Lösenordet skyddar borttagning, inställningar, åldersgrupper, ändringar av "
                "äldre dagar och historiken. Det gäller på alla lagets datorer."
            )
        )
        about.setWordWrap(True)
        form.addRow(about)
        self.current = _password_field(self.tr("Nuvarande lösenord"))
        self.current_label = QLabel(self.tr("Nuvarande lösenord:"))
        form.addRow(self.current_label, self.current)
        self.new = _password_field(self.tr("Nytt lösenord"))
        form.addRow(self.tr("Nytt lösenord:"), self.new)
        self.repeat = _password_field(self.tr("Upprepa nytt lösenord"))
        self.repeat.returnPressed.connect(self.save_password)
        form.addRow(self.tr("Upprepa:"), self.repeat)
        self.password_error = error_label()
        form.addRow(self.password_error)
        self.password_button = QPushButton(self.tr("Spara lösenord"))
        self.password_button.setAccessibleName(self.tr("Spara lösenord"))
        self.password_button.clicked.connect(self.save_password)
        form.addRow(self.password_button)
        self.password_status = QLabel()
        self.password_status.setObjectName("status")
        form.addRow(self.password_status)
        return group

    def refresh(self) -> None:
        settings = self.session.app.settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.organisation.setText(
            str(settings.shared(ORGANISATION_NAME, DEFAULT_ORGANISATION_NAME))
        )
        has_password = settings.has_coordinator_password()
        self.current.setVisible(has_password)
        self.current_label.setVisible(has_password)

    def save_language(self) -> None:
        if not self.session.require_coordinator(self):
            return
        self.session.app.settings.set_language(str(self.language.currentData()))
        self.language_status.setText(self.tr("Sparat. Starta om programmet för att byta språk."))
        self.session.changed()

    def save_organisation(self) -> None:
        self.organisation_status.clear()
        name = " ".join(self.organisation.text().split())
        if not name:
            message = self.tr("Skriv organisationens namn; det står överst på varje rapport.")
            show_error(self.organisation_error, message, self.organisation)
            return
        if not self.session.require_coordinator(self):
            return
        show_error(self.organisation_error, "")
        settings = self.session.app.settings
        if name != settings.shared(ORGANISATION_NAME, DEFAULT_ORGANISATION_NAME):
            settings.set_shared(ORGANISATION_NAME, name)
        self.organisation.setText(name)
        self.organisation_status.setText(self.tr("Namnet är sparat."))
        self.session.changed()

    def save_password(self) -> None:
        self.password_status.clear()
        settings = self.session.app.settings
        # The current password is the proof here, so the unlock dialog is not asked for too.
        if settings.has_coordinator_password() and not settings.check_coordinator_password(
            self.current.text()
        ):
            message = self.tr("Det nuvarande lösenordet stämmer inte.")
            show_error(self.password_error, message, self.current)
            return
        if self.new.text() != self.repeat.text():
            message = self.tr("De två nya lösenorden är inte lika.")
            show_error(self.password_error, message, self.new)
            return
        try:
            settings.set_coordinator_password(self.new.text(), self.current.text())
        except UserError as error:
            show_error(self.password_error, str(error), self.new)
            return
        show_error(self.password_error, "")
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.session.coordinator_unlocked = True  # whoever just set it is the coordinator
        self.password_status.setText(self.tr("Lösenordet är sparat."))
        self.refresh()
        self.session.changed()
