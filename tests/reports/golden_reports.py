"""The golden reports: the fixed data set of report_data.py (and one day log) rendered as PDF
and Word, and the text a reader sees in them, line by line (tests/reports/golden/*.txt).

Used by test_golden.py and by `tools/update_golden.py`, which rewrites the golden files after
an intended change of a report's contents (one command: the lead reruns it after merging).

Deterministic: the clock is fixed (the "Framställd" date), reportlab runs with `invariant=1`
(no creation date or random ids in the PDF), and the text is normalised where only the
extracting tool could vary it: pdftotext -layout's runs of spaces between columns become two
spaces, blank lines collapse into one, and empty Word paragraphs (spacing) are left out.
"""

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from report_data import SEASON, fill
from report_reading import docx_lines, pdf_layout_text

from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.reports import files
from vanskapshuset.reports.service import report_service
from vanskapshuset.services.day_logs import DayLogEntry

GOLDEN = Path(__file__).parent / "golden"
CLOCK_AT = dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM)
DAY = dt.date(2025, 6, 16)  # visits, an activity with an organiser and a partner, a day log
KINDS = ("season", "annual", "day", "period")
FORMATS = ("pdf", "docx")
NAMES = tuple(f"{kind}.{form}" for kind in KINDS for form in FORMATS)


@contextmanager
def invariant_pdfs() -> Iterator[None]:
    """reportlab's invariant mode: the same story gives the same bytes (fixed creation date,
    ids and subset names), for the length of the block."""
    from reportlab import rl_config

    before = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = before


def write_reports(folder: Path) -> dict[str, Path]:
    """The fixed data set in a new database under `folder`, and its reports written there:
    "season.pdf", "season.docx", … for the season, the year, one day and a period."""
    app = open_app(folder / "data", clock=FixedClock(CLOCK_AT), actor="Testledare")
    try:
        fill(app)
        # The day report's day gets a day log too: hours, a leader on duty and a note.
        park, leader = app.sites.id_of("Vänskapsparken"), app.leaders.add("Amira Hassan").id
        app.day_logs.save(
            DayLogEntry(park, DAY, True, dt.time(12), dt.time(17), (leader,), "Sol, fotboll.")
        )
        reports = report_service(app)
        built = {
            "season": reports.season(SEASON),
            "annual": reports.annual(2025),
            "day": reports.day(DAY),
            "period": reports.period(dt.date(2025, 3, 1), dt.date(2025, 7, 3)),
        }
    finally:
        app.close()
    written = {}
    with invariant_pdfs():
        for kind, report in built.items():
            written[f"{kind}.pdf"] = files.write_pdf(report, folder / f"{kind}.pdf")
            written[f"{kind}.docx"] = files.write_docx(report, folder / f"{kind}.docx")
    return written


def pdf_lines(path: Path) -> list[str]:
    """pdftotext -layout, a page break as a line of its own, spacing normalised."""
    lines: list[str] = []
    for page, text in enumerate(pdf_layout_text(path).split("\f")):
        if not text.strip():
            continue
        if page:
            lines.append(f"=== sida {page + 1} ===")
        for line in text.splitlines():
            line = re.sub(r" {2,}", "  ", line.strip())
            if line or (lines and lines[-1]):
                lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def word_lines(path: Path) -> list[str]:
    """Paragraphs and table rows (cells joined by " | ") in document order, no empty ones."""
    return [line for line in docx_lines(path) if line.strip()]


def text_lines(path: Path) -> list[str]:
    return pdf_lines(path) if path.suffix == ".pdf" else word_lines(path)


def golden_file(name: str) -> Path:
    return GOLDEN / f"{name}.txt"


def read_golden(name: str) -> list[str]:
    return golden_file(name).read_text(encoding="utf-8").splitlines()


def as_file_text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"
