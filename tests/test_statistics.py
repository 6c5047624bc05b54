"""Period statistics (`stats --json`, DESIGN section 6) on small data sets computed by hand.

Every expected figure below is written out from the data the test puts in; none is computed by
the code under test. Each data set is checked through the service and through the command line.
"""

import datetime as dt
import json

import pytest

from by_name import activity_input
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.period_facts import PeriodFacts

HUSET = "Vänskapshuset"
PARKEN = "Vänskapsparken"

ALL_KEYS = {
    "from",
    "to",
    "site",
    "visits",
    "days_open",
    "avg_visits_per_open_day",
    "peak_day",
    "visits_by_gender",
    "visits_by_age",
    "activities",
    "participants",
    "knowledge_exchanges",
    "active_organisations",
    "activities_by_area",
    # issue 16 item 2: added, never instead of an old key
    "activity_days",
    "girls_share",
    "visits_per_open_hour",
    # issue 16 item 3
    "new_visitors",
}


def at(day: int, hour: int, month: int = 7) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, 0, tzinfo=STOCKHOLM)


def day_log(site_id: str, day: dt.date, is_open: bool) -> DayLogEntry:
    return DayLogEntry(site_id, day, is_open, None, None, (), "")


def assert_whole_counts(stats: dict) -> None:
    """Counts are integers (not floats, not booleans); the average is a float."""
    for key in ("visits", "days_open", "activities", "participants", "knowledge_exchanges"):
        assert type(stats[key]) is int, key
    assert type(stats["active_organisations"]) is int
    assert type(stats["peak_day"]["visits"]) is int
    for group in ("visits_by_gender", "visits_by_age", "activities_by_area"):
        for key, value in stats[group].items():
            assert type(value) is int, f"{group}.{key}"
    assert type(stats["avg_visits_per_open_day"]) is float
    assert type(stats["activity_days"]) is int
    assert type(stats["new_visitors"]) is int
    for key in ("girls_share", "visits_per_open_hour"):
        assert stats[key] is None or type(stats[key]) is float, key


def both_ways(app, cli, start: str, end: str, site: str | None = None) -> dict:
    """The figures from the service and from `stats --json`; they must be the same."""
    site_info = app.sites.by_name(site) if site else None
    from_service = app.statistics.period(
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
        site_info.id if site_info else None,
        site_info.name if site_info else None,
    ).as_json()
    args = ["stats", "--from", start, "--to", end, "--json"]
    if site:
        args += ["--site", site]
    result = cli(*args)
    assert result.code == 0, result.err
    assert result.err == ""
    from_cli = json.loads(result.out)
    assert set(from_service) == ALL_KEYS
    assert set(from_cli) == ALL_KEYS
    assert_whole_counts(from_cli)
    assert_whole_counts(from_service)
    assert from_cli == from_service
    assert_reports_agree(app, from_cli, site_info.id if site_info else None)
    return from_cli


def assert_reports_agree(app, stats: dict, site_id: str | None) -> None:
    """The reports' own sums (services/period_facts.py) count open days as `stats --json` does."""
    start, end = dt.date.fromisoformat(stats["from"]), dt.date.fromisoformat(stats["to"])
    with app.context.db.read() as session:
        facts = PeriodFacts.load(session, start, end, None if site_id is None else [site_id])
    totals = facts.visit_totals()
    assert totals.visits == stats["visits"]
    assert totals.days_open == stats["days_open"]
    assert totals.activity_days == stats["activity_days"]
    assert facts.new_visitors() == stats["new_visitors"]
    assert totals.avg_visits_per_open_day == stats["avg_visits_per_open_day"]
    assert totals.visits_per_open_hour == stats["visits_per_open_hour"]


