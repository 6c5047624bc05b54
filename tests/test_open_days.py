"""Open days, activity days, girls' share and visits per open hour (issue 16 item 2).

The rule lives in `domain/open_days.py`; `stats --json` (services/statistics.py, SQL) and the
reports (reports/facts.py, Python) both use it. The hand-worked cases below go through the
command line; the property test runs both implementations and a plain oracle on random data.
"""

import datetime as dt
import itertools
import json
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from by_name import activity_input
from vanskapshuset.domain import open_days
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.period_facts import PeriodFacts

HUSET = "Vänskapshuset"
PARKEN = "Vänskapsparken"

OLD_KEYS = {
    "from", "to", "site", "visits", "days_open", "avg_visits_per_open_day", "peak_day",
    "visits_by_gender", "visits_by_age", "activities", "participants", "knowledge_exchanges",
    "active_organisations", "activities_by_area",
}  # fmt: skip
NEW_KEYS = {"activity_days", "girls_share", "visits_per_open_hour", "new_visitors"}


def stats_json(cli, start: str, end: str, site: str | None = None) -> dict:
    args = ["stats", "--from", start, "--to", end, "--json"]
    result = cli(*(args + (["--site", site] if site else [])))
    assert result.code == 0 and result.err == "", result.err
    return json.loads(result.out)


def facts_of(app, start: dt.date, end: dt.date, site_id: str | None = None) -> PeriodFacts:
    with app.context.db.read() as session:
        return PeriodFacts.load(session, start, end, None if site_id is None else [site_id])


def meeting(app, site: str, day: dt.date, hour: int = 9) -> str:
    return app.activities.create(
        activity_input(
            app,
            site=site,
            date=day,
            start=dt.time(hour),
            end=dt.time(hour + 1),
            title="Samordningsmöte",
            type_name="Samverkansmöte",
        )
    )


def log(site_id: str, day: dt.date, is_open: bool | None, hours: tuple[int, int] | None = None):
    opens, closes = (dt.time(hours[0]), dt.time(hours[1])) if hours else (None, None)
    return DayLogEntry(site_id, day, is_open, opens, closes, (), "")


def at(day: dt.date, hour: int = 15) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=STOCKHOLM)


JUNE_2 = dt.date(2025, 6, 2)


def test_stats_json_has_the_new_keys_and_every_old_one(app, cli):
    app.sites.add(HUSET)
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert set(stats) == OLD_KEYS | NEW_KEYS
    assert (stats["activity_days"], stats["girls_share"], stats["visits_per_open_hour"]) == (
        0,
        None,
        None,
    )
    # The plain (non-JSON) output lists them too.
    plain = cli("stats", "--from", "2025-06-01", "--to", "2025-06-30").out
    for key in OLD_KEYS | NEW_KEYS:
        assert f"\n{key}: " in "\n" + plain, key


