"""Page frame, styles, paragraphs and tables shared by every PDF report.

A report builds a story (a list of flowables) from these pieces and hands it to `build_pdf`:

    info = DocumentInfo("Bästa sommaren 2025", "2025-06-16 – 2025-08-08", "Vänskapshuset",
                        produced=date(2025, 9, 1))
    s = styles()
    story = [*title_block(info), para("Besök", s.heading),
             key_figures([("1 456", "besök"), ("40,4", "per dag")]),
             data_table(["Vecka", "Besök"], [["v. 25", 312]], total_row=False)]
    build_pdf(path, info, story)

All text goes through `para`, which escapes XML and puts right-to-left text in visual order,
so pass plain logical text (as stored), never reportlab markup.
"""

import math
import pathlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rounding import one_decimal
from vanskapshuset.messages import reports as said
from vanskapshuset.reports.cells import Change

from ..text_direction import is_rtl_paragraph, visual
from .flow import bind_story
from .fonts import FONT, FONT_BOLD, register_fonts

__all__ = [
    "MARGIN",
    "DocumentInfo",
    "Styles",
    "build_pdf",
    "cell_text",
    "column_widths",
    "content_width",
    "data_table",
    "fit_text",
    "fitting_size",
    "format_number",
    "key_figures",
    "para",
    "styles",
    "title_block",
    "words_fit",
]

MARGIN = 18 * mm
FRAME_PADDING = 6  # reportlab's default Frame padding, which SimpleDocTemplate keeps
INK = colors.HexColor("#1F2933")
GREY = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#AAB4BE")
ACCENT = colors.HexColor("#1F5F8B")
_HEADER_FILL = colors.HexColor("#E3EAF1")
_ZEBRA = colors.HexColor("#F3F6F9")
_FIGURE_FILL = colors.HexColor("#EEF3F8")
_NO_VALUE = "–"


