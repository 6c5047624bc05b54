"""One bar chart for every report figure, painted by hand (QtCharts is not in PySide6-Essentials).

Vertical bars suit short labels (weeks, weekdays, age bands, months); horizontal bars suit long
ones (genders, areas of work), which then stay readable instead of being cut to a few letters.
"""

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vanskapshuset.messages.text import fill_numbered

BAR_COLOUR = QColor("#1a73e8")
AXIS_COLOUR = QColor("#8a8a8a")


def number_text(value: float) -> str:
    """Whole numbers without decimals, averages with one; in the window's language."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


class BarChart(QWidget):
    def __init__(
        self, title: str = "", horizontal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self._title = ""
        self._labels: list[str] = []
        self._values: list[float] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.fontMetrics().height() * 11)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.set_data([], [], title)

    # -- data --------------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def labels(self) -> list[str]:
        return list(self._labels)

    def values(self) -> list[float]:
        return list(self._values)

    def set_data(
        self, labels: Sequence[str], values: Sequence[float], title: str | None = None
    ) -> None:
        if len(labels) != len(values):
            raise ValueError("a bar chart needs one label per value")
        if title is not None:
            self._title = title
        self._labels = [str(label) for label in labels]
        self._values = [float(value) for value in values]
        # A screen reader cannot see bars: the description says every value in words.
        self.setAccessibleName(self._title)
        described = ", ".join(
            f"{label}: {number_text(value)}"
            for label, value in zip(self._labels, self._values, strict=True)
        )
        self.setAccessibleDescription(described or self.tr("Inga uppgifter"))
        self.setToolTip(described.replace(", ", "\n"))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = len(self._labels) if self.horizontal else 8
        return QSize(self.fontMetrics().horizontalAdvance("M") * 24, line * (rows + 3))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        line = self.fontMetrics().height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_box = QRectF(0, 0, self.width(), line)
        elided = painter.fontMetrics().elidedText(
            self._title, Qt.TextElideMode.ElideRight, self.width()
        )
        painter.drawText(
            title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.setFont(self.font())
        area = QRectF(0, line * 1.4, self.width(), self.height() - line * 1.4)
        if not self._values:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Inga uppgifter"))
        elif self.horizontal:
            self._paint_horizontal(painter, area)
        else:
            self._paint_vertical(painter, area)
        painter.end()

    def _top(self) -> float:
        return max([1.0, *self._values])  # all zeros (or negatives) still divide safely

    def _paint_vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().text().color()
        chart = QRectF(area.left(), area.top() + line, area.width(), area.height() - 2 * line - 4)
        slot = chart.width() / len(self._values)
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + 4
        # Labels wider than a slot are shown for every second (third, …) bar only.
        step = max(1, int(-(-widest // max(slot, 1))))
        top = self._top()
        painter.setPen(AXIS_COLOUR)
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        for index, (label, value) in enumerate(zip(self._labels, self._values, strict=True)):
            x = chart.left() + index * slot
            height = chart.height() * max(value, 0.0) / top
            bar = QRectF(x + slot * 0.15, chart.bottom() - height, slot * 0.7, height)
            if height > 0:
                painter.fillRect(bar, BAR_COLOUR)
            painter.setPen(text_colour)
            value_text = number_text(value)
            if metrics.horizontalAdvance(value_text) <= slot + 2:
                painter.drawText(
                    QRectF(x - 2, bar.top() - line, slot + 4, line),
                    Qt.AlignmentFlag.AlignCenter,
                    value_text,
                )
            if index % step == 0:
                span = slot * step
                painter.drawText(
                    QRectF(x + slot / 2 - span / 2, chart.bottom() + 2, span, line),
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(span)),
                )

    def _paint_horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().text().color()
        widest_label = max(metrics.horizontalAdvance(label) for label in self._labels) + 8
        # Long labels (areas of work) go on their own line above the bar rather than be cut.
        stacked = widest_label > area.width() * 0.45
        label_width = 0.0 if stacked else widest_label
        value_width = max(metrics.horizontalAdvance(number_text(v)) for v in self._values) + 8
        bars_left = area.left() + label_width
        bars_width = max(1.0, area.width() - label_width - value_width)
        least_row = line * (2.0 if stacked else 1.1)
        shown = len(self._values)
        if area.height() / shown < least_row:
            shown = max(1, int(area.height() // least_row) - 1)  # one line left for "+ N more"
        row = min(area.height() / shown, line * (2.4 if stacked else 1.8))
        top = self._top()
        painter.setPen(AXIS_COLOUR)
        painter.drawLine(
            int(bars_left), int(area.top()), int(bars_left), int(area.top() + row * shown)
        )
        middle = Qt.AlignmentFlag.AlignVCenter
        rows = list(zip(self._labels, self._values, strict=True))
        for index, (label, value) in enumerate(rows[:shown]):
            y = area.top() + index * row
            bar_top, bar_height = y + row * 0.15, row * 0.7
            if stacked:
                bar_top, bar_height = y + line, row - line - row * 0.12
            width = bars_width * max(value, 0.0) / top
            bar = QRectF(bars_left, bar_top, width, bar_height)
            if width > 0:
                painter.fillRect(bar, BAR_COLOUR)
            painter.setPen(text_colour)
            if stacked:
                label_box = QRectF(area.left() + 4, y, area.width() - 4, line)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                label_box = QRectF(area.left(), y, label_width - 6, row)
                align = Qt.AlignmentFlag.AlignRight
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_box.width()))
            painter.drawText(label_box, align | middle, elided)
            painter.drawText(
                QRectF(bar.right() + 4, bar.top(), value_width, bar.height()),
                Qt.AlignmentFlag.AlignLeft | middle,
                number_text(value),
            )
        if shown < len(rows):
            more = fill_numbered(self.tr("+ %1 till"), str(len(rows) - shown))
            painter.drawText(
                QRectF(area.left(), area.top() + shown * row, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | middle,
                more,
            )
