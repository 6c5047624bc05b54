"""Uppföljning: surveys of actors and collaboration initiatives (issue 16, item 4), kept as
editable records: checked, stamped, audited, year-filtered, deleted by the coordinator only,
and added to a database of the newest released schema by its migration."""

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from database_dump import dump_database
from vanskapshuset.app import open_app
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.follow_up import InitiativeStatus
from vanskapshuset.paths import database_path
from vanskapshuset.services.follow_up import InitiativeInput, SurveyInput
from vanskapshuset.store.schema import HEAD_REVISION, current_revision

FIXTURES = Path(__file__).parent / "fixtures" / "schema"
PASSWORD = "hemligt-lösen"


@pytest.fixture
def orgs(app) -> dict[str, str]:
    return {
        name: app.organisations.add(name, kind).id
        for name, kind in (
            ("Rädda Barnen", "non_profit"),
            ("Fritidsförvaltningen", "municipal"),
            ("Al-Amal", "association"),
        )
    }


def survey(orgs: dict[str, str], **changes: object) -> SurveyInput:
    base = SurveyInput(
        held_on=dt.date(2025, 3, 12),
        summary="Aktörerna vill ha fler gemensamma helgaktiviteter.",
        organisation_ids=(orgs["Rädda Barnen"], orgs["Al-Amal"]),
        with_text="boende i Herrgården",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def initiative(orgs: dict[str, str], **changes: object) -> InitiativeInput:
    base = InitiativeInput(
        title="Gemensam sommarlovsplanering",
        status="ongoing",
        partner_ids=(orgs["Fritidsförvaltningen"],),
        start=dt.date(2025, 2, 1),
        end=None,
        note="Träffas varannan månad.",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_survey_is_stored_listed_by_year_and_names_its_organisations(app, orgs) -> None:
    first = app.follow_up.add_survey(survey(orgs))
    app.follow_up.add_survey(survey(orgs, held_on=dt.date(2024, 11, 5), with_text=""))
    listed = app.follow_up.surveys(2025)
    assert [s.id for s in listed] == [first]
    view = listed[0]
    assert view.organisations == ("Al-Amal", "Rädda Barnen")  # Swedish order
    assert view.with_whom == ("Al-Amal", "Rädda Barnen", "boende i Herrgården")
    assert view.summary == "Aktörerna vill ha fler gemensamma helgaktiviteter."
    assert [s.held_on for s in app.follow_up.surveys(2024)] == [dt.date(2024, 11, 5)]
    assert app.follow_up.surveys(2023) == []


def test_a_survey_with_only_words_for_whom_is_fine_but_with_nobody_is_refused(app, orgs) -> None:
    key = app.follow_up.add_survey(survey(orgs, organisation_ids=()))
    assert app.follow_up.survey(key).with_whom == ("boende i Herrgården",)
    before = dump_database(app.db.path.parent)
    with pytest.raises(UserError) as refused:
        app.follow_up.add_survey(survey(orgs, organisation_ids=(), with_text="  "))
    assert refused.value.field == "organisation_ids"
    assert "Ange vilka enkäten gjordes med" in str(refused.value)
    assert dump_database(app.db.path.parent) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"summary": "   "}, "summary"),
        ({"summary": "x" * 2001}, "summary"),
        ({"with_text": "rad\nbrytning"}, "with_text"),
        ({"held_on": dt.date(2027, 1, 1)}, "held_on"),  # more than a year ahead of the clock
        ({"organisation_ids": ("Rädda Barnen",)}, "organisation_ids"),  # a name, not an id
    ],
)
def test_bad_survey_input_is_one_sentence_naming_its_field(app, orgs, changes, field) -> None:
    before = dump_database(app.db.path.parent)
    with pytest.raises(UserError) as refused:
        app.follow_up.add_survey(survey(orgs, **changes))
    assert refused.value.field == field
    assert "\n" not in str(refused.value)
    assert dump_database(app.db.path.parent) == before


def test_an_initiative_is_listed_in_every_year_its_period_touches(app, orgs) -> None:
    ongoing = app.follow_up.add_initiative(initiative(orgs))
    ended = app.follow_up.add_initiative(
        initiative(
            orgs,
            title="Läxhjälpsnätverk",
            status="ended",
            start=dt.date(2024, 9, 1),
            end=dt.date(2025, 1, 31),
            partner_ids=(orgs["Al-Amal"], orgs["Rädda Barnen"]),
        )
    )
    undated = app.follow_up.add_initiative(
        initiative(orgs, title="Idéverkstad", status="planned", start=None, partner_ids=())
    )
    assert [i.id for i in app.follow_up.initiatives(2024)] == [undated, ended]
    assert [i.id for i in app.follow_up.initiatives(2025)] == [undated, ended, ongoing]
    assert [i.id for i in app.follow_up.initiatives(2026)] == [undated, ongoing]
    view = app.follow_up.initiative(ended)
    assert view.status is InitiativeStatus.ENDED
    assert view.partners == ("Al-Amal", "Rädda Barnen")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"status": "klar"}, "status"),
        ({"start": dt.date(2025, 5, 1), "end": dt.date(2025, 4, 30)}, "end"),
        ({"start": dt.date(1899, 1, 1)}, "start"),
        ({"partner_ids": ("00000000-0000-0000-0000-000000000000",)}, "partner_ids"),
        ({"note": "\x1b[31m"}, "note"),
    ],
)
def test_bad_initiative_input_is_one_sentence_naming_its_field(app, orgs, changes, field) -> None:
    before = dump_database(app.db.path.parent)
    with pytest.raises(UserError) as refused:
        app.follow_up.add_initiative(initiative(orgs, **changes))
    assert refused.value.field == field
    assert dump_database(app.db.path.parent) == before


