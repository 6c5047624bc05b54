"""Tables to an XLSX workbook: one sheet per table, real numbers and dates, a frozen header.

Every sheet is ready to print: it fits the page width (as many pages down as it takes), lies
landscape when the table has more than seven columns, and repeats its header row on each page.
"""

import datetime as dt
import io
import math
import textwrap
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vanskapshuset.domain.rounding import one_decimal
from vanskapshuset.reports.cells import Change, looks_like_formula
from vanskapshuset.reports.tables import Cell, Table
from vanskapshuset.services.safe_file import replacing

MAX_SHEET_NAME = 31
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
BOLD = Font(name="Calibri", size=11, bold=True)  # explicit, not the reader's default font
WIDEST = 60  # characters; a longer text wraps
LINE_HEIGHT = 15  # points per line of 11-point Calibri
WRAPPED = Alignment(wrap_text=True, vertical="top")
NOTE = Font(name="Calibri", size=10, italic=True)
LANDSCAPE_FROM = 8  # columns; up to seven fit an A4 page upright
NUMBER_FORMATS: dict[type, str] = {
    int: "#,##0",
    Change: "+#,##0;-#,##0;0",
    float: "0.0",
    dt.date: "yyyy-mm-dd",
    dt.time: "hh:mm",
}


def write_xlsx(target: Path, tables: Sequence[Table], about: Sequence[tuple[str, Cell]]) -> Path:
    """Write the workbook; `about` goes on a first sheet (title, period, organisation, …)."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    _fill_about(first, about)
    used = {first.title}
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.name, used))
        _fill(sheet, table)
    # Built in memory, then written in one go: openpyxl left to write a file itself on a full
    # disk leaves its zip file half open, and Python prints a traceback when it is collected.
    buffer = io.BytesIO()
    workbook.save(buffer)
    with replacing(target) as temporary:
        temporary.write_bytes(buffer.getvalue())
    return target


def _sheet_name(name: str, used: set[str]) -> str:
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name)[:MAX_SHEET_NAME]
    candidate, number = cleaned, 2
    while candidate.casefold() in {u.casefold() for u in used}:
        suffix = f" ({number})"
        candidate = cleaned[: MAX_SHEET_NAME - len(suffix)] + suffix
        number += 1
    used.add(candidate)
    return candidate


def _print_ready(sheet: Worksheet, columns: int, title_rows: str | None) -> None:
    """Fit to the page width (fitToHeight 0: any number of pages down), landscape when wide."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if columns >= LANDSCAPE_FROM else "portrait"
    if title_rows:
        sheet.print_title_rows = title_rows


def _fill_about(sheet: Worksheet, about: Sequence[tuple[str, Cell]]) -> None:
    sheet.title = "Om rapporten"
    for row, (label, value) in enumerate(about, start=1):
        sheet.cell(row, 1, label).font = BOLD
        _put(sheet, row, 2, value)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 70
    _print_ready(sheet, 2, None)


def _fill(sheet: Worksheet, table: Table) -> None:
    for column, title in enumerate(table.columns, start=1):
        cell = sheet.cell(1, column, title)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_number, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            _put(sheet, row_number, column, value)
            if isinstance(value, str) and len(value) > WIDEST:
                # Several names in one cell: wrapped in the widest column, not cut off in print.
                sheet.cell(row_number, column).alignment = WRAPPED
    if table.total_row and table.rows:
        for cell in sheet[len(table.rows) + 1]:
            cell.font = BOLD
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    widths = []
    for column, title in enumerate(table.columns, start=1):
        longest = max([len(title) * 0.8, *(len(_shown(row[column - 1])) for row in table.rows)])
        widths.append(min(WIDEST, max(8, longest + 2)))
        sheet.column_dimensions[get_column_letter(column)].width = widths[-1]
    # Rows whose wrapped text takes several lines get the height for them: not every program
    # fits a row to its wrapped text when it opens the file (LibreOffice does not).
    for row_number, texts in enumerate([table.columns, *table.rows], start=1):
        lines = max(
            (
                _wrapped_lines(_shown(value), width)
                for value, width in zip(texts, widths, strict=False)
                if row_number == 1 or (isinstance(value, str) and len(value) > WIDEST)
            ),
            default=1,
        )
        if lines > 1:
            sheet.row_dimensions[row_number].height = LINE_HEIGHT * lines
    if table.note:
        _note(sheet, len(table.rows) + 3, table.note, widths)
    _print_ready(sheet, len(table.columns), "1:1")


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped at spaces in a column `width` characters wide."""
    return max(1, len(textwrap.wrap(text, max(1, int(width) - 1), break_long_words=False)))


def _note(sheet: Worksheet, row: int, text: str, widths: Sequence[float]) -> None:
    """The note under a table, across its columns and wrapped, so it prints on the page."""
    cell = sheet.cell(row, 1, text)
    cell.font = NOTE
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if len(widths) > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
    lines = math.ceil(len(text) * 1.1 / max(1.0, sum(widths))) + 1
    sheet.row_dimensions[row].height = LINE_HEIGHT * lines


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row, column)
    if isinstance(value, str):
        cell.value = value
        if looks_like_formula(value):
            # A string cell is never evaluated; the quote prefix keeps Excel from re-reading
            # it as a formula when someone edits the cell.
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value
    number_format = NUMBER_FORMATS.get(type(value))
    if number_format:
        cell.number_format = number_format


def _shown(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{one_decimal(value):.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
