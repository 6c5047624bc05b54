"""The yearly follow-up (agreement section 8) as a PDF the coordinator can hand over as it is."""

from dataclasses import replace
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import AnnualReport
from vanskapshuset.reports.pdf.charts import bar_chart
from vanskapshuset.reports.pdf.flow import SectionBreak
from vanskapshuset.reports.pdf.follow_up_section import follow_up_story
from vanskapshuset.reports.pdf.layout import (
    DocumentInfo,
    build_pdf,
    cell_text,
    content_width,
    data_table,
    key_figures,
    para,
    styles,
    title_block,
)
from vanskapshuset.reports.pdf.network import network_drawing
from vanskapshuset.reports.pdf.parts import (
    figure_text,
    first_wide,
    header_text,
    heading,
    titled_table,
)
from vanskapshuset.reports.pdf.season_pdf import (
    new_visitors_story,
    side_by_side,
    summary_story,
)
from vanskapshuset.reports.tables import (
    LIST_SEPARATOR,
    MEASURE_COLUMNS,
    Table,
    annual_tables,
    compared,
    organisations_by_area,
)
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


NETWORK_LEAD = (
    "Vilka organisationer som arbetat tillsammans: två organisationer förbinds när de ordnat "
    "eller samverkat i samma aktivitet under året."
)


def document_info(report: AnnualReport) -> DocumentInfo:
    return DocumentInfo(
        title=f"Årlig uppföljning {report.year}",
        subtitle=f"{w.period(report.start, report.end)} · Uppföljning enligt avtalet, avsnitt 8",
        organisation=report.organisation,
        produced=report.produced,
    )


def compared_label(report: AnnualReport, label: str, earlier: int | None, change: object) -> str:
    """ "Kultur- och fritidsaktiviteter" and, under it, "2022: 480, +37" ("2022: –" without
    data that year)."""
    if earlier is None:
        return f"{label}\n{report.year - 1}: –"
    return f"{label}\n{report.year - 1}: {cell_text(earlier)}, {cell_text(change)}"


def _totals(report: AnnualReport) -> list[Flowable]:
    tiles = [
        (figure_text(value), compared_label(report, label, earlier, change))
        for label, value, earlier, change in compared(report)
    ]
    return [key_figures(tiles, columns=3), para(METHOD, styles().small)]


def area_organisations(report: AnnualReport) -> dict[str, str]:
    """Each area's organisations named: "Organisationer (2): FC Rosengård (förening), …"."""
    texts = {}
    for area, organisations in organisations_by_area(report):
        if not organisations:
            texts[area] = "Organisationer: inga."
            continue
        names = ", ".join(f"{o.name} ({w.organisation_kind(o.kind)})" for o in organisations)
        texts[area] = f"Organisationer ({len(organisations)}): {names}."
    return texts


def _areas(report: AnnualReport) -> list[Flowable]:
    s = styles()
    story = heading("Per verksamhetsområde")
    named = area_organisations(report)
    for area in report.by_area:
        m = area.measures
        goals = [para(f"Effektmål: {goal}", s.small) for goal in area.impact_goals]
        table = data_table(
            [header_text(column) for column in MEASURE_COLUMNS],
            [(m.knowledge_exchanges, m.active_organisations, m.activities, m.participants)],
            widths=[content_width() / 4] * 4,
        )
        organisations = para(named[area.area], s.cell)
        story.append(KeepTogether([para(area.name, s.subheading), *goals, table]))
        story.append(organisations)
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


def network_map(report: AnnualReport) -> Drawing:
    return network_drawing(
        report.organisations,
        report.network,
        width=content_width(),
    )


def one_per_line(table: Table, separator: str = "\n") -> Table:
    """The table with several names in one cell written one per line, or between
    `separator` (the spreadsheets and the Word file keep them between " | ")."""
    rows = tuple(
        tuple(v.replace(LIST_SEPARATOR, separator) if isinstance(v, str) else v for v in row)
        for row in table.rows
    )
    return replace(table, rows=rows)


def shares(*parts: float) -> list[float]:
    """Column widths as shares of the frame."""
    return [content_width() * part for part in parts]


def _names(report: AnnualReport, tables: dict[str, Table]) -> list[Flowable]:
    """The year's names: organisations, knowledge exchanges, activities, the network map."""
    matrix = tables["Organisationer per typ, område"]
    story = heading("Aktiva organisationer")
    story += titled_table(matrix, first_wide(matrix, 0.22))
    story += titled_table(
        one_per_line(tables["Organisationer per typ"], "; "), shares(0.19, 0.32, 0.14, 0.35)
    )
    story += heading("Kunskapsutbyten")
    story += titled_table(one_per_line(tables["Kunskapsutbyten"]), shares(0.13, 0.3, 0.18, 0.39))
    story += heading("Aktiviteter och deltagare")
    story += titled_table(tables["Aktiviteter per typ"])
    story += titled_table(one_per_line(tables["Evenemang"]), shares(0.13, 0.26, 0.17, 0.12, 0.32))
    story += titled_table(tables["Deltagare per kön"])
    story += titled_table(tables["Deltagare per ålder"])
    # The heading stays with its lead and the map (flow.py); the table of its lines may run on.
    story += heading(f"Samverkansnätverk {report.year}")
    story.append(KeepTogether([para(NETWORK_LEAD, styles().small), network_map(report)]))
    story += titled_table(tables["Samverkansnätverk"], shares(0.4, 0.4, 0.2))
    return story


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
    story += heading(w.NEW_VISITORS)
    story += new_visitors_story([tables["Nya besökare per kön"], tables["Nya besökare per ålder"]])
    story += _names(report, tables)
    story += follow_up_story(report.follow_up)
    for season in report.seasons:
        story.append(SectionBreak())  # a new page, unless the page so far holds little
        story += summary_story(season, appendix=True)
    with replacing(target) as temporary:
        build_pdf(temporary, info, story)
    return target
