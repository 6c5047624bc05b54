"""Weekly templates: editing one (checked like a new one, audited, stamped) and telling whether
one was already used for a day, so the Idag page can ask before a second activity."""

import dataclasses
import datetime as dt
import json

import pytest

from by_name import activity_changes, activity_input, template_input
from database_dump import dump_database
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.activities import ActivityChanges
from vanskapshuset.services.templates import TemplateInput

TUESDAY = dt.date(2025, 7, 1)


def open_house(app) -> TemplateInput:
    return template_input(
        app,
        site="Vänskapshuset",
        weekday=TUESDAY.weekday(),
        start=dt.time(15),
        end=dt.time(18),
        title="Öppet hus",
        type_name="Öppet hus",
        organiser="Rädda Barnen",
        partners=("FC Rosengård",),
        leader_count=2,
    )


@pytest.fixture
def template_id(app) -> str:
    app.sites.add("Vänskapshuset")
    app.sites.add("Vänskapsparken", "outdoor")
    app.organisations.add("Rädda Barnen", "non_profit")
    app.organisations.add("FC Rosengård", "association")
    return app.templates.add(open_house(app))


def test_a_template_is_edited_in_place_audited_and_stamped(app, template_id):
    [before] = app.templates.list()
    app.templates.update(
        template_id,
        template_input(
            app,
            site="Vänskapsparken",
            weekday=3,
            start=dt.time(16, 30),
            end=dt.time(19),
            title="  Öppet   hus i parken ",
            type_name="Fotboll",
            area="self_organisation",
            organiser=None,
            partners=("Rädda Barnen",),
            leader_count=3,
            knowledge_exchange=True,
        ),
    )
    [after] = app.templates.list()
    assert after.id == before.id == template_id
    assert after.label == "Öppet hus i parken, torsdagar 16:30–19:00"
    assert (after.site, after.type_name, after.area.value) == (
        "Vänskapsparken",
        "Fotboll",
        "self_organisation",
    )
    assert (after.organiser, after.partners, after.leader_count, after.knowledge_exchange) == (
        None,
        ("Rädda Barnen",),
        3,
        True,
    )
    entry = app.audit.recent(limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == (
        "update",
        "activity_template",
        template_id,
    )
    assert entry.before["title"] == "Öppet hus" and entry.after["title"] == "Öppet hus i parken"
    # A fresh stamp that remembers the one it replaced: a sync sees an edit on top.
    assert entry.after["hlc"] != entry.before["hlc"]
    assert json.loads(entry.after["history"])[0] == entry.before["hlc"]


@pytest.mark.parametrize(
    ("change", "message", "field"),
    [
        ({"end": dt.time(14)}, "slutar innan", "end"),
        ({"weekday": 7}, "måndag till söndag", "weekday"),
        ({"title": "   "}, "titel", "title"),
        ({"title": "x" * 201}, "högst 200", "title"),
        ({"leader_count": -1}, "negativt", "leader_count"),
        ({"type_id": "Okänd typ"}, "Aktivitetstypen finns inte", "type_id"),
        ({"site_id": "Månen"}, "Platsen finns inte", "site_id"),
        ({"organiser_id": "Okänd förening"}, "Organisationen finns inte", "organiser_id"),
        ({"partner_ids": ("Okänd förening",)}, "Organisationen finns inte", "partner_ids"),
        ({"area": "fel"}, "verksamhetsområde", "area"),
    ],
)
def test_an_edit_is_checked_like_a_new_template_and_a_refusal_changes_nothing(
    app, template_id, data_dir, change, message, field
):
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=message) as refused:
        app.templates.update(template_id, dataclasses.replace(open_house(app), **change))
    assert refused.value.field == field
    assert dump_database(data_dir) == before
    with pytest.raises(UserError, match=message) as refused:
        app.templates.add(dataclasses.replace(open_house(app), **change))
    assert refused.value.field == field
    assert dump_database(data_dir) == before


def test_templates_refuse_names_where_ids_are_expected(app, template_id, data_dir):
    """Names are resolved where they are chosen: the service takes an id, never a name, even
    the exact name of a live record."""
    before = dump_database(data_dir)
    for change, field in (
        ({"site_id": "Vänskapshuset"}, "site_id"),
        ({"type_id": "Öppet hus"}, "type_id"),
        ({"organiser_id": "Rädda Barnen"}, "organiser_id"),
        ({"partner_ids": ("FC Rosengård",)}, "partner_ids"),
    ):
        with pytest.raises(UserError) as refused:
            app.templates.add(dataclasses.replace(open_house(app), **change))
        assert refused.value.field == field
    assert dump_database(data_dir) == before


def test_a_deleted_template_cannot_be_edited_or_asked_about(app, template_id):
    app.templates.delete(template_id)
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.update(template_id, open_house(app))
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.used_on(template_id, TUESDAY)
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.update("no-such-id", open_house(app))


def test_used_on_tells_whether_the_templates_activity_exists_that_day_at_its_site(app, template_id):
    assert not app.templates.used_on(template_id, TUESDAY)
    made = app.templates.create_activity(template_id, TUESDAY)
    assert app.templates.used_on(template_id, TUESDAY)
    assert not app.templates.used_on(template_id, TUESDAY + dt.timedelta(days=7))
    # Corrected afterwards (ended later, another type, participants): still the same activity.
    app.activities.edit(made, activity_changes(app, end=dt.time(18, 30), type_name="Fotboll"))
    assert app.templates.used_on(template_id, TUESDAY)
    # Moved to another site or another start: no longer this template's activity.
    app.activities.edit(made, activity_changes(app, site="Vänskapsparken"))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.activities.edit(made, activity_changes(app, site="Vänskapshuset", start=dt.time(14)))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.activities.edit(made, ActivityChanges(start=dt.time(15)))
    assert app.templates.used_on(template_id, TUESDAY)
    # A deleted activity does not count.
    app.activities.delete(made)
    assert not app.templates.used_on(template_id, TUESDAY)


def test_an_activity_typed_by_hand_like_the_template_counts_as_used(app, template_id):
    app.activities.create(
        activity_input(
            app,
            site="Vänskapshuset",
            date=TUESDAY,
            start=dt.time(15),
            end=dt.time(17),
            title="öppet  HUS",
            type_name="Dans",
        )
    )
    assert app.templates.used_on(template_id, TUESDAY)
    other = app.templates.add(dataclasses.replace(open_house(app), title="Läxhjälp"))
    assert not app.templates.used_on(other, TUESDAY)


def test_an_edited_template_is_matched_by_what_it_says_now(app, template_id):
    app.templates.create_activity(template_id, TUESDAY)
    app.templates.update(template_id, dataclasses.replace(open_house(app), start=dt.time(16)))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.templates.create_activity(template_id, TUESDAY)
    assert app.templates.used_on(template_id, TUESDAY)
