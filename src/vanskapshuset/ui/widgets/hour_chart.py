"""Visits per hour as small bars (QtCharts is not part of PySide6-Essentials)."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vanskapshuset.messages.text import fill_numbered

FIRST_HOUR, LAST_HOUR = 8, 21


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_hour: dict[int, int] = {}
        self.setMinimumHeight(self.fontMetrics().height() * 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Besök per timme"))

    def set_counts(self, by_hour: dict[int, int]) -> None:
        self._by_hour = dict(by_hour)
        described = ", ".join(
            fill_numbered(self.tr("kl %1: %2"), f"{h:02d}", str(n))
            for h, n in sorted(by_hour.items())
        )
        self.setAccessibleDescription(described or self.tr("Inga besök ännu"))
        self.update()

    def add_one(self, hour: int) -> None:
        """A visit just counted: no query needed to keep the chart current."""
        counts = dict(self._by_hour)
        counts[hour] = counts.get(hour, 0) + 1
        self.set_counts(counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first = min([FIRST_HOUR, *self._by_hour])
        last = max([LAST_HOUR, *self._by_hour])
        hours = list(range(first, last + 1))
        text_height = self.fontMetrics().height()
        chart = QRectF(0, text_height, self.width(), self.height() - 2 * text_height - 2)
        slot = chart.width() / len(hours)
        top = max([1, *self._by_hour.values()])
        for index, hour in enumerate(hours):
            count = self._by_hour.get(hour, 0)
            x = chart.left() + index * slot
            if count:
                height = chart.height() * count / top
                bar = QRectF(x + slot * 0.15, chart.bottom() - height, slot * 0.7, height)
                painter.fillRect(bar, QColor("#1a73e8"))
                painter.setPen(self.palette().text().color())
                label = QRectF(x, bar.top() - text_height, slot, text_height)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(count))
            painter.setPen(self.palette().text().color())
            if hour % 2 == 0:
                painter.drawText(
                    QRectF(x - slot / 2, chart.bottom() + 2, slot * 2, text_height),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{hour:02d}",
                )
        painter.end()
