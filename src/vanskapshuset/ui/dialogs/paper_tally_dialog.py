"""Skriv in räknelista: a filled paper tally sheet typed in, genders × age bands as on the sheet
and the Idag counter, with the sums of each row and column and the total kept up to date."""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import PAPER_PER_CELL
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.paper_tally import PaperEntry
from vanskapshuset.ui.dialogs.discard_guard import DiscardGuard
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.models.labels import gender_labels
from vanskapshuset.ui.session import UiSession

MAX_PER_CELL = PAPER_PER_CELL.high

# (gender, band) → visitors, as PaperTallyService.enter takes them (the genders are Gender).
Counts = dict[tuple[str, str], int]


class PaperTallyDialog(QDialog):
    """OK writes the sheet (one transaction); `entry` and `counts` then say what was written."""

    def __init__(
        self,
        session: UiSession,
        site_id: str,
        site_name: str,
        day: dt.date,
        bands: Sequence[AgeBand],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.site_id, self.day = site_id, day
        self.bands = [band.code for band in bands]
        self.entry: PaperEntry | None = None
        self.counts: Counts = {}
        self.cells: dict[tuple[Gender, str], QSpinBox] = {}
        self.setWindowTitle(self.tr("Skriv in räknelista"))
        layout = QVBoxLayout(self)
        self.where = QLabel(fill_numbered(self.tr("%1 · %2"), site_name, day.isoformat()))
        self.where.setFont(_bold(self.where.font(), 1.35))
        layout.addWidget(self.where)
        about = QLabel(
            self.tr(
                "Skriv av antalet streck i varje ruta på räknelistan. Besöken sparas på den "
                "här platsen och dagen, märkta som inskrivna från papper."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addWidget(self._grid())
        self.total_label = QLabel()
        self.total_label.setObjectName("bigTotal")
        self.total_label.setFont(_bold(self.total_label.font(), 1.2))
        layout.addWidget(self.total_label)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Skriv in"))
        self.ok_button.setAccessibleName(self.tr("Skriv in besöken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.enter)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._changed()
        if self.cells:
            next(iter(self.cells.values())).setFocus()
        self.guard = DiscardGuard(self)

    def _grid(self) -> QFrame:
        frame = QFrame()
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        heading = _bold(self.font(), 1.0)
        labels = gender_labels()
        last_column = len(self.bands) + 1
        for column, band in enumerate(self.bands, start=1):
            grid.addWidget(self._label(fill_numbered(self.tr("%1 år"), band), heading), 0, column)
        grid.addWidget(self._label(self.tr("Summa"), heading), 0, last_column)
        self.row_sums: dict[Gender, QLabel] = {}
        for row, gender in enumerate(Gender, start=1):
            name = QLabel(labels[gender])
            name.setFont(heading)
            grid.addWidget(name, row, 0)
            for column, band in enumerate(self.bands, start=1):
                spin = QSpinBox()
                spin.setRange(0, MAX_PER_CELL)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setAccessibleName(fill_numbered(self.tr("%1, %2 år"), labels[gender], band))
                spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") * 2)
                spin.valueChanged.connect(self._changed)
                self.cells[(gender, band)] = spin
                grid.addWidget(spin, row, column)
            self.row_sums[gender] = self._label("0", heading)
            grid.addWidget(self.row_sums[gender], row, last_column)
        sum_row = len(Gender) + 1
        grid.addWidget(
            self._label(self.tr("Summa"), heading, Qt.AlignmentFlag.AlignLeft), sum_row, 0
        )
        self.column_sums: dict[str, QLabel] = {}
        for column, band in enumerate(self.bands, start=1):
            self.column_sums[band] = self._label("0", heading)
            grid.addWidget(self.column_sums[band], sum_row, column)
        self.grand_total = self._label("0", _bold(self.font(), 1.2))
        self.grand_total.setAccessibleName(self.tr("Totalt antal besök"))
        grid.addWidget(self.grand_total, sum_row, last_column)
        return frame

    @staticmethod
    def _label(
        text: str, font: QFont, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    ) -> QLabel:
        label = QLabel(text)
        label.setFont(font)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    def reject(self) -> None:
        # Esc, Avbryt and the close button: what was typed is not thrown away without asking.
        if self.guard.may_discard():
            super().reject()

    def counts_now(self) -> Counts:
        return {cell: spin.value() for cell, spin in self.cells.items() if spin.value()}

    def total(self) -> int:
        return sum(spin.value() for spin in self.cells.values())

    def _changed(self) -> None:
        for gender, label in self.row_sums.items():
            label.setText(str(sum(self.cells[(gender, band)].value() for band in self.bands)))
        for band, label in self.column_sums.items():
            label.setText(str(sum(self.cells[(gender, band)].value() for gender in Gender)))
        total = self.total()
        self.grand_total.setText(str(total))
        self.total_label.setText(fill_numbered(self.tr("Totalt: %1 besök"), str(total)))

    def enter(self) -> None:
        counts = self.counts_now()
        try:
            self.entry = self.session.app.paper_tally.enter(
                self.site_id, self.day, counts, leader_id=self.session.leader_id
            )
        except UserError as error:
            self.error.setText(say(error))
            self.error.show()
            return
        self.counts = counts
        self.accept()


def _bold(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font