@dataclass(frozen=True)
class DocumentInfo:
    """What the page header, footer, title block and PDF metadata say about a report."""

    title: str
    subtitle: str  # usually the period, e.g. "2025-06-16 – 2025-08-08"
    organisation: str
    produced: date
    author: str = ""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every report (all DejaVu Sans). Derive, don't mutate."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (registers the fonts on first use). Body text is 10 pt."""
    register_fonts()
    base = ParagraphStyle("vh-body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"vh-{name}", parent=base, **kw)

    cell = derive("cell", fontSize=8.5, leading=10.5)
    return Styles(
        title=derive("title", fontName=FONT_BOLD, fontSize=22, leading=27, spaceAfter=4),
        # Headings keep with what they head (see flow.py): never alone at a page's foot.
        heading=derive(
            "heading",
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=derive(
            "subheading",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=derive("body-text", spaceAfter=5),
        small=derive("small", fontSize=8, leading=10.5, textColor=GREY),
        cell=cell,
        cell_right=ParagraphStyle("vh-cell-right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("vh-cell-bold", parent=cell, fontName=FONT_BOLD),
    )


def content_width(landscape: bool = False, *, side_margin: float = MARGIN) -> float:
    """Width in points that a flowable may use in `build_pdf`'s frame (for chart and table
    widths): the page less its margins and the frame's own padding of 6 pt on each side.
    Pass the same `side_margin` as to `build_pdf` when it is not the default."""
    page = _landscape(A4) if landscape else A4
    return page[0] - 2 * side_margin - 2 * FRAME_PADDING


# --- numbers -----------------------------------------------------------------------------------


def format_number(value: int | float | None) -> str:
    """Swedish number: "1 456" (U+202F narrow no-break space), "40,4", "−3"; None → "–".

    Integers print whole, floats with one decimal. Percentages and units are the caller's.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return _NO_VALUE
    if isinstance(value, float):
        text = f"{one_decimal(value):,.1f}"  # half up, as every report figure
        if text.lstrip("-").strip("0.,") == "":  # -0.04 rounds to "-0.0": no sign on zero
            text = text.lstrip("-")
    else:
        text = f"{int(value):,}"
    # Swap the separators in one pass: "," → U+202F, "." → ",", "-" → U+2212 minus sign.
    return text.translate({ord(","): "\u202f", ord("."): ",", ord("-"): "\u2212"})


# --- paragraphs --------------------------------------------------------------------------------


def _markup(text: str) -> str:
    # reportlab breaks lines at U+202F and prints it as an ordinary space; U+00A0 it keeps whole.
    return escape(text).replace("\u202f", "\xa0").replace("\n", "<br/>")


class _BidiParagraph(Paragraph):
    """A paragraph with right-to-left text: lines are broken in logical order, then each line
    is put in visual order. (Reordering first and breaking afterwards would put the end of an
    Arabic sentence on the first line.)"""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # reportlab's own keyword: split() passes it
        frags: list | None = None,
        *,
        logical: str | None = None,
    ) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self._logical = logical  # None for the halves made by split(): already laid out
        self._laid_out_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._laid_out_for:
            style = self.style
            width = availWidth - style.leftIndent - style.rightIndent
            lines = [
                line
                for paragraph in self._logical.split("\n")
                for line in _break_logical(paragraph, style.fontName, style.fontSize, width)
            ]
            text = "<br/>".join(_markup(visual(line)) for line in lines)
            self._setup(text, style, self.bulletText, None, cleanBlockQuotedText)
            self._laid_out_for = availWidth
        return super().wrap(availWidth, availHeight)


def _break_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking on spaces, measuring the shaped (visual) form of each line."""
    lines: list[str] = []
    current: list[str] = []
    for word in text.split(" "):
        candidate = " ".join([*current, word])
        if current and stringWidth(visual(candidate), font, size) > width:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    lines.append(" ".join(current))
    return lines


@cache
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def para(text: str, style: ParagraphStyle, *, rtl_right: bool = True) -> Paragraph:
    """A Paragraph of plain text: XML-escaped ("<", "&" are safe), newlines kept, right-to-left
    runs shaped and reordered. A paragraph that starts with a right-to-left letter is
    right-aligned when its style is left-aligned, unless `rtl_right` is off (table cells keep
    their column's alignment, so a column of names reads as one column)."""
    shaped = visual(text)
    if shaped is text:  # no right-to-left characters: the cheap, common case
        return Paragraph(_markup(text), style)
    if rtl_right and is_rtl_paragraph(text) and style.alignment == TA_LEFT:
        style = _right_aligned(style)
    return _BidiParagraph(_markup(shaped), style, logical=text)


def title_block(info: DocumentInfo) -> list[Flowable]:
    """The big title at the top of a report's first page: title, period, organisation, date."""
    s = styles()
    period = ParagraphStyle(
        "vh-period", parent=s.subheading, fontName=FONT, spaceBefore=0, keepWithNext=0
    )
    produced = f"Framställd {info.produced.isoformat()}"
    if info.author:
        produced += f" av {info.author}"
    return [
        para(info.title, s.title),
        para(info.subtitle, period),
        para(info.organisation, s.body),
        para(produced, s.small),
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=4 * mm),
    ]


# --- tables ------------------------------------------------------------------------------------


@cache
def _bold(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-bold", parent=style, fontName=FONT_BOLD)


def cell_text(value: object) -> str:
    if value is None:
        return _NO_VALUE
    if isinstance(value, bool):  # before int: bool is an int
        return "Ja" if value else "Nej"
    if isinstance(value, Change):  # "+37", "−3", "0"
        return ("+" if value > 0 else "") + format_number(int(value))
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_CELL_PADDING = 8.0  # the cells' left and right padding (4 + 4), see data_table
_EASE = 1.0  # a point of air, so a word measured to fit is never broken by rounding


def _words_width(text: str, font: str, size: float) -> float:
    """The widest word of `text` (words split at spaces and line breaks only, as the cells'
    paragraphs break them: "1 456" with its no-break space is one word)."""
    words = text.replace("\n", " ").split(" ")
    return max((stringWidth(visual(word), font, size) for word in words), default=0.0)


def _line_width(text: str, font: str, size: float) -> float:
    return max((stringWidth(visual(line), font, size) for line in text.split("\n")), default=0.0)


def _needs(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    total_row: bool,
    size: float | None,
    padding: float,
) -> tuple[list[float], list[float]]:
    """Per column: the width of its longest word, and of its longest text on one line."""
    size = size or styles().cell.fontSize  # styles() also registers the fonts measured with
    register_fonts()
    least: list[float] = []
    wanted: list[float] = []
    for index, header in enumerate(columns):
        texts = [(header, FONT_BOLD)]
        for number, row in enumerate(rows[:500], 1):
            if not isinstance(row[index], Flowable):
                bold = total_row and number == len(rows)
                texts.append((cell_text(row[index]), FONT_BOLD if bold else FONT))
        least.append(max(_words_width(t, f, size) for t, f in texts) + padding + _EASE)
        wanted.append(max(_line_width(t, f, size) for t, f in texts) + padding + _EASE)
    return least, wanted


def words_fit(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    width: float,
    *,
    total_row: bool = False,
    size: float | None = None,
    padding: float = _CELL_PADDING,
) -> bool:
    """Whether every column can hold its longest word within `width` (see column_widths)."""
    return sum(_needs(columns, rows, total_row, size, padding)[0]) <= width


def column_widths(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    width: float,
    *,
    given: Sequence[float] | None = None,
    total_row: bool = False,
    size: float | None = None,
    padding: float = _CELL_PADDING,
) -> list[float]:
    """Column widths in points that add up to `width` and never break a word inside a column.

    Each column is at least as wide as its longest word (header in bold, cells as printed,
    measured with the font); lines wrap only at spaces. `given` widths are kept where they
    leave every word whole, and otherwise widened with room taken from columns to spare.
    Without `given`, columns get their whole text on one line when the width allows, and
    share what is left in proportion to the text they would still wrap. `size` and `padding`
    (the cells' left plus right) default to the PDF's; the Word file passes its own.
    """
    least, wanted = _needs(columns, rows, total_row, size, padding)
    if sum(least) > width:  # a word too long for any layout: it alone is broken
        return _share_out(least, width)
    if given is not None:
        fitted = _widen(list(given), least)
        if fitted is not None:
            return [share * width / sum(fitted) for share in fitted]
    if sum(wanted) <= width:  # every text on one line; the rest of the width by the same shares
        return [need * width / sum(wanted) for need in wanted]
    spare = width - sum(least)
    wrapping = [want - need for want, need in zip(wanted, least, strict=True)]
    return [need + spare * wrap / sum(wrapping) for need, wrap in zip(least, wrapping, strict=True)]


def _share_out(least: Sequence[float], width: float) -> list[float]:
    """Each column its need while it is under an equal share of what is left; the columns
    that need more split the rest equally (their longest words break)."""
    widths = list(least)
    open_columns = set(range(len(least)))
    left = width
    while open_columns:
        share = left / len(open_columns)
        fits = {index for index in open_columns if least[index] <= share}
        if not fits:
            for index in open_columns:
                widths[index] = share
            break
        open_columns -= fits
        left -= sum(least[index] for index in fits)
    return widths


def _widen(widths: list[float], least: Sequence[float]) -> list[float] | None:
    """`widths` with each column raised to its `least`, the room taken from the columns with
    room to spare in proportion to it; None when there is not enough to spare."""
    short = sum(max(0.0, need - have) for have, need in zip(widths, least, strict=True))
    if not short:
        return widths
    spare = [max(0.0, have - need) for have, need in zip(widths, least, strict=True)]
    if sum(spare) < short:
        return None
    return [
        max(have, need) - (room * short / sum(spare))
        for have, need, room in zip(widths, least, spare, strict=True)
    ]


def data_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    widths: Sequence[float] | None = None,
    numeric: Sequence[bool] | None = None,
    total_row: bool = False,
    width: float | None = None,
) -> Table:
    """A table with a header row that repeats after page breaks and zebra-striped rows.

    Cells: int/float → `format_number` and right-aligned, None → "–", bool → "Ja"/"Nej", a
    Flowable as is, anything else `str()` in a wrapping paragraph (long names wrap, never run
    over). `widths` are points (see `content_width`), widened where a word would not fit (see
    `column_widths`); by default the columns share `width` (the portrait frame) by content, and
    no word is ever broken inside a column. `numeric` marks right-aligned columns; by default
    a column is numeric when all its non-None values are numbers. `total_row` prints the last
    row bold under a rule.
    """
    count = len(columns)
    if any(len(row) != count for row in rows):
        raise ValueError(f"every row needs {count} cells")
    if numeric is None:
        numeric = [
            any(_is_number(row[i]) for row in rows)
            and all(row[i] is None or _is_number(row[i]) for row in rows)
            for i in range(count)
        ]
    if (widths is not None and len(widths) != count) or len(numeric) != count:
        raise ValueError(f"widths and numeric need {count} entries")
    s = styles()
    plain = [s.cell_right if right else s.cell for right in numeric]
    header = [para(text, _bold(style)) for text, style in zip(columns, plain, strict=True)]
    body: list[list[object]] = []
    for number, row in enumerate(rows, 1):
        bold = total_row and number == len(rows)
        body.append(
            [
                value
                if isinstance(value, Flowable)
                else para(cell_text(value), _bold(style) if bold else style, rtl_right=False)
                for value, style in zip(row, plain, strict=True)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain "" cells would otherwise set Helvetica
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, GREY),
    ]
    if not body:  # an empty list says so instead of printing a lonely header
        body = [[para("Inga uppgifter", s.cell), *[""] * (count - 1)]]
        commands.append(("SPAN", (0, 1), (-1, 1)))
    if total_row and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, GREY))
    total_width = width if width is not None else (sum(widths) if widths else content_width())
    col_widths = column_widths(columns, rows, total_width, given=widths, total_row=total_row)
    table = Table(
        [header, *body], colWidths=col_widths, repeatRows=1, hAlign="LEFT",
        spaceBefore=2 * mm, spaceAfter=4 * mm,
    )  # fmt: skip
    table.setStyle(TableStyle(commands))
    return table


_FIGURE_SIZE = 18.0  # a tile's value, at most
_FIGURE_LABEL_SIZE = 8.0
_SMALLEST_FIGURE = 9.0
_TILE_PADDING = 12.0  # the tiles' left and right padding (reportlab's 6 + 6)


@cache
def _figure_styles(size: float, label_size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    s = styles()
    value = ParagraphStyle(
        f"vh-figure-{size}", parent=s.body, fontName=FONT_BOLD, fontSize=size,
        leading=size * 1.22, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=0,
    )  # fmt: skip
    label = ParagraphStyle(
        f"vh-figure-label-{label_size}", parent=s.small, fontSize=label_size,
        leading=label_size * 1.3, alignment=TA_CENTER,
    )  # fmt: skip
    return value, label


def fitting_size(texts: Sequence[str], font: str, largest: float, width: float) -> float:
    """The largest size (in half points, down to 2/5 of `largest`) at which each of `texts`
    fits `width` on one line; each text's longest line counts."""
    size = largest
    smallest = max(1.0, largest * 0.4)
    while size > smallest and any(_line_width(t, font, size) > width for t in texts):
        size -= 0.5
    return size


def key_figures(
    items: Sequence[tuple[str, str]], columns: int = 4, *, width: float | None = None
) -> Table:
    """A dashboard box: each (value, label) as a big number over a small label, `columns` per
    row, wrapping onto more rows. Values are already formatted (see `format_number`).

    A value always stands on one line: when one is too wide for its tile ("24 februari") every
    value gets the smaller size at which all fit, so the tiles stay alike. Labels wrap at
    spaces, and shrink likewise when a single word is wider than the tile."""
    columns = max(1, min(columns, len(items) or 1))
    inner = (width if width is not None else content_width()) / columns - _TILE_PADDING - _EASE
    size = max(
        _SMALLEST_FIGURE,
        fitting_size([v for v, _ in items], FONT_BOLD, _FIGURE_SIZE, inner),
    )
    label_words = [word for _, label in items for word in label.split(" ")]
    label_size = fitting_size(label_words, FONT, _FIGURE_LABEL_SIZE, inner)
    value_style, label_style = _figure_styles(size, label_size)
    cells: list[object] = [[para(v, value_style), para(label, label_style)] for v, label in items]
    filled = len(cells)
    cells += [""] * (-len(cells) % columns)
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)] or [[""]]
    commands: list[tuple[Any, ...]] = [
        ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),  # white gaps: separate tiles
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain "" cells would otherwise set Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for index in range(filled):  # tint only real tiles: the padding at the end stays blank
        row, column = divmod(index, columns)
        commands.append(("BACKGROUND", (column, row), (column, row), _FIGURE_FILL))
    table = Table(
        grid, colWidths=[f"{100 / columns:.3f}%"] * columns, hAlign="LEFT",
        spaceBefore=1 * mm, spaceAfter=5 * mm,
    )  # fmt: skip
    table.setStyle(TableStyle(commands))
    return table


