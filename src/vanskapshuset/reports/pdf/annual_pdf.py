"""The yearly follow-up (agreement section 8) as a PDF the coordinator can hand over as it is."""

from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import AnnualReport
from vanskapshuset.reports.pdf.charts import bar_chart
from vanskapshuset.reports.pdf.follow_up_section import follow_up_story
from vanskapshuset.reports.pdf.layout import (
    DocumentInfo,
    build_pdf,
    content_width,
    data_table,
    key_figures,
    para,
    styles,
    title_block,
)
from vanskapshuset.reports.pdf.parts import (
    figure_text,
    first_wide,
    header_text,
    heading,
    titled_table,
)
from vanskapshuset.reports.pdf.season_pdf import side_by_side, summary_story
from vanskapshuset.reports.tables import MEASURE_COLUMNS, annual_tables
from vanskapshuset.services.safe_file import replacing

METHOD = (
    "Så räknas måtten. Tillfällen av kunskapsutbyte: aktiviteter markerade som kunskapsutbyte "
    "mellan aktörer (staden, organisationerna, de boende). Aktiva föreningar och grupper: "
    "organisationer som har ordnat eller samverkat i minst en aktivitet. Kultur- och "
    "fritidsaktiviteter: alla registrerade aktiviteter i Kraftsamlingens regi. Deltagare: "
    "summan av deltagarna vid aktiviteterna (samma person räknas vid varje tillfälle). "
    "Besök: besökare som räknats vid dörren, netto efter rättelser. Malmö stads statistik på "
    "områdesnivå kommer från staden och ingår inte här."
)


def document_info(report: AnnualReport) -> DocumentInfo:
    return DocumentInfo(
        title=f"Årlig uppföljning {report.year}",
        subtitle=f"{w.period(report.start, report.end)} · Uppföljning enligt avtalet, avsnitt 8",
        organisation=report.organisation,
        produced=report.produced,
    )


def _totals(report: AnnualReport) -> list[Flowable]:
    total = report.total
    values = (
        total.knowledge_exchanges,
        total.active_organisations,
        total.activities,
        total.participants,
    )
    tiles = [(figure_text(v), label) for v, label in zip(values, MEASURE_COLUMNS, strict=True)]
    tiles += [
        (figure_text(report.stats.visits), w.VISITS),
        (figure_text(report.stats.days_open), w.DAYS_OPEN),
    ]
    return [key_figures(tiles, columns=3), para(METHOD, styles().small)]


def _areas(report: AnnualReport) -> list[Flowable]:
    s = styles()
    story = heading("Per verksamhetsområde")
    for area in report.by_area:
        m = area.measures
        goals = [para(f"Effektmål: {goal}", s.small) for goal in area.impact_goals]
        table = data_table(
            [header_text(column) for column in MEASURE_COLUMNS],
            [(m.knowledge_exchanges, m.active_organisations, m.activities, m.participants)],
            widths=[content_width() / 4] * 4,
        )
        story.append(KeepTogether([para(area.name, s.subheading), *goals, table]))
    return story


def month_drawings(report: AnnualReport) -> list[Drawing]:
    """Activities and visits per month, side by side in the PDF (images in the Word file)."""
    half = content_width() / 2 - 4 * mm
    months = [w.MONTHS[m.month - 1][:3] for m in report.by_month]
    activities = bar_chart(
        months,
        [m.measures.activities for m in report.by_month],
        title="Aktiviteter per månad",
        width=half,
    )
    visits = bar_chart(
        months, [m.visits.visits for m in report.by_month], title="Besök per månad", width=half
    )
    return [activities, visits]


def _months(report: AnnualReport) -> list[Flowable]:
    activities, visits = month_drawings(report)
    return [*heading("Per månad"), side_by_side(activities, visits)]


def write_annual_pdf(report: AnnualReport, target: Path) -> Path:
    info = document_info(report)
    tables = {t.name: t for t in annual_tables(report)}
    by_area = tables["Per verksamhetsområde"]
    story: list[Flowable] = [*title_block(info), *_totals(report), *_areas(report)]
    story += titled_table(tables["Per verksamhetsområde"], first_wide(by_area, 0.36))
    story += _months(report)
    story += titled_table(tables["Per månad"], first_wide(tables["Per månad"], 0.13))
    story += heading("Per plats")
    story += titled_table(tables["Per plats"], first_wide(tables["Per plats"], 0.3))
    story += follow_up_story(report.follow_up)
    for season in report.seasons:
        story.append(PageBreak())
        story += summary_story(season, appendix=True)
    with replacing(target) as temporary:
        build_pdf(temporary, info, story)
    return target
