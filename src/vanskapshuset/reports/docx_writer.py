"""Every report as an editable Word document (python-docx): the same sections and tables as the
PDF, ready Swedish sentences built from the figures (sentences.py), the tables as real Word
tables (bold header row repeated on each page) and the PDF's charts as PNG images.

The tables come from tables.py and the cells are written as the PDF writes them
(`cell_text`: "1 456", "40,4", "–"), so every format shows the same figures. The charts are the
PDF's reportlab drawings rendered to PNG by renderPM (the rl_renderPM package).
"""

import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as WordTable
from reportlab.graphics.shapes import Drawing

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import reports as said
from vanskapshuset.reports import sentences
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import (
    AnnualReport,
    DayPage,
    DayReport,
    PartnerReport,
    PeriodSummary,
)
from vanskapshuset.reports.tables import (
    Cell,
    Table,
    annual_tables,
    partner_tables,
    summary_tables,
)
from vanskapshuset.services.safe_file import replacing

__all__ = ["chart_png", "write_docx"]

MARGIN = Mm(18)
PAGE_WIDTH = Mm(210)
TEXT_SIZE = 10.0  # points, the Normal style's Calibri
WORD_CELL_PADDING = 11.5  # Word's default cell margins, 0.08 inch left and right
HEADER_FILL = "E3EAF1"
GREY = RGBColor(0x5F, 0x6B, 0x76)
NO_DATA = "Inga uppgifter för perioden."
CHART_DPI = 200
# Characters XML 1.0 cannot hold (lxml refuses them); a stray one in a note is dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Report = PeriodSummary | AnnualReport | DayReport | PartnerReport


def write_docx(report: Report, target: Path) -> Path:
    """Write the report as a .docx, whole or not at all."""
    document = _new_document()
    if isinstance(report, PeriodSummary):
        _season(document, report)
    elif isinstance(report, AnnualReport):
        _annual(document, report)
    elif isinstance(report, PartnerReport):
        _partner(document, report)
    else:
        _day(document, report)
    # Built in memory, then written in one go through the same path as every other file.
    buffer = io.BytesIO()
    document.save(buffer)
    with replacing(target) as temporary:
        temporary.write_bytes(buffer.getvalue())
    return target


# -- the document ----------------------------------------------------------------------------


def _new_document() -> WordDocument:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(TEXT_SIZE)
    return document


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _title(document: WordDocument, title: str, subtitle: str, organisation: str, produced: str):
    document.add_heading(_clean(title), level=0)
    lead = document.add_paragraph(_clean(subtitle))
    small = document.add_paragraph(f"{_clean(organisation)} · Framställd {produced}")
    for run in small.runs:
        run.font.size, run.font.color.rgb = Pt(8.5), GREY
    lead.paragraph_format.space_after = Pt(2)


def _heading(document: WordDocument, text: str, level: int = 1) -> None:
    document.add_heading(_clean(text), level=level).paragraph_format.keep_with_next = True


def _sentences(document: WordDocument, lines: Sequence[str]) -> None:
    for line in lines:
        document.add_paragraph(_clean(line))


def _small(document: WordDocument, text: str) -> None:
    paragraph = document.add_paragraph(_clean(text))
    for run in paragraph.runs:
        run.font.size, run.font.color.rgb = Pt(8.5), GREY


# -- tables ----------------------------------------------------------------------------------


def cell_texts(table: Table) -> list[list[str]]:
    """The header and rows as the Word table shows them (the PDF's cell formatting)."""
    from vanskapshuset.reports.pdf.layout import cell_text

    return [list(table.columns), *([cell_text(value) for value in row] for row in table.rows)]


