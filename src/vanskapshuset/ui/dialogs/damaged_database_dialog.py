"""The database could not be opened because it is damaged: restore the newest good backup,
start with an empty database, or quit. The damaged file is moved aside either way, never
deleted; quitting leaves it exactly as it is."""

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.damaged_database import GoodBackup


class Choice(Enum):
    QUIT = "quit"
    RESTORE = "restore"
    EMPTY = "empty"


class DamagedDatabaseDialog(QDialog):
    def __init__(
        self,
        path: Path,
        directory: bool,
        backup: GoodBackup | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.setWindowTitle(self.tr("Databasen är skadad"))
        layout = QVBoxLayout(self)
        # Its own words, not the command line's (which sends the person to this window).
        if directory:
            problem = self.tr("I stället för databasfilen finns en mapp: %1.")
        else:
            problem = self.tr("Databasfilen är skadad och kan inte öppnas: %1.")
        text = QLabel(fill_numbered(problem, str(path)))
        text.setWordWrap(True)
        text.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        layout.addWidget(text)
        if backup is not None:
            found = fill_numbered(
                self.tr("Den senaste fungerande säkerhetskopian är från %1."),
                f"{backup.created_at:%Y-%m-%d %H:%M}",
            )
        else:
            found = self.tr("Det finns ingen fungerande säkerhetskopia att återställa.")
        layout.addWidget(QLabel(found))
        layout.addWidget(
            QLabel(self.tr("Den skadade filen flyttas undan och sparas; ingenting tas bort."))
        )
        self.restore_button = QPushButton(self.tr("Återställ senaste fungerande säkerhetskopia"))
        self.restore_button.setEnabled(backup is not None)
        self.restore_button.setDefault(backup is not None)
        self.restore_button.clicked.connect(lambda: self._choose(Choice.RESTORE))
        self.empty_button = QPushButton(self.tr("Börja med en tom databas"))
        self.empty_button.setAutoDefault(False)
        self.empty_button.clicked.connect(lambda: self._choose(Choice.EMPTY))
        self.quit_button = QPushButton(self.tr("Avsluta"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        (self.restore_button if backup is not None else self.quit_button).setFocus()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