def test_edits_are_stamped_and_audited_and_a_deleted_organisation_keeps_its_name(
    app, orgs, clock
) -> None:
    key = app.follow_up.add_initiative(initiative(orgs))
    first_stamp = _column(app, "follow_up_initiative", "hlc", key)
    clock.advance(dt.timedelta(minutes=5))
    app.follow_up.update_initiative(key, initiative(orgs, status="ended", end=dt.date(2025, 6, 30)))
    view = app.follow_up.initiative(key)
    assert (view.status, view.end) == (InitiativeStatus.ENDED, dt.date(2025, 6, 30))
    assert _column(app, "follow_up_initiative", "hlc", key) > first_stamp
    history = json.loads(_column(app, "follow_up_initiative", "history", key))
    assert history == [first_stamp]
    entries = [e for e in app.audit.recent() if e.entity_id == key]
    assert [e.action for e in entries] == ["update", "create"]
    app.organisations.delete(orgs["Fritidsförvaltningen"])
    assert app.follow_up.initiative(key).partners == ("Fritidsförvaltningen",)


def test_deleting_is_the_coordinators_and_leaves_a_tombstone(data_dir, clock) -> None:
    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        org = app.organisations.add("Rädda Barnen", "non_profit").id
        key = app.follow_up.add_survey(SurveyInput(dt.date(2025, 3, 1), "Bra samarbete.", (org,)))
        app.settings.set_coordinator_password(PASSWORD)
        app.access.lock()
        with pytest.raises(UserError) as refused:
            app.follow_up.delete_survey(key)
        assert refused.value.field == "password"
        assert [s.id for s in app.follow_up.surveys(2025)] == [key]
        app.access.unlock(PASSWORD)
        app.follow_up.delete_survey(key)
        assert app.follow_up.surveys(2025) == []
        assert _column(app, "follow_up_survey", "deleted", key) == 1
        with pytest.raises(UserError) as gone:
            app.follow_up.delete_survey(key)
        assert gone.value.field == "id"
    finally:
        app.close()


def test_a_year_outside_the_date_range_is_refused(app) -> None:
    with pytest.raises(UserError) as refused:
        app.follow_up.year(99999)
    assert refused.value.field == "year"


def _column(app, table: str, column: str, key: str) -> object:
    connection = sqlite3.connect(database_path(app.db.path.parent))
    try:
        found = connection.execute(f"SELECT {column} FROM {table} WHERE id = ?", (key,))
        return found.fetchone()[0]
    finally:
        connection.close()


# -- the migration ---------------------------------------------------------------------------------


def test_the_last_database_before_follow_ups_upgrades_and_keeps_them(data_dir, clock) -> None:
    newest = FIXTURES / "0007_season_sites.sqlite"  # the release just before 0008_follow_up
    data_dir.mkdir()
    shutil.copyfile(newest, database_path(data_dir))
    before = sqlite3.connect(database_path(data_dir))
    try:
        counts = {
            table: before.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for (table,) in before.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        }
    finally:
        before.close()
    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        assert current_revision(app.db) == HEAD_REVISION == "0008_follow_up"
        assert app.check().ok
        org = app.organisations.list()[0]
        key = app.follow_up.add_initiative(
            InitiativeInput("Nätverksträffar", "planned", (org.id,), dt.date(2025, 9, 1))
        )
        assert [i.partners for i in app.follow_up.initiatives(2025)] == [(org.name,)]
        app.follow_up.add_survey(SurveyInput(dt.date(2025, 3, 3), "Enkät.", (org.id,)))
    finally:
        app.close()
    after = sqlite3.connect(database_path(data_dir))
    try:
        for table, count in counts.items():
            assert after.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] >= count, table
        triggers = {
            name
            for (name,) in after.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {
            "journal_follow_up_survey_insert",
            "journal_follow_up_survey_update",
            "journal_follow_up_initiative_insert",
            "journal_follow_up_initiative_update",
        } <= triggers
        assert after.execute(
            "SELECT status FROM follow_up_initiative WHERE id = ?", (key,)
        ).fetchone() == ("planned",)
    finally:
        after.close()