def _is_number(value: Cell) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _mark_header(row_element: object) -> None:
    """Repeat the row at the top of every page the table runs onto (w:tblHeader)."""
    properties = row_element.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell: object, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def word_table(
    document: WordDocument,
    columns: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    total_row: bool = False,
) -> WordTable:
    """A real Word table: bold shaded header repeated on each page, numbers to the right."""
    from vanskapshuset.reports.pdf.layout import cell_text

    table = document.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    numeric = [
        any(_is_number(row[i]) for row in rows)
        and all(row[i] is None or _is_number(row[i]) for row in rows)
        for i in range(len(columns))
    ]
    header = table.rows[0]
    _mark_header(header._tr)
    for index, title in enumerate(columns):
        cell = header.cells[index]
        _shade(cell, HEADER_FILL)
        paragraph = cell.paragraphs[0]
        paragraph.add_run(_clean(title)).bold = True
        if numeric[index]:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for number, values in enumerate(rows, start=1):
        bold = total_row and number == len(rows)
        cells = table.rows[number].cells
        for index, value in enumerate(values):
            paragraph = cells[index].paragraphs[0]
            run = paragraph.add_run(_clean(cell_text(value)))
            run.bold = bold or None
            if numeric[index]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:  # a short table is not split from its title across pages
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                if len(rows) <= 15:
                    paragraph.paragraph_format.keep_with_next = True
    _fit_columns(table, columns, rows, total_row)
    return table


def _fit_columns(
    table: WordTable, columns: Sequence[str], rows: Sequence[Sequence[Cell]], total_row: bool
) -> None:
    """Column widths by the PDF's rule (no word broken inside a column), measured in the
    PDF's font (DejaVu Sans runs wider than Calibri, so the words fit in either). A table
    whose longest words cannot all fit at the text's size gets smaller text, down to 8 pt."""
    from vanskapshuset.reports.pdf.layout import column_widths, words_fit

    width = (PAGE_WIDTH - 2 * MARGIN) / 12700  # EMU → points
    size = next(
        (
            size
            for size in (TEXT_SIZE, 9.0, 8.5, 8.0)
            if words_fit(
                columns, rows, width, total_row=total_row, size=size, padding=WORD_CELL_PADDING
            )
        ),
        8.0,
    )
    widths = column_widths(
        columns, rows, width, total_row=total_row, size=size, padding=WORD_CELL_PADDING
    )
    table.autofit = False
    for column, points in zip(table.columns, widths, strict=True):
        column.width = Pt(points)
        for cell in column.cells:
            cell.width = Pt(points)
            if size != TEXT_SIZE:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(size)


def _titled_table(document: WordDocument, table: Table) -> None:
    _heading(document, table.title, level=2)
    if not table.rows:
        document.add_paragraph(NO_DATA)
        return
    word_table(document, table.columns, table.rows, total_row=table.total_row)
    if table.note:  # what a total that is not a sum means, as under the PDF's table
        _small(document, table.note)
    else:
        document.add_paragraph().paragraph_format.space_after = Pt(2)


# -- charts ----------------------------------------------------------------------------------


def chart_png(drawing: Drawing, dpi: int = CHART_DPI) -> bytes:
    """One of the PDF's chart drawings as a PNG image (also what the app saves as PNG)."""
    from reportlab.graphics import renderPM
    from reportlab.graphics.utils import RenderPMError

    try:
        # The C renderer of the rl_renderPM package; reportlab's default asks for pycairo.
        return renderPM.drawToString(drawing, fmt="PNG", dpi=dpi, backend="_renderPM")
    except (ImportError, RenderPMError) as error:
        raise UserError(said.CHARTS_NOT_DRAWN) from error


def _charts(document: WordDocument, rows: Sequence[Sequence[Drawing]]) -> None:
    """Each row of drawings in one paragraph: two half-width charts sit side by side."""
    for drawings in rows:
        paragraph = document.add_paragraph()
        for drawing in drawings:
            run = paragraph.add_run()
            run.add_picture(io.BytesIO(chart_png(drawing)), width=Pt(drawing.width))
            if drawing is not drawings[-1]:
                paragraph.add_run("  ")


# -- the reports -----------------------------------------------------------------------------


