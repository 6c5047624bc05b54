"""Activities: create, edit (only what is given changes), delete as a tombstone, list --json,
and the audit log of every change."""

import dataclasses
import datetime as dt
import json
import sqlite3
import uuid

import pytest

from by_name import activity_changes, activity_input
from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import NotFoundError, UserError
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Area, Gender
from vanskapshuset.paths import database_path
from vanskapshuset.services.activities import ActivityChanges, ActivityInput

HUSET = "Vänskapshuset"
PARKEN = "Vänskapsparken"
JULY = ("--from", "2025-07-01", "--to", "2025-07-31")


def query(data_dir, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def listed(cli, *period: str) -> list[dict]:
    result = cli("activity", "list", *(period or JULY), "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def register(app):
    app.sites.add(HUSET, "indoor")
    app.sites.add(PARKEN, "outdoor")
    for name in ("Rädda Barnen", "Föreningen ZigZag", "Nabta", "Sawa Tillsammans"):
        app.organisations.add(name)
    return app


@pytest.fixture
def football(register, cli):
    """One activity with every option set, added through the command line."""
    result = cli(
        "activity", "add", "--site", PARKEN, "--date", "2025-07-03", "--start", "14:00",
        "--end", "15:30", "--title", "  Fotboll   för alla ", "--type", "Fotboll",
        "--organiser", "rädda barnen", "--partner", "Nabta", "--partner", "Föreningen ZigZag",
        "--participants", "girl:7-9=3,boy:10-13=4,girl:7-9=2,other:0-6=1",
        "--leaders", "2", "--knowledge-exchange", "--note", " Regn efter en timme ",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out.strip()


FOOTBALL = {
    "date": "2025-07-03",
    "start": "14:00",
    "end": "15:30",
    "site": PARKEN,
    "title": "Fotboll för alla",
    "type": "Fotboll",
    "area": "children_youth",
    "organiser": "Rädda Barnen",
    "partners": ["Föreningen ZigZag", "Nabta"],
    "participants": {"boy:10-13": 4, "girl:7-9": 5, "other:0-6": 1},
    "participants_total": 10,
    "leaders": 2,
    "knowledge_exchange": True,
    "note": "Regn efter en timme",
}


def test_add_prints_the_new_id_and_list_shows_it(football, data_dir, cli):
    assert uuid.UUID(football).version == 4
    assert "\n" not in football
    assert listed(cli) == [{"id": football, **FOOTBALL}]
    assert query(data_dir, "SELECT id, deleted FROM activity") == [(football, 0)]


def test_list_shape_order_and_period(register, football, cli):
    early = register.activities.create(
        activity_input(
            register,
            site=HUSET,
            date=dt.date(2025, 7, 3),
            start=dt.time(10, 0),
            end=dt.time(11, 0),
            title="Öppet hus",
            type_name="Öppet hus",
        )
    )
    register.activities.create(
        activity_input(
            register,
            site=HUSET,
            date=dt.date(2025, 8, 1),
            start=dt.time(10, 0),
            end=dt.time(11, 0),
            title="Utanför perioden",
            type_name="Öppet hus",
        )
    )
    minimal = {
        "id": early,
        "date": "2025-07-03",
        "start": "10:00",
        "end": "11:00",
        "site": HUSET,
        "title": "Öppet hus",
        "type": "Öppet hus",
        "area": "meeting_place",
        "organiser": None,
        "partners": [],
        "participants": {},
        "participants_total": 0,
        "leaders": 0,
        "knowledge_exchange": False,
        "note": "",
    }
    assert listed(cli) == [minimal, {"id": football, **FOOTBALL}]
    site_only = cli("activity", "list", *JULY, "--site", PARKEN, "--json")
    assert [a["id"] for a in json.loads(site_only.out)] == [football]
    assert [a["title"] for a in listed(cli, "--from", "2025-08-01", "--to", "2025-08-01")] == [
        "Utanför perioden"
    ]
    assert listed(cli, "--from", "2025-07-04", "--to", "2025-07-31") == []


def test_edit_changes_only_the_given_fields(football, data_dir, cli):
    stamp_before = query(data_dir, "SELECT hlc FROM activity")[0][0]
    result = cli("activity", "edit", football, "--title", "Fotbollsturnering")
    assert result.code == 0, result.err
    assert listed(cli) == [{"id": football, **FOOTBALL, "title": "Fotbollsturnering"}]
    stamp_after = query(data_dir, "SELECT hlc FROM activity")[0][0]
    assert stamp_after > stamp_before

    assert cli("activity", "edit", football, "--end", "16:00", "--leaders", "0").code == 0
    assert cli("activity", "edit", football, "--no-knowledge-exchange").code == 0
    assert listed(cli) == [
        {
            "id": football,
            **FOOTBALL,
            "title": "Fotbollsturnering",
            "end": "16:00",
            "leaders": 0,
            "knowledge_exchange": False,
        }
    ]


def test_edit_moves_date_and_site(football, cli):
    assert cli("activity", "edit", football, "--date", "2025-07-10", "--site", HUSET).code == 0
    assert listed(cli) == [{"id": football, **FOOTBALL, "date": "2025-07-10", "site": HUSET}]
    assert listed(cli, "--from", "2025-07-03", "--to", "2025-07-03") == []


def test_type_change_moves_the_area_unless_area_given(football, cli):
    assert cli("activity", "edit", football, "--type", "Tjejforum").code == 0
    [after] = listed(cli)
    assert (after["type"], after["area"]) == ("Tjejforum", "self_organisation")

    assert cli("activity", "edit", football, "--type", "Dans", "--area", "presence").code == 0
    [after] = listed(cli)
    assert (after["type"], after["area"]) == ("Dans", "presence")

    # An area set by hand stays when something else is edited.
    assert cli("activity", "edit", football, "--title", "Dansforum").code == 0
    [after] = listed(cli)
    assert (after["type"], after["area"], after["title"]) == ("Dans", "presence", "Dansforum")

    assert cli("activity", "edit", football, "--area", "meeting_place").code == 0
    [after] = listed(cli)
    assert (after["type"], after["area"]) == ("Dans", "meeting_place")


def test_participants_and_partners_are_replaced_not_merged(football, data_dir, cli):
    result = cli(
        "activity", "edit", football, "--participants", "boy:7-9=2",
        "--partner", "Sawa Tillsammans",
    )  # fmt: skip
    assert result.code == 0, result.err
    [after] = listed(cli)
    assert after["participants"] == {"boy:7-9": 2}
    assert after["participants_total"] == 2
    assert after["partners"] == ["Sawa Tillsammans"]
    assert after["organiser"] == "Rädda Barnen"
    rows = query(
        data_dir,
        "SELECT gender, age_band, count FROM activity_participant WHERE activity_id = ?",
        football,
    )
    assert rows == [("boy", "7-9", 2)]
    assert query(data_dir, "SELECT count(*) FROM activity_partner") == [(1,)]

    # Only the participants given: the partners stay as they are.
    assert cli("activity", "edit", football, "--participants", "girl:14-17=6").code == 0
    [after] = listed(cli)
    assert after["participants"] == {"girl:14-17": 6}
    assert after["partners"] == ["Sawa Tillsammans"]


def test_service_edit_can_clear_partners_and_participants(register, football, cli):
    register.activities.edit(football, ActivityChanges(partner_ids=(), participants=()))
    view = register.activities.get(football)
    assert view.partners == ()
    assert view.participants == ()
    assert view.participants_total == 0
    assert view.organiser == "Rädda Barnen"
    assert view.title == "Fotboll för alla"


def test_edit_keeps_references_to_records_deleted_since(register, football, data_dir, cli):
    """Only the given fields change, even when the organiser, a partner or the age bands the
    activity refers to have since been deleted (found by the tests; fixed in the service)."""
    [(organiser_id,)] = query(data_dir, "SELECT organiser_id FROM activity")
    rädda = next(o for o in register.organisations.list() if o.name == "Rädda Barnen")
    nabta = next(o for o in register.organisations.list() if o.name == "Nabta")
    register.organisations.delete(rädda.id)
    register.organisations.delete(nabta.id)
    register.organisations.add("Rädda Barnen")  # a new record with the same name
    register.age_bands.replace([AgeBand.from_code(c) for c in ("0-5", "6-12", "13-19", "20+")])

    result = cli("activity", "edit", football, "--title", "Fotboll i regnet")
    assert result.code == 0, result.err
    assert listed(cli) == [{"id": football, **FOOTBALL, "title": "Fotboll i regnet"}]
    assert query(data_dir, "SELECT organiser_id FROM activity") == [(organiser_id,)]
    assert query(data_dir, "SELECT count(*) FROM activity_partner") == [(2,)]

    # Naming a deleted organisation is still refused.
    refused = cli("activity", "edit", football, "--partner", "Nabta")
    assert refused.code == 2
    assert "Okänd organisation" in refused.err


def test_delete_writes_a_tombstone(register, football, data_dir, cli):
    stats_before = json.loads(cli("stats", *JULY, "--json").out)
    assert stats_before["activities"] == 1
    assert stats_before["participants"] == 10

    result = cli("activity", "delete", football)
    assert result.code == 0, result.err
    assert query(data_dir, "SELECT id, deleted, title FROM activity") == [
        (football, 1, "Fotboll för alla")
    ]
    # Its parts stay with the tombstone, so the row keeps its meaning.
    assert query(data_dir, "SELECT count(*) FROM activity_participant") == [(3,)]
    assert listed(cli) == []
    assert register.activities.list(dt.date(2025, 7, 1), dt.date(2025, 7, 31)) == []
    with pytest.raises(NotFoundError):
        register.activities.get(football)

    stats = json.loads(cli("stats", *JULY, "--json").out)
    assert stats["activities"] == 0
    assert stats["participants"] == 0
    assert stats["knowledge_exchanges"] == 0
    assert stats["active_organisations"] == 0
    assert stats["days_open"] == 0
    assert stats["activities_by_area"]["children_youth"] == 0

    again = cli("activity", "delete", football)
    assert again.code == 2
    assert "ingen aktivitet" in again.err


def test_audit_log_holds_create_update_and_delete(register, clock):
    me = register.context
    clock.set(dt.datetime(2025, 7, 3, 16, 0, tzinfo=dt.UTC))
    activity = register.activities.create(
        activity_input(
            register,
            site=HUSET,
            date=dt.date(2025, 7, 3),
            start=dt.time(17, 0),
            end=dt.time(19, 0),
            title="Tjejforum",
            type_name="Tjejforum",
            organiser="Föreningen ZigZag",
            partners=("Rädda Barnen",),
            participants=(ParticipantCount(Gender.GIRL, "14-17", 6),),
        )
    )
    clock.set(dt.datetime(2025, 7, 3, 17, 0, tzinfo=dt.UTC))
    register.activities.edit(
        activity,
        activity_changes(
            register,
            title="Tjejforum med Nabta",
            partners=("Nabta",),
            participants=(ParticipantCount(Gender.GIRL, "14-17", 8),),
        ),
    )
    clock.set(dt.datetime(2025, 7, 3, 18, 0, tzinfo=dt.UTC))
    register.activities.delete(activity)

    entries = [e for e in register.audit.recent() if e.entity_id == activity]
    assert [e.action for e in entries] == ["delete", "update", "create"]
    assert all(e.entity == "activity" for e in entries)
    assert all(e.actor == "Testledare" for e in entries)
    assert all(e.device_id == me.device_id for e in entries)
    assert [e.at for e in entries] == [
        dt.datetime(2025, 7, 3, 18, 0, tzinfo=dt.UTC),
        dt.datetime(2025, 7, 3, 17, 0, tzinfo=dt.UTC),
        dt.datetime(2025, 7, 3, 16, 0, tzinfo=dt.UTC),
    ]
    delete, update, create = entries

    assert create.before is None
    assert create.after is not None
    assert create.after["title"] == "Tjejforum"
    assert create.after["area"] == Area.SELF_ORGANISATION.value
    assert create.after["partners"] == ["Rädda Barnen"]
    assert create.after["participants"] == {"girl:14-17": 6}
    assert create.after["local_date"] == "2025-07-03"
    assert create.after["deleted"] is False

    assert update.before == create.after
    assert update.after is not None
    assert update.after["title"] == "Tjejforum med Nabta"
    assert update.after["partners"] == ["Nabta"]
    assert update.after["participants"] == {"girl:14-17": 8}
    assert update.after["hlc"] > update.before["hlc"]
    assert update.after["history"] == f'["{update.before["hlc"]}"]'  # what the edit replaced
    unchanged = {"title", "partners", "participants", "hlc", "history"}
    assert {k: v for k, v in update.after.items() if k not in unchanged} == {
        k: v for k, v in update.before.items() if k not in unchanged
    }

    assert delete.before is not None
    assert delete.after is not None
    assert delete.before["deleted"] is False
    assert delete.after["deleted"] is True
    assert delete.before["title"] == delete.after["title"] == "Tjejforum med Nabta"


def test_refused_edit_writes_no_audit_entry(register, football, cli):
    count = register.audit.count()
    assert cli("activity", "edit", football, "--end", "13:00").code == 2
    assert register.audit.count() == count
    assert listed(cli) == [{"id": football, **FOOTBALL}]


def football_input(app, **changes: object) -> ActivityInput:
    values: dict[str, object] = dict(
        site=PARKEN,
        date=dt.date(2025, 7, 3),
        start=dt.time(14),
        end=dt.time(15),
        title="Fotboll",
        type_name="Fotboll",
        organiser="Rädda Barnen",
        partners=("Nabta",),
    )
    return activity_input(app, **(values | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("site_id", PARKEN),
        ("type_id", "Fotboll"),
        ("organiser_id", "Rädda Barnen"),
        ("partner_ids", ("Nabta",)),
    ],
)
def test_services_refuse_names_where_ids_are_expected(register, football, data_dir, field, name):
    """Names are resolved where they are chosen (the window's lists, the command line): the
    service takes only ids, and a name, even a live record's exact name, is refused with the
    field it concerns, never looked up."""
    before = query(data_dir, "SELECT * FROM activity ORDER BY id")
    with pytest.raises(NotFoundError) as refused:
        register.activities.create(dataclasses.replace(football_input(register), **{field: name}))
    assert refused.value.field == field
    with pytest.raises(NotFoundError) as refused:
        register.activities.edit(football, ActivityChanges(**{field: name}))
    assert refused.value.field == field
    assert query(data_dir, "SELECT * FROM activity ORDER BY id") == before
    with pytest.raises(NotFoundError) as refused:
        register.activities.list(dt.date(2025, 7, 1), dt.date(2025, 7, 31), PARKEN)
    assert refused.value.field == "site_id"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"note": "x" * 4001}, "note"),
        ({"date": dt.date(2027, 1, 1)}, "date"),
        ({"end": dt.time(13)}, "end"),
        ({"leader_count": -1}, "leader_count"),
        ({"area": "fel"}, "area"),
        ({"participants": (ParticipantCount(Gender.GIRL, "99-100", 1),)}, "participants"),
        ({"participants": (ParticipantCount(Gender.GIRL, "7-9", 10_000),)}, "participants"),
    ],
)
def test_every_refusal_names_the_field_it_concerns(register, data_dir, change, field):
    with pytest.raises(UserError) as refused:
        register.activities.create(dataclasses.replace(football_input(register), **change))
    assert refused.value.field == field
    assert query(data_dir, "SELECT count(*) FROM activity") == [(0,)]


