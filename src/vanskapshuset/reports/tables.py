"""Reports as named tables: what the XLSX sheets, the CSV files and the PDF tables all show."""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vanskapshuset.domain.defaults import EVENT_TYPE
from vanskapshuset.domain.rounding import exact, one_decimal, ratio
from vanskapshuset.domain.vocabulary import Area, OrganisationKind
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.cells import Change
from vanskapshuset.reports.figures import (
    ActiveOrganisation,
    AnnualReport,
    DataExport,
    Measures,
    NamedActivity,
    PartnerActivity,
    PartnerReport,
    PeriodSummary,
    TypeCount,
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
    total_row: bool = False  # the last row totals the others (in bold)
    note: str | None = None  # said under the table: what a total that is not a sum means


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
        (w.NEW_VISITORS, stats.new_visitors),
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


def type_table(name: str, types: Sequence[TypeCount], stats: PeriodStats) -> Table:
    return Table(
        name,
        "Aktiviteter per typ",
        ("Aktivitetstyp", "Verksamhetsområde", "Aktiviteter", "Deltagare"),
        (
            *((t.type_name, w.area(t.area), t.activities, t.participants) for t in types),
            ("Totalt", None, stats.activities, stats.participants),
        ),
        total_row=True,
    )


def new_visitor_tables(stats: PeriodStats, prefix: str = "", during: str = "") -> list[Table]:
    """New visitors (visits marked as the first this season) by gender and by age band."""
    return [
        _share_table(
            prefix + "Nya besökare per kön",
            f"Nya besökare per kön{during}",
            "Kön",
            stats.new_by_gender,
            w.gender,
        ),
        _share_table(
            prefix + "Nya besökare per ålder",
            f"Nya besökare per åldersgrupp{during}",
            "Åldersgrupp",
            stats.new_by_age,
            str,
        ),
    ]


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
        *new_visitor_tables(stats, prefix),
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
        type_table(prefix + "Aktiviteter per typ", summary.activities_by_type, stats),
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
    if summary.by_site:
        tables.append(site_table(summary, prefix))
    if summary.previous is not None:
        tables.append(comparison_table(summary, prefix))
    return tables


BY_SITE_TITLE = "Per plats"
_SEASON_SITES_TOTAL = w.distinct_total("Alla platser", "olika dagar och aktörer")


def site_table(summary: PeriodSummary, prefix: str = "") -> Table:
    """The figures of each site the summary covers, and the whole as the headline gives it: a
    day open at two sites, or an organisation active at both, is one in the total."""
    stats = summary.stats
    return Table(
        prefix + "Per plats",
        BY_SITE_TITLE,
        ("Plats", w.VISITS, w.DAYS_OPEN, AVERAGE, "Aktiviteter", "Deltagare", "Aktörer"),
        (
            *(
                (
                    s.site,
                    s.visits.visits,
                    s.visits.days_open,
                    ratio(s.visits.visits, s.visits.days_open),
                    s.measures.activities,
                    s.measures.participants,
                    s.measures.active_organisations,
                )
                for s in summary.by_site
            ),
            (
                _SEASON_SITES_TOTAL,
                stats.visits,
                stats.days_open,
                open_day_average(stats),
                stats.activities,
                stats.participants,
                stats.active_organisations,
            ),
        ),
        total_row=True,
        note=w.counted_once(
            _SEASON_SITES_TOTAL,
            "en dag som varit öppen på flera platser, eller en aktör som varit aktiv på flera,",
            f"{w.DAYS_OPEN} och aktörer",
            "platserna",
        ),
    )


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
# Total rows whose organisations (or open days) are distinct counts, said in the label itself.
_WHOLE_YEAR = w.distinct_total("Hela året", w.DISTINCT_ORGANISATIONS)
_ALL_AREAS = w.distinct_total("Alla områden", w.DISTINCT_ORGANISATIONS)
_ALL_SITES = w.distinct_total("Alla platser", w.DISTINCT_DAYS)


def _measures(m: Measures) -> tuple[int, int, int, int]:
    return (m.knowledge_exchanges, m.active_organisations, m.activities, m.participants)


def _visits(v: VisitTotals) -> tuple[int, int]:
    return (v.visits, v.days_open)


def headline(stats: PeriodStats) -> list[tuple[str, int]]:
    """The yearly report's headline figures, in the order of its tiles and first table."""
    return [
        *zip(MEASURE_COLUMNS, _measures(stats.measures), strict=True),
        (w.VISITS, stats.visits),
        (w.DAYS_OPEN, stats.days_open),
    ]


def compared(report: AnnualReport) -> list[tuple[str, int, int | None, Change | None]]:
    """Each headline figure, the previous year's (None: no data that year) and the change."""
    before = dict(headline(report.previous)) if report.previous is not None else {}
    rows: list[tuple[str, int, int | None, Change | None]] = []
    for label, value in headline(report.stats):
        earlier = before.get(label)
        rows.append((label, value, earlier, None if earlier is None else Change(value - earlier)))
    return rows


def annual_tables(report: AnnualReport) -> list[Table]:
    """The year's own tables (`year_tables`), then each season's as an appendix."""
    tables = year_tables(report)
    for number, season in enumerate(report.seasons, start=1):
        prefix = f"Bilaga {number} " if len(report.seasons) > 1 else "Bilaga "
        tables.extend(summary_tables(season, prefix))
    return tables


def year_tables(report: AnnualReport) -> list[Table]:
    total = report.total
    tables = [
        Table(
            "Uppföljning",
            f"Uppföljning {report.year}: kvantitativa mått (avtalet avsnitt 8), "
            f"jämfört med {report.year - 1}",
            ("Mått", str(report.year), str(report.year - 1), "Förändring"),
            tuple(compared(report)),
        ),
        Table(
            "Per verksamhetsområde",
            "Alla verksamhetsområden",
            ("Verksamhetsområde", *MEASURE_COLUMNS),
            (
                *((a.name, *_measures(a.measures)) for a in report.by_area),
                (_ALL_AREAS, *_measures(total)),
            ),
            total_row=True,
            note=w.counted_once(
                _ALL_AREAS,
                "en organisation som varit aktiv inom flera verksamhetsområden",
                w.ACTIVE_ORGANISATIONS,
                "områdena",
            ),
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
                (_WHOLE_YEAR, *_measures(total), report.stats.visits, report.stats.days_open),
            ),
            total_row=True,
            note=w.counted_once(
                _WHOLE_YEAR,
                "en organisation som varit aktiv under flera månader",
                w.ACTIVE_ORGANISATIONS,
                "månaderna",
            ),
        ),
        Table(
            "Per plats",
            "Besök och aktiviteter per plats",
            ("Plats", w.VISITS, w.DAYS_OPEN, "Aktiviteter", "Deltagare"),
            (
                *(
                    (s.site, *_visits(s.visits), s.measures.activities, s.measures.participants)
                    for s in report.by_site
                ),
                (
                    _ALL_SITES,
                    report.stats.visits,
                    report.stats.days_open,
                    total.activities,
                    total.participants,
                ),
            ),
            total_row=True,
            note=w.counted_once(
                _ALL_SITES, "en dag som varit öppen på flera platser", w.DAYS_OPEN, "platserna"
            ),
        ),
        *new_visitor_tables(report.stats, during=f" {report.year}"),
    ]
    return tables + names_tables(report)