@pytest.fixture
def summer(app, cli):
    """Two sites, one week of July 2025.

    Visits (net):
      07-01 Parken  girl 7-9 ×2, boy 7-9 ×1                              = 3
      07-02 Parken  girl 7-9 ×4 (one undone), boy 10-13 ×2, other 0-6 ×1  = 6
      07-03 Parken  girl 0-6 ×1                                          = 1
      07-03 Huset   boy 14-17 ×4, unknown 26+ ×2                         = 6
      07-04 Huset   girl 10-13 ×3, boy 10-13 ×4                          = 7
    Activities:
      A1 07-02 Parken Fotboll (children_youth), organiser Rädda Barnen, partners ZigZag and
         Rädda Barnen, participants girl:7-9=3 boy:10-13=4
      A2 07-05 Huset Tjejforum (self_organisation), organiser ZigZag, partners Rädda Barnen and
         Nabta, participants girl:14-17=6, knowledge exchange
      A3 07-05 Huset Fotboll with --area presence (command line), knowledge exchange, no orgs
      A4 07-06 Parken Dans, organiser Sawa, partner Nabta, 10 participants, knowledge
         exchange — deleted
    Day logs: 07-03 Huset open (has visits too), 07-07 Huset open (nothing else),
      07-06 Parken closed (only the deleted activity).
    """
    huset = app.sites.add(HUSET, "indoor")
    parken = app.sites.add(PARKEN, "outdoor")
    for name in ("Rädda Barnen", "ZigZag", "Nabta", "Sawa"):
        app.organisations.add(name)

    app.visits.add(parken.id, "girl", "7-9", 2, at(1, 10))
    app.visits.add(parken.id, "boy", "7-9", 1, at(1, 10))
    girls = app.visits.add(parken.id, "girl", "7-9", 4, at(2, 11))
    app.visits.add(parken.id, "boy", "10-13", 2, at(2, 11))
    app.visits.add(parken.id, "other", "0-6", 1, at(2, 12))
    app.visits.undo(girls[1])
    app.visits.add(parken.id, "girl", "0-6", 1, at(3, 13))
    app.visits.add(huset.id, "boy", "14-17", 4, at(3, 15))
    app.visits.add(huset.id, "unknown", "26+", 2, at(3, 16))
    app.visits.add(huset.id, "girl", "10-13", 3, at(4, 16))
    app.visits.add(huset.id, "boy", "10-13", 4, at(4, 17))

    app.activities.create(
        activity_input(
            app,
            site=PARKEN,
            date=dt.date(2025, 7, 2),
            start=dt.time(14, 0),
            end=dt.time(15, 30),
            title="Fotboll i parken",
            type_name="Fotboll",
            organiser="Rädda Barnen",
            partners=("ZigZag", "Rädda Barnen"),
            participants=(
                ParticipantCount(Gender.GIRL, "7-9", 3),
                ParticipantCount(Gender.BOY, "10-13", 4),
            ),
            leader_count=2,
        )
    )
    app.activities.create(
        activity_input(
            app,
            site=HUSET,
            date=dt.date(2025, 7, 5),
            start=dt.time(17, 0),
            end=dt.time(19, 0),
            title="Tjejforum",
            type_name="Tjejforum",
            organiser="ZigZag",
            partners=("Rädda Barnen", "Nabta"),
            participants=(ParticipantCount(Gender.GIRL, "14-17", 6),),
            knowledge_exchange=True,
        )
    )
    result = cli(
        "activity", "add", "--site", HUSET, "--date", "2025-07-05", "--start", "10:00",
        "--end", "11:00", "--title", "Samverkan kring fotbollsplanen", "--type", "Fotboll",
        "--area", "presence", "--knowledge-exchange",
    )  # fmt: skip
    assert result.code == 0, result.err
    deleted = app.activities.create(
        activity_input(
            app,
            site=PARKEN,
            date=dt.date(2025, 7, 6),
            start=dt.time(13, 0),
            end=dt.time(14, 0),
            title="Dans",
            type_name="Dans",
            organiser="Sawa",
            partners=("Nabta",),
            participants=(ParticipantCount(Gender.GIRL, "7-9", 10),),
            knowledge_exchange=True,
        )
    )
    app.activities.delete(deleted)

    app.day_logs.save(day_log(huset.id, dt.date(2025, 7, 3), True))
    app.day_logs.save(day_log(huset.id, dt.date(2025, 7, 7), True))
    app.day_logs.save(day_log(parken.id, dt.date(2025, 7, 6), False))
    return app