def test_a_deleted_records_id_is_refused_but_an_edit_keeps_the_reference_not_given(register):
    made = register.activities.create(football_input(register))
    parken = register.sites.by_name(PARKEN).id
    nabta = register.organisations.id_of("Nabta")
    register.sites.delete(parken)
    register.organisations.delete(nabta)
    for change, field in (
        (ActivityChanges(site_id=parken), "site_id"),
        (ActivityChanges(partner_ids=(nabta,)), "partner_ids"),
    ):
        with pytest.raises(NotFoundError) as refused:
            register.activities.edit(made, change)
        assert refused.value.field == field
    register.activities.edit(made, ActivityChanges(title="Fotboll i regn"))
    kept = register.activities.get(made)
    assert (kept.site_id, kept.partner_ids, kept.title) == (parken, (nabta,), "Fotboll i regn")


def test_views_carry_the_ids_of_what_they_name(register, football):
    view = register.activities.get(football)
    assert view.site_id == register.sites.id_of(PARKEN)
    assert view.type_id == register.activity_types.id_of("Fotboll")
    assert view.organiser_id == register.organisations.id_of("Rädda Barnen")
    assert view.partner_ids == tuple(register.organisations.id_of(p) for p in view.partners)


def test_seasons_take_site_ids(register, data_dir):
    parken, huset = register.sites.id_of(PARKEN), register.sites.id_of(HUSET)
    season = register.seasons.add("Sommarlov", dt.date(2025, 6, 16), dt.date(2025, 8, 8), [parken])
    assert season.site_ids == (parken,)
    assert (
        register.seasons.add("Hela året", dt.date(2025, 1, 1), dt.date(2025, 12, 31)).site_ids == ()
    )
    several = register.seasons.add(
        "Sportlov", dt.date(2025, 2, 17), dt.date(2025, 2, 21), [huset, parken, huset]
    )
    assert several.site_ids == tuple(sorted({parken, huset}))  # each once, in a fixed order
    for site_ids, field in (
        ([PARKEN], "site_ids"),  # a name is not an id
        ([parken, "0" * 8 + "-0000-4000-8000-" + "0" * 12], "site_ids"),  # no such site
    ):
        with pytest.raises(UserError) as refused:
            register.seasons.add("Höstlov", dt.date(2025, 10, 27), dt.date(2025, 10, 31), site_ids)
        assert refused.value.field == field
    with pytest.raises(UserError) as refused:
        register.seasons.add("Höstlov", dt.date(2025, 10, 31), dt.date(2025, 10, 27))
    assert refused.value.field == "end" and "före den börjar" in str(refused.value)
    assert [s.name for s in register.seasons.list()] == ["Hela året", "Sportlov", "Sommarlov"]


