"""Ready Swedish sentences built from a report's figures, for the editable (Word) report.

"Under 2025 genomfördes 517 aktiviteter …", "1 456 besök under Bästa sommaren 2025, i snitt
40,4 per öppen dag". The report is the city's Swedish document, so these are Swedish and not in
the message catalogue; numbers are written as in the PDF (`format_number`: "1 456", "40,4").
"""

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import AnnualReport, DayPage, PeriodSummary
from vanskapshuset.reports.pdf.layout import format_number
from vanskapshuset.reports.tables import change_percent
from vanskapshuset.services.statistics import PeriodStats

__all__ = ["annual_sentences", "count", "day_sentences", "summary_sentences"]


def count(number: int, one: str, many: str) -> str:
    """ "1 aktivitet", "517 aktiviteter": the number and the noun in the right form."""
    return f"{format_number(number)} {one if number == 1 else many}"


def _activities(stats: PeriodStats, when: str) -> str:
    if not stats.activities:
        return f"{when} registrerades inga aktiviteter."
    verb = "genomfördes"
    sentence = (
        f"{when} {verb} {count(stats.activities, 'aktivitet', 'aktiviteter')} med sammanlagt "
        f"{count(stats.participants, 'deltagare', 'deltagare')}"
    )
    if stats.knowledge_exchanges:
        sentence += (
            ", varav "
            + count(stats.knowledge_exchanges, "tillfälle", "tillfällen")
            + " av kunskapsutbyte"
        )
    return sentence + "."


def _organisations(stats: PeriodStats) -> str | None:
    if not stats.active_organisations:
        return None
    n = stats.active_organisations
    if n == 1:
        return "1 förening eller grupp ordnade eller samverkade i aktiviteterna."
    return f"{format_number(n)} föreningar och grupper ordnade eller samverkade i aktiviteterna."


def _visits(stats: PeriodStats, during: str) -> str:
    if not stats.visits:
        return f"Inga besök registrerades {during}."
    sentence = f"{count(stats.visits, 'besök', 'besök')} {during}"
    if stats.days_open:
        sentence += (
            f", i snitt {format_number(stats.avg_visits_per_open_day)} per öppen dag "
            f"({count(stats.days_open, 'öppen dag', 'öppna dagar')})"
        )
    return sentence + "."


def _new_visitors(stats: PeriodStats) -> str | None:
    if not stats.new_visitors:
        return None
    marked = "markerades som ny besökare" if stats.new_visitors == 1 else "markerades som nya"
    return (
        f"{count(stats.new_visitors, 'besök', 'besök')} {marked} "
        "(barnets första besök i säsongen enligt ledarna)."
    )


def _peak(stats: PeriodStats) -> str | None:
    if stats.peak_day is None or not stats.peak_visits:
        return None
    return (
        f"Flest besök kom {w.weekday(stats.peak_day.weekday()).lower()} den "
        f"{w.long_date(stats.peak_day)}: {count(stats.peak_visits, 'besök', 'besök')}."
    )


def _change(what: str, current: int, earlier: int, *, verb_first: bool = False) -> str:
    """ "besöken ökade med 9 (90,0 %)"; `verb_first` after an opening phrase ("Jämfört med X
    ökade besöken …"), as Swedish word order wants."""
    if current == earlier:
        verb, amount = "var", "lika många"
    else:
        verb = "ökade" if current > earlier else "minskade"
        amount = f"med {format_number(abs(current - earlier))}"
        percent = change_percent(current, earlier)
        if percent is not None:
            amount += f" ({format_number(abs(percent))} %)"
    return f"{verb} {what} {amount}" if verb_first else f"{what} {verb} {amount}"


def _comparison(summary: PeriodSummary) -> str | None:
    if summary.previous is None:
        return None
    now, before = summary.stats, summary.previous.stats
    visits = _change("besöken", now.visits, before.visits, verb_first=True)
    activities = _change("aktiviteterna", now.activities, before.activities)
    return f"Jämfört med {summary.previous.name} {visits} och {activities}."


def summary_sentences(summary: PeriodSummary) -> list[str]:
    """The season (or period) told in a few sentences, in the order of the report."""
    stats = summary.stats
    place = f" på {stats.site}" if stats.site else ""
    sentences = [
        _visits(stats, f"under {summary.title}{place}"),
        _new_visitors(stats),
        _peak(stats),
        _activities(stats, "Under perioden"),
        _organisations(stats),
        _comparison(summary),
    ]
    return [s for s in sentences if s]


def annual_sentences(report: AnnualReport) -> list[str]:
    """The year's section 8 measures as sentences."""
    stats = report.stats
    sentences = [
        _activities(stats, f"Under {report.year}"),
        _organisations(stats),
        _visits(stats, f"under {report.year}"),
        _new_visitors(stats),
    ]
    busiest = max(report.by_month, key=lambda m: m.visits.visits, default=None)
    if busiest is not None and busiest.visits.visits:
        sentences.append(
            f"Flest besök kom i {w.MONTHS[busiest.month - 1]}: "
            f"{count(busiest.visits.visits, 'besök', 'besök')}."
        )
    return [s for s in sentences if s]


def day_sentences(page: DayPage) -> list[str]:
    """One site's day in a sentence or two."""
    participants = sum(a.participants for a in page.activities)
    day = f"{w.weekday(page.date.weekday()).lower()} den {w.long_date(page.date)}"
    visits = count(page.total, "besök", "besök") if page.total else "inga besök"
    sentence = f"{page.site} hade {visits} {day}"
    if page.activities:
        sentence += (
            f" och {count(len(page.activities), 'aktivitet', 'aktiviteter')} med sammanlagt "
            f"{count(participants, 'deltagare', 'deltagare')}"
        )
    return [sentence + "."]
