"""Correctly sealed bundles holding values the app itself would never write are refused whole,
in one sentence naming the file, the table and the field, and change nothing; bundles a laptop
writes after normal use always pass.

Each hostile bundle is a real exported bundle with one value edited in one table's JSON,
re-zipped and sealed with the team key as bundle_writer seals it (test_bad_bundles.sealed).
"""

import contextlib
import datetime as dt
import json
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import SITE, site_id, team_key
from test_bad_bundles import (
    NAME,
    NOWHERE,
    Pair,
    assert_sentence,
    changed,
    column,
    fill,
    pair_of,
    refused,
    sealed,
)

from by_name import activity_input, template_input
from database_dump import dump_database
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.settings_registry import (
    CONSENT_TEXT,
    COORDINATOR_PASSWORD,
    ORGANISATION_NAME,
    RETENTION_DAYS,
    SettingKey,
)
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.context import derived_id
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.sync.bundle_reader import BundleRefused, read_bundle
from vanskapshuset.sync.row_checks import check_values
from vanskapshuset.sync.team_code import team_id

WRITER = "Koordinator"  # the writing laptop's name in its manifest (conftest's laptops)
Change = Callable[[Any], None]

# -- the writing laptop --------------------------------------------------------------------------


def fill_more(app: App) -> None:
    """test_bad_bundles' visits and activity, and every other kind of row sync carries."""
    fill(app)
    site = site_id(app)
    leader = app.leaders.list()[0].id
    app.settings.set(ORGANISATION_NAME, "Vänskapshuset i Malmö")
    app.signups.set_retention_days(30)
    app.signups.set_consent_text("Jag godkänner att mitt barn fotograferas.")
    app.settings.set_coordinator_password("hemligt123")
    today = app.context.today()
    app.day_logs.save(
        DayLogEntry(site, today, True, dt.time(14), dt.time(20), (leader,), "Lugn dag.")
    )
    app.templates.add(
        template_input(app,
            site=SITE, weekday=1, start=dt.time(15), end=dt.time(18), title="Öppet hus",
            type_name="Fotboll", organiser="Rädda Barnen", partners=("Rädda Barnen",),
            leader_count=2,
        )
    )  # fmt: skip
    paper = app.paper_tally.enter(site, today, {("boy", "7-9"): 2, ("girl", "0-6"): 1})
    app.paper_tally.undo(paper)
    app.visits.add(site, "other", "14-17", 2)


@pytest.fixture
def pair(laptops, tmp_path: Path) -> Pair:
    return pair_of(laptops, tmp_path, fill_more)


def edited(p: Pair, table: str, change: Change) -> bytes:
    """The writer's real bundle with `table`'s JSON changed by `change`, sealed again."""
    return sealed(changed(p.members(), f"{table}.json", change), p.key)


# -- changing one value --------------------------------------------------------------------------


def cell(table: str, name: str, value: Any, where: Callable[[list[Any]], bool] = bool) -> Change:
    """Set `name` to `value` in the first row of `table` that `where` picks."""

    def change(body: Any) -> None:
        row = next(row for row in body["rows"] if where(row))
        row[column(table, name)] = value

    return change


def setting(setting_key: SettingKey, raw: str) -> Change:
    """The shared setting `key` holds the text `raw` (its value column is JSON text)."""
    key = setting_key.key
    return cell("setting", "value", raw, lambda row: row[column("setting", "key")] == key)


def is_uncorrected(body_rows: list[list[Any]]) -> Callable[[list[Any]], bool]:
    undone = {row[column("visit", "corrects_id")] for row in body_rows}
    return lambda row: row[column("visit", "delta")] == 1 and row[0] not in undone


def arrival(name: str, value: Any) -> Change:
    """Set `name` of a +1 visit nobody undid."""

    def change(body: Any) -> None:
        cell("visit", name, value, is_uncorrected(body["rows"]))(body)

    return change


def correction(name: str, value: Any) -> Change:
    return cell("visit", name, value, lambda row: row[column("visit", "delta")] == -1)


def unattached_undos(count: int) -> Change:
    """`count` −1 visits that correct nothing (`"visits": -count` on every laptop)."""

    def change(body: Any) -> None:
        model = next(row for row in body["rows"] if is_uncorrected(body["rows"])(row))
        for _ in range(count):
            row = [str(uuid.uuid4()), *model[1:]]
            row[column("visit", "delta")] = -1
            body["rows"].append(row)

    return change


def many_participants(rows: int) -> Change:
    """`rows` more rows of 9,999 in the first participant's cell of its activity."""

    def change(body: Any) -> None:
        model = body["rows"][0]
        count = column("activity_participant", "count")
        body["rows"] += [[str(uuid.uuid4()), *model[1:count], 9_999] for _ in range(rows)]

    return change


