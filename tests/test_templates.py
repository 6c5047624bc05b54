"""Weekly templates: editing one (checked like a new one, audited, stamped) and telling whether
one was already used for a day, so the Idag page can ask before a second activity."""

import dataclasses
import datetime as dt
import json

import pytest

from database_dump import dump_database
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.activities import ActivityChanges, ActivityInput
from vanskapshuset.services.templates import TemplateInput

TUESDAY = dt.date(2025, 7, 1)
OPEN_HOUSE = TemplateInput(
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
    return app.templates.add(OPEN_HOUSE)


def test_a_template_is_edited_in_place_audited_and_stamped(app, template_id):
    [before] = app.templates.list()
    app.templates.update(
        template_id,
        TemplateInput(
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
    ("change", "message"),
    [
        ({"end": dt.time(14)}, "slutar innan"),
        ({"weekday": 7}, "måndag till söndag"),
        ({"title": "   "}, "titel"),
        ({"title": "x" * 201}, "högst 200"),
        ({"leader_count": -1}, "negativt"),
        ({"type_name": "Okänd typ"}, "Okänd"),
        ({"site": "Månen"}, "Okänd"),
        ({"organiser": "Okänd förening"}, "Okänd"),
        ({"partners": ("Rädda Barnen", "Okänd förening")}, "Okänd"),
        ({"area": "fel"}, "verksamhetsområde"),
    ],
)
def test_an_edit_is_checked_like_a_new_template_and_a_refusal_changes_nothing(
    app, template_id, data_dir, change, message
):
    before = dump_database(data_dir)
    with pytest.raises(UserError, match=message):
        app.templates.update(template_id, dataclasses.replace(OPEN_HOUSE, **change))
    assert dump_database(data_dir) == before
    with pytest.raises(UserError, match=message):
        app.templates.add(dataclasses.replace(OPEN_HOUSE, **change))
    assert dump_database(data_dir) == before


def test_a_deleted_template_cannot_be_edited_or_asked_about(app, template_id):
    app.templates.delete(template_id)
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.update(template_id, OPEN_HOUSE)
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.used_on(template_id, TUESDAY)
    with pytest.raises(UserError, match="finns inte längre"):
        app.templates.update("no-such-id", OPEN_HOUSE)


def test_used_on_tells_whether_the_templates_activity_exists_that_day_at_its_site(app, template_id):
    assert not app.templates.used_on(template_id, TUESDAY)
    made = app.templates.create_activity(template_id, TUESDAY)
    assert app.templates.used_on(template_id, TUESDAY)
    assert not app.templates.used_on(template_id, TUESDAY + dt.timedelta(days=7))
    # Corrected afterwards (ended later, another type, participants): still the same activity.
    app.activities.edit(made, ActivityChanges(end=dt.time(18, 30), type_name="Fotboll"))
    assert app.templates.used_on(template_id, TUESDAY)
    # Moved to another site or another start: no longer this template's activity.
    app.activities.edit(made, ActivityChanges(site="Vänskapsparken"))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.activities.edit(made, ActivityChanges(site="Vänskapshuset", start=dt.time(14)))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.activities.edit(made, ActivityChanges(start=dt.time(15)))
    assert app.templates.used_on(template_id, TUESDAY)
    # A deleted activity does not count.
    app.activities.delete(made)
    assert not app.templates.used_on(template_id, TUESDAY)


def test_an_activity_typed_by_hand_like_the_template_counts_as_used(app, template_id):
    app.activities.create(
        ActivityInput(
            site="Vänskapshuset",
            date=TUESDAY,
            start=dt.time(15),
            end=dt.time(17),
            title="öppet  HUS",
            type_name="Dans",
        )
    )
    assert app.templates.used_on(template_id, TUESDAY)
    other = app.templates.add(dataclasses.replace(OPEN_HOUSE, title="Läxhjälp"))
    assert not app.templates.used_on(other, TUESDAY)


def test_an_edited_template_is_matched_by_what_it_says_now(app, template_id):
    app.templates.create_activity(template_id, TUESDAY)
    app.templates.update(template_id, dataclasses.replace(OPEN_HOUSE, start=dt.time(16)))
    assert not app.templates.used_on(template_id, TUESDAY)
    app.templates.create_activity(template_id, TUESDAY)
    assert app.templates.used_on(template_id, TUESDAY)
