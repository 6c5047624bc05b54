"""What one laptop accepts at the limits, another laptop's sync import accepts; one step past
a limit (a value no laptop lets a person store) refuses the whole bundle and changes nothing.

Both directions use the same rules (domain/rules): the limits are typed in through the services
on the writing laptop; the values past them are crafted into a bundle sealed with the team key.
"""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import SITE
from test_bad_bundles import (
    MANIFEST,
    NAME,
    Pair,
    assert_sentence,
    column,
    in_manifest,
    in_rows,
    pair_of,
    refused,
    set_cell,
)

from by_name import activity_input, template_input
from vanskapshuset.app import App
from vanskapshuset.domain.age_bands import DEFAULT_AGE_BANDS, AgeBand
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.settings_registry import (
    CONSENT_TEXT,
    ORGANISATION_NAME,
    RETENTION_DAYS,
    SettingKey,
)
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.sync.bundle_reader import BundleRefused

EARLIEST, EARLIEST_MOMENT = dt.date(2000, 1, 1), dt.datetime(2000, 1, 1, tzinfo=STOCKHOLM)
NOTE = "Rad ett\n\tindragen rad två\r\nrad tre " + "ö" * 3960
LONG_SITE, LONG_ORG, LONG_TITLE = "Å" * 120, "ل" * 200, "T" * 200
CONSENT = "Jag godkänner\n" + "s" * 1986
BANDS = [*DEFAULT_AGE_BANDS[:-1], AgeBand("26-119", 26, 119), AgeBand("120+", 120, None)]


def at_the_limits(app: App) -> None:
    """Every kind of value a person gives, at its limit, typed in through the services."""
    today = app.context.today()
    ahead = today + dt.timedelta(days=366)
    site = app.sites.add(LONG_SITE, "outdoor")
    app.organisations.add(LONG_ORG, "municipal")
    app.activity_types.add("A" * 120, "presence")
    app.leaders.add("L" * 120)
    app.seasons.add("S" * 120, EARLIEST, dt.date(2100, 12, 31), [app.sites.id_of(LONG_SITE)])
    app.age_bands.replace(BANDS)
    for day in (EARLIEST, ahead):
        app.activities.create(
            activity_input(app,
                site=LONG_SITE, date=day, start=dt.time(0, 0), end=dt.time(23, 59),
                title=LONG_TITLE, type_name="A" * 120, organiser=LONG_ORG, partners=(LONG_ORG,),
                participants=(
                    ParticipantCount(Gender.GIRL, "0-6", 9999),
                    ParticipantCount(Gender.UNKNOWN, "120+", 9999),
                ),
                leader_count=999, knowledge_exchange=True, note=NOTE,
            )
        )  # fmt: skip
        app.day_logs.save(DayLogEntry(site.id, day, True, dt.time(0), dt.time(23, 59), (), NOTE))
    app.templates.add(
        template_input(app,
            site=LONG_SITE, weekday=6, start=dt.time(0), end=dt.time(23, 59), title=LONG_TITLE,
            type_name="A" * 120, organiser=LONG_ORG, partners=(LONG_ORG,), leader_count=999,
        )
    )  # fmt: skip
    app.visits.add(site.id, "other", "120+", 10_000, at=EARLIEST_MOMENT)
    app.visits.add(
        site.id, "girl", "0-6", 1, at=dt.datetime.combine(ahead, dt.time(23, 59), STOCKHOLM)
    )
    app.settings.set(ORGANISATION_NAME, "O" * 120)
    app.signups.set_retention_days(365)
    app.signups.set_consent_text(CONSENT)
    app.sync.rename_device("D" * 64)


@pytest.fixture
def pair(laptops, tmp_path: Path) -> Pair:
    return pair_of(laptops, tmp_path, at_the_limits, "gränser.vhsync")


def test_values_at_the_limits_reach_the_other_laptop(pair: Pair) -> None:
    path = pair.folder / "gränser.vhsync"
    path.write_bytes(pair.good)
    result = pair.reader.sync.import_file(path)
    assert result.device_name == "D" * 64
    assert result.visits_new == 10_001
    reader, writer = pair.reader, pair.writer
    assert {s.name for s in reader.sites.list()} == {SITE, LONG_SITE}
    assert [o.name for o in reader.organisations.list()] == [LONG_ORG]
    assert reader.seasons.by_name("S" * 120).end == dt.date(2100, 12, 31)
    assert reader.age_bands.list() == BANDS
    far = dt.date(2000, 1, 1), writer.context.today() + dt.timedelta(days=366)
    theirs = [a.as_json() for a in writer.activities.list(*far)]
    assert [a.as_json() for a in reader.activities.list(*far)] == theirs
    assert {a["note"] for a in theirs} == {NOTE.replace("\r\n", "\n")}
    assert {a["leaders"] for a in theirs} == {999}
    assert reader.templates.list()[0].title == LONG_TITLE
    assert reader.day_logs.get(reader.sites.by_name(LONG_SITE).id, far[0]).note == NOTE.replace(
        "\r\n", "\n"
    )
    assert reader.settings.get(ORGANISATION_NAME) == "O" * 120
    assert reader.signups.retention_days() == 365 and reader.signups.consent_text() == CONSENT
    assert reader.statistics.period(*far).visits == 10_001


