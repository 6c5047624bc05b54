"""Pieces every report's PDF shares: a heading, a titled table with its note.

Headings keep with what they head and small tables stay whole by the rules of flow.py, which
`build_pdf` applies to every story: a section gets them by using `heading` and `titled_table`.
"""

from collections.abc import Sequence

from reportlab.platypus import Flowable

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.pdf.flow import keep_with_previous
from vanskapshuset.reports.pdf.layout import (
    content_width,
    data_table,
    format_number,
    para,
    styles,
)
from vanskapshuset.reports.tables import Cell, Table

# Long compound words in column headers, broken where a Swedish reader expects it; otherwise
# a narrow column breaks them anywhere ("kunskapsutbyt-e").
HEADER_BREAKS = {
    "kunskapsutbyte": "kunskaps-\nutbyte",
    "fritidsaktiviteter": "fritids-\naktiviteter",
    "aktiviteterna": "aktivite-\nterna",
    "Mötesplatsutveckling": "Mötesplats-\nutveckling",
}


def header_text(column: str) -> str:
    for word, broken in HEADER_BREAKS.items():
        column = column.replace(word, broken)
    return column


def heading(text: str) -> list[Flowable]:
    """A section heading: it stays with the start of what follows it (flow.py)."""
    return [para(text, styles().heading)]


def table_note(text: str) -> Flowable:
    """A small note under a table (what its total means), kept on the table's page."""
    return keep_with_previous(para(text, styles().small))


def titled_table(table: Table, widths: Sequence[float] | None = None) -> list[Flowable]:
    """The table's title, the table and its note. The title stays with the table, a short
    table stays whole on one page, and the note under the table (flow.py)."""
    title = para(table.title, styles().subheading)
    if not table.rows:
        return [title, para("Inga uppgifter för perioden.", styles().body)]
    body = data_table(
        [header_text(c) for c in table.columns],
        table.rows,
        widths=widths,
        total_row=table.total_row,
    )
    return [title, body, *([table_note(table.note)] if table.note else [])]


def first_wide(table: Table, share: float) -> list[float]:
    """Widths giving the first column `share` of the frame and the rest equal parts: headers
    such as "Tillfällen av kunskapsutbyte" then break between words, not inside them."""
    width = content_width()
    rest = (width * (1 - share)) / max(1, len(table.columns) - 1)
    return [width * share] + [rest] * (len(table.columns) - 1)


def figure_text(value: Cell) -> str:
    if value is None:
        return "–"
    if isinstance(value, int | float):
        return format_number(value)
    if hasattr(value, "isoformat"):
        return w.long_date(value)  # type: ignore[arg-type]
    return str(value)


def key_figure_tiles(items: Sequence[tuple[str, Cell]]) -> list[tuple[str, str]]:
    """(label, value) pairs as the (value, label) tiles `key_figures` draws."""
    return [(figure_text(value), label) for label, value in items]