def test_a_day_with_only_a_morning_meeting_is_an_activity_day(app, cli):
    app.sites.add(HUSET)
    meeting(app, HUSET, JUNE_2, hour=9)
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert (stats["days_open"], stats["activity_days"], stats["activities"]) == (0, 1, 1)
    assert stats["avg_visits_per_open_day"] == 0.0
    facts = facts_of(app, dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert facts.open_days() == set() and facts.activity_days() == {JUNE_2}


def test_the_meeting_day_does_not_dilute_the_average(app, cli):
    """The issue's example: a meeting on a day without visits no longer halves the average."""
    huset = app.sites.add(HUSET)
    app.visits.add(huset.id, "girl", "10-13", 22, at(dt.date(2025, 6, 3)))
    meeting(app, HUSET, JUNE_2)
    meeting(app, HUSET, dt.date(2025, 6, 3), hour=17)  # on an open day: not an activity day
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert (stats["days_open"], stats["activity_days"]) == (1, 1)
    assert stats["avg_visits_per_open_day"] == 22.0


def test_an_open_day_log_without_visits_is_an_open_day(app, cli):
    huset = app.sites.add(HUSET)
    app.day_logs.save(log(huset.id, JUNE_2, True))
    stats = stats_json(cli, "2025-06-01", "2025-06-30", HUSET)
    assert (stats["days_open"], stats["activity_days"], stats["visits"]) == (1, 0, 0)
    assert facts_of(app, dt.date(2025, 6, 1), dt.date(2025, 6, 30)).open_days() == {JUNE_2}


def test_visits_open_a_day_even_when_its_day_log_says_closed(app, cli):
    """The issue's words taken literally: 'open when its day log says open or visits were
    counted there' — counted visits are not cancelled by a closed day log."""
    huset = app.sites.add(HUSET)
    app.day_logs.save(log(huset.id, JUNE_2, False))
    app.visits.add(huset.id, "boy", "14-17", 3, at(JUNE_2))
    meeting(app, HUSET, dt.date(2025, 6, 4))
    app.day_logs.save(log(huset.id, dt.date(2025, 6, 4), False))  # closed, a meeting only
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert (stats["days_open"], stats["activity_days"]) == (1, 1)


def test_girls_share_leaves_out_unknown_but_counts_other(app, cli):
    huset = app.sites.add(HUSET)
    app.visits.add(huset.id, "girl", "10-13", 3, at(JUNE_2))
    app.visits.add(huset.id, "boy", "10-13", 4, at(JUNE_2))
    app.visits.add(huset.id, "other", "14-17", 1, at(JUNE_2))
    app.visits.add(huset.id, "unknown", "26+", 5, at(JUNE_2))
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert stats["girls_share"] == 37.5  # 3 / (3 + 4 + 1); the 5 unknown are left out
    only_unknown = app.sites.add(PARKEN)
    app.visits.add(only_unknown.id, "unknown", "26+", 2, at(JUNE_2))
    assert stats_json(cli, "2025-06-01", "2025-06-30", PARKEN)["girls_share"] is None
    assert open_days.girls_share({"girl": 1, "boy": 2}) == 33.3
    assert open_days.girls_share({"girl": 1, "boy": 0, "other": 7}) == 12.5
    assert open_days.girls_share({"girl": 2, "boy": 1}) == 66.7  # 66.67, half up


def test_visits_per_open_hour_uses_only_days_with_opening_hours(app, cli):
    huset = app.sites.add(HUSET)
    parken = app.sites.add(PARKEN)
    # 06-02 Huset 14–18 (4 h), 10 visits; 06-03 Huset open 15–17 (2 h), no visits;
    # 06-04 Huset 25 visits, no day log (no hours: left out of visits_per_open_hour);
    # 06-02 Parken 12–15 (3 h) in a day log saying closed, 2 visits: not hours of opening.
    app.day_logs.save(log(huset.id, JUNE_2, True, (14, 18)))
    app.visits.add(huset.id, "girl", "10-13", 10, at(JUNE_2))
    app.day_logs.save(log(huset.id, dt.date(2025, 6, 3), True, (15, 17)))
    app.visits.add(huset.id, "boy", "10-13", 25, at(dt.date(2025, 6, 4)))
    app.day_logs.save(log(parken.id, JUNE_2, False, (12, 15)))
    app.visits.add(parken.id, "boy", "7-9", 2, at(JUNE_2))
    stats = stats_json(cli, "2025-06-01", "2025-06-30")
    assert stats["visits_per_open_hour"] == 1.7  # 10 / (4 + 2) = 1.67
    assert stats["days_open"] == 3
    assert stats_json(cli, "2025-06-02", "2025-06-02", HUSET)["visits_per_open_hour"] == 2.5
    # Open days, but none with opening hours: null, not 0.
    assert stats_json(cli, "2025-06-04", "2025-06-04")["visits_per_open_hour"] is None
    assert stats_json(cli, "2025-06-02", "2025-06-02", PARKEN)["visits_per_open_hour"] is None
    facts = facts_of(app, dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert facts.visits_per_open_hour() == 1.7
    assert facts.where(site_id=huset.id).visit_totals().visits_per_open_hour == 1.7


def test_opening_hours_of_a_day_log():
    assert open_days.opening_hours(True, dt.time(14), dt.time(18, 30)) == Decimal("4.5")
    assert open_days.opening_hours(None, dt.time(14), dt.time(15)) == 1
    assert open_days.opening_hours(False, dt.time(14), dt.time(15)) is None
    assert open_days.opening_hours(True, dt.time(14), None) is None
    assert open_days.opening_hours(True, dt.time(14), dt.time(14)) is None


# -- both implementations on random data -------------------------------------------------

GENDERS = ("girl", "boy", "other", "unknown")
site_day = st.fixed_dictionaries(
    {
        "visits": st.lists(
            st.tuples(st.sampled_from(GENDERS), st.integers(1, 5), st.booleans()), max_size=3
        ),  # (gender, count, undo one of them)
        "meetings": st.integers(0, 2),
        "log": st.none() | st.sampled_from([True, False, None]),
        "hours": st.none() | st.tuples(st.integers(8, 16), st.integers(1, 6)),
    }
)
week = st.lists(st.tuples(site_day, site_day), min_size=7, max_size=7)  # Huset, Parken
weeks = itertools.count()


def _one_decimal(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _oracle(plan: list, sites: tuple[int, ...]) -> dict:
    """The rule written out once more, straight from the generated plan."""
    open_dates, busy_dates = set(), set()
    visits = girls = stated = 0
    hour_visits, hours = 0, Decimal(0)
    for n, pair in enumerate(plan):
        for s in sites:
            cell = pair[s]
            net = sum(count - (1 if undo else 0) for _, count, undo in cell["visits"])
            visits += net
            for gender, count, undo in cell["visits"]:
                if gender != "unknown":
                    stated += count - undo
                if gender == "girl":
                    girls += count - undo
            is_open = cell["log"] is True or net > 0
            if is_open:
                open_dates.add(n)
            if cell["meetings"]:
                busy_dates.add(n)
            if is_open and cell["log"] is not False and cell["hours"]:
                hour_visits += net
                hours += cell["hours"][1]
    return {
        "visits": visits,
        "days_open": len(open_dates),
        "activity_days": len(busy_dates - open_dates),
        "avg_visits_per_open_day": (
            _one_decimal(Decimal(visits) / len(open_dates)) if open_dates else 0.0
        ),
        "girls_share": _one_decimal(Decimal(100 * girls) / stated) if stated else None,
        "visits_per_open_hour": _one_decimal(hour_visits / hours) if hours else None,
    }


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=week)
def test_stats_and_reports_agree_on_random_weeks(app, plan) -> None:
    if not app.sites.list():
        app.sites.add(HUSET)
        app.sites.add(PARKEN)
    ids = (app.sites.id_of(HUSET), app.sites.id_of(PARKEN))
    names = (HUSET, PARKEN)
    monday = dt.date(2024, 1, 1) + dt.timedelta(weeks=next(weeks))  # a fresh week each time
    for n, pair in enumerate(plan):
        day = monday + dt.timedelta(days=n)
        for s, cell in enumerate(pair):
            for gender, count, undo in cell["visits"]:
                added = app.visits.add(ids[s], gender, "10-13", count, at(day))
                if undo:
                    app.visits.undo(added[0])
            for m in range(cell["meetings"]):
                meeting(app, names[s], day, hour=9 + 2 * m)
            # A day log saying open, closed or (None) nothing, with or without hours; a
            # log that would say nothing at all is not saved (the same as no log).
            if cell["log"] is not None or cell["hours"]:
                start, length = cell["hours"] or (0, 0)
                hours = (start, start + length) if cell["hours"] else None
                app.day_logs.save(log(ids[s], day, cell["log"], hours))
    sunday = monday + dt.timedelta(days=6)
    for sites, site_id, site_name in (
        ((0, 1), None, None),
        ((0,), ids[0], HUSET),
        ((1,), ids[1], PARKEN),
    ):
        expected = _oracle(plan, sites)
        stats = app.statistics.period(monday, sunday, site_id, site_name).as_json()
        assert {k: stats[k] for k in expected} == expected
        totals = facts_of(app, monday, sunday, site_id).visit_totals()
        assert (
            totals.visits,
            totals.days_open,
            totals.activity_days,
            totals.avg_visits_per_open_day,
            totals.visits_per_open_hour,
        ) == (
            stats["visits"],
            stats["days_open"],
            stats["activity_days"],
            stats["avg_visits_per_open_day"],
            stats["visits_per_open_hour"],
        )