# --- the document and its pages ----------------------------------------------------------------


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` in visual order for drawing, cut with "…" at its logical end to fit `width`."""
    if stringWidth(visual(text), font, size) <= width:
        return visual(text)
    while text and stringWidth(visual(text + "…"), font, size) > width:
        text = text[:-1]
    return visual(text.rstrip() + "…")


def _draw_page_frame(
    canv: Canvas, info: DocumentInfo, page: int, total: int, side_margin: float = MARGIN
) -> None:
    width, height = canv._pagesize
    left, right = side_margin, width - side_margin
    half = (right - left) / 2 - 3 * mm
    canv.saveState()
    canv.setFont(FONT, 7.5)
    canv.setFillColor(GREY)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    header_y = height - 11 * mm
    canv.drawString(left, header_y, fit_text(info.organisation, FONT, 7.5, half))
    canv.drawRightString(right, header_y, fit_text(info.title, FONT, 7.5, half))
    canv.line(left, header_y - 2 * mm, right, header_y - 2 * mm)
    footer_y = 10 * mm
    canv.line(left, footer_y + 3.5 * mm, right, footer_y + 3.5 * mm)
    canv.drawString(left, footer_y, f"Framställd {info.produced.isoformat()}")
    canv.drawRightString(right, footer_y, f"Sida {page} av {total}")
    canv.restoreState()


class _NumberedCanvas(Canvas):
    """Holds back every page until the end, so the footer can say "Sida 3 av 7"."""

    def __init__(
        self, *args: Any, info: DocumentInfo, side_margin: float = MARGIN, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._side_margin = side_margin
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, 1):
            self.__dict__.update(state)
            _draw_page_frame(self, self._info, number, total, self._side_margin)
            super().showPage()
        super().save()


def build_pdf(
    target: pathlib.Path | BinaryIO,
    info: DocumentInfo,
    story: list[Flowable],
    *,
    landscape: bool = False,
    margins: tuple[float, float] = (MARGIN, MARGIN),
) -> None:
    """Write `story` as an A4 PDF to a path or binary file, with the header (organisation,
    title), the footer ("Framställd …", "Sida N av M") on every page and PDF metadata.

    Put `title_block(info)` first in the story for the big first-page title. The story's
    flowables are consumed: build a fresh story for each call. `margins` are (left and right,
    top and bottom) in points; printable sheets use narrower ones to give handwriting room. The
    page header and footer sit 11 and 10 mm from the edges: keep top and bottom ≥ 15 mm.
    """
    register_fonts()
    pagesize = _landscape(A4) if landscape else A4
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, pathlib.PurePath) else target,
        pagesize=pagesize,
        leftMargin=margins[0],
        rightMargin=margins[0],
        topMargin=margins[1],
        bottomMargin=margins[1],
        title=info.title,  # metadata stays in logical order: viewers shape it themselves
        author=info.author or info.organisation,
        subject=info.subtitle,
        creator="Vänskapshuset",
        lang="sv-SE",
        initialFontName=FONT,  # else the PDF also lists an unused Helvetica
    )
    canvasmaker = partial(_NumberedCanvas, info=info, side_margin=margins[0])
    try:
        doc.build(bind_story(story), canvasmaker=canvasmaker)
    except LayoutError:
        # One flowable taller than a page (a name of thousands of characters): reportlab cannot
        # split it, so the document cannot be made; say so in words, not in a traceback.
        raise UserError(said.TEXT_TOO_LONG_FOR_PAGE) from None
