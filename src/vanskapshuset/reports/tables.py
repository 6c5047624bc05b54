"""Reports as named tables: what the XLSX sheets, the CSV files and the PDF tables all show."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from vanskapshuset.domain.rounding import exact, one_decimal, ratio
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import (
    AnnualReport,
    DataExport,
    Measures,
    PeriodSummary,
    VisitTotals,
    WeekdayVisits,
)
from vanskapshuset.services.statistics import PeriodStats

Cell = str | int | float | dt.date | dt.time | None
AVERAGE = "Besök per öppen dag"
GIRLS_SHARE = "Andel flickor %"  # of the visits with a stated gender (domain/open_days.py)
PER_OPEN_HOUR = "Besök per öppen timme"  # over open days whose day log gives opening hours
# Figures that are "–" (None) when the period has nothing to divide by.
MAY_BE_EMPTY = (AVERAGE, GIRLS_SHARE, PER_OPEN_HOUR)


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name (at most 31 characters) and the CSV file's stem
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total_row: bool = False  # the last row sums the others


def percent(part: int, whole: int) -> float | None:
    return ratio(part, whole, 100)


def change_percent(current: float, previous: float) -> float | None:
    return ratio(exact(current) - exact(previous), previous, 100)


def open_day_average(stats: PeriodStats) -> float | None:
    """The headline average, or None ("–" in a table) when no day was open: no data, not 0,0."""
    return stats.avg_visits_per_open_day if stats.days_open else None


# -- one period ----------------------------------------------------------------------------


def key_figures(stats: PeriodStats) -> list[tuple[str, Cell]]:
    """The headline, in the order every report shows it."""
    return [
        (w.VISITS, stats.visits),
        (w.DAYS_OPEN, stats.days_open),
        (AVERAGE, open_day_average(stats)),
        (GIRLS_SHARE, stats.girls_share),
        (PER_OPEN_HOUR, stats.visits_per_open_hour),
        ("Bästa dag", stats.peak_day),
        ("Besök bästa dagen", stats.peak_visits),
        ("Aktiviteter", stats.activities),
        ("Deltagare", stats.participants),
        (w.KNOWLEDGE_EXCHANGES, stats.knowledge_exchanges),
        (w.ACTIVE_ORGANISATIONS, stats.active_organisations),
    ]


def _share_table(
    name: str, title: str, first: str, counts: dict[str, int], label: Callable[[str], str]
) -> Table:
    whole = sum(counts.values())
    rows = [(label(code), n, percent(n, whole)) for code, n in counts.items()]
    return Table(name, title, (first, "Antal", "Andel %"), (*rows, ("Totalt", whole, None)), True)


def summary_tables(summary: PeriodSummary, prefix: str = "") -> list[Table]:
    stats = summary.stats
    tables = [
        Table(prefix + "Nyckeltal", summary.title, ("Mått", "Värde"), tuple(key_figures(stats))),
        _share_table(
            prefix + "Besök per kön", "Besök per kön", "Kön", stats.visits_by_gender, w.gender
        ),
        _share_table(
            prefix + "Besök per ålder",
            "Besök per åldersgrupp",
            "Åldersgrupp",
            stats.visits_by_age,
            str,
        ),
        Table(
            prefix + "Besök per vecka",
            "Besök per vecka",
            ("Vecka", "Från", "Besök", "Öppna dagar"),
            tuple(
                (
                    w.week(week.iso_year, week.week, summary.start.year),
                    week.monday,
                    week.visits,
                    week.days_open,
                )
                for week in summary.visits_by_week
            ),
        ),
        Table(
            prefix + "Besök per veckodag",
            "Besök per veckodag",
            ("Veckodag", "Besök", "Öppna dagar", AVERAGE),
            tuple(
                (w.weekday(day.weekday), day.visits, day.days_open, _average(day))
                for day in summary.visits_by_weekday
            ),
        ),
        Table(
            prefix + "Aktiviteter per typ",
            "Aktiviteter per typ",
            ("Aktivitetstyp", "Verksamhetsområde", "Aktiviteter", "Deltagare"),
            (
                *(
                    (t.type_name, w.area(t.area), t.activities, t.participants)
                    for t in summary.activities_by_type
                ),
                ("Totalt", None, stats.activities, stats.participants),
            ),
            total_row=True,
        ),
        Table(
            prefix + "Aktiviteter per område",
            "Aktiviteter per verksamhetsområde",
            ("Verksamhetsområde", "Aktiviteter"),
            (
                *((w.area(code), n) for code, n in stats.activities_by_area.items()),
                ("Totalt", stats.activities),
            ),
            total_row=True,
        ),
        _share_table(
            prefix + "Deltagare per kön",
            "Deltagare i aktiviteterna per kön",
            "Kön",
            summary.participants_by_gender,
            w.gender,
        ),
        _share_table(
            prefix + "Deltagare per ålder",
            "Deltagare i aktiviteterna per åldersgrupp",
            "Åldersgrupp",
            summary.participants_by_age,
            str,
        ),
        Table(
            prefix + "Partnerorganisationer",
            f"Organisationer som ordnat eller samverkat ({len(summary.partners)})",
            ("Organisation", "Typ", "Aktiviteter"),
            tuple((p.name, w.organisation_kind(p.kind), p.activities) for p in summary.partners),
        ),
    ]
    if summary.previous is not None:
        tables.append(comparison_table(summary, prefix))
    return tables


def comparison_table(summary: PeriodSummary, prefix: str = "") -> Table:
    assert summary.previous is not None
    now, before = summary.stats, summary.previous.stats
    rows: list[tuple[Cell, ...]] = []
    for (label, current), (_, earlier) in zip(key_figures(now), key_figures(before), strict=True):
        if label in MAY_BE_EMPTY and (current is None or earlier is None):
            rows.append((label, current, earlier, None, None))  # nothing to divide by
        elif isinstance(current, int | float) and isinstance(earlier, int | float):
            difference = (
                one_decimal(exact(current) - exact(earlier))
                if isinstance(current, float)
                else current - earlier
            )
            rows.append((label, current, earlier, difference, change_percent(current, earlier)))
    return Table(
        prefix + "Jämförelse",
        f"Jämfört med {summary.previous.name}",
        ("Mått", summary.title, summary.previous.name, "Förändring", "Förändring %"),
        tuple(rows),
    )


def _average(totals: WeekdayVisits) -> float | None:
    """Visits per open day; None ("–" in PDF and Word, an empty XLSX/CSV cell) without days."""
    return ratio(totals.visits, totals.days_open)


# -- the year --------------------------------------------------------------------------------

MEASURE_COLUMNS = (w.KNOWLEDGE_EXCHANGES, w.ACTIVE_ORGANISATIONS, w.ACTIVITIES, w.PARTICIPANTS)


def _measures(m: Measures) -> tuple[int, int, int, int]:
    return (m.knowledge_exchanges, m.active_organisations, m.activities, m.participants)


def _visits(v: VisitTotals) -> tuple[int, int]:
    return (v.visits, v.days_open)


def annual_tables(report: AnnualReport) -> list[Table]:
    total = report.total
    tables = [
        Table(
            "Uppföljning",
            f"Uppföljning {report.year}: kvantitativa mått (avtalet avsnitt 8)",
            ("Mått", "Värde"),
            (
                *zip(MEASURE_COLUMNS, _measures(total), strict=True),
                (w.VISITS, report.stats.visits),
                (w.DAYS_OPEN, report.stats.days_open),
            ),
        ),
        Table(
            "Per verksamhetsområde",
            "Alla verksamhetsområden",
            ("Verksamhetsområde", *MEASURE_COLUMNS),
            tuple((a.name, *_measures(a.measures)) for a in report.by_area),
        ),
        Table(
            "Per månad",
            "Måtten månad för månad",
            ("Månad", *MEASURE_COLUMNS, w.VISITS, w.DAYS_OPEN),
            (
                *(
                    (w.month(m.month), *_measures(m.measures), *_visits(m.visits))
                    for m in report.by_month
                ),
                ("Hela året", *_measures(total), report.stats.visits, report.stats.days_open),
            ),
            total_row=True,
        ),
        Table(
            "Per plats",
            "Besök och aktiviteter per plats",
            ("Plats", w.VISITS, w.DAYS_OPEN, "Aktiviteter", "Deltagare"),
            tuple(
                (s.site, *_visits(s.visits), s.measures.activities, s.measures.participants)
                for s in report.by_site
            ),
        ),
    ]
    for number, season in enumerate(report.seasons, start=1):
        prefix = f"Bilaga {number} " if len(report.seasons) > 1 else "Bilaga "
        tables.extend(summary_tables(season, prefix))
    return tables


# -- raw data --------------------------------------------------------------------------------

# Several names in one export cell: names may hold commas ("Föreningen Nora, Malmö"), so a comma
# cannot tell two names from one; " | " can, and stays on one line for CSV readers.
LIST_SEPARATOR = " | "


def export_tables(data: DataExport) -> list[Table]:
    return [
        Table(
            "Nyckeltal",
            f"Nyckeltal {w.period(data.stats.start, data.stats.end)}",
            ("Mått", "Värde"),
            tuple(key_figures(data.stats)),
        ),
        Table(
            "Besök",
            "Besök per dag, plats, kön och åldersgrupp",
            ("Datum", "Plats", "Kön", "Åldersgrupp", "Besök"),
            tuple((v.date, v.site, w.gender(v.gender), v.age_band, v.visits) for v in data.visits),
        ),
        Table(
            "Aktiviteter",
            "Aktiviteter",
            (
                "Datum",
                "Start",
                "Slut",
                "Plats",
                "Titel",
                "Aktivitetstyp",
                "Verksamhetsområde",
                "Arrangör",
                "Samverkanspartner",
                "Deltagare",
                "Ledare",
                "Kunskapsutbyte",
                "Anteckning",
            ),
            tuple(
                (
                    a.date,
                    a.start,
                    a.end,
                    a.site,
                    a.title,
                    a.type_name,
                    w.area(a.area),
                    a.organiser,
                    LIST_SEPARATOR.join(a.partners),
                    a.participants_total,
                    a.leader_count,
                    w.yes_no(a.knowledge_exchange),
                    a.note,
                )
                for a in data.activities
            ),
        ),
        Table(
            "Dagbok",
            "Dagbok",
            ("Datum", "Plats", "Öppet", "Öppnar", "Stänger", "Ledare", "Anteckning"),
            tuple(
                (
                    d.date,
                    d.site,
                    None if d.is_open is None else w.yes_no(d.is_open),
                    d.opens_at,
                    d.closes_at,
                    LIST_SEPARATOR.join(d.leaders),
                    d.note,
                )
                for d in data.day_logs
            ),
        ),
    ]