# -- the year's names ----------------------------------------------------------------------------


def distinct_organisations(count: int) -> str:
    """ "28 olika organisationer; …": the total says it is a distinct count."""
    noun = "organisation" if count == 1 else "organisationer"
    return f"{count} olika {noun}; en organisation som verkat inom flera områden räknas en gång"


def with_kinds(activity: NamedActivity) -> str:
    """ "FC Rosengård (förening) | Malmö stad (kommunal verksamhet)"."""
    return LIST_SEPARATOR.join(
        f"{name} ({w.organisation_kind(kind)})" if kind else name
        for name, kind in activity.organisations
    )


def _kind_order(code: str) -> int:
    codes = [kind.value for kind in OrganisationKind]
    return codes.index(code) if code in codes else len(codes)


def organisations_by_area(report: AnnualReport) -> list[tuple[str, list[ActiveOrganisation]]]:
    """Each area with its organisations, in Swedish order."""
    return [
        (area.value, [o for o in report.organisations if area.value in o.by_area]) for area in Area
    ]


def names_tables(report: AnnualReport) -> list[Table]:
    organisations = report.organisations
    areas = [area.value for area in Area]
    kinds = sorted({o.kind for o in organisations} | {k.value for k in OrganisationKind})
    kinds.sort(key=_kind_order)
    matrix: list[tuple[Cell, ...]] = [
        (
            w.organisation_kind(kind),
            *(
                sum(1 for o in organisations if o.kind == kind and area in o.areas)
                for area in areas
            ),
            sum(1 for o in organisations if o.kind == kind),
        )
        for kind in kinds
    ]
    by_area_rows = [
        (w.area(area), o.name, w.organisation_kind(o.kind), o.by_area[area])
        for area, named in organisations_by_area(report)
        for o in named
    ]
    return [
        Table(
            "Organisationer per typ, område",
            f"Aktiva organisationer per typ och verksamhetsområde: "
            f"{distinct_organisations(len(organisations))}",
            ("Typ", *(w.area(area) for area in areas), "Hela året (olika)"),
            (
                *matrix,
                (
                    "Olika organisationer",
                    *(sum(1 for o in organisations if area in o.areas) for area in areas),
                    len(organisations),
                ),
            ),
            total_row=True,
        ),
        Table(
            "Organisationer per typ",
            "Aktiva organisationer per typ",
            ("Typ", "Organisation", "Aktiviteter", "Verksamhetsområden"),
            tuple(
                (
                    w.organisation_kind(o.kind),
                    o.name,
                    o.activities,
                    LIST_SEPARATOR.join(w.area(area) for area in o.areas),
                )
                for o in sorted(organisations, key=lambda o: _kind_order(o.kind))
            ),
        ),
        Table(
            "Organisationer per område",
            "Aktiva organisationer per verksamhetsområde",
            ("Verksamhetsområde", "Organisation", "Typ", "Aktiviteter i området"),
            tuple(by_area_rows),
        ),
        Table(
            "Kunskapsutbyten",
            f"Tillfällen av kunskapsutbyte ({len(report.knowledge_exchanges)})",
            ("Datum", "Aktivitet", "Aktivitetstyp", "Organisationer (typ)"),
            tuple(
                (a.date, a.title, a.type_name, with_kinds(a)) for a in report.knowledge_exchanges
            ),
        ),
        type_table("Aktiviteter per typ", report.activities_by_type, report.stats),
        Table(
            "Evenemang",
            f"Årets evenemang: aktiviteter av typen {EVENT_TYPE} ({len(report.events)})",
            ("Datum", "Aktivitet", "Plats", "Deltagare", "Organisationer (typ)"),
            tuple((a.date, a.title, a.site, a.participants, with_kinds(a)) for a in report.events),
        ),
        _share_table(
            "Deltagare per kön",
            "Deltagare i aktiviteterna per kön",
            "Kön",
            report.participants_by_gender,
            w.gender,
        ),
        _share_table(
            "Deltagare per ålder",
            "Deltagare i aktiviteterna per åldersgrupp",
            "Åldersgrupp",
            report.participants_by_age,
            str,
        ),
        network_table(report),
    ]


