"""The shared folder: one button writes mine and imports everyone else's."""

import datetime as dt
import os

import pytest
from sync_helpers import site_id

from vanskapshuset.domain.errors import UserError

DAY = dt.date(2026, 6, 16)


def _visits(app) -> int:
    return app.statistics.period(DAY, DAY, None, None).as_json()["visits"]


def test_one_button_brings_every_laptop_up_to_date(laptops, shared):
    apps = laptops(3)
    for number, app in enumerate(apps, start=1):
        app.visits.add(site_id(app), "girl", "7-9", number)
    for app in apps:
        app.sync.sync_folder(shared)
    assert [_visits(app) for app in apps] == [1, 3, 6]  # each got what was there before it
    for app in apps:
        app.sync.sync_folder(shared)
    assert [_visits(app) for app in apps] == [6, 6, 6]
    # Each laptop's snapshot, and the segment of what it took in at the first round.
    snapshots = sorted(path.name for path in shared.glob("*-alla.vhsync"))
    assert len(snapshots) == 3 and any(name.startswith("Koordinator-") for name in snapshots)
    # The import entries of the audit log travel a round or two more, then all is quiet:
    # nothing read, nothing written.
    for _round in range(3):
        results = [app.sync.sync_folder(shared) for app in apps]
        if all(r.imported == () and r.written.unchanged for r in results):
            break
    else:
        raise AssertionError("the laptops still exchange after three rounds without changes")
    files = {path.name: path.stat().st_mtime_ns for path in shared.iterdir()}
    for app in apps:
        app.sync.sync_folder(shared)
    assert {path.name: path.stat().st_mtime_ns for path in shared.iterdir()} == files


def test_a_half_written_bundle_is_skipped_and_imported_next_time(laptops, shared, tmp_path):
    coordinator, laptop = laptops(2)
    laptop.visits.add(site_id(laptop), "boy", "10-13", 2)
    whole = tmp_path / "whole.vhsync"
    laptop.sync.export_bundle(whole)
    arriving = shared / "Laptop-1-abc.vhsync"
    arriving.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # still copying

    result = coordinator.sync.sync_folder(shared)
    (skipped,) = result.skipped
    assert skipped.file_name == arriving.name and skipped.retried
    assert "ofullständig" in str(skipped.reason)
    assert _visits(coordinator) == 0
    assert result.written.path.exists()  # my own bundle is still written

    arriving.write_bytes(whole.read_bytes())  # the copy has finished
    result = coordinator.sync.sync_folder(shared)
    assert [r.file_name for r in result.imported] == [arriving.name]
    assert _visits(coordinator) == 2


def test_files_being_written_and_my_own_file_are_passed_over(laptops, shared):
    coordinator, _ = laptops(2)
    (shared / ".Laptop-1-xyz.vhsync.part").write_bytes(b"PK\x03\x04 half")
    first = coordinator.sync.sync_folder(shared)
    second = coordinator.sync.sync_folder(shared)
    assert first.imported == second.imported == () and first.skipped == second.skipped == ()
    assert second.recognised == ()  # its own file is not even looked at


def test_a_bundle_already_taken_in_is_passed_over_without_reading_it(laptops, shared):
    coordinator, laptop = laptops(2)
    laptop.visits.add(site_id(laptop), "other", "14-17", 3)
    laptop.sync.sync_folder(shared)
    (theirs,) = shared.glob("Laptop-1-*.vhsync")
    assert [r.file_name for r in coordinator.sync.sync_folder(shared).imported] == [theirs.name]

    # Same size and time, different bytes: read, this would be refused as tampered.
    stat = theirs.stat()
    theirs.write_bytes(b"\0" * stat.st_size)
    os.utime(theirs, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = coordinator.sync.sync_folder(shared)
    assert result.skipped == () and result.imported == ()
    assert _visits(coordinator) == 3


def test_exchanges_settle_once_nothing_changes(laptops, team_clock, shared):
    coordinator, laptop = laptops(2)
    coordinator.visits.add(site_id(coordinator), "girl", "0-6", 1)
    laptop.visits.add(site_id(laptop), "boy", "0-6", 1)
    for _ in range(3):
        for app in (coordinator, laptop):
            team_clock.advance(dt.timedelta(minutes=1))
            app.sync.sync_folder(shared)
    audit_counts = [app.audit.count() for app in (coordinator, laptop)]
    files = {path.name: path.stat().st_mtime_ns for path in shared.iterdir()}

    for app in (coordinator, laptop):
        team_clock.advance(dt.timedelta(minutes=1))
        result = app.sync.sync_folder(shared)
        assert result.written.unchanged and result.imported == ()

    assert {path.name: path.stat().st_mtime_ns for path in shared.iterdir()} == files
    assert [app.audit.count() for app in (coordinator, laptop)] == audit_counts
    assert [_visits(app) for app in (coordinator, laptop)] == [2, 2]


def test_a_renamed_laptop_replaces_its_file_under_the_new_name(laptops, shared):
    _, laptop = laptops(2)
    laptop.sync.sync_folder(shared)
    laptop.sync.rename_device("Fritidsgården")
    laptop.visits.add(site_id(laptop), "girl", "7-9", 1)
    laptop.sync.sync_folder(shared)
    # Its snapshot is written anew under the new name, and the old one is gone.
    names = [path.name for path in shared.iterdir()]
    assert names and all(name.startswith("Fritidsgården-") for name in names), names


def test_a_missing_folder_or_no_team_is_one_sentence(laptops, tmp_path, app):
    coordinator, _ = laptops(2)
    with pytest.raises(UserError, match="finns inte"):
        coordinator.sync.sync_folder(tmp_path / "unplugged")
    with pytest.raises(UserError, match="Välj först en mapp"):
        coordinator.sync.sync_folder()
    with pytest.raises(UserError, match="inte med i något lag"):
        app.sync.sync_folder(tmp_path)


def test_the_chosen_folder_is_remembered(laptops, shared):
    coordinator, _ = laptops(2)
    coordinator.sync.set_folder(shared)
    assert coordinator.sync.status().folder == shared
    assert coordinator.sync.sync_folder().folder == shared
