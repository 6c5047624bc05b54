"""The door counter: genders × age bands, one big button per cell, each with its own key."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.ui.models.labels import gender_labels
from vanskapshuset.ui.widgets.tally_keys import key_for

Cell = tuple[Gender, str]


class TallyButton(QPushButton):
    """Shows the cell's count in large type and, smaller below it, its key."""

    def __init__(self, gender: Gender, band: AgeBand, key: str | None, count_font: QFont) -> None:
        super().__init__()
        self.gender, self.band, self.key = gender, band, key
        self.setObjectName("tallyButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        height = self.fontMetrics().height()
        self.setMinimumSize(height * 3, height * 3)  # grows with the window; fits big fonts too
        self._number = QLabel("0")
        self._number.setFont(count_font)
        self._key = QLabel(f"[{key}]" if key else "")  # short: must fit a big system font
        layout = QVBoxLayout(self)
        for label in (self._number, self._key):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # clicks go to the button underneath
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.count = 0

    def show_count(self, count: int) -> None:
        self.count = count
        self._number.setText(str(count))
        if self.key:
            text = self.tr("%1, %2 år: %3 besök. Klicka eller tryck %4 för att räkna ett till.")
        else:
            text = self.tr("%1, %2 år: %3 besök. Klicka för att räkna ett till.")
        name = (
            text.replace("%1", gender_labels()[self.gender])
            .replace("%2", self.band.code)
            .replace("%3", str(count))
            .replace("%4", self.key or "")
        )
        self.setAccessibleName(name)
        self.setToolTip(name)


class TallyGrid(QWidget):
    """Emits `counted(gender, band)` on a click or key and `corrected(...)` on a −1."""

    counted = Signal(object, str)
    corrected = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyGrid")
        self._layout = QGridLayout(self)
        self._layout.setSpacing(6)
        self.buttons: dict[Cell, TallyButton] = {}
        self._shortcuts: list[QShortcut] = []

    def set_bands(self, bands: list[AgeBand]) -> None:
        """(Re)build the cells for the configured age bands."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts, self.buttons = [], {}
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        for column, band in enumerate(bands, start=1):
            heading = QLabel(self.tr("%1 år").replace("%1", band.code))
            heading.setFont(heading_font)
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(heading, 0, column)
        count_font = QFont(self.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 2.2)
        count_font.setBold(True)
        for row, gender in enumerate(Gender, start=1):
            label = QLabel(gender_labels()[gender])
            label.setFont(heading_font)
            self._layout.addWidget(label, row, 0)
            for column, band in enumerate(bands, start=1):
                self._layout.addWidget(
                    self._cell(gender, band, column - 1, count_font), row, column
                )
        for column in range(1, len(bands) + 1):
            self._layout.setColumnStretch(column, 1)
        for row in range(1, len(Gender) + 1):
            self._layout.setRowStretch(row, 1)

    def _cell(self, gender: Gender, band: AgeBand, index: int, font: QFont) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        key = key_for(gender, index)
        button = TallyButton(gender, band, key, font)
        button.show_count(0)
        button.clicked.connect(lambda: self.counted.emit(gender, band.code))
        minus = QToolButton()
        minus.setText(self.tr("−1 rätta"))
        minus.setAccessibleName(
            self.tr("Ta bort ett besök: %1, %2 år")
            .replace("%1", gender_labels()[gender])
            .replace("%2", band.code)
        )
        minus.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        minus.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        minus.clicked.connect(lambda: self.corrected.emit(gender, band.code))
        layout.addWidget(button, 1)
        layout.addWidget(minus)
        self.buttons[(gender, band.code)] = button
        if key:
            # Only while the counter has focus: typing a note must never count a visit.
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.animateClick)
            self._shortcuts.append(shortcut)
        return cell

    def show_counts(self, counts: dict[Cell, int]) -> None:
        for cell, button in self.buttons.items():
            button.show_count(counts.get(cell, 0))

    def count_of(self, cell: Cell) -> int:
        return self.buttons[cell].count

    def set_count(self, cell: Cell, count: int) -> None:
        if cell in self.buttons:
            self.buttons[cell].show_count(count)

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()