def test_a_season_is_edited_and_a_wrong_edit_changes_nothing(register):
    parken, huset = register.sites.id_of(PARKEN), register.sites.id_of(HUSET)
    season = register.seasons.add("Sommarlov", dt.date(2025, 6, 16), dt.date(2025, 8, 8), [parken])
    edited = register.seasons.edit(season.id, end=dt.date(2025, 8, 15), site_ids=[parken, huset])
    assert edited == register.seasons.by_name("Sommarlov")
    assert (edited.end, edited.site_ids) == (dt.date(2025, 8, 15), tuple(sorted({parken, huset})))
    assert register.seasons.edit(season.id, site_ids=[]).site_ids == ()  # every site
    renamed = register.seasons.edit(season.id, name="  Bästa  sommaren ", start=dt.date(2025, 6, 9))
    assert (renamed.name, renamed.start) == ("Bästa sommaren", dt.date(2025, 6, 9))
    before = register.seasons.by_name("Bästa sommaren")
    for change, field in (
        ({"end": dt.date(2025, 6, 1)}, "end"),
        ({"start": dt.date(2025, 9, 1)}, "start"),
        ({"site_ids": [PARKEN]}, "site_ids"),
        ({"start": dt.date(2027, 1, 1), "end": dt.date(2027, 2, 1)}, "start"),  # over a year ahead
        ({"name": ""}, "name"),
    ):
        with pytest.raises(UserError) as refused:
            register.seasons.edit(season.id, **change)
        assert refused.value.field == field, change
        assert register.seasons.by_name("Bästa sommaren") == before
    register.seasons.add("Höstlov", dt.date(2025, 10, 27), dt.date(2025, 10, 31))
    with pytest.raises(UserError) as refused:
        register.seasons.edit(season.id, name="höstlov")
    assert refused.value.field == "name"


def test_the_command_line_takes_names_and_resolves_them_once(register, football, cli):
    parken = register.sites.id_of(PARKEN)
    added = cli("season", "add", "Sommarlov", "--start", "2025-06-16", "--end", "2025-08-08",
                "--site", "vänskapsparken")  # fmt: skip
    assert added.code == 0, added.err
    assert register.seasons.by_name("Sommarlov").site_ids == (parken,)
    assert [a["title"] for a in listed(cli, *JULY, "--site", "VÄNSKAPSPARKEN")] == [
        "Fotboll för alla"
    ]
    edited = cli("activity", "edit", football, "--organiser", "", "--site", HUSET)
    assert edited.code == 0, edited.err
    after = register.activities.get(football)
    assert (after.organiser_id, after.site_id) == (None, register.sites.id_of(HUSET))
    unknown = cli("activity", "list", *JULY, "--site", "Månen")
    assert unknown.code == 2 and "Okänd plats" in unknown.err and HUSET in unknown.err
