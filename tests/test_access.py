"""The coordinator's lock in the services (services/access.py), whatever calls them: the 7-day
rule, the growing wait after wrong passwords, the command line's password, typed settings."""

import datetime as dt
from pathlib import Path

import pytest

from by_name import activity_input
from vanskapshuset.app import App, open_app
from vanskapshuset.domain import settings_registry as keys
from vanskapshuset.domain.edit_window import FREE_EDIT_DAYS
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.services.access import delay_after
from vanskapshuset.services.activities import ActivityChanges
from vanskapshuset.services.day_logs import DayLogEntry

PASSWORD = "hemligt123"
SITE = "Vänskapshuset"


def activity_on(app: App, day: dt.date) -> str:
    return app.activities.create(
        activity_input(app,
            site=SITE, date=day, start=dt.time(15), end=dt.time(17), title="Fotboll",
            type_name="Fotboll",
        )
    )  # fmt: skip


@pytest.fixture
def site(app: App) -> str:
    return app.sites.add(SITE).id


# -- the rule of old days -------------------------------------------------------------------------


def test_services_refuse_an_old_day_while_locked(app: App, site: str) -> None:
    old = app.context.today() - dt.timedelta(days=FREE_EDIT_DAYS + 1)
    week = app.context.today() - dt.timedelta(days=FREE_EDIT_DAYS)
    old_activity = activity_on(app, old)  # no password yet: nothing locked
    app.settings.set_coordinator_password(PASSWORD)
    assert not app.access.unlocked
    activity_on(app, week)  # this week stays the leaders'
    with pytest.raises(UserError, match="äldre än en vecka") as refused:
        app.activities.edit(old_activity, ActivityChanges(title="Basket"))
    assert refused.value.field == "password"
    with pytest.raises(UserError, match="äldre än en vecka"):
        activity_on(app, old)
    with pytest.raises(UserError, match="äldre än en vecka"):
        app.day_logs.save(DayLogEntry(site, old, True, dt.time(15), dt.time(20), (), ""))
    with pytest.raises(UserError, match="äldre än en vecka"):
        app.paper_tally.enter(site, old, {("girl", "7-9"): 1})
    with pytest.raises(UserError, match="bara samordnaren"):
        app.activities.delete(old_activity)
    assert app.activities.get(old_activity).title == "Fotboll"
    app.access.unlock(PASSWORD)
    app.activities.edit(old_activity, ActivityChanges(title="Basket"))
    assert app.activities.get(old_activity).title == "Basket"
    assert app.audit.recent()[0].actor.endswith("(samordnare)")


def test_coordinator_only_operations_are_refused_in_the_services(app: App, site: str) -> None:
    app.settings.set_coordinator_password(PASSWORD)
    refusals = [
        lambda: app.age_bands.replace(app.age_bands.list()),
        lambda: app.sites.delete(site),
        lambda: app.settings.set(keys.ORGANISATION_NAME, "Föreningen"),
        lambda: app.settings.set_language("en"),
        lambda: app.signups.find("Ali"),
        lambda: app.sync.create_team(),
        lambda: app.backups.set_second_folder(None),
    ]
    for refusal in refusals:
        with pytest.raises(UserError, match="bara samordnaren"):
            refusal()
    assert app.settings.get(keys.ORGANISATION_NAME) == keys.ORGANISATION_NAME.default
    assert [s.id for s in app.sites.list()] == [site]


# -- the wait after wrong passwords ---------------------------------------------------------------


