"""Bar charts drawn with reportlab.graphics, returned as `Drawing` flowables for a story.

Give them the frame width (`layout.content_width()`); labels are shaped for right-to-left
scripts, numbers are Swedish ("1 456"), the value axis starts at 0 with round steps.
"""

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..text_direction import visual
from .fonts import FONT, FONT_BOLD, register_fonts
from .layout import GREY, INK, fit_text, format_number

__all__ = ["SERIES_COLOURS", "bar_chart", "grouped_bar_chart", "wrap_labels"]

# Dark blue first (the single series, or "this season"), then colours that stay apart in print.
SERIES_COLOURS = [colors.HexColor(c) for c in ("#2F6B9A", "#E39B3B", "#6A9E3F", "#8C5D9E")]
_GRID = colors.HexColor("#D5DBE1")
_TITLE_SIZE = 9.5
_LABEL_SIZE = 7.5
_MIN_LABEL_SIZE = 6.5
_VALUE_SIZE = 7.0
_PAD = 6.0  # blank space above and below every chart, so stacked charts don't touch
_LINE = 1.2  # line height of a label wrapped onto several lines, in font sizes

Number = int | float


def _nice_axis(values: Sequence[Number]) -> tuple[float, float, float]:
    """(minimum, maximum, step) with 0 included, round steps and room for value labels."""
    low, high = min(0.0, *values), max(0.0, *values)
    integer = all(isinstance(v, int) for v in values)
    if high == low:  # all zero: an empty 0..1 axis instead of a division by zero
        return 0.0, 1.0, 1.0 if integer else 0.2
    raw = (high - low) * 1.15 / 5  # ~5 steps, 15 % headroom above the tallest bar's label
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = [m * magnitude for m in (1, 2, 2.5, 5, 10)]
    if integer:  # counts get whole-number ticks: 1, 2, 5, 10, 20, 25, 50 …
        steps = [max(1.0, step) for step in steps if step >= 1 and float(step).is_integer()]
        steps = steps or [1.0]
    step = next((step for step in steps if step >= raw), steps[-1])
    minimum = math.floor(low * 1.15 / step) * step
    maximum = math.ceil(high * 1.15 / step) * step
    return minimum, max(maximum, step), step


def _axis_label(value: float) -> str:
    return format_number(int(value) if float(value).is_integer() else value)


def _value_label(value: float | None) -> str:
    return "" if value is None else format_number(value)


def no_data_label(width: float, height: float) -> String:
    """ "Inga uppgifter" in the middle of an empty chart (the bar charts and the network map)."""
    return String(
        width / 2,
        height / 2,
        "Inga uppgifter",
        fontName=FONT,
        fontSize=9,
        fillColor=GREY,
        textAnchor="middle",
    )


def _empty(width: float, height: float, title: str) -> Drawing:
    drawing = _drawing(width, height)
    if title:
        drawing.add(_title(title, width, height))
    drawing.add(no_data_label(width, height))
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    # Without initialFontName the PDF would also reference Times-Roman, reportlab's default.
    return Drawing(width, height, initialFontName=FONT, initialFontSize=_LABEL_SIZE)


def _title(title: str, width: float, height: float) -> String:
    text = fit_text(title, FONT_BOLD, _TITLE_SIZE, width)
    return String(
        0,
        height - _PAD - _TITLE_SIZE,
        text,
        fontName=FONT_BOLD,
        fontSize=_TITLE_SIZE,
        fillColor=INK,
    )


def _style_axes(chart: BarChart, values: Sequence[Number]) -> None:
    low, high, step = _nice_axis(values)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = low, high, step
    axis.labelTextFormat = _axis_label
    axis.labels.fontName, axis.labels.fontSize = FONT, _LABEL_SIZE
    axis.labels.fillColor = GREY
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = True, _GRID, 0.4
    axis.strokeColor = GREY
    axis.strokeWidth = 0.5
    chart.categoryAxis.strokeColor, chart.categoryAxis.strokeWidth = GREY, 0.5
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fillColor = INK
    # Ticks between categories add clutter, not information.
    chart.categoryAxis.visibleTicks = False


def _value_labels(chart: BarChart, slot: float, values: Sequence[Number], *, on: bool) -> None:
    """Print the value on each bar when asked and when the widest value fits its bar slot."""
    widest = max(stringWidth(_value_label(v), FONT, _VALUE_SIZE) for v in values)
    if not on or (isinstance(chart, VerticalBarChart) and widest > slot):
        chart.barLabelFormat = None
        return
    chart.barLabelFormat = _value_label
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, _VALUE_SIZE
    chart.barLabels.fillColor = INK
    if isinstance(chart, VerticalBarChart):
        chart.barLabels.boxAnchor, chart.barLabels.nudge = "s", 2
    else:  # start every label just right of its bar, whatever its length
        chart.barLabels.boxAnchor, chart.barLabels.nudge = "w", 3