def test_whole_week_all_sites(summer, cli):
    assert both_ways(summer, cli, "2025-07-01", "2025-07-07") == {
        "from": "2025-07-01",
        "to": "2025-07-07",
        "site": None,
        "visits": 23,
        # 01, 02, 03, 04 (visits), 07 (open day log only); 05 has activities only (an
        # activity day, not open); 06 has only a closed day log and a deleted activity.
        "days_open": 5,
        "avg_visits_per_open_day": 4.6,  # 23 / 5
        # 07-03 (1 + 6) ties with 07-04 (7): the earliest wins. 07-02 had 7 before the undo.
        "peak_day": {"date": "2025-07-03", "visits": 7},
        "visits_by_gender": {"girl": 9, "boy": 11, "other": 1, "unknown": 2},
        "visits_by_age": {"0-6": 2, "7-9": 6, "10-13": 9, "14-17": 4, "18-25": 0, "26+": 2},
        "activities": 3,
        "participants": 13,  # 3 + 4 + 6
        "knowledge_exchanges": 2,
        # Rädda Barnen (organiser and partner of A1: once), ZigZag, Nabta; Sawa only deleted.
        "active_organisations": 3,
        "activities_by_area": {
            "presence": 1,
            "self_organisation": 1,
            "meeting_place": 0,
            "children_youth": 1,
        },
        "activity_days": 1,  # 05
        "girls_share": 42.9,  # 9 / (9 + 11 + 1); the 2 unknown are left out
        "visits_per_open_hour": None,  # no day log gives opening hours
        "new_visitors": 0,
    }


def test_one_site_parken(summer, cli):
    assert both_ways(summer, cli, "2025-07-01", "2025-07-07", PARKEN) == {
        "from": "2025-07-01",
        "to": "2025-07-07",
        "site": PARKEN,
        "visits": 10,
        "days_open": 3,  # 01, 02, 03; 06 is closed and its only activity is deleted
        "avg_visits_per_open_day": 3.3,  # 10 / 3
        "peak_day": {"date": "2025-07-02", "visits": 6},
        "visits_by_gender": {"girl": 6, "boy": 3, "other": 1, "unknown": 0},
        "visits_by_age": {"0-6": 2, "7-9": 6, "10-13": 2, "14-17": 0, "18-25": 0, "26+": 0},
        "activities": 1,
        "participants": 7,
        "knowledge_exchanges": 0,
        "active_organisations": 2,  # Rädda Barnen, ZigZag
        "activities_by_area": {
            "presence": 0,
            "self_organisation": 0,
            "meeting_place": 0,
            "children_youth": 1,
        },
        "activity_days": 0,  # 02's activity is on a day with visits; 06's is deleted
        "girls_share": 60.0,  # 6 / (6 + 3 + 1)
        "visits_per_open_hour": None,
        "new_visitors": 0,
    }


def test_one_site_huset(summer, cli):
    assert both_ways(summer, cli, "2025-07-01", "2025-07-07", HUSET) == {
        "from": "2025-07-01",
        "to": "2025-07-07",
        "site": HUSET,
        "visits": 13,
        "days_open": 3,  # 03 (visits and log), 04 (visits), 07 (log); 05 has only activities
        "avg_visits_per_open_day": 4.3,  # 13 / 3 = 4.33
        "peak_day": {"date": "2025-07-04", "visits": 7},
        "visits_by_gender": {"girl": 3, "boy": 8, "other": 0, "unknown": 2},
        "visits_by_age": {"0-6": 0, "7-9": 0, "10-13": 7, "14-17": 4, "18-25": 0, "26+": 2},
        "activities": 2,
        "participants": 6,
        "knowledge_exchanges": 2,
        "active_organisations": 3,  # ZigZag, Rädda Barnen, Nabta
        "activities_by_area": {
            "presence": 1,
            "self_organisation": 1,
            "meeting_place": 0,
            "children_youth": 0,
        },
        "activity_days": 1,  # 05
        "girls_share": 27.3,  # 3 / (3 + 8)
        "visits_per_open_hour": None,
        "new_visitors": 0,
    }


def test_two_days_average_is_exact_half(summer, cli):
    stats = both_ways(summer, cli, "2025-07-04", "2025-07-05", HUSET)
    assert stats["visits"] == 7
    assert stats["days_open"] == 1  # 04; 05 has only activities
    assert stats["activity_days"] == 1
    assert stats["avg_visits_per_open_day"] == 7.0
    assert stats["peak_day"] == {"date": "2025-07-04", "visits": 7}
    assert stats["activities"] == 2


