"""Pieces shared by the printable sheets: Swedish dates, styles sized for arm's length, and
label–value fields that turn into writing lines when the value is empty (filled in by hand).

A label with a line break ("Datum:\\nالتاريخ") prints its second line smaller and grey: the
same label in the second language of a bilingual sheet.
"""

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from vanskapshuset.reports.pdf.fonts import FONT, FONT_BOLD, register_fonts
from vanskapshuset.reports.pdf.layout import content_width, para, styles
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.reports.wording import MONTHS, WEEKDAYS

__all__ = [
    "FIELD_LABEL_SIZE",
    "MAX_FIELD_TEXT",
    "SECOND_LABEL_SIZE",
    "SHEET_MARGINS",
    "WRITING_LINE",
    "SheetStyles",
    "fields_table",
    "header_title",
    "logical_lines",
    "second_line_markup",
    "sheet_styles",
    "sheet_width",
    "swedish_date",
    "time_span",
]

GREY = colors.HexColor("#5F6B76")
LINE = colors.HexColor("#3E4A56")  # writing lines: dark enough to see through a photocopy
FIELD_LABEL_SIZE = 10
SECOND_LABEL_SIZE = 8.5  # a label's second-language line
MAX_FIELD_TEXT = 200  # characters of a printed header value; more could outgrow the page
WRITING_LINE = 9 * mm  # height of a field to be written by hand: room above the line
# Narrower side margins than the reports' 18 mm: eight columns of handwriting need the room, and
# 12 mm is inside what any office printer prints. Top and bottom clear the page header/footer.
SHEET_MARGINS = (12 * mm, 16 * mm)
_GAP = 5 * mm
_PAGE_HEADER_SIZE = 7.5  # what layout.build_pdf draws the page header with
_NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def swedish_date(day: dt.date) -> str:
    """ "lördag 12 juli 2025": weekday first, so nobody brings the children on the wrong day."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def time_span(start: dt.time | None, end: dt.time | None) -> str:
    """ "10:00–15:00", "10:00–" or "–15:00"; "" when neither is known (a line to write on)."""
    if start is None and end is None:
        return ""
    left = f"{start:%H:%M}" if start else ""
    right = f"{end:%H:%M}" if end else ""
    return f"{left}–{right}"


def sheet_width(landscape: bool = False) -> float:
    """The frame width of a sheet (build_pdf with `margins=SHEET_MARGINS`)."""
    return content_width(landscape, side_margin=SHEET_MARGINS[0])


def header_title(main: str, tail: str, landscape: bool = False) -> str:
    """`main · tail` in logical order, `main` cut with "…" so that `tail` (the date) still
    fits in the page header's half line (build_pdf would cut the end, the date, instead)."""
    width = (sheet_width(landscape) + 12) / 2 - 3 * mm  # as layout._draw_page_frame halves it
    register_fonts()  # stringWidth needs the font registered
    joined = f"{main} · {tail}" if main and tail else main or tail
    if stringWidth(visual(joined), FONT, _PAGE_HEADER_SIZE) <= width or not (main and tail):
        return joined
    while main and stringWidth(visual(f"{main}… · {tail}"), FONT, _PAGE_HEADER_SIZE) > width:
        main = main[:-1]
    return f"{main.rstrip()}… · {tail}" if main else tail


def logical_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken on spaces into lines no wider than `width` (a longer word keeps its own
    line), measured in visual order. Break before reordering: an Arabic heading broken after
    `visual()` would start with its last word."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(visual(candidate), font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def second_line_markup(
    text: str, size: float, width: float | None = None, color: str = "#47525D"
) -> str:
    """Paragraph markup for a text in the second language under a Swedish one: regular, smaller
    and grey, each line in visual order (broken to `width` first, when given)."""
    lines = logical_lines(text, FONT, size, width) if width else text.split("\n")
    shaped = "<br/>".join(escape(visual(line)) for line in lines)
    return f'<font name="{FONT}" size="{size}" color="{color}">{shaped}</font>'


def _label_width(label: str) -> float:
    first, _, second = label.partition("\n")
    width = stringWidth(visual(first), FONT_BOLD, FIELD_LABEL_SIZE)
    if second:
        width = max(width, stringWidth(visual(second), FONT, SECOND_LABEL_SIZE))
    return width