def _category_labels(chart: BarChart, labels: Sequence[str], slot: float, room: float) -> float:
    """Set the category names, their size and angle so neighbours never overlap; returns the
    height they need below the axis (at most `room`), cutting names that would exceed it."""
    names = [visual(label) for label in labels]
    axis_labels = chart.categoryAxis.labels
    chart.categoryAxis.categoryNames = names
    for size in (_LABEL_SIZE, _MIN_LABEL_SIZE):
        if max(stringWidth(n, FONT, size) for n in names) <= slot * 0.9:
            axis_labels.fontSize, axis_labels.angle, axis_labels.boxAnchor = size, 0, "n"
            axis_labels.dy = -3
            return size + 6
    for size in (_LABEL_SIZE, _MIN_LABEL_SIZE):  # long names upright on two lines, if they fit
        wrapped = wrap_labels(labels, size, slot * 0.9, max_lines=2)
        if wrapped is not None:
            chart.categoryAxis.categoryNames = wrapped
            axis_labels.fontSize, axis_labels.angle, axis_labels.boxAnchor = size, 0, "n"
            axis_labels.dy, axis_labels.leading = -3, size * _LINE
            lines = max(name.count("\n") + 1 for name in wrapped)
            return lines * size * _LINE + 6
    # Slanted labels stay apart when the slot is √2 line heights (plus air); upright ones need
    # one line height, so very narrow slots also get smaller type.
    angle = 45 if slot >= _MIN_LABEL_SIZE * 1.8 else 90
    size = _MIN_LABEL_SIZE if angle == 45 else max(4.0, min(_MIN_LABEL_SIZE, slot - 1))
    axis_labels.fontSize, axis_labels.angle = size, angle
    axis_labels.boxAnchor, axis_labels.dx, axis_labels.dy = (
        ("ne", 2, -2) if angle == 45 else ("e", 0, -3)
    )
    lift = math.sin(math.radians(angle))
    longest = max(stringWidth(n, FONT, size) for n in names)
    allowed = (room - size - 6) / lift
    if longest > allowed:  # cut the logical text, then shape: the cut lands at the text's end
        chart.categoryAxis.categoryNames = [fit_text(lb, FONT, size, allowed) for lb in labels]
        longest = allowed
    return longest * lift + size + 6


def wrap_labels(
    labels: Sequence[str], size: float, width: float, *, max_lines: int
) -> list[str] | None:
    """Each label broken at spaces into lines of at most `width` (each line shaped for
    right-to-left scripts, joined by newlines as reportlab's labels print them); None when a
    label needs more than `max_lines` lines or holds a word wider than `width`."""
    wrapped = []
    for label in labels:
        lines: list[str] = []
        for word in label.split(" "):
            candidate = f"{lines[-1]} {word}" if lines else word
            if lines and stringWidth(visual(candidate), FONT, size) <= width:
                lines[-1] = candidate
            else:
                lines.append(word)
        if len(lines) > max_lines or any(_widest_line(visual(ln), size) > width for ln in lines):
            return None
        wrapped.append("\n".join(visual(line) for line in lines))
    return wrapped


def _widest_line(text: str, size: float) -> float:
    return max(stringWidth(line, FONT, size) for line in text.split("\n"))


