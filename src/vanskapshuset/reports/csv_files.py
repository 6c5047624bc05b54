"""Tables to CSV files that Swedish Excel opens as they are: UTF-8 with BOM, semicolons."""

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from vanskapshuset.domain.errors import UserError
from vanskapshuset.reports.cells import inert_text
from vanskapshuset.reports.tables import Cell, Table
from vanskapshuset.services.safe_file import replacing


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")  # Swedish Excel reads "40,4" as a number
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int | dt.date):
        return str(value) if isinstance(value, int) else value.isoformat()
    return inert_text(value)


def file_name(table: Table) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in table.name)
    return "_".join(safe.lower().split()) + ".csv"


def write_csv(folder: Path, tables: Sequence[Table]) -> list[Path]:
    """One file per table in `folder` (created if needed); each file is whole or not there."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(f"”{folder}” är en fil, inte en mapp.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"Kunde inte skapa mappen ”{folder}”: {error.strerror}.") from None
    written = []
    for table in tables:
        target = folder / file_name(table)
        with (
            replacing(target) as temporary,
            temporary.open("w", encoding="utf-8-sig", newline="") as handle,
        ):
            writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([inert_text(title) for title in table.columns])
            writer.writerows([csv_text(value) for value in row] for row in table.rows)
        written.append(target)
    return written