def test_the_delay_sequence() -> None:
    assert [delay_after(n) for n in range(1, 10)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert sum(delay_after(n) for n in range(1, 51)) > 20 * 60  # 50 guesses: over 20 minutes


def test_wrong_passwords_wait_longer_and_longer(app: App, clock: FixedClock) -> None:
    app.settings.set_coordinator_password(PASSWORD)
    waits = []
    for _ in range(7):
        with pytest.raises(UserError, match="Fel lösenord"):
            app.access.unlock("gissning")
        waits.append(app.access.seconds_to_wait())
        if waits[-1]:  # too early: refused, and not counted as a try
            with pytest.raises(UserError, match="vänta"):
                app.access.unlock(PASSWORD)
            clock.advance(dt.timedelta(seconds=waits[-1] - 0.5))
            assert app.access.seconds_to_wait() == 1
            clock.advance(dt.timedelta(seconds=0.5))
    assert waits == [0, 1, 2, 4, 8, 16, 30]
    assert app.access.failures() == 7
    app.access.unlock(PASSWORD)
    assert app.access.unlocked and app.access.failures() == 0


def test_the_wait_is_kept_across_a_restart(data_dir: Path, clock: FixedClock) -> None:
    first = open_app(data_dir, clock=clock)
    try:
        first.settings.set_coordinator_password(PASSWORD)
        for _ in range(3):
            with pytest.raises(UserError):
                first.access.unlock("fel")
            clock.advance(dt.timedelta(seconds=first.access.seconds_to_wait()))
        with pytest.raises(UserError):
            first.access.unlock("fel")
    finally:
        first.close()
    again = open_app(data_dir, clock=clock)
    try:
        assert again.access.seconds_to_wait() == 4
        with pytest.raises(UserError, match="vänta 4 sekunder"):
            again.access.unlock(PASSWORD)
    finally:
        again.close()


# -- the command line -----------------------------------------------------------------------------


@pytest.fixture
def old_activity(data_dir: Path) -> str:
    """An activity two weeks ago (on the real clock: the command line uses it)."""
    app = open_app(data_dir)
    try:
        app.sites.add(SITE)
        return activity_on(app, app.context.today() - dt.timedelta(days=14))
    finally:
        app.close()


def _set_password(data_dir: Path) -> None:
    app = open_app(data_dir)
    try:
        app.settings.set_coordinator_password(PASSWORD)
    finally:
        app.close()


def _live(data_dir: Path, activity_id: str) -> bool:
    app = open_app(data_dir)
    try:
        app.activities.get(activity_id)
        return True
    except UserError:
        return False
    finally:
        app.close()


def test_cli_without_a_password_set_needs_none(cli, data_dir: Path, old_activity: str) -> None:
    result = cli("activity", "delete", old_activity)
    assert result.code == 0, result.err
    assert not _live(data_dir, old_activity)


def test_cli_refuses_without_the_password(
    cli, data_dir: Path, old_activity: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_password(data_dir)
    monkeypatch.delenv("VANSKAPSHUSET_PASSWORD", raising=False)
    result = cli("activity", "delete", old_activity)  # stdin is no terminal under pytest
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and "bara samordnaren" in result.err
    assert _live(data_dir, old_activity)
    monkeypatch.setenv("VANSKAPSHUSET_PASSWORD", "fel-lösen")
    result = cli("activity", "delete", old_activity)
    assert result.code == 2 and result.err.strip() == "Fel lösenord."
    assert _live(data_dir, old_activity)
    monkeypatch.setenv("VANSKAPSHUSET_PASSWORD", PASSWORD)
    result = cli("--by", "Testledare", "activity", "delete", old_activity)
    assert result.code == 2 and "okänd ledare" in result.err.lower()  # no such leader
    result = cli("activity", "delete", old_activity)
    assert result.code == 0, result.err
    assert not _live(data_dir, old_activity)
    app = open_app(data_dir)
    try:
        app.access.unlock(PASSWORD)
        assert app.audit.recent()[0].actor == "kommandoraden (samordnare)"
    finally:
        app.close()


def test_cli_password_set_and_clear(cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VANSKAPSHUSET_PASSWORD", raising=False)
    monkeypatch.setenv("VANSKAPSHUSET_NEW_PASSWORD", PASSWORD)
    assert cli("password", "set").code == 0
    monkeypatch.setenv("VANSKAPSHUSET_NEW_PASSWORD", "nytt-lösen")
    refused = cli("password", "set")  # changing it needs the current one
    assert refused.code == 2 and "bara samordnaren" in refused.err
    cleared = cli("password", "clear")
    assert cleared.code == 2 and "bara samordnaren" in cleared.err
    monkeypatch.setenv("VANSKAPSHUSET_PASSWORD", PASSWORD)
    assert cli("password", "set").code == 0
    wrong = cli("password", "clear")  # the old one no longer works
    assert wrong.code == 2 and "Fel lösenord" in wrong.err
    monkeypatch.setenv("VANSKAPSHUSET_PASSWORD", "nytt-lösen")
    assert cli("password", "clear").code == 0
    app = open_app(data_dir)
    try:
        assert not app.access.is_protected()
    finally:
        app.close()
    nothing = cli("password", "clear")
    assert nothing.code == 2 and "Inget lösenord" in nothing.err


# -- typed settings -------------------------------------------------------------------------------


def test_settings_are_checked_by_type_and_limit(app: App) -> None:
    with pytest.raises(UserError) as wrong_type:
        app.settings.set(keys.RETENTION_DAYS, "30")  # type: ignore[arg-type]
    assert wrong_type.value.field == keys.RETENTION_DAYS.key
    with pytest.raises(UserError, match="1–365") as too_many:
        app.settings.set(keys.RETENTION_DAYS, 400)
    assert too_many.value.field == "signup_retention_days"
    with pytest.raises(UserError, match="högst 120") as too_long:
        app.settings.set(keys.ORGANISATION_NAME, "O" * 121)
    assert too_long.value.field == "organisation_name"
    with pytest.raises(UserError, match="Okänt värde") as language:
        app.settings.set_language("xx")
    assert language.value.field == "language"
    app.settings.set(keys.ORGANISATION_NAME, "  Föreningen   Vänskapshuset ")
    assert app.settings.get(keys.ORGANISATION_NAME) == "Föreningen Vänskapshuset"
    assert app.settings.get(keys.RETENTION_DAYS) == 30  # the default, typed
    app.settings.set_language("en")
    assert app.settings.language() == "en"
