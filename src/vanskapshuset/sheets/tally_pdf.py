"""The paper tally sheet for a day without the laptop: the Idag page's grid (genders as rows,
age bands as columns) with big empty cells for tally marks, typed in later."""

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from vanskapshuset.reports.pdf.fonts import FONT
from vanskapshuset.reports.pdf.layout import FRAME_PADDING, DocumentInfo, build_pdf, para
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.sheets.data import TallySheet
from vanskapshuset.sheets.parts import (
    SHEET_MARGINS,
    WRITING_LINE,
    fields_table,
    sheet_styles,
    sheet_width,
    swedish_date,
)

__all__ = ["MAX_CELL_HEIGHT", "write_tally_sheet"]

MAX_CELL_HEIGHT = 40 * mm  # more would only spread the marks out
_MIN_CELL_HEIGHT = 16 * mm  # still room for ~40 marks in groups of five, with many genders
_HEADER_ROW = 9 * mm
_SUM_ROW = 13 * mm  # a written number, not marks
_LABEL_COLUMN = 32 * mm  # "Vill ej ange" at 12 pt fits on one line
_SUM_COLUMN = 26 * mm
_GAP = 3 * mm  # under the title, and between the grid and the fields
_FIELDS = 2 * WRITING_LINE  # two rows of writing lines
_INK = colors.HexColor("#1F2933")
_SUM_FILL = colors.HexColor("#EEF3F8")
_HEADER_FILL = colors.HexColor("#E3EAF1")
INSTRUCTION = (
    "Ett streck per besökare i rätt ruta: kön på raden, ålder i kolumnen. "
    "Räkna ihop Summa när dagen är slut."
)


def write_tally_sheet(sheet: TallySheet, target: Path) -> Path:
    """Write `sheet` as a one-page A4 landscape PDF to `target` (whole or not at all).

    Raises UserError (one Swedish sentence) when `target` cannot be written.
    """
    target = Path(target).expanduser()
    info = DocumentInfo(
        title=title(sheet),
        subtitle=swedish_date(sheet.date),
        organisation=sheet.organisation,
        produced=sheet.produced or dt.date.today(),
    )
    with replacing(target) as temporary:
        build_pdf(temporary, info, _story(sheet), landscape=True, margins=SHEET_MARGINS)
    return target


def title(sheet: TallySheet) -> str:
    return f"Räknelista {sheet.site} {swedish_date(sheet.date)}"


def _frame_height() -> float:
    return landscape(A4)[1] - 2 * SHEET_MARGINS[1] - 2 * FRAME_PADDING


def _story(sheet: TallySheet) -> list[Flowable]:
    width = sheet_width(landscape=True)
    fields = [
        [("Ledare:", ""), ("Öppettider:", "")],
        [("Anteckning:", ""), ("Inskrivet i datorn (datum, signatur):", "")],
    ]
    top = _top(sheet, width)
    _, top_height = top.wrap(width, _frame_height())
    return [
        top,
        Spacer(1, _GAP),
        _grid(sheet, width, _cell_height(len(sheet.genders), top_height)),
        Spacer(1, _GAP),
        fields_table(fields, width, aligned=False),
    ]


def _top(sheet: TallySheet, width: float) -> Table:
    # Title and instruction side by side: every millimetre of height goes to the grid.
    st = sheet_styles()
    heading = ParagraphStyle("vh-tally-title", parent=st.title, fontSize=16, leading=19)
    top = Table(
        [[para(title(sheet), heading), para(INSTRUCTION, st.text)]],
        colWidths=[width * 0.6, width * 0.4],
        hAlign="LEFT",
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return top


def _cell_height(genders: int, top: float) -> float:
    """As tall as the page allows (one page), between 16 and 40 mm."""
    fixed = top + 2 * _GAP + _HEADER_ROW + _SUM_ROW + _FIELDS + 1 * mm  # 1 mm: rounding slack
    free = _frame_height() - fixed
    return max(_MIN_CELL_HEIGHT, min(MAX_CELL_HEIGHT, free / max(1, genders)))


def _grid(sheet: TallySheet, width: float, cell_height: float) -> Table:
    s = sheet_styles()
    head = ParagraphStyle("vh-tally-head", parent=s.label, fontSize=12, leading=14)
    centred = ParagraphStyle("vh-tally-band", parent=head, alignment=TA_CENTER)
    corner = ParagraphStyle("vh-tally-corner", parent=s.text, fontSize=8.5, leading=10)
    bands = len(sheet.age_bands)
    band_width = (width - _LABEL_COLUMN - _SUM_COLUMN) / max(1, bands)
    header = [
        para("Kön \\ ålder", corner),
        *(para(band, centred) for band in sheet.age_bands),
        para("Summa", centred),
    ]
    body: list[list[object]] = [
        [para(label, head), *[""] * bands, ""] for _, label in sheet.genders
    ]
    body.append([para("Summa", head), *[""] * bands, ""])
    rows = len(body)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("BACKGROUND", (0, 1), (0, -1), _HEADER_FILL),
        # The sums are written, not marked: tinted so nobody tallies into them.
        ("BACKGROUND", (-1, 1), (-1, -1), _SUM_FILL),
        ("BACKGROUND", (1, -1), (-1, -1), _SUM_FILL),
        ("GRID", (0, 0), (-1, -1), 0.8, _INK),
        ("BOX", (0, 0), (-1, -1), 1.6, _INK),
        ("LINEAFTER", (-2, 0), (-2, -1), 1.6, _INK),  # sums apart from the marks
        ("LINEABOVE", (0, -1), (-1, -1), 1.6, _INK),
    ]
    table = Table(
        [header, *body],
        colWidths=[_LABEL_COLUMN, *[band_width] * bands, _SUM_COLUMN],
        rowHeights=[_HEADER_ROW, *[cell_height] * (rows - 1), _SUM_ROW],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table
