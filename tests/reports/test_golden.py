"""Golden files (issue 16): the text of the season, annual, day and period reports, as PDF and
as Word, for the fixed data set of report_data.py, compared line by line with
tests/reports/golden/*.txt. After an intended change: `PYTHONPATH=src python
tools/update_golden.py`, then read the diff of the golden files before committing them.
"""

import difflib
from collections.abc import Iterator
from pathlib import Path

import pytest
from golden_reports import (
    GOLDEN,
    NAMES,
    golden_file,
    invariant_pdfs,
    read_golden,
    text_lines,
    write_reports,
)
from report_data import SEASON

from vanskapshuset.reports import files
from vanskapshuset.reports.service import ReportService


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    yield write_reports(tmp_path_factory.mktemp("golden"))


@pytest.mark.parametrize("name", NAMES)
def test_report_text_matches_its_golden_file(written: dict[str, Path], name: str) -> None:
    expected, actual = read_golden(name), text_lines(written[name])
    if actual != expected:
        diff = difflib.unified_diff(
            expected, actual, f"golden/{name}.txt", f"{name} now", lineterm="", n=2
        )
        pytest.fail(
            f"The text of {name} differs from {golden_file(name).name}:\n"
            + "\n".join(diff)
            + "\nIf the change is intended: PYTHONPATH=src python tools/update_golden.py",
            pytrace=False,
        )


def test_there_is_a_golden_file_for_every_report_and_no_other() -> None:
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == sorted(f"{n}.txt" for n in NAMES)


def test_the_same_report_gives_the_same_pdf_bytes(reports: ReportService, tmp_path: Path) -> None:
    """With reportlab's invariant mode the bytes repeat, so nothing else in our PDFs (a date,
    a dict's order, an id) varies from one run to the next."""
    summary = reports.season(SEASON)
    with invariant_pdfs():
        first = files.write_pdf(summary, tmp_path / "1.pdf").read_bytes()
        second = files.write_pdf(reports.season(SEASON), tmp_path / "2.pdf").read_bytes()
    assert first == second
    assert b"CreationDate" in first  # metadata is still there, only fixed
