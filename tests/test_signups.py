"""Sign-ups: checked input, retention, the people's rights, an audit log without personal data."""

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from by_name import activity_input
from database_dump import dump_database
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.paths import database_path
from vanskapshuset.services.signups import SignUpInput

CHILD = "Amina Yusuf"
ARABIC_CHILD = "ليلى حسن"
PHONE = "070-123 45 67"


@pytest.fixture
def outing(app: App) -> str:
    app.sites.add("Utflykt", "excursion")
    return app.activities.create(
        activity_input(
            app,
            site="Utflykt",
            date=dt.date(2025, 7, 12),
            start=dt.time(10),
            end=dt.time(15),
            title="Utflykt till Folkets park",
            type_name="Utflykt",
        )
    )


def signup(app: App, activity: str, name: str = CHILD, **extra: object) -> str:
    values = {"age": 9, "guardian_name": "Fatima Yusuf", "guardian_phone": PHONE, **extra}
    return app.signups.add(activity, SignUpInput(child_name=name, **values))  # type: ignore[arg-type]


def test_add_edit_attend_and_delete(app: App, outing: str) -> None:
    first = signup(app, outing, photo_consent=True, notes="Nötallergi")
    signup(app, outing, ARABIC_CHILD, age=11)
    [amina, layla] = app.signups.list(outing)
    assert (amina.child_name, amina.age, amina.photo_consent, amina.notes) == (
        CHILD,
        9,
        True,
        "Nötallergi",
    )
    assert amina.retention_until == dt.date(2025, 8, 11)  # 30 days after the activity
    assert layla.child_name == ARABIC_CHILD and layla.attended is None

    app.signups.edit(first, SignUpInput(child_name="  Amina   Yusuf ", age=10, guardian_phone=""))
    app.signups.set_attended(first, True)
    [amina, _] = app.signups.list(outing)
    assert (amina.child_name, amina.age, amina.guardian_phone, amina.attended) == (
        CHILD,
        10,
        "",
        True,
    )
    app.signups.delete(first)
    assert [s.child_name for s in app.signups.list(outing)] == [ARABIC_CHILD]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SignUpInput(child_name="   "), "Skriv barnets namn"),
        (SignUpInput(child_name="Ali", age=26), "mellan 0 och 25"),
        (SignUpInput(child_name="Ali", age=-1), "mellan 0 och 25"),
        (SignUpInput(child_name="Ali", guardian_phone="ring mamma"), "inget telefonnummer"),
        (SignUpInput(child_name="Ali", guardian_phone="12"), "inget telefonnummer"),
    ],
)
def test_bad_input_is_one_sentence_and_saves_nothing(
    app: App, outing: str, data_dir: Path, data: SignUpInput, message: str
) -> None:
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=message):
        app.signups.add(outing, data)
    assert dump_database(data_dir) == before


def test_a_deleted_activity_takes_no_signups(app: App, outing: str, data_dir: Path) -> None:
    app.activities.delete(outing)
    before = dump_database(data_dir)
    with pytest.raises(NotFoundError, match="borttagen"):
        signup(app, outing)
    assert dump_database(data_dir) == before


def test_leaders_see_today_and_later_the_coordinator_older(app: App) -> None:
    today = dt.date(2025, 7, 3)
    assert not app.signups.needs_coordinator(today)
    assert not app.signups.needs_coordinator(today + dt.timedelta(days=9))
    assert app.signups.needs_coordinator(today - dt.timedelta(days=1))


def _rows_except_signups(folder: Path) -> list[str]:
    return [
        line
        for line in dump_database(folder)
        if not line.startswith(('INSERT INTO "signup"', 'INSERT INTO "audit_log"'))
    ]


