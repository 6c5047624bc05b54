"""Every report of a realistic demo year, printed and read back: where the pages break (no
heading alone at a page's foot, no page holding just a small table), no word broken inside a
table column, tile values on one line, chart labels whole, and totals that either add up or
say they are distinct counts (with the same note in the PDF, the Word file and the workbook).
"""

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from reportlab.graphics.charts.barcharts import BarChart
from reportlab.lib.units import mm

from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.reports import files
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import AnnualReport, DayReport, PeriodSummary
from vanskapshuset.reports.pdf.fonts import FONT_BOLD
from vanskapshuset.reports.pdf.layout import MARGIN, styles
from vanskapshuset.reports.pdf.season_pdf import summary_drawings, summary_tiles
from vanskapshuset.reports.service import ReportService, report_service
from vanskapshuset.reports.tables import Table, annual_tables, summary_tables
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.services.demo import DemoOptions, generate_demo

SEASON = "Bästa sommaren 2025"
HEADING_SIZES = {styles().heading.fontSize, styles().subheading.fontSize}


@dataclass(frozen=True)
class Printed:
    name: str
    report: PeriodSummary | AnnualReport | DayReport
    pdf: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    clock = FixedClock(dt.datetime(2026, 3, 2, 10, 0, tzinfo=STOCKHOLM))
    app = open_app(tmp_path_factory.mktemp("demo") / "data", clock=clock, actor="Samordnare")
    generate_demo(app, DemoOptions(seed=2025, year=2025, years=2))
    yield app
    app.close()


@pytest.fixture(scope="module")
def reports(demo: App) -> ReportService:
    return report_service(demo)