def unknown_setting(body: Any) -> None:
    row = body["rows"][0]
    row[column("setting", "key")] = "theme"
    row[0] = derived_id("setting", "theme")


FUTURE_STAMP = "253402300799000.00000.ffffffff-dead-beef-0000-000000000000"  # 9999-12-31
HUGE_SCRYPT = json.dumps("scrypt$1073741824$8$1$c2FsdA==$ZGlnZXN0")
THEIRS = ("Koordinator",)  # a sentence of row_checks names the writing laptop

# (id, table, change, words the sentence holds). Sentences naming the laptop come from
# row_checks; the others from bundle_reader's column checks (which name file, table and field).
CASES: list[tuple[str, str, Change, tuple[str, ...]]] = [
    ("site-kind", "site", cell("site", "kind", "castle"), (*THEIRS, "platser, fältet kind")),
    ("organisation-kind", "organisation", cell("organisation", "kind", "x"), ("fältet kind",)),
    ("leader-role", "leader", cell("leader", "role", "boss"), ("ledare, fältet role",)),
    ("type-area", "activity_type", cell("activity_type", "area", "sport"), ("fältet area",)),
    ("activity-area", "activity", cell("activity", "area", "sport"), ("aktiviteter, fältet area",)),
    ("organisation-name-not-json", "setting", setting(ORGANISATION_NAME, "{"), ("inställningar",)),
    ("retention-abc", "setting", setting(RETENTION_DAYS, '"abc"'), ("inställningar",)),
    ("retention-huge", "setting", setting(RETENTION_DAYS, "999999"), ("inställningar",)),
    ("retention-true", "setting", setting(RETENTION_DAYS, "true"), ("inställningar",)),
    ("organisation-name-201", "setting", setting(ORGANISATION_NAME, '"' + "O" * 201 + '"'),
        ("inställningar",)),
    ("consent-infinity", "setting", setting(CONSENT_TEXT, "Infinity"), ("inställningar",)),
    ("unknown-setting", "setting", unknown_setting, (*THEIRS, "inställningar, fältet key")),
    ("password-cost", "setting", setting(COORDINATOR_PASSWORD, HUGE_SCRYPT), ("fältet value",)),
    ("unattached-undos", "visit", unattached_undos(1000), (*THEIRS, "besök, fältet corrects_id")),
    ("undo-of-nothing", "visit", correction("corrects_id", NOWHERE), ("fältet corrects_id",)),
    ("undo-other-cell", "visit", correction("gender", "other"), (*THEIRS, "besök, fältet gender")),
    ("arrival-corrects", "visit", arrival("corrects_id", NOWHERE), ("fältet corrects_id",)),
    ("visit-year-1", "visit", arrival("local_date", "0001-01-01"), ("besök: local_date",)),
    ("visit-year-9999", "visit", arrival("occurred_at", "9999-12-31T12:00:00+01:00"), ("besök",)),
    ("activity-year-9999", "activity", cell("activity", "local_date", "9999-01-01"), ("akt",)),
    ("negative-age", "visit", arrival("age_min", -5), ("besök: age_min",)),
    ("huge-age", "visit", arrival("age_max", 10**400), ("besök: age_max",)),
    ("local-date-off", "visit", arrival("local_date", "2026-06-17"), ("besök, fältet local_date",)),
    ("source", "visit", arrival("source", "hack"), (*THEIRS, "besök, fältet source")),
    ("ten-mb-note", "activity", cell("activity", "note", "x" * 10_000_000), ("aktiviteter: note",)),
    ("audit-action", "audit_log", cell("audit_log", "action", "hack"), ("fältet action",)),
    ("audit-entity", "audit_log", cell("audit_log", "entity", "bank"), ("fältet entity",)),
    ("audit-actor", "audit_log", cell("audit_log", "actor", "a\nb"),
     ("ändringslogg, fältet actor",)),
    ("audit-year-1", "audit_log", cell("audit_log", "at", "0001-01-01T00:00:00+00:00"), ("at",)),
    ("audit-ten-mb", "audit_log", cell("audit_log", "after", json.dumps({"x": "x" * 10**7})),
     ("after",)),
    ("audit-not-object", "audit_log", cell("audit_log", "before", "[1]"), ("fältet before",)),
    ("stamp-9999", "site", cell("site", "hlc", FUTURE_STAMP), (*THEIRS, "platser, fältet hlc")),
    ("history-9999", "site", cell("site", "history", json.dumps([FUTURE_STAMP])), ("history",)),
    ("count-infinity", "activity_participant",
     cell("activity_participant", "count", float("inf")), ("deltagare: count",)),
    ("million-participants", "activity_participant", many_participants(100),
     (*THEIRS, "deltagare, fältet count")),
    ("site-name-121", "site", cell("site", "name", "Å" * 121), ("platser: name",)),
    ("organisation-201", "organisation", cell("organisation", "name", "Å" * 201),
     ("organisationer: name",)),
    ("ends-before-start", "activity", cell("activity", "end_time", "00:00:00"),
     ("fältet end_time",)),
    ("leaders-not-list", "day_log", cell("day_log", "leaders_present", '"alla"'),
     ("dagböcker, fältet leaders_present",)),
    ("partners-not-ids", "activity_template",
     cell("activity_template", "partner_ids", "[1]"), ("fältet partner_ids",)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("table", "change", "words"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_hostile_value_is_refused_and_changes_nothing(
    pair: Pair, table: str, change: Change, words: tuple[str, ...]
) -> None:
    error = refused(pair.reader, edited(pair, table, change), pair.folder)
    # One sentence naming the file, the laptop it came from, the table and the field.
    assert_sentence(error, BundleRefused, *words, f"från ”{WRITER}”", "inget lästes in")
    assert str(error).count(". ") == 0, str(error)  # one sentence


def test_the_unedited_bundle_is_accepted(pair: Pair) -> None:
    """The cases above differ from an accepted bundle by their one value only."""
    path = pair.folder / NAME
    path.write_bytes(sealed(pair.members(), pair.key))
    result = pair.reader.sync.import_file(path)
    assert result.visits_new > 0 and result.records_new > 0


def test_an_undo_of_a_visit_the_reader_already_has_is_accepted(laptops, tmp_path: Path) -> None:
    """A −1 travels without its +1 when the reader holds that visit already."""
    writer, reader = laptops(2)
    (visit,) = reader.visits.add(site_id(reader), "girl", "7-9")
    reader.sync.export_bundle(tmp_path / "reader.vhsync")
    writer.sync.import_file(tmp_path / "reader.vhsync")
    writer.visits.undo(visit)
    writer.sync.export_bundle(tmp_path / "writer.vhsync")
    key = team_key(writer)
    data = (tmp_path / "writer.vhsync").read_bytes()
    without_original = sealed(
        changed(
            Pair(writer, reader, data, key, tmp_path).members(),
            "visit.json",
            lambda body: body.update(rows=[r for r in body["rows"] if r[0] != visit]),
        ),
        key,
    )
    path = tmp_path / "crafted.vhsync"
    path.write_bytes(without_original)
    result = reader.sync.import_file(path)
    assert result.visits_new == 1  # the −1 alone: the visit is counted no more
    assert reader.visits.day_grid(site_id(reader), reader.context.today()).total == 0


def test_the_folder_skips_the_hostile_bundle_and_imports_the_others(
    laptops, tmp_path: Path
) -> None:
    writer, reader, other = laptops(3)
    fill_more(writer)
    other.visits.add(site_id(other), "boy", "10-13", 4)
    folder = tmp_path / "shared"
    folder.mkdir()
    writer.sync.export_bundle(tmp_path / "writer.vhsync")
    key = team_key(writer)
    good = Pair(writer, reader, (tmp_path / "writer.vhsync").read_bytes(), key, folder)
    (folder / "koordinator.vhsync").write_bytes(edited(good, "site", cell("site", "kind", "x")))
    other.sync.export_bundle(folder / "laptop2.vhsync")
    result = reader.sync.sync_folder(folder)
    assert [r.device_name for r in result.imported] == ["Laptop 2"]
    (skipped,) = result.skipped
    assert skipped.file_name == "koordinator.vhsync" and not skipped.retried
    assert "”Koordinator”" in str(skipped.reason) and "fältet kind" in str(skipped.reason)
    grid = reader.visits.day_grid(site_id(reader), reader.context.today())
    assert grid.cells == {(Gender.BOY, "10-13"): 4}  # the other laptop's, none of the writer's


# -- what laptops write always passes ------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2025])
def test_a_demo_laptops_bundle_passes_the_checks(laptops, tmp_path: Path, seed: int) -> None:
    (reader,) = laptops(1)
    clock = FixedClock(dt.datetime(2025, 12, 30, 12, tzinfo=STOCKHOLM))
    demo = open_app(tmp_path / f"demo{seed}", clock=clock, actor="Demo")
    try:
        generate_demo(demo, DemoOptions(seed=seed, year=2025, years=1))
        code = reader.sync.status().code
        assert code is not None
        demo.sync.join_team(code, "Demodatorn")
        use_after_demo(demo)
        path = tmp_path / f"demo{seed}.vhsync"
        demo.sync.export_bundle(path)
        _passes(path.read_bytes(), team_key(reader), reader)
    finally:
        demo.close()


def use_after_demo(app: App) -> None:
    """A day at the door, a paper sheet typed in and taken out, the settings set."""
    site = app.sites.list()[0].id
    first, *_ = app.visits.add(site, "girl", "7-9", 3)
    app.visits.undo(first)
    paper = app.paper_tally.enter(site, app.context.today(), {("boy", "10-13"): 4})
    app.paper_tally.undo(paper)
    app.settings.set(ORGANISATION_NAME, "Vänskapshuset")
    app.signups.set_retention_days(365)
    app.settings.set_coordinator_password("hemligt123")
    app.access.unlock("hemligt123")  # personal data is the coordinator's
    use_signups(app)


def use_signups(app: App) -> None:
    """Sign-ups never travel, but their audit entries do: created, edited, exported, erased."""
    today = app.context.today()
    activity = app.activities.create(
        activity_input(app,
            site=app.sites.list()[0].name, date=today, start=dt.time(10), end=dt.time(11),
            title="Utflykt", type_name=app.activity_types.list()[0].name,
        )
    )  # fmt: skip
    signup = app.signups.add(activity, SignUpInput("Sara", 9, "Mamma", "070-123 45 67"))
    app.signups.edit(signup, SignUpInput("Sara", 10, "Mamma", "070-123 45 67"))
    app.signups.set_attended(signup, True)
    app.signups.export_person("Sara", app.db.path.parent / "sara.json")
    app.signups.erase_person("Sara")
    app.signups.delete(app.signups.add(activity, SignUpInput("Omar")))


def _passes(data: bytes, key: bytes, reader: App) -> None:
    check_values(read_bundle(data, "x.vhsync", key, team_id(key)), "x.vhsync", reader.db)


step = st.one_of(
    st.tuples(st.just("visits"), st.sampled_from(list(Gender)), st.integers(1, 5)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("paper"), st.integers(0, 999), st.booleans()),
    st.tuples(st.just("activity"), st.integers(0, 9_999), st.integers(0, 999), st.integers(0, 23)),
    st.tuples(st.just("settings"), st.integers(1, 365), st.text(min_size=1, max_size=130)),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, max_size=8))
def test_bundles_after_any_local_use_pass_the_checks(steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        clock = FixedClock(dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.UTC))  # the spring change
        app = open_app(folder / "laptop", clock=clock, actor="Ledare")
        try:
            app.setup.first_setup([(SITE, "indoor")], "Ledare")
            app.sync.create_team("Koordinator")
            for action, *values in steps:
                _do(app, action, values)
            app.sync.export_bundle(folder / "out.vhsync")
            key = team_key(app)
            before = dump_database(folder / "laptop")
            _passes((folder / "out.vhsync").read_bytes(), key, app)
            assert dump_database(folder / "laptop") == before
        finally:
            app.close()


def _do(app: App, action: str, values: list[Any]) -> None:
    site = site_id(app)
    today = app.context.today()
    if action == "visits":
        app.visits.add(site, values[0].value, "7-9", values[1])
    elif action == "undo":
        latest = app.visits.latest_undoable(site, today, "girl", "7-9")
        if latest is not None:
            app.visits.undo(latest)
    elif action == "paper" and values[0] > 0:
        entry = app.paper_tally.enter(site, today, {("boy", "10-13"): values[0]})
        if values[1]:
            app.paper_tally.undo(entry)
    elif action == "activity":
        count, leaders, hour = values
        app.activities.create(
            activity_input(app,
                site=SITE, date=today, start=dt.time(hour), end=dt.time(hour, 59), title="Dans",
                type_name="Dans", participants=(ParticipantCount(Gender.BOY, "26+", count),),
                leader_count=leaders,
            )
        )  # fmt: skip
    elif action == "settings":
        app.signups.set_retention_days(values[0])
        with contextlib.suppress(UserError):  # refused locally: then it never travels
            app.settings.set(ORGANISATION_NAME, values[1])


def test_a_laptop_whose_clock_ran_out_writes_bundles_that_pass(tmp_path: Path) -> None:
    """Only visits refuse a clock at 1970; records and audit entries stamped then still travel
    (an old stamp merely loses its conflicts), so the checks take them too."""
    clock = FixedClock(dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=dt.UTC))
    app = open_app(tmp_path / "laptop", clock=clock, actor="Ledare")
    try:
        app.setup.first_setup([(SITE, "indoor")], "Ledare")
        app.sync.create_team("Gamla datorn")
        app.organisations.add("Rädda Barnen", "non_profit")
        app.sync.export_bundle(tmp_path / "old.vhsync")
        _passes((tmp_path / "old.vhsync").read_bytes(), team_key(app), app)
    finally:
        app.close()