def set_row(table: str, name: str, value: Any, where: tuple[str, Any] | None = None):
    """Set `name` to `value` in the first row of `table` (or the first where a column has a
    value)."""

    def change(body: Any) -> None:
        rows = body["rows"]
        if where is not None:
            rows = [r for r in rows if r[column(table, where[0])] == where[1]]
        rows[0][column(table, name)] = value

    return change


def setting(key: SettingKey, value: str):
    return in_rows("setting", set_row("setting", "value", value, ("key", key.key)))


# (id, case, words the sentence must hold)
PAST_THE_LIMITS = [
    ("site-name-121", in_rows("site", set_cell("site", "name", "Å" * 121)), "platser: name"),
    ("site-name-esc", in_rows("site", set_cell("site", "name", "Hus\x1b[2J")), "platser: name"),
    ("site-name-blank", in_rows("site", set_cell("site", "name", "  ")), "platser: name"),
    (
        "organisation-201",
        in_rows("organisation", set_cell("organisation", "name", "ل" * 201)),
        "organisationer: name",
    ),
    ("leader-tab", in_rows("leader", set_cell("leader", "name", "A\tB")), "ledare: name"),
    (
        "title-control",
        in_rows("activity", set_cell("activity", "title", "Dans\x85")),
        "aktiviteter: title",
    ),
    (
        "note-4001",
        in_rows("activity", set_cell("activity", "note", "x" * 4001)),
        "aktiviteter: note",
    ),
    (
        "leaders-1000",
        in_rows("activity", set_cell("activity", "leader_count", 1000)),
        "aktiviteter: leader_count",
    ),
    (
        "activity-1999",
        in_rows("activity", set_cell("activity", "local_date", "1999-12-31")),
        "aktiviteter: local_date",
    ),
    (
        "participants-10000",
        in_rows("activity_participant", set_cell("activity_participant", "count", 10_000)),
        "deltagare: count",
    ),
    (
        "template-weekday-7",
        in_rows("activity_template", set_cell("activity_template", "weekday", 7)),
        "veckoaktiviteter: weekday",
    ),
    (
        "day-log-note-nul",
        in_rows("day_log", set_cell("day_log", "note", "Lugnt\x00")),
        "dagböcker: note",
    ),
    (
        "season-end-9999",
        in_rows("season", set_cell("season", "end_date", "9999-12-31")),
        "säsonger: end_date",
    ),
    (
        "visit-1999",
        in_rows("visit", set_cell("visit", "local_date", "1999-12-31")),
        "besök: local_date",
    ),
    (
        "visit-at-2101",
        in_rows("visit", set_cell("visit", "occurred_at", "2101-01-01T00:00:00+01:00")),
        "besök: occurred_at",
    ),
    (
        "visit-at-offset-20h",
        in_rows("visit", set_cell("visit", "occurred_at", "2025-07-03T14:00:00+20:00")),
        "besök: occurred_at",
    ),
    ("visit-age-10^400", in_rows("visit", set_cell("visit", "age_min", 10**400)), "besök: age_min"),
    (
        "band-age-121",
        in_rows("age_band", set_cell("age_band", "max_age", 121)),
        "åldersgrupper: max_age",
    ),
    (
        "band-position-2^64",
        in_rows("age_band", set_cell("age_band", "position", 2**64)),
        "åldersgrupper: position",
    ),
    ("organisation-name-not-json", setting(ORGANISATION_NAME, "{"), "inställningar: värde"),
    (
        "organisation-name-121",
        setting(ORGANISATION_NAME, json.dumps("O" * 121)),
        "inställningar: värde",
    ),
    ("retention-abc", setting(RETENTION_DAYS, json.dumps("abc")), "inställningar: värde"),
    ("retention-999999", setting(RETENTION_DAYS, "999999"), "inställningar: värde"),
    ("consent-empty", setting(CONSENT_TEXT, json.dumps(" ")), "inställningar: värde"),
    ("device-name-esc", in_manifest("device_name", "D\x1b[31m"), MANIFEST),
    ("device-name-65", in_manifest("device_name", "D" * 65), MANIFEST),
]


@pytest.mark.parametrize(
    ("case", "words"), [c[1:] for c in PAST_THE_LIMITS], ids=[c[0] for c in PAST_THE_LIMITS]
)
def test_a_value_past_a_limit_refuses_the_bundle(pair: Pair, case, words: str) -> None:
    error = refused(pair.reader, case(pair), pair.folder)
    assert_sentence(error, BundleRefused, "felaktiga", words, name=NAME)
