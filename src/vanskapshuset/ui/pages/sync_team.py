"""The Synk page's team box: create or join a team; in a team, this laptop's name and the team
code, which only the coordinator may show, copy, print or use to leave the team."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.sync.results import TeamStatus
from vanskapshuset.ui.dialogs.file_saving import FileSaver, file_name
from vanskapshuset.ui.fonts import mono_font
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.pages.register_common import error_label, show_error
from vanskapshuset.ui.session import UiSession

GROUPS_PER_LINE = 4  # the code's seven groups of four on two lines: easier to read out
HIDDEN_GROUP = "••••"


def code_text(code: str, revealed: bool) -> str:
    groups = code.split("-")
    if not revealed:
        groups = [HIDDEN_GROUP] * len(groups)
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("-".join(line) for line in lines)


class TeamBox(QGroupBox):
    """Emits `changed` after the team or this laptop's name changed."""

    changed = Signal()

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.status: TeamStatus | None = None
        self.revealed = False
        self.setTitle(self.tr("Laget"))
        self.panels = QStackedWidget()
        self.panels.addWidget(self._outside_panel())
        self.panels.addWidget(self._inside_panel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panels)
        self.error = error_label()
        layout.addWidget(self.error)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.saver = FileSaver(session.app, self)
        self.saver.error_shown.connect(lambda text: show_error(self.error, text))
        layout.addWidget(self.saver)
        layout.addStretch(1)

    # -- building ----------------------------------------------------------------------------

    def _outside_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        about = QLabel(
            self.tr(
                "Den här datorn är inte med i något lag än. Datorerna i ett lag delar besök, "
                "aktiviteter och register med varandra (aldrig anmälningar med namn)."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.create_button = QPushButton(self.tr("Skapa ett lag…"))
        self.create_button.setAccessibleName(self.tr("Skapa ett lag på samordnarens dator"))
        self.create_button.clicked.connect(self.create_team)
        self.join_button = QPushButton(self.tr("Gå med i ett lag…"))
        self.join_button.setAccessibleName(self.tr("Gå med i ett lag med lagkoden"))
        self.join_button.clicked.connect(self.join_team)
        for button, text in (
            (self.create_button, self.tr("På samordnarens dator, en gång: ger laget dess kod.")),
            (self.join_button, self.tr("På de andra datorerna: skriv lagkoden.")),
        ):
            row = QHBoxLayout()
            row.addWidget(button)
            hint = QLabel(text)
            hint.setWordWrap(True)
            row.addWidget(hint, 1)
            layout.addLayout(row)
        return panel

    def _inside_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Den här datorn:")))
        self.device_name = QLabel()
        self.device_name.setObjectName("bigTotal")
        self.device_name.setAccessibleName(self.tr("Den här datorns namn"))
        name_row.addWidget(self.device_name, 1)
        self.rename_button = QPushButton(self.tr("Byt namn…"))
        self.rename_button.setAccessibleName(self.tr("Byt namn på den här datorn"))
        self.rename_button.clicked.connect(self.rename)
        name_row.addWidget(self.rename_button)
        layout.addLayout(name_row)
        layout.addWidget(QLabel(self.tr("Lagkod:")))
        self.code = QLabel()
        self.code.setFont(self._code_font())
        self.code.setAccessibleName(self.tr("Lagkod"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        buttons = QHBoxLayout()
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.toggle_code)
        self.copy_button = QPushButton(self.tr("Kopiera"))
        self.copy_button.setAccessibleName(self.tr("Kopiera lagkoden"))
        self.copy_button.clicked.connect(self.copy_code)
        self.pdf_button = QPushButton(self.tr("Spara som PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Spara lagkoden som PDF att skriva ut"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.show_button, self.copy_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        leave_row = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Lämna laget…"))
        self.leave_button.clicked.connect(self.leave_team)
        leave_row.addWidget(self.leave_button)
        leave_row.addStretch(1)
        layout.addLayout(leave_row)
        return panel

    def _code_font(self) -> QFont:
        # Monospaced and large: every character in its own column, read out one by one.
        font = mono_font(self.font().pointSizeF() * 1.9)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return font

    # -- showing -----------------------------------------------------------------------------

    def show_status(self, status: TeamStatus) -> None:
        self.status = status
        self.panels.setCurrentIndex(1 if status.in_team else 0)
        if not status.in_team:
            self.revealed = False
            return
        self.device_name.setText(status.device_name)
        self.code.setText(code_text(status.code or "", self.revealed))
        if self.revealed:
            self.show_button.setText(self.tr("Dölj koden"))
            self.show_button.setAccessibleName(self.tr("Dölj lagkoden"))
        else:
            self.show_button.setText(self.tr("Visa koden"))
            self.show_button.setAccessibleName(self.tr("Visa lagkoden (samordnaren)"))

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.message.setText(text)

    def _refused(self, text: str) -> None:
        self.message.clear()
        show_error(self.error, text)

    def _code(self) -> str | None:
        """The code, if the coordinator is (or now becomes) unlocked."""
        if self.status is None or not self.status.code:
            return None
        if not self.session.require_coordinator(self):
            self._refused(self.tr("Lagkoden får bara samordnaren se."))
            return None
        return self.status.code

    # -- acting ------------------------------------------------------------------------------

    def create_team(self) -> None:
        from vanskapshuset.ui.dialogs.team_dialogs import CreateTeamDialog

        if not self.session.require_coordinator(self):
            self._refused(self.tr("Ett lag får bara samordnaren skapa."))
            return
        sync = self.session.app.sync
        dialog = CreateTeamDialog(sync.status().device_name, sync.create_team, self.window())
        if not dialog.exec():
            return
        self.revealed = True  # the coordinator hands the code on next
        self._say(
            self.tr(
                "Laget är skapat. Ge lagkoden till de andra datorerna, till exempel som "
                "utskriven PDF."
            )
        )
        self.changed.emit()

    def join_team(self) -> None:
        from vanskapshuset.ui.dialogs.team_dialogs import JoinTeamDialog

        sync = self.session.app.sync
        dialog = JoinTeamDialog(sync.status().device_name, sync.join_team, self.window())
        if not dialog.exec():
            return
        self._say(self.tr("Den här datorn är med i laget. Välj samma mapp som de andra och synka."))
        self.changed.emit()

    def rename(self) -> None:
        from vanskapshuset.ui.dialogs.rename_dialog import RenameDialog

        sync = self.session.app.sync
        dialog = RenameDialog(sync.status().device_name, sync.rename_device, self.window())
        if dialog.exec():
            self._say(self.tr("Namnet är sparat; de andra ser det efter nästa synk."))
            self.changed.emit()

    def toggle_code(self) -> None:
        if self.revealed:
            self.revealed = False
        elif self._code() is None:
            return
        else:
            self.revealed = True
        if self.status is not None:
            self.show_status(self.status)

    def copy_code(self) -> None:
        code = self._code()
        if code is None:
            return
        QGuiApplication.clipboard().setText(code)
        self._say(self.tr("Lagkoden är kopierad."))

    def save_pdf(self) -> None:
        from vanskapshuset.sheets.team_code_pdf import write_team_code_sheet

        code = self._code()
        if code is None:
            return
        app = self.session.app
        organisation = app.settings.get(ORGANISATION_NAME)
        today = self.session.today()
        # The sheet is a Swedish document, so its file name is Swedish too.
        name = file_name("Lagkod Vänskapshuset", ".pdf", "lagkod")
        if self.saver.save(
            self.tr("Spara lagkoden"),
            name,
            lambda path: write_team_code_sheet(code, organisation, path, today),
        ):
            self._say(self.tr("Sparar lagkoden…"))

    def leave_team(self) -> None:
        if not self.session.require_coordinator(self):
            self._refused(self.tr("Laget får bara samordnaren lämna."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Lämna laget"),
            self.tr(
                "Lämna laget? Den här datorn slutar då synka med de andra. Allt som redan finns "
                "här stannar kvar, och datorn kan gå med igen med lagkoden."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.app.sync.leave_team()
        except UserError as error:
            self._refused(say(error))
            return
        self.revealed = False
        self._say(self.tr("Den här datorn har lämnat laget."))
        self.changed.emit()