def _summary_body(document: WordDocument, summary: PeriodSummary, tables: list[Table]) -> None:
    """The season's sections in the PDF's order; `tables` are its tables (with their prefix)."""
    from vanskapshuset.reports.pdf.season_pdf import CHART_ROWS, summary_drawings

    named = {_plain_name(t.name): t for t in tables}
    _sentences(document, sentences.summary_sentences(summary))
    _titled_table(document, named["Nyckeltal"])
    drawings = summary_drawings(summary)
    _charts(document, [[drawings[name] for name in row] for row in CHART_ROWS])
    if "Per plats" in named:
        _heading(document, "Platser")
        _titled_table(document, named["Per plats"])
    _heading(document, "Besök")
    for name in ("Besök per kön", "Besök per ålder", "Besök per vecka", "Besök per veckodag"):
        _titled_table(document, named[name])
    _new_visitors(document, named)
    _heading(document, "Aktiviteter och deltagare")
    for name in (
        "Aktiviteter per område",
        "Aktiviteter per typ",
        "Deltagare per kön",
        "Deltagare per ålder",
    ):
        _titled_table(document, named[name])
    _heading(document, "Samverkan")
    _titled_table(document, named["Partnerorganisationer"])
    if "Jämförelse" in named:
        _heading(document, "Jämförelse med föregående säsong")
        _titled_table(document, named["Jämförelse"])


def _new_visitors(document: WordDocument, named: dict[str, Table]) -> None:
    """New visitors by gender and by age band, and what the figure means (as in the PDF)."""
    for name in ("Nya besökare per kön", "Nya besökare per ålder"):
        _titled_table(document, named[name])
    _small(document, w.NEW_VISITORS_NOTE)


def _plain_name(name: str) -> str:
    """ "Bilaga 2 Besök per kön" → "Besök per kön" (the annual report's appendix prefix)."""
    return re.sub(r"^Bilaga (\d+ )?", "", name)


def _season(document: WordDocument, summary: PeriodSummary) -> None:
    from vanskapshuset.reports.pdf.season_pdf import place

    _title(
        document,
        summary.title,
        f"{w.period(summary.start, summary.end)} · {place(summary)}",
        summary.organisation,
        summary.produced.isoformat(),
    )
    _summary_body(document, summary, summary_tables(summary))


def _annual(document: WordDocument, report: AnnualReport) -> None:
    from vanskapshuset.reports.pdf.annual_pdf import (
        METHOD,
        NETWORK_LEAD,
        area_organisations,
        month_drawings,
        network_map,
    )
    from vanskapshuset.reports.pdf.season_pdf import place

    _title(
        document,
        f"Årlig uppföljning {report.year}",
        f"{w.period(report.start, report.end)} · Uppföljning enligt avtalet, avsnitt 8",
        report.organisation,
        report.produced.isoformat(),
    )
    tables = annual_tables(report)
    named = {t.name: t for t in tables}
    _sentences(document, sentences.annual_sentences(report))
    _titled_table(document, named["Uppföljning"])
    _small(document, METHOD)
    _heading(document, "Per verksamhetsområde")
    organisations = area_organisations(report)
    for area in report.by_area:
        _heading(document, area.name, level=3)
        for goal in area.impact_goals:
            _small(document, f"Effektmål: {goal}")
        document.add_paragraph(_clean(organisations[area.area]))
    _titled_table(document, named["Per verksamhetsområde"])
    _heading(document, "Per månad")
    _charts(document, [month_drawings(report)])
    _titled_table(document, named["Per månad"])
    _heading(document, "Per plats")
    _titled_table(document, named["Per plats"])
    _heading(document, w.NEW_VISITORS)
    _new_visitors(document, named)
    _heading(document, "Aktiva organisationer")
    # The cells as in the spreadsheet (several names between " | "), so the two agree.
    for name in (
        "Organisationer per typ, område",
        "Organisationer per typ",
        "Organisationer per område",
    ):
        _titled_table(document, named[name])
    _heading(document, "Kunskapsutbyten")
    _titled_table(document, named["Kunskapsutbyten"])
    _heading(document, "Aktiviteter och deltagare")
    _titled_table(document, named["Aktiviteter per typ"])
    _titled_table(document, named["Evenemang"])
    _titled_table(document, named["Deltagare per kön"])
    _titled_table(document, named["Deltagare per ålder"])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _heading(document, f"Samverkansnätverk {report.year}")
    _small(document, NETWORK_LEAD)
    _charts(document, [[network_map(report)]])
    _titled_table(document, named["Samverkansnätverk"])
    _follow_up(document, report)
    # the year's own tables come first, then each season's
    first = len(tables) - sum(len(summary_tables(season)) for season in report.seasons)
    for season in report.seasons:
        count = len(summary_tables(season))
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _heading(document, f"Bilaga: {season.title}")
        document.add_paragraph(_clean(f"{w.period(season.start, season.end)} · {place(season)}"))
        _summary_body(document, season, tables[first : first + count])
        first += count


