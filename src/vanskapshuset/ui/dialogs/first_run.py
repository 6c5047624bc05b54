"""First start on an empty database: sites, the leader's name and an optional coordinator
password — or the demo data instead. Meant to take less than a minute."""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.vocabulary import SiteKind
from vanskapshuset.services.access import MIN_PASSWORD_LENGTH, new_password_problem
from vanskapshuset.services.demo import DemoOptions, DemoSummary, generate_demo
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.language_names import language_choices
from vanskapshuset.ui.language_state import installed_language
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.register_common import error_label, heading_font, show_error
from vanskapshuset.ui.pages.vocabulary_text import VocabularyText, fill
from vanskapshuset.ui.worker import run_in_background

SUGGESTED_SITES = (("Vänskapshuset", SiteKind.INDOOR), ("Vänskapsparken", SiteKind.OUTDOOR))


def _language_label() -> str:
    return "Språk / Language / اللغة"  # the same in every language: the way to one's own


def _clean(name: str) -> str:
    return " ".join(name.split())


class FirstRunDialog(QDialog):
    """The first start's questions. A language chosen here is saved at once and the dialog
    ends with LANGUAGE_CHOSEN, so that it is asked again in that language."""

    LANGUAGE_CHOSEN = 2

    def __init__(
        self, app: App, parent: QWidget | None = None, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self._busy = False
        self.demo_summary: DemoSummary | None = None
        self.words = VocabularyText(self)
        self.setWindowTitle(self.tr("Välkommen till Vänskapshuset"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._language_row(language or installed_language() or "sv"))
        title = QLabel(self.tr("Välkommen! Tre snabba frågor, sedan kan ni börja räkna besök."))
        title.setFont(heading_font(title.font()))
        title.setWordWrap(True)
        # Wide enough that the wrapped texts take few lines (the layout sets the dialog's size).
        title.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Allt kan ändras senare under Register.")))
        layout.addWidget(self._sites_group())
        layout.addWidget(self._leader_group())
        layout.addWidget(self._password_group())
        self.start_button = QPushButton(self.tr("Kom igång"))
        self.start_button.setAccessibleName(self.tr("Kom igång med de här uppgifterna"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.finish)
        # Says what it does: the program closes, nothing is saved, the questions come back.
        self.cancel_button = QPushButton(self.tr("Avsluta utan att spara"))
        self.cancel_button.setAccessibleName(self.tr("Avsluta programmet utan att spara"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_note = QLabel(
            self.tr(
                "Avsluta stänger programmet; inget sparas, och frågorna kommer igen nästa gång."
            )
        )
        self.cancel_note.setWordWrap(True)
        layout.addWidget(self.cancel_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addWidget(self._demo_box())
        self.leader_name.setFocus()  # the sites are filled in already; the name is what is missing
        self.guard = DiscardGuard(self)

    # -- building ------------------------------------------------------------------------------

    def _language_row(self, language: str) -> QHBoxLayout:
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(_language_label())
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._choose_language)
        row.addWidget(QLabel(_language_label()))
        row.addWidget(self.language)
        row.addStretch(1)
        return row

    def _choose_language(self) -> None:
        self.app.settings.set_language(str(self.language.currentData()))
        self.done(self.LANGUAGE_CHOSEN)

    def _sites_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("1. Platser där ni räknar besök"))
        box = QVBoxLayout(group)
        kinds = dict(self.words.site_kinds())
        self.site_checks: list[tuple[QCheckBox, str, SiteKind]] = []
        for name, kind in SUGGESTED_SITES:
            check = QCheckBox(fill(self.tr("%1 (%2)"), name, kinds[kind]))
            check.setChecked(True)
            check.setAccessibleName(name)
            box.addWidget(check)
            self.site_checks.append((check, name, kind))
        row = QHBoxLayout()
        other_label = QLabel(self.tr("&Annan plats:"))
        self.other_site = QLineEdit()
        self.other_site.setAccessibleName(self.tr("Annan plats, namn"))
        self.other_site.setPlaceholderText(self.tr("frivilligt"))
        other_label.setBuddy(self.other_site)
        self.other_kind = QComboBox()
        self.other_kind.setAccessibleName(self.tr("Annan plats, typ"))
        for value, text in self.words.site_kinds():
            self.other_kind.addItem(text, value)
        row.addWidget(other_label)
        row.addWidget(self.other_site, 1)
        row.addWidget(self.other_kind)
        box.addLayout(row)
        self.site_error = error_label()
        box.addWidget(self.site_error)
        return group

    def _leader_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("2. Du som använder datorn"))
        box = QVBoxLayout(group)
        form = QFormLayout()
        box.addLayout(form)
        self.leader_name = QLineEdit()
        self.leader_name.setAccessibleName(self.tr("Ditt namn"))
        form.addRow(self.tr("Ditt &namn:"), self.leader_name)
        self.leader_role = QComboBox()
        self.leader_role.setAccessibleName(self.tr("Din roll"))
        for value, text in self.words.roles():
            self.leader_role.addItem(text, value)
        form.addRow(self.tr("&Roll:"), self.leader_role)
        self.leader_error = error_label()
        box.addWidget(self.leader_error)
        return group

    def _password_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("3. Samordnarens lösenord (frivilligt)"))
        box = QVBoxLayout(group)
        about = QLabel(
            fill(
                self.tr(
                    "Skyddar borttagning, inställningar och historiken. Minst %1 tecken. "
                    "Lämna tomt om ni inte vill ha något lösenord nu."
                ),
                MIN_PASSWORD_LENGTH,
            )
        )
        about.setWordWrap(True)
        box.addWidget(about)
        form = QFormLayout()
        box.addLayout(form)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Lösenord"))
        form.addRow(self.tr("&Lösenord:"), self.password)
        self.password_repeat = QLineEdit()
        self.password_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_repeat.setAccessibleName(self.tr("Upprepa lösenordet"))
        form.addRow(self.tr("&Upprepa:"), self.password_repeat)
        self.password_error = error_label()
        box.addWidget(self.password_error)
        return group

    def _demo_box(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("demoBox")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        text = QLabel(
            self.tr(
                "Vill du bara prova programmet? Fyll det med ett påhittat år av besök och "
                "aktiviteter. Använd inte demodata för riktiga uppgifter."
            )
        )
        text.setWordWrap(True)
        box.addWidget(text)
        row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Använd demodata i stället"))
        self.demo_button.setAccessibleName(self.tr("Använd demodata i stället"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.demo_button.clicked.connect(self.load_demo)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long it takes is not known in advance
        self.progress.setAccessibleName(self.tr("Demodata skapas"))
        self.progress.hide()
        row.addWidget(self.demo_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        box.addLayout(row)
        self.demo_status = QLabel(self.tr("Demodata skapas. Det tar några sekunder …"))
        self.demo_status.hide()
        box.addWidget(self.demo_status)
        self.demo_error = error_label()
        box.addWidget(self.demo_error)
        return frame

    # -- the setup -----------------------------------------------------------------------------

    def _chosen_sites(self) -> list[tuple[str, str]]:
        sites = [(name, str(kind)) for check, name, kind in self.site_checks if check.isChecked()]
        other = _clean(self.other_site.text())
        if other:
            sites.append((other, str(self.other_kind.currentData())))
        return sites

    def _validate(self) -> bool:
        """Check everything before writing anything, so a refusal leaves the database empty."""
        sites = self._chosen_sites()
        names = [name.casefold() for name, _ in sites]
        site_problem = ""
        if not sites:
            site_problem = self.tr("Välj minst en plats eller skriv namnet på en annan plats.")
        elif len(set(names)) != len(names):
            site_problem = self.tr("Den andra platsen har samma namn som en av de förvalda.")
        show_error(self.site_error, site_problem)
        leader_problem = "" if _clean(self.leader_name.text()) else self.tr("Skriv ditt namn.")
        show_error(self.leader_error, leader_problem)
        password, repeat = self.password.text(), self.password_repeat.text()
        password_problem = ""
        if password != repeat:
            password_problem = self.tr("De två lösenorden är inte lika.")
        elif password and (too_short := new_password_problem(password)) is not None:
            password_problem = say(too_short)
        show_error(self.password_error, password_problem)
        self._fit()
        for problem, field in (
            (site_problem, self.other_site),
            (leader_problem, self.leader_name),
            (password_problem, self.password),
        ):
            if problem:
                field.setFocus()
                return False
        return True

    def finish(self) -> None:
        if self._busy or not self._validate():
            return
        try:
            self.app.setup.first_setup(
                self._chosen_sites(),
                self.leader_name.text(),
                str(self.leader_role.currentData()),
                self.password.text() or None,
            )
        except UserError as error:
            show_error(self.site_error, say(error))
            return
        self.accept()

    def load_demo(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        app = self.app
        run_in_background(
            self, lambda: generate_demo(app, DemoOptions()), self._demo_done, self._demo_failed
        )

    def _demo_done(self, summary: DemoSummary) -> None:
        self._set_busy(False)
        self.demo_summary = summary
        self.accept()

    def _demo_failed(self, error: Exception) -> None:
        self._set_busy(False)
        show_error(self.demo_error, say(error) if isinstance(error, UserError) else str(error))
        self._fit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.demo_status.setVisible(busy)
        for label in (self.site_error, self.leader_error, self.password_error, self.demo_error):
            show_error(label, "")
        self._fit()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QCheckBox | QComboBox | QPushButton):
                widget.setEnabled(not busy)

    def _fit(self) -> None:
        """Follow the inline messages' coming and going (with wrapped labels Qt's own minimum
        size is too small, and the fields would be squeezed)."""
        layout = self.layout()
        assert layout is not None  # set when the dialog was built
        layout.activate()
        self.resize(self.width(), self.heightForWidth(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the first size Qt picks ignores the wrapped labels too

    def reject(self) -> None:
        # Closing while the demo is written would leave the user guessing; closing after typing
        # ("Avsluta utan att spara" closes the program) asks first.
        if not self._busy and self.guard.may_discard():
            super().reject()
