"""Reports read back the way a person reads them: PDF text from pdftotext, Word paragraphs and
tables in document order (python-docx), XLSX cells (openpyxl), CSV rows, and numbers in
Swedish form ("1 456", "40,4", "50,0 %", "–") turned back into numbers.

Nothing here imports the code under test: the numbers are parsed from what the files show.
"""

import csv
import datetime as dt
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import docx
import openpyxl
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph

NO_VALUE = "–"
_SPACES = str.maketrans("", "", " \u00a0\u202f")
_NUMBER = re.compile(r"^[−-]?\d+(,\d+)?$")


def swedish_number(text: str) -> int | float | None:
    """ "1 456" → 1456, "40,4" → 40.4, "50,0 %" → 50.0, "−3" → -3, "–" or "" → None."""
    cleaned = text.strip().removesuffix("%").translate(_SPACES)
    if cleaned in (NO_VALUE, ""):
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(f"not a Swedish number: {text!r}")
    cleaned = cleaned.replace("−", "-")
    return float(cleaned.replace(",", ".")) if "," in cleaned else int(cleaned)


def cell_number(value: object) -> int | float | None:
    """An XLSX cell (a real number) or a CSV field (Swedish Excel's "40,4")."""
    if value is None or isinstance(value, int | float):
        return value  # type: ignore[return-value]
    return swedish_number(str(value))


# -- PDF ---------------------------------------------------------------------------------------


def pdf_layout_text(path: Path) -> str:
    """pdftotext -layout: the page as printed, columns kept apart by runs of spaces."""
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


_CELL = re.compile(r"^(–|[−-]?\d{1,3}( \d{3})*(,\d+)?)$")


def _cells(tokens: list[str], count: int) -> list[str] | None:
    """`tokens` read as `count` numbers or dashes, the one way they can be: pdftotext prints
    the thousands space as a plain space, so "1 456" is two tokens of one cell."""
    if count == 0:
        return [] if not tokens else None
    readings = []
    for take in range(1, len(tokens) + 1):
        cell = " ".join(tokens[:take])
        if _CELL.match(cell) and (rest := _cells(tokens[take:], count - 1)) is not None:
            readings.append([cell, *rest])
    if len(readings) > 1:
        raise AssertionError(f"cells {tokens} can be read in more than one way")
    return readings[0] if readings else None


def pdf_table(text: str, title: str, first_column: str, values: int) -> dict[str, list[str]]:
    """The rows of the table titled `title` (whose header starts with `first_column`) with
    `values` number columns after the row's label: label → the value cells as printed."""
    lines = text.splitlines()
    for index, line in enumerate(lines[:-1]):
        if line.strip() == title and lines[index + 1].strip().startswith(first_column):
            break
    else:
        raise AssertionError(f"no table {title!r} in the PDF text")
    rows: dict[str, list[str]] = {}
    for line in lines[index + 2 :]:
        if not line.strip():
            break
        # Columns stand apart by runs of spaces; a number's thousands space is a single one.
        label, *chunks = re.split(r"\s{2,}", line.strip())
        if len(chunks) == values and all(_CELL.match(chunk) for chunk in chunks):
            rows[label] = chunks
        elif chunks:  # columns so close that one space parts them: "0 –"
            cells = _cells(" ".join(chunks).split(), values)
            if cells is not None:
                rows[label] = cells
    return rows


def pdf_tiles(path: Path, until: str = "vecka") -> dict[str, str]:
    """The headline tiles of page 1: each label (small text) → the big value above it; the
    tiles end at the first word `until` after them (the season's chart "Besök per vecka").

    Words come from `pdftotext -bbox`; a tile's value is the large text, its label the small
    text under it, matched by the column and row they sit in, as the eye matches them."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = [
        (
            float(w.get("xMin", 0)),
            float(w.get("yMin", 0)),
            float(w.get("xMax", 0)),
            float(w.get("yMax", 0)),
            w.text or "",
        )
        for w in ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml)).iter()
        if w.tag.endswith("word")
    ]
    produced = min(y1 for _, _, _, y1, t in words if t == "Framställd")  # the title block's
    charts = min(y0 for _, y0, _, _, t in words if y0 > produced and t == until)
    in_tiles = [w for w in words if produced < w[1] < charts - 12]
    # Values: the large words. A row of tiles starts where a word sits clearly lower than the
    # row's first (values are centred vertically, so a row's tops differ by a few points);
    # in a row, words close together ("3 juli", "50,0 %") are one value.
    rows: list[list[tuple[float, float, float, str]]] = []
    for x0, y0, x1, y1, text in sorted(in_tiles, key=lambda w: w[1]):
        if y1 - y0 <= 12:
            continue
        if not rows or y0 - rows[-1][0][1] > 12:
            rows.append([])
        rows[-1].append((x0, y0, x1, text))
    values: list[list[float | str]] = []  # [x0, y0, x1, text]
    for row in rows:
        merged: list[list[float | str]] = []
        for x0, y0, x1, text in sorted(row):
            if merged and x0 - float(merged[-1][2]) < 12:
                merged[-1][2], merged[-1][3] = x1, f"{merged[-1][3]} {text}"
            else:
                merged.append([x0, y0, x1, text])
        values += merged
    labels: dict[int, list[tuple[float, float, str]]] = {i: [] for i in range(len(values))}
    for x0, y0, x1, y1, text in in_tiles:
        if y1 - y0 > 12:
            continue
        centre = (x0 + x1) / 2
        above = [i for i, v in enumerate(values) if float(v[1]) < y0 and y0 - float(v[1]) < 45]
        nearest = min(
            above, key=lambda i: abs((float(values[i][0]) + float(values[i][2])) / 2 - centre)
        )
        labels[nearest].append((y0, x0, text))
    # The yearly report's tiles add the previous year under the label ("2024: 83, 0").
    return {
        re.sub(r" \d{4}:.*$", "", " ".join(t for _, _, t in sorted(labels[i]))): str(value[3])
        for i, value in enumerate(values)
    }


# -- Word --------------------------------------------------------------------------------------


def docx_blocks(path: Path) -> list[Paragraph | WordTable]:
    """The document's paragraphs and tables in the order they are read."""
    document = docx.Document(str(path))
    body = document.element.body
    blocks: list[Paragraph | WordTable] = []
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            blocks.append(Paragraph(child, document))
        elif child.tag.endswith("}tbl"):
            blocks.append(WordTable(child, document))
    return blocks


def docx_tables(path: Path) -> dict[str, list[list[str]]]:
    """Each Word table under the heading just before it: heading text → rows of cell text."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for block in docx_blocks(path):
        if isinstance(block, Paragraph):
            if block.style is not None and block.style.name.startswith("Heading"):
                heading = block.text
        else:
            tables.setdefault(heading, [[c.text for c in row.cells] for row in block.rows])
    return tables


def docx_lines(path: Path) -> list[str]:
    """Paragraphs and table rows in order (a row's cells joined by " | "): the golden text."""
    lines = []
    for block in docx_blocks(path):
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines += [" | ".join(c.text for c in row.cells) for row in block.rows]
    return lines


# -- spreadsheets --------------------------------------------------------------------------------


def xlsx_rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return [tuple(c.value for c in row) for row in workbook[sheet].iter_rows()]


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def plain(value: object) -> object:
    """openpyxl gives a date cell back as a datetime at midnight."""
    return value.date() if isinstance(value, dt.datetime) else value