def test_signups_are_gone_after_their_retention_at_start_up(
    app: App, outing: str, data_dir: Path
) -> None:
    app.signups.set_retention_days(10)
    signup(app, outing)  # kept until 2025-07-22
    later = app.activities.create(
        activity_input(app,
            site="Utflykt", date=dt.date(2025, 8, 20), start=dt.time(10), end=dt.time(12),
            title="Bad", type_name="Utflykt",
        )
    )  # fmt: skip
    signup(app, later, "Omar Ali")
    app.close()

    untouched = _rows_except_signups(data_dir)
    same_day = open_app(data_dir, FixedClock(dt.datetime(2025, 7, 22, 9, tzinfo=STOCKHOLM)))
    assert len(same_day.signups.list(outing)) == 1  # the last day of its retention: still kept
    same_day.close()

    moved_on = open_app(data_dir, FixedClock(dt.datetime(2025, 7, 23, 9, tzinfo=STOCKHOLM)))
    try:
        assert moved_on.signups.list(outing) == []
        assert [s.child_name for s in moved_on.signups.list(later)] == ["Omar Ali"]
        assert moved_on.signups.purge_expired() == 0
    finally:
        moved_on.close()
    assert _rows_except_signups(data_dir) == untouched


def test_access_export_and_erasure_by_name(
    app: App, outing: str, tmp_path: Path, data_dir: Path
) -> None:
    signup(app, outing)
    signup(app, outing, "Bilal Yusuf")  # the same guardian
    signup(app, outing, ARABIC_CHILD, guardian_name="", guardian_phone="")
    found = app.signups.find("amina yusuf")
    assert [m.signup.child_name for m in found] == [CHILD]
    assert found[0].activity_title == "Utflykt till Folkets park"
    assert len(app.signups.find("Fatima Yusuf")) == 2  # found as the guardian of both

    target = app.signups.export_person("Fatima Yusuf", tmp_path / "fatima.json")
    exported = json.loads(target.read_text("utf-8"))
    assert target.stat().st_mode & 0o777 == 0o600  # children's names: readable by the owner only
    assert [s["child_name"] for s in exported["signups"]] == [CHILD, "Bilal Yusuf"]
    assert exported["signups"][0]["guardian_phone"] == PHONE
    assert exported["signups"][0]["date"] == "2025-07-12"

    assert app.signups.erase_person(ARABIC_CHILD) == 1
    assert app.signups.find(ARABIC_CHILD) == []
    with pytest.raises(NotFoundError, match="inga anmälningar"):
        app.signups.erase_person(ARABIC_CHILD)

    # The audit log says what was done, never to whom.
    connection = sqlite3.connect(database_path(data_dir))
    try:
        logged = connection.execute(
            "SELECT action, entity, coalesce(before, '') || coalesce(after, '') FROM audit_log "
            "WHERE entity IN ('signup', 'person')"
        ).fetchall()
    finally:
        connection.close()
    assert {(action, entity) for action, entity, _ in logged} >= {
        ("create", "signup"),
        ("access", "person"),
        ("erase", "person"),
    }
    text = " ".join(details for _, _, details in logged)
    for personal in (CHILD, "Fatima", "Bilal", ARABIC_CHILD, PHONE, "070"):
        assert personal not in text


def test_settings_for_retention_and_consent(app: App) -> None:
    assert app.signups.retention_days() == 30
    with pytest.raises(UserError, match="1–365"):
        app.signups.set_retention_days(0)
    app.signups.set_consent_text("  Vi tar bilder.  ")
    assert app.signups.consent_text() == "Vi tar bilder."
    with pytest.raises(UserError, match="tom"):
        app.signups.set_consent_text(" ")


def test_signups_move_with_their_activity(app: App, outing: str) -> None:
    from vanskapshuset.services.activities import ActivityChanges

    signup(app, outing)
    app.activities.edit(outing, ActivityChanges(date=dt.date(2025, 8, 20)))
    [kept] = app.signups.list(outing)
    assert kept.retention_until == dt.date(2025, 9, 19)  # still 30 days after the activity


def test_today_is_the_swedish_day_even_at_night_in_utc(app: App, outing: str) -> None:
    from vanskapshuset.app import open_app as reopen

    # 01:30 on 13 July in Malmö is still 12 July in UTC: the outing of the 12th is over.
    night = FixedClock(dt.datetime(2025, 7, 12, 23, 30, tzinfo=dt.UTC))
    folder = app.db.path.parent
    app.close()
    late = reopen(folder, night)
    try:
        assert late.context.today() == dt.date(2025, 7, 13)
        assert late.signups.needs_coordinator(dt.date(2025, 7, 12))
        park = late.sites.add("Vänskapsparken", "outdoor").id
        assert late.paper_tally.enter(park, dt.date(2025, 7, 13), {("girl", "7-9"): 2}).total == 2
    finally:
        late.close()
