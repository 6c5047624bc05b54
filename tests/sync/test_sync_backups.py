"""A backup before a sync import: made before the merge writes, at most one an hour, none for a
bundle that is refused or already imported."""

import datetime as dt
from pathlib import Path

import pytest
from sync_helpers import site_id

from database_dump import dump_database
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services.backups import BackupReason


def sync_copies(app) -> list[str]:
    return [b.name for b in app.backups.list() if b.reason is BackupReason.SYNC]


def test_one_backup_before_a_folder_sync_holds_the_data_before_it(laptops, tmp_path: Path):
    coordinator, first, second = laptops(3)
    shared = tmp_path / "delad"
    shared.mkdir()
    for number, laptop in enumerate((first, second), start=1):
        laptop.visits.add(site_id(laptop), "girl", "7-9", number)
        laptop.sync.sync_folder(shared)
    before = dump_database(coordinator.db.path.parent)

    result = coordinator.sync.sync_folder(shared)

    # The second laptop's snapshot holds the first's visits too: both laptops' visits came in.
    assert sum(imported.visits_new for imported in result.imported) == 3
    [copy] = sync_copies(coordinator)  # one backup before the first merge
    restored = coordinator.backups.restore(copy)
    assert restored.restored.visits == 0
    assert dump_database(coordinator.db.path.parent) == before


def test_no_backup_for_a_refused_or_known_bundle(laptops, tmp_path: Path):
    coordinator, laptop = laptops(2)
    laptop.visits.add(site_id(laptop), "boy", "10-13", 2)
    bundle = tmp_path / "laptop.vhsync"
    laptop.sync.export_bundle(bundle)
    broken = tmp_path / "trasig.vhsync"
    broken.write_bytes(bundle.read_bytes()[:-40])

    for attempt in range(2):
        with pytest.raises(UserError):
            coordinator.sync.import_file(broken)
        assert sync_copies(coordinator) == [], attempt
    coordinator.sync.import_file(bundle)
    assert len(sync_copies(coordinator)) == 1
    coordinator.sync.import_file(bundle)  # recognised by its digest: nothing merged
    assert len(sync_copies(coordinator)) == 1


def test_at_most_one_copy_an_hour_before_syncs(laptops, tmp_path: Path, team_clock):
    """A team syncs every few minutes; a copy of the whole database before each would cost more
    than all they bring. One copy per hour of syncs: the next import after that makes another."""
    coordinator, laptop = laptops(2)
    shared = tmp_path / "delad"
    shared.mkdir()
    for minutes in (0, 10, 50):
        laptop.visits.add(site_id(laptop), "girl", "7-9", 1)
        laptop.sync.sync_folder(shared)
        team_clock.set(team_clock.now() + dt.timedelta(minutes=1))
        coordinator.sync.sync_folder(shared)
        assert len(sync_copies(coordinator)) == 1, minutes
        team_clock.set(team_clock.now() + dt.timedelta(minutes=10))
    team_clock.set(team_clock.now() + dt.timedelta(hours=1))
    laptop.visits.add(site_id(laptop), "boy", "7-9", 1)
    laptop.sync.sync_folder(shared)
    coordinator.sync.sync_folder(shared)
    assert len(sync_copies(coordinator)) == 2