def _workshop_day(app: App) -> dt.date:
    """The first day of the year with an art workshop ("Konstworkshop" was broken in Typ)."""
    activities = app.activities.list(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    return min(a.date for a in activities if a.type_name == "Konstworkshop")


@pytest.fixture(scope="module")
def printed(
    demo: App, reports: ReportService, tmp_path_factory: pytest.TempPathFactory
) -> list[Printed]:
    folder = tmp_path_factory.mktemp("pdf")
    made = {
        "season": reports.season(SEASON),
        "annual": reports.annual(2025),
        "quarter": reports.period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        "winter": reports.period(dt.date(2024, 12, 1), dt.date(2025, 3, 31)),  # two years
        "day": reports.day(_workshop_day(demo)),
    }
    return [
        Printed(name, report, files.write_pdf(report, folder / f"{name}.pdf"))  # type: ignore[arg-type]
        for name, report in made.items()
    ]


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _body_lines(page: pdfplumber.page.Page) -> list[list[dict]]:
    """The page's lines of characters between the page header and the footer, top down."""
    top, bottom = MARGIN, page.height - MARGIN
    chars = [c for c in page.chars if c["top"] >= top and c["bottom"] <= bottom]
    lines: dict[int, list[dict]] = {}
    for char in chars:
        lines.setdefault(round(char["bottom"]), []).append(char)
    return [lines[key] for key in sorted(lines)]


def _is_heading(line: list[dict]) -> bool:
    left = MARGIN + 6
    return (
        all(c["fontname"].endswith(FONT_BOLD) for c in line if c["text"].strip())
        and {round(c["size"], 1) for c in line} <= HEADING_SIZES
        and min(c["x0"] for c in line) < left + 2
    )


def _text(line: list[dict]) -> str:
    return "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))


def test_no_page_ends_with_a_heading(printed: list[Printed]) -> None:
    for report in printed:
        with pdfplumber.open(report.pdf) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                last = _body_lines(page)[-1]
                assert not _is_heading(last), (report.name, number, _text(last))


def test_no_page_holds_just_a_small_table(printed: list[Printed]) -> None:
    """Every page of the season, year and period reports is at least a third full (the day
    report has a page per site by design)."""
    for report in printed:
        if report.name == "day":
            continue
        with pdfplumber.open(report.pdf) as pdf:
            frame = pdf.pages[0].height - 2 * MARGIN - 12
            for number, page in enumerate(pdf.pages, 1):
                lines = _body_lines(page)
                used = max(c["bottom"] for c in lines[-1]) - min(c["top"] for c in lines[0])
                assert used >= frame / 3, (report.name, number, [_text(x) for x in lines])


def _source_words(report: PeriodSummary | AnnualReport | DayReport) -> set[str]:
    """The words of the names and kinds the report prints in its tables."""
    texts: list[str] = []
    if isinstance(report, DayReport):
        for page in report.pages:
            for a in page.activities:
                texts += [a.title, a.type_name, a.organiser or "", *a.partners]
    else:
        summaries = report.seasons if isinstance(report, AnnualReport) else (report,)
        for summary in summaries:
            texts += [t.type_name for t in summary.activities_by_type]
            texts += [w.area(t.area) for t in summary.activities_by_type]
            texts += [p.name for p in summary.partners]
            texts += [w.organisation_kind(p.kind) for p in summary.partners]
        if isinstance(report, AnnualReport):
            texts += [s.site for s in report.by_site] + [a.name for a in report.by_area]
    return {word.strip(",.()") for text in texts for word in text.split()} - {""}


def _level(char: dict) -> bool:
    """Not turned: a turned label's matrix mixes x and y."""
    _, b, c, *_ = char["matrix"]
    return abs(b) < 1e-6 and abs(c) < 1e-6


def _broken_words(page: pdfplumber.page.Page, wanted: set[str]) -> set[str]:
    """Words printed in two pieces, one under the other in the same column ("Konstworksh"
    over "op")."""
    # Upright text only: a chart's slanted labels come apart into letters in any reader.
    upright = page.filter(lambda obj: obj.get("object_type") != "char" or _level(obj))
    words = [{**w, "text": _plain(w["text"]).strip(",.()")} for w in upright.extract_words()]
    broken = set()
    for upper in words:
        for lower in words:
            joined = upper["text"] + lower["text"]
            if (
                joined in wanted
                and abs(lower["x0"] - upper["x0"]) < 2
                and 0 < lower["top"] - upper["top"] < 2 * (upper["bottom"] - upper["top"])
            ):
                broken.add(joined)
    return broken


def test_no_word_is_broken_inside_a_column(printed: list[Printed]) -> None:
    for report in printed:
        wanted = _source_words(report.report)
        assert len(wanted) > 10, report.name
        with pdfplumber.open(report.pdf) as pdf:
            found = {
                _plain(word["text"]).strip(",.()")
                for page in pdf.pages
                for word in page.extract_words()
            }
            broken = {word for page in pdf.pages for word in _broken_words(page, wanted)}
        assert not broken, (report.name, sorted(broken))
        missing = {word for word in wanted if visual(word) == word and word not in found}
        assert not missing, (report.name, sorted(missing))
    day = next(r for r in printed if r.name == "day")
    assert "Konstworkshop" in _source_words(day.report)


def test_tile_values_stand_on_one_line(printed: list[Printed]) -> None:
    for report in printed:
        if not isinstance(report.report, PeriodSummary):
            continue
        tiles = summary_tiles(report.report)
        values = [cell[0].getPlainText() for row in tiles._cellvalues for cell in row if cell]
        with pdfplumber.open(report.pdf) as pdf:
            lines = {_plain(_text(line)) for line in _body_lines(pdf.pages[0])}
        for value in values:
            assert any(_plain(value) in line for line in lines), (report.name, value)
    winter = next(r for r in printed if r.name == "winter")
    assert isinstance(winter.report, PeriodSummary) and winter.report.stats.peak_day
    assert winter.report.stats.peak_day.year == 2025  # a long date with its year: "24 … 2025"


def test_chart_labels_are_whole(printed: list[Printed]) -> None:
    season = next(r.report for r in printed if r.name == "season")
    assert isinstance(season, PeriodSummary)
    for name, drawing in summary_drawings(season).items():
        chart = next(item for item in drawing.contents if isinstance(item, BarChart))
        for label in chart.categoryAxis.categoryNames:
            assert "…" not in label, (name, label)
    areas = next(i for i in summary_drawings(season)["areas"].contents if isinstance(i, BarChart))
    shown = [" ".join(label.split("\n")) for label in areas.categoryAxis.categoryNames]
    assert shown == [w.area(code) for code in season.stats.activities_by_area]


def _all_tables(printed: list[Printed]) -> Iterator[tuple[str, Table]]:
    for report in printed:
        if isinstance(report.report, AnnualReport):
            tables = annual_tables(report.report)
        elif isinstance(report.report, PeriodSummary):
            tables = summary_tables(report.report)
        else:
            continue
        for table in tables:
            yield report.name, table


def test_totals_add_up_or_say_they_are_distinct(printed: list[Printed]) -> None:
    distinct = 0
    for name, table in _all_tables(printed):
        if not table.total_row or not table.rows:
            continue
        *rows, total = table.rows
        for column, value in enumerate(total):
            if not isinstance(value, int):
                continue
            summed = sum(int(row[column] or 0) for row in rows)  # type: ignore[arg-type]
            if summed != value:
                distinct += 1
                assert "(olika " in str(total[0]), (name, table.name, table.columns[column])
                assert table.note, (name, table.name)
                assert table.columns[column].lower() in table.note.lower(), (name, table.name)
    assert distinct >= 2  # organisations per month and per area in the demo year


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", _plain(text)).strip()


def test_the_note_under_a_distinct_total_is_the_same_in_every_format(
    reports: ReportService, tmp_path: Path
) -> None:
    year = reports.annual(2025)
    notes = [t.note for t in annual_tables(year) if t.note]
    assert len(notes) >= 2
    with pdfplumber.open(files.write_pdf(year, tmp_path / "år.pdf")) as pdf:
        pdf_text = _squeezed(" ".join(page.extract_text() or "" for page in pdf.pages))
    word = docx.Document(str(files.write_docx(year, tmp_path / "år.docx")))
    word_text = _squeezed(" ".join(p.text for p in word.paragraphs))
    book = openpyxl.load_workbook(files.write_xlsx(year, tmp_path / "år.xlsx"))
    cells = {
        _squeezed(str(cell.value))
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value
    }
    for note in notes:
        assert _squeezed(note) in pdf_text
        assert _squeezed(note) in word_text
        assert _squeezed(note) in cells
    assert f"Hela året ({w.DISTINCT_ORGANISATIONS})" in cells


def test_a_heading_at_a_page_foot_moves_with_its_table(tmp_path: Path) -> None:
    """Built to the edge: whatever fills the page first, the heading never stays behind."""
    from reportlab.platypus import Spacer

    from vanskapshuset.reports.pdf.layout import DocumentInfo, build_pdf, data_table, para

    info = DocumentInfo("Prov", "2025", "Vänskapshuset", dt.date(2025, 9, 1))
    s = styles()
    frame = 297 * mm - 2 * MARGIN - 12
    for filler in range(int(frame * 0.55), int(frame - 10), 9):
        story = [
            Spacer(1, filler),
            para("Rubrik", s.heading),
            para("Underrubrik", s.subheading),
            data_table(["Namn", "Antal"], [[f"Rad {n}", n] for n in range(40)]),
        ]
        path = tmp_path / f"prov-{filler}.pdf"
        build_pdf(path, info, story)
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                lines = _body_lines(page)
                if lines:
                    assert not _is_heading(lines[-1]), filler
                    texts = [_text(line) for line in lines]
                    if "Underrubrik" in texts:  # at least three rows under it
                        assert len(texts) - texts.index("Underrubrik") >= 5, filler


def test_word_tables_hold_their_longest_words(
    demo: App, reports: ReportService, tmp_path: Path
) -> None:
    """Each Word table column is as wide as its longest word (measured in DejaVu Sans, wider
    than Calibri) at the size its text is printed, so Word never breaks a word either."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from vanskapshuset.reports.pdf.fonts import FONT

    made = [reports.annual(2025), reports.day(_workshop_day(demo))]
    checked = 0
    for number, report in enumerate(made):
        document = docx.Document(str(files.write_docx(report, tmp_path / f"{number}.docx")))
        for table in document.tables:
            for index, column in enumerate(table.columns):
                width = column.width.pt
                for cell in table.column_cells(index):
                    for run in (r for p in cell.paragraphs for r in p.runs):
                        size = run.font.size.pt if run.font.size else 10.0
                        font = FONT_BOLD if run.bold else FONT
                        for word in run.text.split():
                            assert stringWidth(word, font, size) + 11.5 <= width + 0.5, word
                            checked += 1
    assert checked > 500


def test_a_small_last_table_takes_the_end_of_the_one_before_along(tmp_path: Path) -> None:
    """Whatever fills the pages first, the short table at the end never stands alone: the
    long table before it breaks early enough to carry rows over to its page."""
    from reportlab.platypus import Spacer

    from vanskapshuset.reports.pdf.layout import DocumentInfo, build_pdf, data_table, para

    info = DocumentInfo("Prov", "2025", "Vänskapshuset", dt.date(2025, 9, 1))
    s = styles()
    frame = 297 * mm - 2 * MARGIN - 12
    for filler in range(0, int(frame - 40), 11):
        story = [
            Spacer(1, filler),
            para("Lång", s.subheading),
            data_table(["Namn", "Antal"], [[f"Rad {n}", n] for n in range(45)]),
            para("Kort", s.subheading),
            data_table(["Plats", "Besök"], [["Parken", 3], ["Huset", 4], ["Utflykt", 5]]),
        ]
        path = tmp_path / f"svans-{filler}.pdf"
        build_pdf(path, info, story)
        with pdfplumber.open(path) as pdf:
            last = [_text(line) for line in _body_lines(pdf.pages[-1])]
        assert "Kort" in last, filler
        assert last.index("Kort") >= 4, (filler, last)  # a header and three rows at least
