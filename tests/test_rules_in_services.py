"""The services check every value by the same rules as the command line (domain/rules).

Whatever calls them (the window, the command line, a script), a name with a control character,
a number out of bounds or a date out of range is refused with one sentence, and nothing is
written.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from by_name import activity_input, template_input
from database_dump import dump_database
from vanskapshuset.app import App
from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.settings_registry import CONSENT_TEXT, ORGANISATION_NAME, RETENTION_DAYS
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.activities import ActivityChanges, ActivityInput
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.services.templates import TemplateInput
from vanskapshuset.sheets.service import SheetDetails, SheetService

HUSET = "Vänskapshuset"
ESC = "Fotboll\x1b[31m i parken"  # a terminal escape: red text on the coordinator's screen
DAY = dt.date(2025, 7, 3)  # the clock fixture's today


def activity(app: App, **changes: object) -> ActivityInput:
    values: dict[str, object] = {
        "site": HUSET,
        "date": DAY,
        "start": dt.time(14),
        "end": dt.time(15),
        "title": "Fotboll",
        "type_name": "Fotboll",
    }
    return activity_input(app, **(values | changes))  # type: ignore[arg-type]


def template(app: App, **changes: object) -> TemplateInput:
    values: dict[str, object] = {
        "site": HUSET,
        "weekday": 1,
        "start": dt.time(15),
        "end": dt.time(18),
        "title": "Öppet hus",
        "type_name": "Öppet hus",
    }
    return template_input(app, **(values | changes))  # type: ignore[arg-type]


class Ready:
    """The app with a site, an organisation and an activity to refer to."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.site = app.sites.add(HUSET, "indoor")
        app.organisations.add("Rädda Barnen", "non_profit")
        self.activity = app.activities.create(activity(app))
        self.leader = app.leaders.add("Amina")


@pytest.fixture
def ready(app: App) -> Ready:
    return Ready(app)


Call = Callable[[Ready], object]

CONTROL_CHARACTERS: list[tuple[str, Call]] = [
    ("site", lambda r: r.app.sites.add(ESC)),
    ("site-rename", lambda r: r.app.sites.rename(r.site.id, ESC)),
    ("season", lambda r: r.app.seasons.add(ESC, DAY, DAY)),
    ("organisation", lambda r: r.app.organisations.add(ESC)),
    ("activity-type", lambda r: r.app.activity_types.add(ESC, "presence")),
    ("leader", lambda r: r.app.leaders.add(ESC)),
    ("first-setup-site", lambda r: r.app.setup.first_setup([(ESC, "indoor")], "Amina")),
    ("first-setup-leader", lambda r: r.app.setup.first_setup([(HUSET, "indoor")], ESC)),
    ("activity-title", lambda r: r.app.activities.create(activity(r.app, title=ESC))),
    ("activity-note", lambda r: r.app.activities.create(activity(r.app, note=ESC))),
    ("activity-edit", lambda r: r.app.activities.edit(r.activity, ActivityChanges(title=ESC))),
    ("template-title", lambda r: r.app.templates.add(template(r.app, title=ESC))),
    (
        "day-log-note",
        lambda r: r.app.day_logs.save(DayLogEntry(r.site.id, DAY, True, None, None, (), ESC)),
    ),
    ("signup-child", lambda r: r.app.signups.add(r.activity, SignUpInput(ESC))),
    ("signup-guardian", lambda r: r.app.signups.add(r.activity, SignUpInput("Ali", 9, ESC))),
    ("signup-notes", lambda r: r.app.signups.add(r.activity, SignUpInput("Ali", notes=ESC))),
    ("consent-text", lambda r: r.app.signups.set_consent_text(ESC)),
    ("report-organisation", lambda r: r.app.settings.set(ORGANISATION_NAME, ESC)),
    ("age-band", lambda r: r.app.age_bands.replace([AgeBand("0-6\x1b", 0, 6)])),
    ("device-name", lambda r: r.app.sync.create_team(ESC)),
    ("device-rename", lambda r: r.app.sync.rename_device(ESC)),
    (
        "sheet-details",
        lambda r: SheetService(r.app).signup_sheet(None, SheetDetails(meeting_point=ESC)),
    ),
]


@pytest.mark.parametrize(
    "call", [c[1] for c in CONTROL_CHARACTERS], ids=[c[0] for c in CONTROL_CHARACTERS]
)
def test_every_service_refuses_control_characters(ready: Ready, data_dir, call: Call) -> None:
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=r"U\+001B") as caught:
        call(ready)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
    assert dump_database(data_dir) == before


def participants(count: int) -> tuple[ParticipantCount, ...]:
    return (ParticipantCount(Gender.GIRL, "7-9", count),)


