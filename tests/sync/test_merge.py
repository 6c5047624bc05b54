"""Merging: newest stamp wins, tombstones included; conflicts are told from edits on top."""

import datetime as dt
from pathlib import Path

from sync_helpers import site_id

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.activities import ActivityChanges

DAY = dt.date(2026, 6, 16)


def _activity(app: App, title: str = "Fotboll", girls: int = 4) -> str:
    return app.activities.create(
        activity_input(
            app,
            site="Vänskapshuset",
            date=DAY,
            start=dt.time(15, 0),
            end=dt.time(17, 0),
            title=title,
            type_name="Fotboll",
            participants=(ParticipantCount(Gender.GIRL, "10-13", girls),),
        )
    )


def _send(source: App, target: App, folder: Path, name: str) -> Path:
    path = folder / f"{name}.vhsync"
    source.sync.export_bundle(path)
    target.sync.import_file(path)
    return path


def test_an_edit_made_on_top_of_another_is_no_conflict(laptops, team_clock, tmp_path):
    coordinator, laptop = laptops(2)
    activity = _activity(coordinator)
    _send(coordinator, laptop, tmp_path, "one")
    team_clock.advance(dt.timedelta(minutes=1))
    laptop.activities.edit(activity, ActivityChanges(title="Fotboll för tjejer"))
    team_clock.advance(dt.timedelta(minutes=1))
    laptop.activities.edit(
        activity, ActivityChanges(participants=(ParticipantCount(Gender.GIRL, "10-13", 9),))
    )

    bundle = tmp_path / "two.vhsync"
    laptop.sync.export_bundle(bundle)
    result = coordinator.sync.import_file(bundle)

    assert result.conflicts == ()
    assert result.records_updated >= 1  # the activity (and the site, if the laptop's is newer)
    view = coordinator.activities.get(activity)
    assert (view.title, view.participants_total) == ("Fotboll för tjejer", 9)
    assert coordinator.sync.conflicts() == []


def test_edits_made_side_by_side_keep_the_newest_and_report_the_other_once(
    laptops, team_clock, tmp_path
):
    coordinator, laptop = laptops(2)
    activity = _activity(coordinator)
    first = _send(coordinator, laptop, tmp_path, "one")
    team_clock.advance(dt.timedelta(minutes=1))
    coordinator.activities.edit(activity, ActivityChanges(title="Fotboll (inomhus)"))
    stale_coordinator = tmp_path / "stale.vhsync"
    coordinator.sync.export_bundle(stale_coordinator)
    team_clock.advance(dt.timedelta(minutes=1))
    laptop.activities.edit(activity, ActivityChanges(title="Fotbollsturnering"))

    mine = tmp_path / "laptop.vhsync"
    laptop.sync.export_bundle(mine)
    at_coordinator = coordinator.sync.import_file(mine)
    at_laptop = laptop.sync.import_file(stale_coordinator)

    for app in (coordinator, laptop):
        assert app.activities.get(activity).title == "Fotbollsturnering"
    # Both laptops see the same lost edit: the coordinator's, which its editor never saw lose.
    for result, app in ((at_coordinator, coordinator), (at_laptop, laptop)):
        (conflict,) = result.conflicts
        assert conflict.entity == "activity" and conflict.record_id == activity
        assert conflict.lost_values["title"] == "Fotboll (inomhus)"
        assert conflict.won_values["title"] == "Fotbollsturnering"
        assert (conflict.lost_device, conflict.won_device) == ("Koordinator", "Laptop 1")
        assert conflict.lost_at < conflict.won_at
        assert [c.record_id for c in app.sync.conflicts()] == [activity]

    # The stale bundle again (different bytes, same versions): the conflict is not reported twice.
    coordinator.sync.export_bundle(stale_coordinator)  # now holds the winner
    again = laptop.sync.import_file(first)
    assert again.already_imported
    assert len(laptop.sync.conflicts()) == 1

    laptop.sync.mark_seen([c.id for c in laptop.sync.conflicts()])
    assert laptop.sync.conflicts(include_seen=False) == []


def test_a_delete_is_a_tombstone_that_wins_by_its_stamp(laptops, team_clock, tmp_path):
    coordinator, laptop = laptops(2)
    activity = _activity(coordinator, girls=5)
    _send(coordinator, laptop, tmp_path, "one")
    team_clock.advance(dt.timedelta(minutes=1))
    laptop.activities.delete(activity)
    _send(laptop, coordinator, tmp_path, "two")

    for app in (coordinator, laptop):
        assert app.activities.list(DAY, DAY) == []
        stats = app.statistics.period(DAY, DAY, None, None).as_json()
        assert (stats["activities"], stats["participants"]) == (0, 0)


def test_participants_travel_with_the_winning_version_only(laptops, team_clock, tmp_path):
    coordinator, laptop = laptops(2)
    activity = _activity(coordinator, girls=4)
    _send(coordinator, laptop, tmp_path, "one")
    team_clock.advance(dt.timedelta(minutes=1))
    coordinator.activities.edit(
        activity, ActivityChanges(participants=(ParticipantCount(Gender.BOY, "7-9", 2),))
    )
    team_clock.advance(dt.timedelta(minutes=1))
    laptop.activities.edit(
        activity, ActivityChanges(participants=(ParticipantCount(Gender.GIRL, "14-17", 7),))
    )
    _send(coordinator, laptop, tmp_path, "older")  # loses: the laptop keeps its participants
    _send(laptop, coordinator, tmp_path, "newer")  # wins: replaces the coordinator's

    for app in (coordinator, laptop):
        (count,) = app.activities.get(activity).participants
        assert (count.gender, count.age_band, count.count) == (Gender.GIRL, "14-17", 7)


def test_visits_are_a_union_and_two_undos_of_one_visit_count_once(laptops, team_clock, tmp_path):
    coordinator, laptop = laptops(2)
    counted = coordinator.visits.add(site_id(coordinator), "girl", "7-9", 3)
    _send(coordinator, laptop, tmp_path, "one")
    team_clock.advance(dt.timedelta(minutes=1))
    coordinator.visits.undo(counted[0])
    laptop.visits.undo(counted[0])  # the same visit, undone on both before they exchange
    laptop.visits.add(site_id(laptop), "boy", "10-13", 2)

    forth = _send(laptop, coordinator, tmp_path, "two")
    back = _send(coordinator, laptop, tmp_path, "three")

    for app in (coordinator, laptop):
        assert app.statistics.period(DAY, DAY, None, None).as_json()["visits"] == 3 - 1 + 2
    assert coordinator.sync.import_file(forth).already_imported
    assert laptop.sync.import_file(back).already_imported


def test_a_laptop_gets_what_it_never_exchanged_directly(laptops, team_clock, tmp_path):
    """Bundles hold everything their writer knows, so data also travels by way of others."""
    first, middle, last = laptops(3)
    first.visits.add(site_id(first), "other", "18-25", 4)
    _send(first, middle, tmp_path, "one")
    _send(middle, last, tmp_path, "two")
    assert last.statistics.period(DAY, DAY, None, None).as_json()["visits"] == 4
