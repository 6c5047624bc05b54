"""The door counter: genders × age bands, one big button per cell, each with its own key."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
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
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.ui.models.labels import gender_labels
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.widgets.tally_keys import key_for, qt_key

# How long a cell looks pressed after its key: feedback only, every press counts at once.
KEY_FLASH_MS = 90
# The count's type in a low window, as a multiple of the system font (2.2× when there is room).
COUNT_SMALLEST = 1.25
BUTTON_MARGIN = 2  # the number must fit a low button (1.5× scaling)

Cell = tuple[Gender, str]
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class TallyButton(QPushButton):
    """Shows the cell's count in large type and, smaller below it, its key. In a low window
    the count's type shrinks (down to COUNT_SMALLEST) so that both stay whole."""

    def __init__(
        self,
        gender: Gender,
        band: AgeBand,
        key: str | None,
        count_font: QFont,
        fitted: dict[tuple[int, float, int], float] | None = None,
    ) -> None:
        super().__init__()
        self.gender, self.band, self.key = gender, band, key
        self.setObjectName("tallyButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._largest = QFont(count_font)
        # The size found for a room, shared by the grid's buttons (one count font): every
        # button is resized a few times while the window is laid out, each the same.
        self._fitted = {} if fitted is None else fitted
        self._number = QLabel("0")
        self._number.setFont(count_font)
        self._key = QLabel(f"[{key}]" if key else "")  # short: must fit a big system font
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(BUTTON_MARGIN,) * 4)
        layout.setSpacing(0)
        for label in (self._number, self._key):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # clicks go to the button underneath
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        # Grows with the window; never lower than the key and the count in its smallest type.
        smallest = QFont(count_font)
        smallest.setPointSizeF(self.font().pointSizeF() * COUNT_SMALLEST)
        height = self.fontMetrics().height()
        self._number.setFont(smallest)
        least = self._number.sizeHint().height() + self._key.sizeHint().height()
        self._number.setFont(count_font)
        self.setMinimumSize(height * 3, least + 2 * BUTTON_MARGIN)
        self.count = 0
        self.shifted = False  # the click (or Space) that activates it now was with Shift

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mouseReleaseEvent(event)  # emits clicked, read with `shifted`
        self.shifted = False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().keyReleaseEvent(event)  # Space emits clicked on its release
        self.shifted = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_count()

    def _fit_count(self) -> None:
        """The largest count type (up to the grid's own) whose line fits above the key."""
        room = self.height() - 2 * BUTTON_MARGIN - self._key.sizeHint().height()
        font = QFont(self._largest)
        smallest = self.font().pointSizeF() * COUNT_SMALLEST
        known = (room, smallest, self.logicalDpiY())
        if known in self._fitted:
            font.setPointSizeF(self._fitted[known])
            self._number.setFont(font)
            return
        self._number.setFont(font)
        while font.pointSizeF() > smallest and self._number.sizeHint().height() > room:
            font.setPointSizeF(max(font.pointSizeF() - 0.5, smallest))
            self._number.setFont(font)
        self._fitted[known] = font.pointSizeF()

    def show_shift(self, held: bool) -> None:
        """While Shift is held the key line says that a press counts a new visitor."""
        if self.key:
            self._key.setText(fill(self.tr("[⇧%1] ny"), self.key) if held else f"[{self.key}]")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows go to the grid, which moves by row and column (a button alone would move to
        the next button in Tab order, so Down went right)."""
        if event.key() in _ARROWS:
            event.ignore()
            return
        super().keyPressEvent(event)

    def show_count(self, count: int) -> None:
        self.count = count
        self._number.setText(str(count))
        if self.key:
            text = self.tr(
                "%1, %2 år: %3 besök. Klicka eller tryck %4 för att räkna ett till; "
                "med Skift räknas en ny besökare (första gången i säsongen)."
            )
        else:
            text = self.tr(
                "%1, %2 år: %3 besök. Klicka för att räkna ett till; "
                "Skift+klick räknar en ny besökare (första gången i säsongen)."
            )
        name = fill_numbered(
            text, gender_labels()[self.gender], self.band.code, str(count), self.key or ""
        )
        self.setAccessibleName(name)
        self.setToolTip(name)


class MinusButton(QToolButton):
    """A cell's −1: "−1 rätta" where it fits, just "−1" in a narrow column (1.5× scaling, long
    words in another language); its text never widens the column. The grid chooses one text
    for all of them (see `TallyGrid._fit_minus`)."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.full = self.tr("−1 rätta")
        self.setText(self.full)
        self._resized = resized

    def fits_full(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.full) + 16 <= self.width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class ColumnHeading(QLabel):
    """An age band's heading. The grid sets them all large where every one fits on one line;
    in a narrow window all in the grid's ordinary bold type, and only then on two lines
    ("14-17 years"), so a low window keeps its height for the cells."""

    def __init__(self, text: str, large: QFont, resized: Callable[[], None]) -> None:
        super().__init__(text)
        self.large = QFont(large)
        self.small = QFont(large)
        self.small.setPointSizeF(self.font().pointSizeF())
        self._resized = resized
        self.setFont(large)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)

    def fits_large(self) -> bool:
        return QFontMetrics(self.large).horizontalAdvance(self.text()) <= self.width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class TallyGrid(QWidget):
    """Emits `counted(gender, band, new)` on a click or key (`new`: with Shift, a visitor here
    for the first time this season) and `corrected(gender, band)` on a −1."""

    counted = Signal(object, str, bool)
    corrected = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyGrid")
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)  # the page has its own; height is scarce
        self._layout.setHorizontalSpacing(6)
        self._layout.setVerticalSpacing(4)  # the −1 below each cell parts the rows already
        self.buttons: dict[Cell, TallyButton] = {}
        self._headings: list[ColumnHeading] = []
        self._minus: list[MinusButton] = []
        self._by_key: dict[int, Cell] = {}
        self._shift_shown = False
        # A click on the grid between the buttons brings the keys back from a text field.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def set_bands(self, bands: list[AgeBand]) -> None:
        """(Re)build the cells for the configured age bands."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            assert item is not None  # the layout still has count() items
            widget = item.widget()
            if widget:
                widget.deleteLater()
        self.buttons, self._by_key = {}, {}
        self._shift_shown = False
        self._headings = []
        self._minus = []
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        for column, band in enumerate(bands, start=1):
            heading = ColumnHeading(
                fill(self.tr("%1 år"), band.code), heading_font, self._fit_headings
            )
            self._headings.append(heading)
            self._layout.addWidget(heading, 0, column)
        count_font = QFont(self.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 2.2)
        count_font.setBold(True)
        fitted: dict[tuple[int, float, int], float] = {}
        for row, gender in enumerate(Gender, start=1):
            label = QLabel(gender_labels()[gender])
            label.setFont(heading_font)
            label.setWordWrap(True)  # "Prefer not to say" need not widen the grid
            self._layout.addWidget(label, row, 0)
            for column, band in enumerate(bands, start=1):
                self._layout.addWidget(
                    self._cell(gender, band, column - 1, count_font, fitted), row, column
                )
        for column in range(1, len(bands) + 1):
            self._layout.setColumnStretch(column, 1)
        for row in range(1, len(Gender) + 1):
            self._layout.setRowStretch(row, 1)

    def _fit_headings(self) -> None:
        """One size for every heading: large only if each fits its column on one line."""
        large = all(heading.fits_large() for heading in self._headings)
        for heading in self._headings:
            font = heading.large if large else heading.small
            if font != heading.font():
                heading.setFont(font)

    def _fit_minus(self) -> None:
        """One text for every −1: the full one only if it fits each (columns differ by a
        pixel, and a mix of "−1 rätta" and "−1" looks like two different buttons)."""
        full = all(minus.fits_full() for minus in self._minus)
        for minus in self._minus:
            minus.setText(minus.full if full else "−1")

    def _cell(
        self,
        gender: Gender,
        band: AgeBand,
        index: int,
        font: QFont,
        fitted: dict[tuple[int, float, int], float],
    ) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        key = key_for(gender, index)
        button = TallyButton(gender, band, key, font, fitted)
        button.show_count(0)
        button.clicked.connect(lambda: self.counted.emit(gender, band.code, button.shifted))
        minus = MinusButton(self._fit_minus)
        self._minus.append(minus)
        minus.setAccessibleName(
            fill_numbered(
                self.tr("Ta bort ett besök: %1, %2 år"), gender_labels()[gender], band.code
            )
        )
        minus.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        minus.clicked.connect(lambda: self.corrected.emit(gender, band.code))
        # Tab goes from cell to cell; on a cell, Delete or Backspace is its −1.
        minus.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(button, 1)
        layout.addWidget(minus)
        self.buttons[(gender, band.code)] = button
        if key:
            self._by_key[qt_key(key)] = (gender, band.code)
        return cell

    def cell_for_key(self, key: int) -> Cell | None:
        """The cell a key (a `Qt.Key` value) counts, if any."""
        return self._by_key.get(key)

    def count_by_key(self, cell: Cell, new: bool = False) -> None:
        """Count `cell` now, as its key asks (`new`: with Shift). Not `animateClick`: that
        swallows a second press within 100 ms, and siblings arriving together are counted
        "2 2 2"."""
        button = self.buttons[cell]
        button.setDown(True)
        QTimer.singleShot(KEY_FLASH_MS, button, lambda: button.setDown(False))
        self.counted.emit(*cell, new)

    def show_shift(self, held: bool) -> None:
        """Shift held (or let go) while the keys count: every cell's key line says so."""
        if held != self._shift_shown:
            self._shift_shown = held
            for button in self.buttons.values():
                button.show_shift(held)

    def focus_chain(self) -> list[QWidget]:
        """The cells in Tab order: one gender's row after the other."""
        return list(self.buttons.values())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """On a cell with focus: Delete or Backspace takes one away, arrows move between cells."""
        cell = next((c for c, b in self.buttons.items() if b.hasFocus()), None)
        if cell is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.corrected.emit(*cell)
            return
        moves: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if key not in moves:
            super().keyPressEvent(event)
            return
        genders, bands = list(Gender), list(dict.fromkeys(band for _, band in self.buttons))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            moves[key] = (0, -moves[key][1])
        row = min(max(genders.index(cell[0]) + moves[key][0], 0), len(genders) - 1)
        column = min(max(bands.index(cell[1]) + moves[key][1], 0), len(bands) - 1)
        self.buttons[(genders[row], bands[column])].setFocus(Qt.FocusReason.TabFocusReason)

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
