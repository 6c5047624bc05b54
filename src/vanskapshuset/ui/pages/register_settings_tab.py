"""The Inställningar tab: this laptop's language, the organisation's name on the reports, the
team's coordinator password, and the sign-ups' consent text and retention time."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.defaults import DEFAULT_CONSENT_TEXT
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import TextRule
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.services.signups import MAX_RETENTION_DAYS
from vanskapshuset.ui.language_names import language_choices
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.register_common import error_label, show_error
from vanskapshuset.ui.session import UiSession

# Long enough for "Kraftsamling Herrgården – Vänskapshuset", short enough for a report header.
ORGANISATION_NAME_LENGTH = (
    ORGANISATION_NAME.rule.limit if isinstance(ORGANISATION_NAME.rule, TextRule) else 0
)


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class SettingsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        # Two columns, so that everything fits a 1366×768 screen; a scroll bar if it does not.
        content = QWidget()
        columns = QHBoxLayout(content)
        groups = (
            (self._language_group(), self._organisation_group(), self._password_group()),
            (self._signups_group(),),
        )
        for column_groups in groups:
            column = QWidget()
            column.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            for group in column_groups:
                stack.addWidget(group)
            stack.addStretch(1)
            columns.addWidget(column, 3)  # as wide as allowed; the rest is spare on the right
        columns.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Språk"))
        group.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        form = QFormLayout(group)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk"))
        for code, name in language_choices():  # Swedish first, each named in itself
            self.language.addItem(name, code)
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

    def _signups_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Anmälningar (personuppgifter)"))
        group.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        form = QFormLayout(group)
        about = QLabel(
            self.tr(
                "Texten står på varje anmälningslista, ovanför namnen. Anmälningarna raderas "
                "automatiskt när sparandetiden efter aktiviteten har gått. En ändrad tid gäller "
                "nya anmälningar; skriv samma tid i texten."
            )
        )
        about.setWordWrap(True)
        form.addRow(about)
        self.consent = QPlainTextEdit()
        self.consent.setAccessibleName(self.tr("Samtyckestext på anmälningslistan"))
        self.consent.setTabChangesFocus(True)
        self.consent.setMinimumHeight(self.fontMetrics().height() * 8)
        consent_label = QLabel(self.tr("Samtyckestext:"))
        consent_label.setBuddy(self.consent)
        form.addRow(consent_label)
        form.addRow(self.consent)
        self.default_consent_button = QPushButton(self.tr("Återställ standardtexten"))
        self.default_consent_button.setAccessibleName(
            self.tr("Sätt tillbaka den ursprungliga samtyckestexten i rutan")
        )
        self.default_consent_button.clicked.connect(
            lambda: self.consent.setPlainText(DEFAULT_CONSENT_TEXT)
        )
        form.addRow(self.default_consent_button)
        self.retention = QSpinBox()
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setSuffix(self.tr(" dagar"))
        self.retention.setAccessibleName(self.tr("Sparandetid efter aktiviteten i dagar"))
        form.addRow(self.tr("Sparas efter aktiviteten:"), self.retention)
        self.signups_error = error_label()
        form.addRow(self.signups_error)
        self.signups_button = QPushButton(self.tr("Spara text och tid"))
        self.signups_button.setAccessibleName(self.tr("Spara samtyckestext och sparandetid"))
        self.signups_button.clicked.connect(self.save_signups)
        form.addRow(self.signups_button)
        self.signups_status = QLabel()
        self.signups_status.setObjectName("status")
        form.addRow(self.signups_status)
        return group

    def refresh(self) -> None:
        settings = self.session.app.settings
        signups = self.session.app.signups
        self.consent.setPlainText(signups.consent_text())
        self.retention.setValue(signups.retention_days())
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.organisation.setText(settings.get(ORGANISATION_NAME))
        has_password = settings.has_coordinator_password()
        self.current.setVisible(has_password)
        self.current_label.setVisible(has_password)

    def save_language(self) -> None:
        if not self.session.require_coordinator(self):
            return
        try:
            self.session.app.settings.set_language(str(self.language.currentData()))
        except UserError as error:
            self.language_status.setText(say(error))
            return
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
        try:
            if name != settings.get(ORGANISATION_NAME):
                settings.set(ORGANISATION_NAME, name)  # checked there by the setting's limits
        except UserError as error:
            show_error(self.organisation_error, say(error), self.organisation)
            return
        self.organisation.setText(name)
        self.organisation_status.setText(self.tr("Namnet är sparat."))
        self.session.changed()

    def save_signups(self) -> None:
        self.signups_status.clear()
        text = self.consent.toPlainText().strip()
        if not text:
            message = self.tr("Skriv samtyckestexten; den står på varje anmälningslista.")
            show_error(self.signups_error, message, self.consent)
            return
        if not self.session.require_coordinator(self):
            return
        signups = self.session.app.signups
        try:
            if text != signups.consent_text():
                signups.set_consent_text(text)
            if self.retention.value() != signups.retention_days():
                signups.set_retention_days(self.retention.value())
        except UserError as error:
            show_error(self.signups_error, say(error), self.consent)
            return
        show_error(self.signups_error, "")
        self.consent.setPlainText(text)
        self.signups_status.setText(self.tr("Samtyckestexten och sparandetiden är sparade."))
        self.session.changed()

    def save_password(self) -> None:
        self.password_status.clear()
        access = self.session.app.access
        if self.new.text() != self.repeat.text():
            message = self.tr("De två nya lösenorden är inte lika.")
            show_error(self.password_error, message, self.new)
            return
        # The current password is the proof here (with the service's wait after wrong tries),
        # so the unlock dialog is not asked for too.
        current = self.current.text() if access.is_protected() else None
        try:
            access.set_password(self.new.text(), current)
            access.unlock(self.new.text())  # whoever just set it is the coordinator
        except UserError as error:
            field = self.current if error.field == "current" else self.new
            show_error(self.password_error, say(error), field)
            return
        show_error(self.password_error, "")
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.password_status.setText(self.tr("Lösenordet är sparat."))
        self.refresh()
        self.session.changed()