def network_table(report: AnnualReport) -> Table:
    """The network map's edges: two organisations and how many activities they shared."""
    return Table(
        "Samverkansnätverk",
        "Samverkan mellan organisationer: aktiviteter de ordnat eller samverkat i tillsammans",
        ("Organisation A", "Organisation B", "Aktiviteter tillsammans"),
        tuple((e.first, e.second, e.activities) for e in report.network),
    )


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
            ("Datum", "Plats", "Kön", "Åldersgrupp", "Besök", "Varav nya besökare"),
            tuple(
                (v.date, v.site, w.gender(v.gender), v.age_band, v.visits, v.new)
                for v in data.visits
            ),
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


# -- one partner organisation ------------------------------------------------------------------

PARTNER_DAYS = "Dagar med aktiviteter"
PARTNER_OTHERS = "Andra organisationer (olika)"


def partner_role(activity: PartnerActivity) -> str:
    return "Arrangör" if activity.organiser else "Partner"


def partner_key_figures(report: PartnerReport) -> list[tuple[str, Cell]]:
    """The partner report's headline, in the order every format shows it."""
    m = report.measures
    return [
        ("Aktiviteter tillsammans", m.activities),
        (PARTNER_DAYS, report.days),
        ("Deltagare", m.participants),
        (w.KNOWLEDGE_EXCHANGES, m.knowledge_exchanges),
        ("Som arrangör", report.as_organiser),
        ("Som partner", m.activities - report.as_organiser),
        (PARTNER_OTHERS, report.other_organisations),
    ]