def test_period_bounds_are_inclusive_single_day(summer, cli):
    assert both_ways(summer, cli, "2025-07-03", "2025-07-03") == {
        "from": "2025-07-03",
        "to": "2025-07-03",
        "site": None,
        "visits": 7,
        "days_open": 1,
        "avg_visits_per_open_day": 7.0,
        "peak_day": {"date": "2025-07-03", "visits": 7},
        "visits_by_gender": {"girl": 1, "boy": 4, "other": 0, "unknown": 2},
        "visits_by_age": {"0-6": 1, "7-9": 0, "10-13": 0, "14-17": 4, "18-25": 0, "26+": 2},
        "activities": 0,
        "participants": 0,
        "knowledge_exchanges": 0,
        "active_organisations": 0,
        "activities_by_area": {
            "presence": 0,
            "self_organisation": 0,
            "meeting_place": 0,
            "children_youth": 0,
        },
        "activity_days": 0,
        "girls_share": 20.0,  # 1 / (1 + 4)
        "visits_per_open_hour": None,
        "new_visitors": 0,
    }


def test_undone_visit_is_not_counted(summer, cli):
    stats = both_ways(summer, cli, "2025-07-02", "2025-07-02")
    assert stats["visits"] == 6
    assert stats["visits_by_gender"] == {"girl": 3, "boy": 2, "other": 1, "unknown": 0}
    assert stats["visits_by_age"]["7-9"] == 3
    assert stats["peak_day"] == {"date": "2025-07-02", "visits": 6}


def test_days_with_only_logs_or_activities(summer, cli):
    """05: activities, no visits; 06: closed log and a deleted activity; 07: open log only."""
    stats = both_ways(summer, cli, "2025-07-05", "2025-07-07")
    assert stats["visits"] == 0
    assert stats["days_open"] == 1  # 07
    assert stats["activity_days"] == 1  # 05
    assert stats["girls_share"] is None  # no visits, so no stated gender
    assert stats["avg_visits_per_open_day"] == 0.0
    assert stats["peak_day"] == {"date": None, "visits": 0}
    assert stats["activities"] == 2
    assert stats["participants"] == 6

    closed_only = both_ways(summer, cli, "2025-07-06", "2025-07-06")
    assert closed_only["days_open"] == 0
    assert closed_only["activity_days"] == 0  # its only activity is deleted
    assert closed_only["activities"] == 0
    assert closed_only["participants"] == 0
    assert closed_only["knowledge_exchanges"] == 0
    assert closed_only["active_organisations"] == 0


def test_deleted_activity_is_excluded_everywhere(summer, cli):
    assert summer.activities.list(dt.date(2025, 7, 6), dt.date(2025, 7, 6)) == []
    result = cli("activity", "list", "--from", "2025-07-06", "--to", "2025-07-06", "--json")
    assert result.code == 0
    assert json.loads(result.out) == []
    stats = both_ways(summer, cli, "2025-07-06", "2025-07-06", PARKEN)
    assert stats["days_open"] == 0
    assert stats["activities"] == 0
    assert stats["activities_by_area"]["children_youth"] == 0


EMPTY_GROUPS = {
    "visits_by_gender": {"girl": 0, "boy": 0, "other": 0, "unknown": 0},
    "visits_by_age": {"0-6": 0, "7-9": 0, "10-13": 0, "14-17": 0, "18-25": 0, "26+": 0},
    "activities_by_area": {
        "presence": 0,
        "self_organisation": 0,
        "meeting_place": 0,
        "children_youth": 0,
    },
}


def test_empty_period_is_all_zeros(summer, cli):
    assert both_ways(summer, cli, "2025-01-01", "2025-01-31") == {
        "from": "2025-01-01",
        "to": "2025-01-31",
        "site": None,
        "visits": 0,
        "days_open": 0,
        "avg_visits_per_open_day": 0.0,
        "peak_day": {"date": None, "visits": 0},
        "activities": 0,
        "participants": 0,
        "knowledge_exchanges": 0,
        "active_organisations": 0,
        **EMPTY_GROUPS,
        "activity_days": 0,
        "girls_share": None,
        "visits_per_open_hour": None,
        "new_visitors": 0,
    }


def test_empty_database_with_site_filter(app, cli):
    app.sites.add(PARKEN, "outdoor")
    assert both_ways(app, cli, "2025-06-16", "2025-08-08", PARKEN) == {
        "from": "2025-06-16",
        "to": "2025-08-08",
        "site": PARKEN,
        "visits": 0,
        "days_open": 0,
        "avg_visits_per_open_day": 0.0,
        "peak_day": {"date": None, "visits": 0},
        "activities": 0,
        "participants": 0,
        "knowledge_exchanges": 0,
        "active_organisations": 0,
        **EMPTY_GROUPS,
        "activity_days": 0,
        "girls_share": None,
        "visits_per_open_hour": None,
        "new_visitors": 0,
    }