def _label(label: str) -> Paragraph:
    first, _, second = label.partition("\n")
    if not second:
        return para(label, sheet_styles().label, rtl_right=False)
    markup = f"{escape(visual(first))}<br/>{second_line_markup(second, SECOND_LABEL_SIZE)}"
    return Paragraph(markup, sheet_styles().label)


class SheetStyles:
    """Paragraph styles a bit larger than the reports': sheets are read at arm's length."""

    def __init__(self) -> None:
        s = styles()

        def derive(name: str, parent: ParagraphStyle = s.body, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(f"vh-sheet-{name}", parent=parent, **kw)

        self.kicker = derive("kicker", fontName=FONT_BOLD, fontSize=10, leading=12, textColor=GREY)
        self.title = derive("title", fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=2)
        self.label = derive("label", fontName=FONT_BOLD, fontSize=FIELD_LABEL_SIZE, leading=12.5)
        self.value = derive("value", fontSize=11, leading=13.5, spaceAfter=0)
        self.text = derive("text", fontSize=9.5, leading=12.5, spaceAfter=0)
        # embeddedHyphenation: a long "Warsame-Xasan" breaks after its hyphen, not mid-letter.
        self.cell = derive("cell", fontSize=10, leading=12, spaceAfter=0, embeddedHyphenation=1)
        self.cell_bold = derive("cell-bold", parent=self.cell, fontName=FONT_BOLD)
        self.head = derive("head", fontName=FONT_BOLD, fontSize=8, leading=9.5, spaceAfter=0)
        # A bilingual sheet: the second language's title under the Swedish one, and the note
        # under a consent text.
        self.second_title = derive(
            "second-title", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=GREY
        )
        self.note = derive("note", fontSize=8, leading=10, textColor=GREY, spaceBefore=4)


@cache
def sheet_styles() -> SheetStyles:
    return SheetStyles()


def fields_table(
    rows: Sequence[Sequence[tuple[str, str]]], width: float, *, aligned: bool = True
) -> Table:
    """Label–value pairs, `rows` of up to n pairs each, labels aligned in columns. An empty
    value is a writing line; a row with fewer pairs lets its last value reach the right edge.

    `aligned=False` sizes each row's labels on their own: a long label in one row then does
    not leave a gap before a short label's line in another.
    """
    if not aligned and len(rows) > 1:
        stack = Table([[fields_table([row], width)] for row in rows], colWidths=[width])
        stack.hAlign = "LEFT"
        stack.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *_NO_PADDING]))
        return stack
    st = sheet_styles()
    pairs = max(len(row) for row in rows)
    # A label column is as wide as its longest label, so values get all the remaining room.
    # Labels after the first keep a gap from the writing line before them.
    label_widths = [
        max(_label_width(row[i][0]) for row in rows if len(row) > i) + 8 + (_GAP if i else 0)
        for i in range(pairs)
    ]
    value_width = (width - sum(label_widths)) / pairs
    col_widths = [w for label in label_widths for w in (label, value_width)]
    data: list[list[object]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a printed value that wraps starts by its label
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *(("LEFTPADDING", (2 * i, 0), (2 * i, -1), _GAP) for i in range(1, pairs)),
    ]
    heights: list[float] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for label, value in row:
            if len(value) > MAX_FIELD_TEXT:  # a header field must not outgrow the page
                value = value[: MAX_FIELD_TEXT - 1].rstrip() + "…"
            cells += [_label(label), para(value, st.value)]
        last = 2 * len(row) - 1
        cells += [""] * (2 * pairs - len(cells))
        if last < 2 * pairs - 1:
            commands.append(("SPAN", (last, r), (-1, r)))
        for i, (_, value) in enumerate(row):
            if not value.strip():
                end = -1 if i == len(row) - 1 else 2 * i + 1
                commands.append(("LINEBELOW", (2 * i + 1, r), (end, r), 0.7, LINE))
        has_line = any(not value.strip() for _, value in row)
        if has_line:  # labels sit on the writing line, as on a paper form; the row's other
            commands.append(("VALIGN", (0, r), (-1, r), "BOTTOM"))  # pair lines up with it
        heights.append(WRITING_LINE if has_line else 7 * mm)
        data.append(cells)
    table = Table(data, colWidths=col_widths, minRowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