def partner_tables(report: PartnerReport) -> list[Table]:
    bands = report.age_bands
    genders = report.genders
    activities = report.activities
    return [
        Table(
            "Nyckeltal",
            f"Samarbete med {report.partner}",
            ("Mått", "Värde"),
            tuple(partner_key_figures(report)),
        ),
        Table(
            "Aktiviteter",
            "Aktiviteter tillsammans",
            (
                "Datum",
                "Start",
                "Slut",
                "Plats",
                "Titel",
                "Aktivitetstyp",
                "Roll",
                "Andra organisationer",
                "Deltagare",
                "Kunskapsutbyte",
            ),
            tuple(
                (
                    a.date,
                    a.start,
                    a.end,
                    a.site,
                    a.title,
                    a.type_name,
                    partner_role(a),
                    LIST_SEPARATOR.join(a.others),
                    a.participants_total,
                    w.yes_no(a.knowledge_exchange),
                )
                for a in activities
            ),
        ),
        _per_activity(
            report,
            ("Per aktivitet och kön", "Deltagare per aktivitet och kön"),
            [w.gender(g) for g in genders],
            lambda a: [a.by_gender(g) for g in genders],
            list(report.participants_by_gender.values()),
        ),
        _per_activity(
            report,
            ("Per aktivitet och ålder", "Deltagare per aktivitet och åldersgrupp"),
            list(bands),
            lambda a: [a.by_age(b) for b in bands],
            list(report.participants_by_age.values()),
        ),
        _share_table(
            "Deltagare per kön",
            "Deltagare per kön",
            "Kön",
            report.participants_by_gender,
            w.gender,
        ),
        _share_table(
            "Deltagare per ålder",
            "Deltagare per åldersgrupp",
            "Åldersgrupp",
            report.participants_by_age,
            str,
        ),
        Table(
            "Aktiviteter per typ",
            "Aktiviteter per typ",
            ("Aktivitetstyp", "Verksamhetsområde", "Aktiviteter", "Deltagare"),
            (
                *(
                    (t.type_name, w.area(t.area), t.activities, t.participants)
                    for t in report.by_type
                ),
                ("Totalt", None, report.measures.activities, report.measures.participants),
            ),
            total_row=True,
        ),
    ]


def _per_activity(
    report: PartnerReport,
    names: tuple[str, str],
    headers: list[str],
    counts: Callable[[PartnerActivity], list[int]],
    totals: list[int],
) -> Table:
    """Participants per activity in the given columns, then the period's totals."""
    rows: list[tuple[Cell, ...]] = [
        (a.date, a.title, *counts(a), a.participants_total) for a in report.activities
    ]
    rows.append(("Totalt", None, *totals, report.measures.participants))
    name, title = names
    return Table(name, title, ("Datum", "Aktivitet", *headers, "Totalt"), tuple(rows), True)