@pytest.mark.parametrize(
    ("visits", "open_days", "average"),
    [
        (7, 2, 3.5),
        (10, 3, 3.3),
        (5, 3, 1.7),
        (13, 4, 3.3),  # 3.25: half up, not to even
        (1, 4, 0.3),  # 0.25: half up, not to even
        (1, 8, 0.1),  # 0.125
        (2, 3, 0.7),
        (8, 1, 8.0),
    ],
)
def test_average_rounds_half_up_to_one_decimal(app, cli, visits, open_days, average):
    """All visits on 1 June; the other open days come from open day logs."""
    site = app.sites.add(HUSET)
    app.visits.add(site.id, "boy", "10-13", visits, at(1, 15, month=6))
    for day in range(2, open_days + 1):
        app.day_logs.save(day_log(site.id, dt.date(2025, 6, day), True))
    stats = both_ways(app, cli, "2025-06-01", "2025-06-30")
    assert stats["visits"] == visits
    assert stats["days_open"] == open_days
    assert stats["avg_visits_per_open_day"] == average
    assert stats["peak_day"] == {"date": "2025-06-01", "visits": visits}


def test_active_organisations_counts_distinct_organisers_and_partners(app, cli):
    app.sites.add(HUSET)
    for name in ("Rädda Barnen", "ZigZag", "Nabta", "Sawa Tillsammans", "Malmö stad"):
        app.organisations.add(name)

    def activity(day: int, organiser: str | None, partners: tuple[str, ...]) -> str:
        return app.activities.create(
            activity_input(
                app,
                site=HUSET,
                date=dt.date(2025, 9, day),
                start=dt.time(17, 0),
                end=dt.time(18, 0),
                title=f"Möte {day}",
                type_name="Samverkansmöte",
                organiser=organiser,
                partners=partners,
            )
        )

    activity(1, "Rädda Barnen", ("Rädda Barnen",))  # the same org twice: once
    activity(2, "ZigZag", ("Rädda Barnen",))  # Rädda Barnen again: still once
    activity(3, None, ("Nabta",))  # a partner without an organiser
    activity(4, None, ())  # no organisations at all
    gone = activity(5, "Sawa Tillsammans", ("Malmö stad",))
    app.activities.delete(gone)  # neither counts

    stats = both_ways(app, cli, "2025-09-01", "2025-09-30")
    assert stats["active_organisations"] == 3  # Rädda Barnen, ZigZag, Nabta
    assert stats["activities"] == 4
    assert stats["activities_by_area"] == {
        "presence": 4,
        "self_organisation": 0,
        "meeting_place": 0,
        "children_youth": 0,
    }
    # Meetings only: four activity days, no open day (and an average of 0.0, not 0 / 0).
    assert (stats["days_open"], stats["activity_days"]) == (0, 4)
    assert stats["avg_visits_per_open_day"] == 0.0
    assert both_ways(app, cli, "2025-09-02", "2025-09-03")["active_organisations"] == 3
    assert both_ways(app, cli, "2025-09-03", "2025-09-05")["active_organisations"] == 1


def test_area_override_on_the_command_line(app, cli):
    app.sites.add(HUSET)
    for title, area, exchange in (
        ("Läxhjälp", None, False),  # the type's default: children_youth
        ("Läxhjälp för föräldrar", "self_organisation", False),
        ("Läxhjälp i nya lokalen", "meeting_place", False),
        ("Läxhjälp med skolan", "presence", True),
        ("Läxhjälp med biblioteket", "presence", True),
    ):
        args = [
            "activity", "add", "--site", HUSET, "--date", "2025-10-07", "--start", "16:00",
            "--end", "17:30", "--title", title, "--type", "Läxhjälp",
            "--participants", "girl:10-13=2,boy:10-13=1,girl:10-13=1",
        ]  # fmt: skip
        if area:
            args += ["--area", area]
        if exchange:
            args.append("--knowledge-exchange")
        assert cli(*args).code == 0
    stats = both_ways(app, cli, "2025-10-01", "2025-10-31")
    assert stats["activities"] == 5
    assert stats["participants"] == 20  # 5 × (2 + 1 + 1)
    assert stats["knowledge_exchanges"] == 2  # both in the same area
    assert (stats["days_open"], stats["activity_days"]) == (0, 1)  # activities, no visits
    assert stats["activities_by_area"] == {
        "presence": 2,
        "self_organisation": 1,
        "meeting_place": 1,
        "children_youth": 1,
    }
