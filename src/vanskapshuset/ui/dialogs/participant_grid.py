"""Participants of an activity: one spin box per gender × age band, with a live total."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.rules import PARTICIPANTS_PER_CELL
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.ui.models.labels import gender_labels

MAX_PER_CELL = PARTICIPANTS_PER_CELL.high


class ParticipantGrid(QWidget):
    total_changed = Signal(int)

    def __init__(self, bands: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bands = tuple(bands)
        self.cells: dict[tuple[Gender, str], QSpinBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        for column, band in enumerate(self.bands, start=1):
            header = QLabel(band)
            header.setToolTip(fill_numbered(self.tr("Åldersgrupp %1 år"), band))
            layout.addWidget(header, 0, column)
        labels = gender_labels()
        for row, gender in enumerate(Gender, start=1):
            layout.addWidget(QLabel(labels[gender]), row, 0)
            for column, band in enumerate(self.bands, start=1):
                spin = QSpinBox()
                # Minimum 0: a negative count cannot be typed (the service refuses it too).
                spin.setRange(0, MAX_PER_CELL)
                spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                spin.setAccessibleName(fill_numbered(self.tr("%1, %2 år"), labels[gender], band))
                spin.valueChanged.connect(self._changed)
                self.cells[(gender, band)] = spin
                layout.addWidget(spin, row, column)
        self.total_label = QLabel()
        self.total_label.setObjectName("bigTotal")
        layout.addWidget(self.total_label, len(Gender) + 1, 0, 1, len(self.bands) + 1)
        layout.setColumnStretch(len(self.bands) + 1, 1)  # spare width to the right, not between
        self._changed()

    def set_counts(self, counts: Sequence[ParticipantCount]) -> None:
        for cell in self.cells.values():
            cell.setValue(0)
        for count in counts:
            spin = self.cells.get((count.gender, count.age_band))
            if spin is not None:
                spin.setValue(spin.value() + count.count)

    def counts(self) -> tuple[ParticipantCount, ...]:
        return tuple(
            ParticipantCount(gender, band, spin.value())
            for (gender, band), spin in self.cells.items()
            if spin.value() > 0
        )

    def total(self) -> int:
        return sum(spin.value() for spin in self.cells.values())

    def _changed(self) -> None:
        total = self.total()
        self.total_label.setText(fill_numbered(self.tr("Totalt: %1 deltagare"), str(total)))
        self.total_changed.emit(total)
