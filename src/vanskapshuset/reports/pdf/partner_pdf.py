"""The partner report as a PDF: what we did together with one organisation in a period, when,
with how many participants, and the totals, for the partner's own reporting."""

import datetime as dt
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import PartnerActivity, PartnerReport
from vanskapshuset.reports.pdf.charts import bar_chart
from vanskapshuset.reports.pdf.layout import (
    DocumentInfo,
    build_pdf,
    content_width,
    key_figures,
    para,
    styles,
    title_block,
)
from vanskapshuset.reports.pdf.parts import figure_text, heading, key_figure_tiles, titled_table
from vanskapshuset.reports.pdf.season_pdf import side_by_side
from vanskapshuset.reports.tables import (
    LIST_SEPARATOR,
    Cell,
    Table,
    partner_key_figures,
    partner_role,
    partner_tables,
)
from vanskapshuset.services.safe_file import replacing

METHOD = (
    "Så räknas måtten. Aktiviteter tillsammans: registrerade aktiviteter under perioden där "
    "organisationen var arrangör eller samverkanspartner, på alla platser. Deltagare: summan "
    "av deltagarna vid aktiviteterna (samma person räknas vid varje tillfälle). Dagar: olika "
    "datum med minst en sådan aktivitet. Andra organisationer: olika organisationer som också "
    "var med, var och en räknad en gång."
)

# The activity list as printed (PDF and Word): when and where in one cell, what in another.
PRINT_COLUMNS = (
    "Datum och plats",
    "Aktivitet och typ",
    "Roll",
    "Andra organisationer",
    "Deltagare",
    "Kunskaps-\nutbyte",
)
# Columns that take the width left over, in these shares; the others get their longest word.
FLEXIBLE = {1: 0.55, 3: 0.45}
CELL_PADDING = 8  # data_table's left and right padding, points


def subtitle(report: PartnerReport) -> str:
    return (
        f"{w.period(report.start, report.end)} · Alla platser · "
        f"{w.organisation_kind(report.partner_kind)}"
    )


def document_info(report: PartnerReport) -> DocumentInfo:
    return DocumentInfo(
        title=f"Samarbete med {report.partner}",
        subtitle=subtitle(report),
        organisation=report.organisation,
        produced=report.produced,
    )


def time_span(activity: PartnerActivity) -> str:
    if activity.start is None or activity.end is None:
        return ""
    return f"{activity.start:%H:%M}–{activity.end:%H:%M}"


def print_rows(report: PartnerReport) -> list[tuple[Cell, ...]]:
    return [
        (
            "\n".join(part for part in (a.date.isoformat(), time_span(a), a.site) if part),
            f"{a.title}\n{a.type_name}" if a.type_name else a.title,
            partner_role(a),
            LIST_SEPARATOR.join(a.others),
            a.participants_total,
            "Ja" if a.knowledge_exchange else "",
        )
        for a in report.activities
    ]


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def partner_drawings(report: PartnerReport) -> dict[str, Drawing]:
    """The partner report's charts by name (the PDF places them; Word and PNG show images).
    Activities per month only when the period spans more than one month."""
    width, half = content_width(), content_width() / 2 - 4 * mm
    drawings = {
        "genders": bar_chart(
            [w.gender(code) for code in report.participants_by_gender],
            list(report.participants_by_gender.values()),
            title="Deltagare per kön",
            width=half,
            horizontal=True,
        ),
        "ages": bar_chart(
            list(report.participants_by_age),
            list(report.participants_by_age.values()),
            title="Deltagare per åldersgrupp",
            width=half,
        ),
    }
    months = _months(report.start, report.end)
    if 1 < len(months) <= 36:
        two_years = report.start.year != report.end.year
        labels = [w.MONTHS[m - 1][:3] + (f" {y % 100:02d}" if two_years else "") for y, m in months]
        counts = dict.fromkeys(months, 0)
        for activity in report.activities:
            counts[(activity.date.year, activity.date.month)] += 1
        drawings["months"] = bar_chart(
            labels, list(counts.values()), title="Aktiviteter per månad", width=width
        )
    return drawings


def chart_rows(report: PartnerReport) -> list[list[Drawing]]:
    drawings = partner_drawings(report)
    rows = [[drawings["genders"], drawings["ages"]]]
    if "months" in drawings:
        rows.append([drawings["months"]])
    return rows


def _activities(report: PartnerReport) -> list[Flowable]:
    table = Table(
        "Aktiviteter",
        f"Aktiviteter tillsammans ({figure_text(len(report.activities))})",
        PRINT_COLUMNS,
        tuple(print_rows(report)),
    )
    return titled_table(table, word_widths(table, FLEXIBLE))


def word_widths(table: Table, flexible: dict[int, float]) -> list[float]:
    """Widths in points: every column but the `flexible` ones as wide as its longest word
    (so no word breaks inside), the flexible ones share what is left in the given parts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from vanskapshuset.reports.pdf.fonts import FONT_BOLD
    from vanskapshuset.reports.pdf.layout import cell_text

    size = styles().cell.fontSize
    widths = []
    for index, column in enumerate(table.columns):
        texts = [column, *(cell_text(row[index]) for row in table.rows)]
        # Words as the table breaks lines: at spaces, not inside "1 071" (a narrow no-break
        # space, which str.split() would split at); measured bold, as header and total rows.
        words = [word for text in texts for line in text.split("\n") for word in line.split(" ")]
        shown = [word.replace("\u202f", "\xa0") for word in words]  # as para() draws it
        widest = max((stringWidth(word, FONT_BOLD, size) for word in shown), default=0)
        widths.append(widest + CELL_PADDING + 2)
    fixed = sum(width for index, width in enumerate(widths) if index not in flexible)
    left = content_width() - fixed
    for index, share in flexible.items():
        widths[index] = max(widths[index] if left <= 0 else 0, left * share)
    return widths


def partner_story(report: PartnerReport) -> list[Flowable]:
    """Figures and charts, what we did together, participants per activity. The shares by
    gender and age are the charts (and sheets of the XLSX), not tables again here."""
    s = styles()
    tables = {t.name: t for t in partner_tables(report)}
    story: list[Flowable] = [
        key_figures(key_figure_tiles(partner_key_figures(report)), columns=4),
        para(METHOD, s.small),
    ]
    for row in chart_rows(report):
        story.append(side_by_side(*row) if len(row) == 2 else KeepTogether(row))
    # Headings stay with what they head by the rules of every report (flow.py).
    story += heading("Vad vi gjorde tillsammans") + _activities(report)
    story += titled_table(tables["Aktiviteter per typ"])
    by_gender, by_age = (tables[n] for n in ("Per aktivitet och kön", "Per aktivitet och ålder"))
    story += heading("Deltagare") + titled_table(by_gender, word_widths(by_gender, {1: 1.0}))
    story += titled_table(by_age, word_widths(by_age, {1: 1.0}))
    return story


def write_partner_pdf(report: PartnerReport, target: Path) -> Path:
    info = document_info(report)
    with replacing(target) as temporary:
        build_pdf(temporary, info, [*title_block(info), *partner_story(report)])
    return target
