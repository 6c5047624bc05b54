"""Every report's figures on the hand-worked data set of conftest.py."""

import datetime as dt

import pytest
from report_data import ARABIC_ORG, FORMULA_ORG, SEASON

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.season_names import season_kind
from vanskapshuset.reports.service import ReportService


def test_season_kind_ignores_the_year_and_spelling() -> None:
    assert season_kind("Bästa sommaren 2025") == season_kind("bästa  Sommaren 2024")
    assert season_kind("Höstlov 2025") != season_kind("Bästa sommaren 2025")


def test_season_summary(reports: ReportService) -> None:
    summary = reports.season(SEASON)
    stats = summary.stats
    assert (stats.site, stats.start, stats.end) == (
        "Vänskapsparken",
        dt.date(2025, 6, 16),
        dt.date(2025, 8, 8),
    )
    # 06-16, 06-18 and 07-03 had visits, 06-17 an open day log; 06-19 had only an activity,
    # so it is an activity day, not an open day (issue 16 item 2).
    assert (stats.visits, stats.days_open, stats.avg_visits_per_open_day) == (19, 4, 4.8)
    assert stats.activity_days == 1
    assert stats.girls_share == 50.0  # 9 / (9 + 8 + 1)
    # Only 06-17 has opening hours (12–17) and no visits: 0 / 5 hours.
    assert stats.visits_per_open_hour == 0.0
    assert (stats.peak_day, stats.peak_visits) == (dt.date(2025, 7, 3), 9)
    assert stats.visits_by_gender == {"girl": 9, "boy": 8, "other": 1, "unknown": 1}
    assert stats.visits_by_age == {"0-6": 2, "7-9": 9, "10-13": 7, "14-17": 1, "18-25": 0, "26+": 0}
    # The deleted activity and the house's meeting in March are not in it.
    assert (stats.activities, stats.participants, stats.knowledge_exchanges) == (2, 12, 1)
    assert stats.active_organisations == 3

    weeks = [(w.week, w.visits, w.days_open) for w in summary.visits_by_week]
    assert weeks == [(25, 10, 3), (26, 0, 0), (27, 9, 1), (28, 0, 0), (29, 0, 0), (30, 0, 0),
                     (31, 0, 0), (32, 0, 0)]  # fmt: skip
    weekdays = [(d.weekday, d.visits, d.days_open) for d in summary.visits_by_weekday]
    assert weekdays == [(0, 5, 1), (1, 0, 1), (2, 5, 1), (3, 9, 1), (4, 0, 0), (5, 0, 0), (6, 0, 0)]
    assert [(t.type_name, t.activities, t.participants) for t in summary.activities_by_type] == [
        ("Fotboll", 1, 8),
        ("Konstworkshop", 1, 4),
    ]
    assert summary.participants_by_gender == {"girl": 7, "boy": 5, "other": 0, "unknown": 0}
    assert summary.participants_by_age["10-13"] == 9
    assert sorted((p.name, p.activities) for p in summary.partners) == sorted(
        [("FC Rosengård", 1), (ARABIC_ORG, 1), (FORMULA_ORG, 1)]
    )
    assert summary.previous is not None
    assert summary.previous.name == "Bästa sommaren 2024"
    assert (summary.previous.stats.visits, summary.previous.stats.days_open) == (10, 1)


def test_the_summary_headline_is_stats_json(filled, reports: ReportService) -> None:
    summary = reports.season(SEASON)
    park = filled.sites.by_name("Vänskapsparken")
    stats = filled.statistics.period(summary.start, summary.end, park.id, park.name)
    assert summary.stats.as_json() == stats.as_json()
    assert sum(w.visits for w in summary.visits_by_week) == stats.visits
    assert sum(d.visits for d in summary.visits_by_weekday) == stats.visits
    assert sum(t.activities for t in summary.activities_by_type) == stats.activities
    assert sum(summary.participants_by_gender.values()) == stats.participants


def test_a_season_at_another_site_and_a_first_season(reports: ReportService) -> None:
    at_house = reports.season(SEASON, "Vänskapshuset")
    assert (at_house.stats.site, at_house.stats.visits, at_house.stats.days_open) == (
        "Vänskapshuset",
        4,
        1,
    )
    everywhere = reports.season(SEASON, all_sites=True)
    assert (everywhere.stats.site, everywhere.stats.visits) == (None, 23)
    assert everywhere.previous is not None and everywhere.previous.stats.visits == 10
    assert reports.season("Bästa sommaren 2024").previous is None


