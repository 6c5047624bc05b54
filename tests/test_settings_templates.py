"""Shared and local settings, the coordinator password, and weekly templates."""

import datetime as dt
import json

import pytest

from by_name import template_input
from vanskapshuset.domain import settings_registry as keys
from vanskapshuset.domain.errors import UserError


def test_coordinator_password_is_hashed_checked_and_never_in_the_audit_log(app):
    assert not app.settings.has_coordinator_password()
    assert app.settings.check_coordinator_password("vad som helst")  # nothing locked yet
    app.settings.set_coordinator_password("hemligt123")
    assert app.settings.has_coordinator_password()
    assert app.settings.check_coordinator_password("hemligt123")
    assert not app.settings.check_coordinator_password("hemligt124")
    with pytest.raises(UserError, match="nuvarande"):
        app.settings.set_coordinator_password("nytt-lösen", current="fel")
    with pytest.raises(UserError, match="minst 6"):
        app.settings.set_coordinator_password("kort", current="hemligt123")
    stored = app.settings.get(keys.COORDINATOR_PASSWORD)
    assert stored.startswith("scrypt$") and "hemligt123" not in stored
    app.access.unlock("hemligt123")  # the history is the coordinator's to read
    audit_text = json.dumps([(e.before, e.after) for e in app.audit.recent()])
    assert "scrypt$" not in audit_text and "hemligt" not in audit_text


def test_language_is_a_local_setting_with_a_swedish_default(app):
    assert app.settings.language() == "sv"
    app.settings.set_language("en")
    assert app.settings.language() == "en"
    with pytest.raises(UserError):
        app.settings.set_language("xx")


def test_template_creates_the_days_activity(app):
    app.sites.add("Vänskapshuset")
    app.organisations.add("Rädda Barnen", "non_profit")
    template_id = app.templates.add(
        template_input(
            app,
            site="Vänskapshuset",
            weekday=1,
            start=dt.time(15),
            end=dt.time(18),
            title="Öppet hus",
            type_name="Öppet hus",
            organiser="Rädda Barnen",
            leader_count=2,
        )
    )
    [view] = app.templates.list(weekday=1)
    assert view.label == "Öppet hus, tisdagar 15:00–18:00"
    assert app.templates.list(weekday=2) == []
    activity_id = app.templates.create_activity(template_id, dt.date(2025, 9, 2))
    activity = app.activities.get(activity_id)
    assert (activity.title, activity.date, activity.start, activity.end) == (
        "Öppet hus",
        dt.date(2025, 9, 2),
        dt.time(15),
        dt.time(18),
    )
    assert activity.organiser == "Rädda Barnen" and activity.leader_count == 2
    assert activity.area.value == "meeting_place"
    app.templates.delete(template_id)
    assert app.templates.list() == []
    with pytest.raises(UserError):
        app.templates.create_activity(template_id, dt.date(2025, 9, 9))


def test_template_with_end_before_start_is_refused(app):
    app.sites.add("Vänskapshuset")
    with pytest.raises(UserError):
        app.templates.add(
            template_input(app, "Vänskapshuset", 1, dt.time(18), dt.time(15), "X", "Öppet hus")
        )
    assert app.templates.list() == []


def test_first_setup_is_all_or_nothing(app, data_dir):
    from database_dump import dump_database

    before = dump_database(data_dir)
    with pytest.raises(UserError, match="minst 6"):
        app.setup.first_setup([("Vänskapshuset", "indoor")], "Amina", password="kort")
    with pytest.raises(UserError, match="samma namn"):
        app.setup.first_setup([("Parken", "outdoor"), ("parken", "outdoor")], "Amina")
    assert dump_database(data_dir) == before
    leader = app.setup.first_setup(
        [("Vänskapshuset", "indoor"), ("Vänskapsparken", "outdoor")], "Amina", password="hemlig1"
    )
    assert [s.name for s in app.sites.list()] == ["Vänskapshuset", "Vänskapsparken"]
    assert app.settings.get(keys.CURRENT_LEADER) == leader.id
    assert app.settings.check_coordinator_password("hemlig1")
    app.access.unlock("hemlig1")  # the history is the coordinator's to read
    assert {e.actor for e in app.audit.recent()} == {"Amina"}
    with pytest.raises(UserError, match="redan inställt"):
        app.setup.first_setup([("Annan", "indoor")], "Omar")
