"""The day report: one page per site with the tally grid, the activities and the day note."""

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import DayPage, DayReport
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
from vanskapshuset.reports.pdf.parts import figure_text, header_text
from vanskapshuset.services.safe_file import replacing


def document_info(report: DayReport) -> DocumentInfo:
    sites = ", ".join(page.site for page in report.pages)
    return DocumentInfo(
        title=f"Dagrapport {w.long_date(report.date)}",
        subtitle=f"{w.weekday(report.date.weekday())} · {sites}",
        organisation=report.organisation,
        produced=report.produced,
    )


def day_status(page: DayPage) -> str:
    if page.is_open is None:
        return "Ingen dagbok skriven."
    if not page.is_open:
        return "Stängt."
    if page.opens_at and page.closes_at:
        return f"Öppet {page.opens_at:%H:%M}–{page.closes_at:%H:%M}."
    return "Öppet."


def visits_grid(page: DayPage) -> list[list[object]]:
    rows: list[list[object]] = [
        [w.gender(g), *(page.visits.get((g, b), 0) for b in page.age_bands), page.by_gender(g)]
        for g in page.genders
    ]
    rows.append(["Totalt", *(page.by_age(b) for b in page.age_bands), page.total])
    return rows


ACTIVITY_COLUMNS = (
    "Tid",
    "Aktivitet",
    "Typ",
    "Arrangör och partner",
    "Deltagare",
    "Kunskapsutbyte",
)


def activity_rows(page: DayPage) -> list[tuple[str, str, str, str | None, int, str]]:
    return [
        (
            f"{a.start:%H:%M}–{a.end:%H:%M}",
            a.title,
            a.type_name,
            ", ".join(filter(None, [a.organiser, *a.partners])) or None,
            a.participants,
            w.yes_no(a.knowledge_exchange),
        )
        for a in page.activities
    ]


def _activities(page: DayPage) -> list[Flowable]:
    s = styles()
    if not page.activities:
        return [para("Inga aktiviteter registrerade.", s.body)]
    width = content_width()
    return [
        data_table(
            # The last header breaks where a Swedish reader expects it ("Kunskaps-|utbyte").
            [*(header_text(column) for column in ACTIVITY_COLUMNS[:-1]), "Kunskaps-\nutbyte"],
            activity_rows(page),
            widths=[share * width for share in (0.15, 0.22, 0.13, 0.23, 0.14, 0.13)],
        )
    ]


def page_story(page: DayPage) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        para(f"{page.site} · {w.weekday(page.date.weekday())} {w.long_date(page.date)}", s.heading),
        key_figures(
            [
                (figure_text(page.total), "Besök"),
                (figure_text(len(page.activities)), "Aktiviteter"),
                (figure_text(sum(a.participants for a in page.activities)), "Deltagare"),
            ],
            columns=3,
        ),
        para("Besök per kön och åldersgrupp", s.subheading),
        data_table(["Kön", *page.age_bands, "Totalt"], visits_grid(page), total_row=True),
        para("Aktiviteter", s.subheading),
        *_activities(page),
        para("Dagbok", s.subheading),
        para(day_status(page), s.body),
    ]
    if page.leaders:
        story.append(para(f"Ledare: {', '.join(page.leaders)}", s.body))
    if page.note:
        story.append(para(page.note, s.body))
    return story


def write_day_pdf(report: DayReport, target: Path) -> Path:
    info = document_info(report)
    story: list[Flowable] = [*title_block(info)]
    for number, page in enumerate(report.pages):
        if number:
            story.append(PageBreak())
        story += page_story(page)
    with replacing(target) as temporary:
        build_pdf(temporary, info, story)
    return target