def test_annual_report(reports: ReportService) -> None:
    report = reports.annual(2025)
    total = report.total
    assert (total.knowledge_exchanges, total.active_organisations) == (2, 3)
    assert (total.activities, total.participants) == (3, 18)
    # 06-16, 06-17 (log), 06-18, 07-03; 03-10 and 06-19 had only activities.
    assert (report.stats.visits, report.stats.days_open) == (23, 4)
    assert report.stats.activity_days == 2
    by_area = {a.area: a.measures for a in report.by_area}
    assert (by_area["children_youth"].activities, by_area["children_youth"].participants) == (2, 12)
    assert (by_area["presence"].knowledge_exchanges, by_area["presence"].active_organisations) == (
        1,
        1,
    )
    assert by_area["meeting_place"].activities == 0
    assert report.by_area[0].impact_goals  # the agreement's effektmål, for the headings
    months = {m.month: m for m in report.by_month}
    assert len(months) == 12
    assert (months[3].measures.activities, months[3].visits.visits, months[3].visits.days_open) == (
        1,
        0,
        0,  # the March meeting makes an activity day, not an open day
    )
    assert months[3].visits.activity_days == 1
    assert (
        months[6].visits.visits,
        months[6].visits.days_open,
        months[6].measures.participants,
    ) == (
        10,
        3,  # 06-16, 06-17 (log), 06-18; 06-19 is an activity day
        12,
    )
    assert (months[7].visits.visits, months[7].visits.days_open) == (13, 1)
    assert sum(m.visits.visits for m in report.by_month) == report.stats.visits
    assert sum(m.visits.days_open for m in report.by_month) == report.stats.days_open
    assert sum(m.measures.activities for m in report.by_month) == total.activities
    sites = {s.site: s for s in report.by_site}
    assert (sites["Vänskapshuset"].visits.visits, sites["Vänskapshuset"].visits.days_open) == (4, 1)
    assert (sites["Vänskapsparken"].visits.visits, sites["Vänskapsparken"].measures.activities) == (
        19,
        2,
    )
    assert [s.title for s in report.seasons] == [SEASON]


def test_day_report(reports: ReportService) -> None:
    report = reports.day(dt.date(2025, 7, 3))
    pages = {p.site: p for p in report.pages}
    assert set(pages) == {"Vänskapshuset", "Vänskapsparken"}
    park = pages["Vänskapsparken"]
    assert park.total == 9
    assert park.visits[("boy", "7-9")] == 6
    assert (park.by_gender("girl"), park.by_age("10-13")) == (2, 1)
    assert park.age_bands == ("0-6", "7-9", "10-13", "14-17", "18-25", "26+")
    quiet = reports.day(dt.date(2025, 6, 17), "Vänskapsparken").pages[0]
    assert (quiet.total, quiet.is_open, quiet.note, quiet.opens_at) == (
        0,
        True,
        "Regn, få barn.",
        dt.time(12),
    )
    with_activity = reports.day(dt.date(2025, 6, 16), "Vänskapsparken").pages[0]
    [football] = with_activity.activities
    assert (football.organiser, football.partners, football.participants) == (
        "FC Rosengård",
        (ARABIC_ORG,),
        8,
    )


def test_empty_periods_give_zeros(reports: ReportService) -> None:
    empty = reports.period(dt.date(2030, 1, 1), dt.date(2030, 1, 31))
    assert (empty.stats.visits, empty.stats.days_open, empty.stats.peak_day) == (0, 0, None)
    assert all(w.visits == 0 for w in empty.visits_by_week)
    assert empty.partners == () and empty.activities_by_type == ()
    year = reports.annual(2030)
    assert year.total.activities == 0 and year.seasons == ()
    assert len(year.by_month) == 12
    day = reports.day(dt.date(2030, 1, 1))
    assert [p.total for p in day.pages] == [0, 0]  # every site, all zeros


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: r.season("Vintern 1999"), "Okänd säsong"),
        (lambda r: r.period(dt.date(2025, 2, 1), dt.date(2025, 1, 1)), "före den börjar"),
        (lambda r: r.annual(1066), "utanför"),
        (lambda r: r.day(dt.date(2025, 7, 3), "Månen"), "Okänd plats"),
    ],
)
def test_bad_requests_get_one_sentence(reports: ReportService, call, message: str) -> None:
    with pytest.raises(UserError, match=message):
        call(reports)
