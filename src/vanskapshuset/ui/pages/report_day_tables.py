"""The day report's tables for the window (the day report is a PDF only, so it has no
`files.tables_of`): visits per site, the activities and the day notes."""

from PySide6.QtCore import QCoreApplication

from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.reports.figures import DayReport
from vanskapshuset.reports.tables import Cell, Table
from vanskapshuset.ui.models.labels import gender_labels

# Called by this name with literal arguments, so that `pyside6-lupdate` finds every word.
translate = QCoreApplication.translate


def _open_text(is_open: bool | None) -> str:
    if is_open is None:
        return ""
    return translate("DayTables", "ja") if is_open else translate("DayTables", "nej")


def day_tables(report: DayReport) -> list[Table]:
    genders = gender_labels()
    site, visits = translate("DayTables", "Plats"), translate("DayTables", "Besök")
    opened = translate("DayTables", "Öppet")
    visit_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            page.site,
            _open_text(page.is_open),
            page.total,
            *(page.by_gender(g.value) for g in Gender),
        )
        for page in report.pages
    )
    activity_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            page.site,
            activity.start,
            activity.end,
            activity.title,
            activity.type_name,
            activity.organiser,
            activity.participants,
            translate("DayTables", "ja") if activity.knowledge_exchange else "",
        )
        for page in report.pages
        for activity in page.activities
    )
    note_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            page.site,
            _open_text(page.is_open),
            page.opens_at,
            page.closes_at,
            ", ".join(page.leaders),
            page.note,
        )
        for page in report.pages
    )
    return [
        Table(
            translate("DayTables", "Besök per plats"),
            translate("DayTables", "Besök per plats och kön"),
            (site, opened, visits, *(genders[g] for g in Gender)),
            visit_rows,
        ),
        Table(
            translate("DayTables", "Aktiviteter"),
            translate("DayTables", "Dagens aktiviteter"),
            (
                site,
                translate("DayTables", "Start"),
                translate("DayTables", "Slut"),
                translate("DayTables", "Titel"),
                translate("DayTables", "Aktivitetstyp"),
                translate("DayTables", "Arrangör"),
                translate("DayTables", "Deltagare"),
                translate("DayTables", "Kunskapsutbyte"),
            ),
            activity_rows,
        ),
        Table(
            translate("DayTables", "Dagbok"),
            translate("DayTables", "Dagbok"),
            (
                site,
                opened,
                translate("DayTables", "Öppnar"),
                translate("DayTables", "Stänger"),
                translate("DayTables", "Ledare"),
                translate("DayTables", "Anteckning"),
            ),
            note_rows,
        ),
    ]