def _vertical(
    labels: Sequence[str],
    data: list[list[Number]],
    *,
    title: str,
    width: float,
    height: float,
    value_labels: bool,
    legend: Sequence[str] = (),
) -> Drawing:
    drawing = _drawing(width, height)
    top = height - _PAD
    if title:
        drawing.add(_title(title, width, height))
        top -= _TITLE_SIZE + 6
    if legend:
        key = Legend()
        key.colorNamePairs = [
            # Each name has its share of the row (cut only past it: season names fit).
            (
                SERIES_COLOURS[i % len(SERIES_COLOURS)],
                fit_text(name, FONT, 7.5, max(150, width / len(legend) - 24)),
            )
            for i, name in enumerate(legend)
        ]
        key.fontName, key.fontSize, key.fillColor = FONT, 7.5, INK
        key.alignment, key.columnMaximum, key.boxAnchor = "right", 1, "nw"  # one row
        key.dx = key.dy = 7
        key.deltax, key.swdx = 12, 4
        key.strokeColor = None
        key.x, key.y = 0, top
        drawing.add(key)
        top -= 14
    chart = VerticalBarChart()
    chart.data = data
    all_values = [v for series in data for v in series]
    _style_axes(chart, all_values)
    axis_room = max(stringWidth(_axis_label(chart.valueAxis.valueMax), FONT, _LABEL_SIZE), 8) + 6
    chart.x, chart.width = axis_room, width - axis_room - 4
    slot = chart.width / len(labels)
    bottom = _category_labels(chart, labels, slot, room=height * 0.4)
    chart.y, chart.height = bottom + _PAD, max(top - bottom - _PAD - 2, 10)
    chart.groupSpacing = slot * 0.25
    chart.barSpacing = 1 if len(data) > 1 else 0
    for index in range(len(data)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    _value_labels(chart, slot * 0.75 / len(data), all_values, on=value_labels)
    drawing.add(chart)
    return drawing


def _horizontal(
    labels: Sequence[str],
    values: list[Number],
    *,
    title: str,
    width: float,
    height: float,
    value_labels: bool,
) -> Drawing:
    # Names wrap at spaces onto up to three lines beside their bar, never cut: only a word
    # wider than the room (no real name) is cut. One category's lines at least per bar: the
    # drawing grows rather than overlap the labels.
    room = width * 0.45 - 6
    size, names = _LABEL_SIZE, [fit_text(lb, FONT, _LABEL_SIZE, room) for lb in labels]
    for candidate, most in ((_LABEL_SIZE, 2), (_MIN_LABEL_SIZE, 2), (_LABEL_SIZE, 3)):
        wrapped = wrap_labels(labels, candidate, room, max_lines=most)
        if wrapped is not None:
            size, names = candidate, wrapped
            break
    lines = max(name.count("\n") + 1 for name in names)
    line = lines * size * _LINE + 4
    top_room = _PAD + (_TITLE_SIZE + 6 if title else 0)
    bottom = _PAD + _LABEL_SIZE + 8
    height = max(height, len(labels) * line + top_room + bottom + 4)
    drawing = _drawing(width, height)
    if title:
        drawing.add(_title(title, width, height))
    chart = HorizontalBarChart()
    chart.data = [values]
    _style_axes(chart, values)
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1  # first category at the top, as in a table
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.leading = size * _LINE
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -3
    chart.categoryAxis.labels.textAnchor = "end"  # wrapped lines flush against the axis
    label_room = max(_widest_line(n, size) for n in names) + 6
    value_room = max(stringWidth(_value_label(v), FONT, _VALUE_SIZE) for v in values) + 8
    chart.x, chart.y = label_room, bottom
    chart.width = width - label_room - (value_room if value_labels else 4)
    chart.height = height - top_room - bottom - 2
    chart.bars[0].fillColor, chart.bars[0].strokeColor = SERIES_COLOURS[0], None
    chart.groupSpacing = chart.height / len(labels) * 0.3
    _value_labels(chart, chart.height / len(labels), values, on=value_labels)
    drawing.add(chart)
    return drawing


def bar_chart(
    labels: Sequence[str],
    values: Sequence[Number],
    *,
    title: str = "",
    width: float,
    height: float = 55 * mm,
    horizontal: bool = False,
    value_labels: bool = True,
) -> Drawing:
    """One series of bars with the value printed on each bar (when it fits).

    Vertical bars shrink or rotate crowded labels (12 months, "v. 25" weeks); horizontal bars
    suit long names and make the drawing taller than `height` when the names need it. Empty
    input gives a drawing that says "Inga uppgifter"; all zeros give an empty 0..1 axis.
    """
    if len(labels) != len(values):
        raise ValueError("labels and values differ in length")
    register_fonts()
    if not labels:
        return _empty(width, height, title)
    if horizontal:
        return _horizontal(
            labels, list(values), title=title, width=width, height=height, value_labels=value_labels
        )
    return _vertical(
        labels, [list(values)], title=title, width=width, height=height, value_labels=value_labels
    )


def grouped_bar_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number]]],
    *,
    title: str = "",
    width: float,
    height: float = 60 * mm,
    value_labels: bool = True,
) -> Drawing:
    """Several series side by side per label, with a legend (e.g. previous and this season).

    Each series is (name, values) with one value per label; colours follow `SERIES_COLOURS`.
    """
    if any(len(values) != len(labels) for _, values in series):
        raise ValueError("every series needs one value per label")
    register_fonts()
    if not labels or not series:
        return _empty(width, height, title)
    return _vertical(
        labels,
        [list(values) for _, values in series],
        title=title,
        width=width,
        height=height,
        value_labels=value_labels,
        legend=[name for name, _ in series],
    )
