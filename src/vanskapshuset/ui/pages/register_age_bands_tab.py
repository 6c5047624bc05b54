"""The Åldersgrupper tab: the configured bands, and the coordinator's way to change the set."""

import re

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vanskapshuset.domain.age_bands import AgeBand, validate_band_set
from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.text_table import TextRow, TextTableModel
from vanskapshuset.ui.pages.register_common import (
    error_label,
    fit_columns,
    record_table,
    show_error,
)
from vanskapshuset.ui.session import UiSession


def _codes(text: str) -> list[str]:
    """ "0-6, 7-9 10-13" → ["0-6", "7-9", "10-13"]: commas, semicolons or spaces separate."""
    return [code for code in re.split(r"[,;\s]+", text) if code]


class AgeBandsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Skriv åldersgrupperna i ordning, skilda med komma, t.ex. ”0-6, 7-9, 10-13, "
                "14-17, 18-25, 26+”. Besök som redan är räknade behåller sina åldersgrupper."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        label = QLabel(self.tr("Åldersgrupper:"))
        self.codes = QLineEdit()
        self.codes.setAccessibleName(self.tr("Åldersgrupper"))
        self.codes.returnPressed.connect(self.save)
        label.setBuddy(self.codes)
        self.save_button = QPushButton(self.tr("Spara åldersgrupper"))
        self.save_button.setAccessibleName(self.tr("Spara åldersgrupper"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(label)
        row.addWidget(self.codes, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        headers = [self.tr("Åldersgrupp"), self.tr("Från ålder"), self.tr("Till ålder")]
        self.model = TextTableModel(headers, self)
        self.table = record_table(self.model, self.tr("Nuvarande åldersgrupper"))
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        bands = self.session.app.age_bands.list()
        self.codes.setText(", ".join(band.code for band in bands))
        show_error(self.error, "")
        open_ended = self.tr("och äldre")
        self.model.set_rows(
            [
                TextRow(
                    band.code,
                    (
                        band.code,
                        str(band.min_age),
                        open_ended if band.max_age is None else str(band.max_age),
                    ),
                )
                for band in bands
            ]
        )
        fit_columns(self.table)

    def save(self) -> None:
        try:
            bands = [AgeBand.from_code(code) for code in _codes(self.codes.text())]
            validate_band_set(bands)  # said before the password is asked for
            current = self.session.app.age_bands.list()
            if bands == current:
                show_error(self.error, "")
                return
            if not self.session.require_coordinator(self):
                return
            self.session.app.age_bands.replace(bands)
        except UserError as error:
            show_error(self.error, say(error), self.codes)
            return
        self.refresh()
        self.session.changed()