def _follow_up(document: WordDocument, report: AnnualReport) -> None:
    from vanskapshuset.reports.follow_up_docx import follow_up_section

    follow_up_section(document, report.follow_up)


def _day_page(document: WordDocument, page: DayPage) -> None:
    from vanskapshuset.reports.pdf.day_pdf import (
        ACTIVITY_COLUMNS,
        activity_rows,
        day_status,
        visits_grid,
    )

    _heading(document, f"{page.site} · {w.weekday(page.date.weekday())} {w.long_date(page.date)}")
    _sentences(document, sentences.day_sentences(page))
    _heading(document, "Besök per kön och åldersgrupp", level=2)
    grid = visits_grid(page)
    word_table(document, ["Kön", *page.age_bands, "Totalt"], grid, total_row=True)  # type: ignore[arg-type]
    _heading(document, "Aktiviteter", level=2)
    if not page.activities:
        document.add_paragraph("Inga aktiviteter registrerade.")
    else:
        word_table(document, ACTIVITY_COLUMNS, activity_rows(page))
    _heading(document, "Dagbok", level=2)
    document.add_paragraph(day_status(page))
    if page.leaders:
        document.add_paragraph(_clean(f"Ledare: {', '.join(page.leaders)}"))
    if page.note:
        document.add_paragraph(_clean(page.note))


def _day(document: WordDocument, report: DayReport) -> None:
    sites = ", ".join(page.site for page in report.pages)
    _title(
        document,
        f"Dagrapport {w.long_date(report.date)}",
        f"{w.weekday(report.date.weekday())} · {sites}",
        report.organisation,
        report.produced.isoformat(),
    )
    for number, page in enumerate(report.pages):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _day_page(document, page)


def _partner(document: WordDocument, report: PartnerReport) -> None:
    """The partner report in the PDF's order: sentences, key figures, charts, the activities
    (when and where, what, role, who else), participants per activity, the sums."""
    from vanskapshuset.reports.pdf.partner_pdf import (
        METHOD,
        PRINT_COLUMNS,
        chart_rows,
        print_rows,
        subtitle,
    )

    _title(
        document,
        f"Samarbete med {report.partner}",
        subtitle(report),
        report.organisation,
        report.produced.isoformat(),
    )
    named = {t.name: t for t in partner_tables(report)}
    _sentences(document, sentences.partner_sentences(report))
    _titled_table(document, named["Nyckeltal"])
    _small(document, METHOD)
    _charts(document, chart_rows(report))
    _heading(document, "Vad vi gjorde tillsammans")
    _sized_table(
        document,
        Table(
            "Aktiviteter",
            f"Aktiviteter tillsammans ({len(report.activities)})",
            tuple(column.replace("\n", "") for column in PRINT_COLUMNS),
            tuple(print_rows(report)),
        ),
        (30, 40, 20, 38, 23, 23),
    )
    _heading(document, "Deltagare")
    for name in ("Per aktivitet och kön", "Per aktivitet och ålder"):
        table = named[name]
        rest = (174 - 25 - 45) / (len(table.columns) - 2)
        _sized_table(document, table, (25, 45, *[rest] * (len(table.columns) - 2)))
    for name in ("Deltagare per kön", "Deltagare per ålder", "Aktiviteter per typ"):
        _titled_table(document, named[name])


def _sized_table(document: WordDocument, table: Table, widths_mm: Sequence[float]) -> None:
    """A titled table whose columns have the given widths (a long title gets room)."""
    _heading(document, table.title, level=2)
    word = word_table(document, table.columns, table.rows, total_row=table.total_row)
    word.autofit = False
    for column, width in zip(word.columns, widths_mm, strict=True):
        column.width = Mm(width)  # the grid, which LibreOffice reads
    for row in word.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    document.add_paragraph().paragraph_format.space_after = Pt(2)
