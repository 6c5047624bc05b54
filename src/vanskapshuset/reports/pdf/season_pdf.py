"""The season summary (and a custom period) as a PDF: key figures, charts, then the tables."""

from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import PeriodSummary
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
from vanskapshuset.reports.pdf.parts import (
    figure_text,
    first_wide,
    heading,
    table_note,
    titled_table,
)
from vanskapshuset.reports.tables import Table as TableData
from vanskapshuset.reports.tables import open_day_average, summary_tables
from vanskapshuset.services.safe_file import replacing

SHORT_WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


def place(summary: PeriodSummary) -> str:
    """ "Plats: Vänskapsparken", "Platser: Utflykt och Vänskapsparken" or "Alla platser"."""
    if len(summary.sites) > 1:
        return f"Platser: {w.site_list(summary.sites)}"
    return f"Plats: {summary.stats.site}" if summary.stats.site else "Alla platser"


def document_info(summary: PeriodSummary) -> DocumentInfo:
    return DocumentInfo(
        title=summary.title,
        subtitle=f"{w.period(summary.start, summary.end)} · {place(summary)}",
        organisation=summary.organisation,
        produced=summary.produced,
    )


def _short_date(summary: PeriodSummary) -> str:
    """ "30 juli": the year is the period's, unless the period spans two (it must fit a tile)."""
    day = summary.stats.peak_day
    if day is None or summary.start.year != summary.end.year:
        return figure_text(day)
    return f"{day.day} {w.MONTHS[day.month - 1]}"


def summary_tiles(summary: PeriodSummary) -> Table:
    stats = summary.stats
    peak = f"Bästa dag ({figure_text(stats.peak_visits)} besök)" if stats.peak_day else "Bästa dag"
    return key_figures(
        [
            (figure_text(stats.visits), w.VISITS),
            (figure_text(stats.days_open), w.DAYS_OPEN),
            (figure_text(open_day_average(stats)), "Besök per öppen dag"),
            (_percent(stats.girls_share), "Andel flickor"),
            (figure_text(stats.visits_per_open_hour), "Besök per öppen timme"),
            (_short_date(summary), peak),
            (figure_text(stats.activities), "Aktiviteter"),
            (figure_text(stats.participants), "Deltagare"),
            (figure_text(stats.knowledge_exchanges), w.KNOWLEDGE_EXCHANGES),
            (figure_text(stats.active_organisations), w.ACTIVE_ORGANISATIONS),
        ],
        columns=5,
    )


def _percent(value: float | None) -> str:
    """ "47,4 %", or "–" when no visit had a stated gender."""
    return "–" if value is None else f"{figure_text(value)}\u00a0%"


def side_by_side(left: Flowable, right: Flowable) -> Table:
    half = content_width() / 2
    pair = Table([[left, right]], colWidths=[half, half])
    pair.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return pair


def summary_drawings(summary: PeriodSummary) -> dict[str, Drawing]:
    """The season's charts by name (the PDF places them; the Word file shows them as images)."""
    width, half = content_width(), content_width() / 2 - 4 * mm
    stats = summary.stats
    return {
        "weeks": bar_chart(
            [
                w.week(week.iso_year, week.week, summary.start.year)
                for week in summary.visits_by_week
            ],
            [week.visits for week in summary.visits_by_week],
            title="Besök per vecka",
            width=width,
        ),
        "weekdays": bar_chart(
            list(SHORT_WEEKDAYS),
            [day.visits for day in summary.visits_by_weekday],
            title="Besök per veckodag",
            width=half,
        ),
        "ages": bar_chart(
            list(stats.visits_by_age),
            list(stats.visits_by_age.values()),
            title="Besök per åldersgrupp",
            width=half,
        ),
        "genders": bar_chart(
            [w.gender(code) for code in stats.visits_by_gender],
            list(stats.visits_by_gender.values()),
            title="Besök per kön",
            width=half,
            horizontal=True,
        ),
        "areas": bar_chart(
            [w.area(code) for code in stats.activities_by_area],
            list(stats.activities_by_area.values()),
            title="Aktiviteter per verksamhetsområde",
            width=half,
            horizontal=True,
        ),
    }


# The charts as the page shows them: the weeks across the page, then pairs side by side.
CHART_ROWS = (("weeks",), ("weekdays", "ages"), ("genders", "areas"))


def summary_charts(summary: PeriodSummary) -> list[Flowable]:
    charts = summary_drawings(summary)
    return [
        KeepTogether([charts["weeks"]]),
        side_by_side(charts["weekdays"], charts["ages"]),
        side_by_side(charts["genders"], charts["areas"]),
    ]


def new_visitors_story(tables: list[TableData]) -> list[Flowable]:
    """New visitors by gender and by age band, with what the figure means (and does not)."""
    story: list[Flowable] = []
    for table in tables:
        story += titled_table(table)
    story.append(table_note(w.NEW_VISITORS_NOTE))
    return story


def summary_story(summary: PeriodSummary, *, appendix: bool = False) -> list[Flowable]:
    """Everything after the title: the same story serves the yearly follow-up's appendix."""
    s = styles()
    tables = {t.name: t for t in summary_tables(summary)}
    story: list[Flowable] = []
    if appendix:
        story += heading(f"Bilaga: {summary.title}")
        period = para(f"{w.period(summary.start, summary.end)} · {place(summary)}", s.body)
        period.keepWithNext = 1  # the appendix's title, period and tiles start a page together
        story.append(period)
    story.append(summary_tiles(summary))
    story += summary_charts(summary)
    if "Per plats" in tables:
        story += heading("Platser")
        story += titled_table(tables["Per plats"], first_wide(tables["Per plats"], 0.22))
    story += heading("Besök")
    for name in ("Besök per kön", "Besök per ålder", "Besök per vecka", "Besök per veckodag"):
        story += titled_table(tables[name])
    story += new_visitors_story([tables["Nya besökare per kön"], tables["Nya besökare per ålder"]])
    story += heading("Aktiviteter och deltagare")
    for name in (
        "Aktiviteter per område",
        "Aktiviteter per typ",
        "Deltagare per kön",
        "Deltagare per ålder",
    ):
        story += titled_table(tables[name])
    story += heading("Samverkan")
    story += titled_table(tables["Partnerorganisationer"])
    if summary.previous is not None:
        story += heading("Jämförelse med föregående säsong")
        story += titled_table(tables["Jämförelse"])
    elif (
        not appendix and summary.title != f"Sammanställning {w.period(summary.start, summary.end)}"
    ):
        story.append(
            para("Det finns ingen tidigare säsong med samma namn att jämföra med.", s.small)
        )
    return story


def write_season_pdf(summary: PeriodSummary, target: Path) -> Path:
    info = document_info(summary)
    with replacing(target) as temporary:
        build_pdf(temporary, info, [*title_block(info), *summary_story(summary)])
    return target
