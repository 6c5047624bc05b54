"""Tables to CSV files that Swedish Excel opens as they are: UTF-8 with BOM, semicolons."""

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vanskapshuset.domain.rounding import one_decimal
from vanskapshuset.reports.cells import Change, inert_text
from vanskapshuset.reports.tables import Cell, Table
from vanskapshuset.services.safe_file import replacing, replacing_folder


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, Change):
        return f"{value:+d}" if value else "0"
    if isinstance(value, float):
        # Swedish Excel reads "40,4" as a number.
        return f"{one_decimal(value):.1f}".replace(".", ",")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int | dt.date):
        return str(value) if isinstance(value, int) else value.isoformat()
    return inert_text(value)


def file_name(table: Table) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in table.name)
    return "_".join(safe.lower().split()) + ".csv"


def _write_table(handle: TextIO, table: Table) -> None:
    writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([inert_text(title) for title in table.columns])
    writer.writerows([csv_text(value) for value in row] for row in table.rows)


def write_csv_file(target: Path, table: Table) -> Path:
    """One table as one CSV file, whole or not at all."""
    target = Path(target).expanduser()
    with (
        replacing(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        _write_table(handle, table)
    return target


def write_csv(folder: Path, tables: Sequence[Table]) -> list[Path]:
    """One file per table in `folder` (created if needed): the whole set or none of it."""
    folder = Path(folder).expanduser()
    names = [file_name(table) for table in tables]
    with replacing_folder(folder) as stage:
        for table, name in zip(tables, names, strict=True):
            with (stage / name).open("w", encoding="utf-8-sig", newline="") as handle:
                _write_table(handle, table)
    return [folder / name for name in names]