OUT_OF_BOUNDS: list[tuple[str, Call, str]] = [
    ("site-121", lambda r: r.app.sites.add("x" * 121), "högst 120 tecken"),
    ("organisation-201", lambda r: r.app.organisations.add("x" * 201), "högst 200 tecken"),
    ("title-201", lambda r: r.app.activities.create(activity(r.app, title="x" * 201)), "högst 200"),
    (
        "note-4001",
        lambda r: r.app.activities.create(activity(r.app, note="x" * 4001)),
        "högst 4000",
    ),
    (
        "leaders-1000",
        lambda r: r.app.activities.create(activity(r.app, leader_count=1000)),
        "högst 999",
    ),
    (
        "participants-10000",
        lambda r: r.app.activities.create(activity(r.app, participants=participants(10_000))),
        "Högst 9999",
    ),
    (  # one cell given twice counts together: sync import refuses more than 9,999 per cell
        "participants-one-cell-twice",
        lambda r: r.app.activities.create(activity(r.app, participants=participants(5_000) * 2)),
        "Högst 9999",
    ),
    (
        "participants-huge",
        lambda r: r.app.activities.edit(
            r.activity, ActivityChanges(participants=participants(10**20))
        ),
        "Högst 9999",
    ),
    (
        "template-leaders",
        lambda r: r.app.templates.add(template(r.app, leader_count=10**20)),
        "högst",
    ),
    ("template-weekday", lambda r: r.app.templates.add(template(r.app, weekday=7)), "söndag"),
    ("visits-10001", lambda r: r.app.visits.add(r.site.id, "girl", "7-9", 10_001), "Högst"),
    (
        "paper-cell-1000",
        lambda r: r.app.paper_tally.enter(r.site.id, DAY, {("girl", "7-9"): 1000}),
        "Högst 999 besök per ruta",
    ),
    ("retention-366", lambda r: r.app.signups.set_retention_days(366), "1–365"),
    ("retention-setting", lambda r: r.app.settings.set(RETENTION_DAYS, 0), "1–365"),
    ("consent-2001", lambda r: r.app.settings.set(CONSENT_TEXT, "x" * 2001), "högst 2000"),
    ("signup-age-26", lambda r: r.app.signups.add(r.activity, SignUpInput("Ali", 26)), "25 år"),
    ("band-age-121", lambda r: r.app.age_bands.replace([AgeBand("0-121", 0, 121)]), "120 år"),
    ("device-name-65", lambda r: r.app.sync.rename_device("x" * 65), "högst 64"),
    # Dates and moments out of range.
    (
        "activity-1999",
        lambda r: r.app.activities.create(activity(r.app, date=dt.date(1999, 12, 31))),
        "före",
    ),
    (
        "activity-a-year-ahead",
        lambda r: r.app.activities.create(activity(r.app, date=DAY + dt.timedelta(days=367))),
        "mer än ett år",
    ),
    (
        "visit-year-1",
        lambda r: r.app.visits.add(
            r.site.id,
            "girl",
            "7-9",
            at=dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))),
        ),
        "före 2000-01-01",
    ),
    (
        "visit-offset-20h",
        lambda r: r.app.visits.add(
            r.site.id,
            "girl",
            "7-9",
            at=dt.datetime(2025, 7, 3, tzinfo=dt.timezone(dt.timedelta(hours=20))),
        ),
        "Tidszonen",
    ),
    (
        "day-log-2101",
        lambda r: r.app.day_logs.save(
            DayLogEntry(r.site.id, dt.date(2101, 1, 1), True, None, None, (), "")
        ),
        "efter 2100-12-31",
    ),
    ("season-1999", lambda r: r.app.seasons.add("S", dt.date(1999, 6, 1), DAY), "före"),
    (
        "paper-1999",
        lambda r: r.app.paper_tally.enter(r.site.id, dt.date(1999, 1, 1), {("girl", "7-9"): 1}),
        "före",
    ),
    ("stats-year-1", lambda r: r.app.statistics.period(dt.date(1, 1, 1), DAY), "före"),
]


@pytest.mark.parametrize(
    ("call", "words"), [c[1:] for c in OUT_OF_BOUNDS], ids=[c[0] for c in OUT_OF_BOUNDS]
)
def test_every_service_refuses_values_out_of_bounds(
    ready: Ready, data_dir, call: Call, words: str
) -> None:
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=words) as caught:
        call(ready)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
    assert dump_database(data_dir) == before


def test_a_laptop_whose_clock_ran_out_counts_no_visit_in_1970(
    ready: Ready, clock, data_dir
) -> None:
    clock.set(dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=dt.UTC))
    before = dump_database(data_dir)
    with pytest.raises(UserError, match="Datorns klocka visar 1970-01-01"):
        ready.app.visits.add(ready.site.id, "girl", "7-9")
    assert dump_database(data_dir) == before


def test_values_at_the_limits_are_stored_as_given(ready: Ready) -> None:
    app = ready.app
    note = "Rad ett\n\tindragen rad två\n" + "x" * 3970
    site = app.sites.add("Å" * 120)
    app.organisations.add("ل" * 200)
    created = app.activities.create(
        activity(app,
            site=site.name, title="T" * 200, note=note, leader_count=999,
            participants=participants(9999),
        )
    )  # fmt: skip
    stored = app.activities.get(created)
    assert (stored.title, stored.note, stored.leader_count) == ("T" * 200, note, 999)
    assert stored.participants_total == 9999
    app.signups.set_retention_days(365)
    app.signups.set_consent_text("S" * 2000)
    assert app.signups.retention_days() == 365 and app.signups.consent_text() == "S" * 2000


def test_the_audit_log_names_who_in_one_line_within_its_limit(data_dir, clock) -> None:
    """The actor travels in every bundle's audit log; a computer's user name with a tab or
    of 300 characters would make every other laptop refuse them (sync/row_checks.py)."""
    from vanskapshuset.app import open_app
    from vanskapshuset.domain.rules import ACTOR

    app = open_app(data_dir, clock=clock, actor="Anna\tSvensson " + "x" * 300)
    try:
        app.sites.add(HUSET)
        (entry,) = app.audit.recent()
        assert entry.actor.startswith("Anna Svensson x") and ACTOR.accepts(entry.actor)
    finally:
        app.close()
