"""The shared folder holds each laptop's chain: a snapshot and the segments since. A sync reads
only what a laptop lacks and writes only what changed; segments lost, repeated, late or
compacted away, a laptop away for a month and a new laptop joining a team of five years all end
with every laptop holding everything. Real databases and real files in tmp_path."""

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from sync_helpers import SITE, site_id
from test_name_merge import re_added, renamed_into

from faults import fill_up, small_disk
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.sync.chain_writer import laptop_files

DAY = dt.date(2026, 6, 16)


def _visits(app: App, start: dt.date = DAY, end: dt.date = DAY) -> int:
    return int(app.statistics.period(start, end, None, None).as_json()["visits"])


def _settle(apps: list[App], shared: Path, clock: FixedClock | None = None) -> None:
    """Sync round after round until nobody reads or writes anything."""
    for _round in range(6):
        results = []
        for app in apps:
            if clock is not None:
                clock.advance(dt.timedelta(minutes=1))
            results.append(app.sync.sync_folder(shared))
        if all(r.imported == () and r.written.unchanged for r in results):
            return
    raise AssertionError("the laptops never settled")


def _segments(shared: Path, app: App) -> dict[int, Path]:
    chains, _ = laptop_files(shared)
    return chains[app.context.device_id[:8]].segments


def test_a_change_costs_one_small_segment_and_nothing_else_is_read(laptops, shared, team_clock):
    apps = laptops(3)
    for number, app in enumerate(apps):
        app.visits.add(site_id(app), "girl", "7-9", 10 + number)
    _settle(apps, shared, team_clock)
    snapshot_sizes = [p.stat().st_size for p in shared.glob("*-alla.vhsync")]

    first, second, _third = apps
    first.visits.add(site_id(first), "boy", "10-13", 1)
    before = set(shared.iterdir())
    written = first.sync.sync_folder(shared).written
    (new,) = set(shared.iterdir()) - before  # one file: its next segment
    assert new == written.path and new.name.split(".")[-2].isdigit()
    assert written.visits == 1 and new.stat().st_size < min(snapshot_sizes)

    result = second.sync.sync_folder(shared)
    assert [r.file_name for r in result.imported] == [new.name]  # nothing else opened
    assert result.imported[0].visits_new == 1
    assert _visits(second) == 10 + 11 + 12 + 1


def test_segments_late_or_lost_are_waited_for_and_then_recovered(laptops, shared, team_clock):
    writer, reader = laptops(2)
    _settle([writer, reader], shared, team_clock)
    writer.visits.add(site_id(writer), "girl", "7-9", 2)
    writer.sync.sync_folder(shared)
    writer.visits.add(site_id(writer), "boy", "7-9", 3)
    writer.sync.sync_folder(shared)
    *_, late, last = sorted(_segments(shared, writer).items())
    held_back = shared.parent / "held-back"
    shutil.move(late[1], held_back)

    # The later segment arrived first: it waits, nothing of it is taken in out of order.
    result = reader.sync.sync_folder(shared)
    assert last[1].name not in [r.file_name for r in result.imported]
    assert _visits(reader) == 0

    shutil.move(held_back, late[1])  # the cloud service delivers it after all
    result = reader.sync.sync_folder(shared)
    assert [r.file_name for r in result.imported] == [late[1].name, last[1].name]
    assert _visits(reader) == 5

    # A segment lost for good: its writer notices the gap and writes a snapshot over it.
    writer.visits.add(site_id(writer), "other", "14-17", 4)
    writer.sync.sync_folder(shared)
    (lost,) = [p for s, p in _segments(shared, writer).items() if s > last[0]]
    lost.unlink()
    assert reader.sync.sync_folder(shared).imported == ()
    writer.sync.sync_folder(shared)
    reader.sync.sync_folder(shared)
    assert _visits(reader) == _visits(writer) == 9


def test_a_segment_repeated_under_another_name_counts_once(laptops, shared, team_clock):
    writer, reader = laptops(2)
    _settle([writer, reader], shared, team_clock)
    writer.visits.add(site_id(writer), "girl", "0-6", 3)
    path = writer.sync.sync_folder(shared).written.path
    shutil.copy(path, shared / f"kopia av {path.name}")  # a cloud service's conflict copy
    shutil.copy(path, shared / f"{path.stem} (1).vhsync")
    reader.sync.sync_folder(shared)
    reader.sync.sync_folder(shared)
    assert _visits(reader) == 3


def test_a_laptop_away_for_a_month_catches_up(laptops, shared, team_clock):
    apps = laptops(3)
    away = apps[2]
    _settle(apps, shared, team_clock)
    day = DAY
    for _ in range(30):
        day += dt.timedelta(days=1)
        team_clock.set(dt.datetime.combine(day, dt.time(15), tzinfo=STOCKHOLM))
        for app in apps[:2]:
            app.visits.add(site_id(app), "girl", "10-13", 2)
            app.sync.sync_folder(shared)
    result = away.sync.sync_folder(shared)
    assert result.skipped == ()
    # The second laptop synced last each day: it holds everything.
    assert _visits(apps[1], DAY, day) == 30 * 2 * 2 == _visits(away, DAY, day)


@pytest.mark.slow
def test_a_new_laptop_joins_a_team_of_five_years(tmp_path, shared):
    clock = FixedClock(dt.datetime(2026, 1, 10, 12, tzinfo=STOCKHOLM))
    coordinator = open_app(tmp_path / "koordinator", clock=clock, actor="Koordinator")
    generate_demo(coordinator, DemoOptions(seed=5, year=2025, years=5, visit_scale=0.3))
    code = coordinator.sync.create_team("Koordinator").code
    assert code is not None
    others = []
    for number in (1, 2):
        other = open_app(tmp_path / f"dator{number}", clock=clock, actor=f"Ledare {number}")
        other.setup.first_setup([("Vänskapshuset", "indoor")], f"Ledare {number}")
        other.sync.join_team(code, f"Dator {number}")
        others.append(other)
    _settle([coordinator, *others], shared, clock)
    years = (dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    expected = coordinator.statistics.period(*years, None, None).as_json()
    assert expected["visits"] > 5_000

    newcomer = open_app(tmp_path / "ny", clock=clock, actor="Ny ledare")
    newcomer.setup.first_setup([("Vänskapshuset", "indoor")], "Ny ledare")
    newcomer.sync.join_team(code, "Ny dator")
    result = newcomer.sync.sync_folder(shared)
    assert result.skipped == ()
    assert newcomer.statistics.period(*years, None, None).as_json() == expected
    # The largest snapshot holds what the others' do: it is the only big file read.
    assert len([r for r in result.imported if r.visits_new]) == 1
    for app in (coordinator, *others, newcomer):
        app.close()


def test_a_door_click_during_an_import_is_kept(laptops, shared, team_clock):
    """The import writes in short transactions and the clock is shared safely: clicks from
    another thread while a big bundle comes in are all kept, with stamps all different."""
    source, target = laptops(2)
    site = site_id(source)
    for _ in range(20):
        source.visits.add(site, "girl", "7-9", 100)
    bundle = shared / "stor.vhsync"
    source.sync.export_bundle(bundle)
    clicks: list[str] = []
    stop = threading.Event()

    def door() -> None:
        while not stop.is_set() and len(clicks) < 400:
            target.visits.add(site_id(target), "boy", "10-13", 1)
            clicks.append(target.context.next_stamp())

    thread = threading.Thread(target=door)
    thread.start()
    try:
        target.sync.import_file(bundle)
    finally:
        stop.set()
        thread.join()
    assert len(set(clicks)) == len(clicks) > 0
    assert _visits(target) == 2000 + len(clicks)


def test_a_segment_that_could_not_be_written_is_written_at_the_next_sync(
    laptops, tmp_path, team_clock
):
    """The number is reserved first and the journal emptied only after the file is whole: a
    failed write (the shared folder's disk full, a real small tmpfs) loses no row, and no
    number is skipped."""
    writer, reader = laptops(2)
    with small_disk(tmp_path / "usb", megabytes=2) as shared:
        _settle([writer, reader], shared, team_clock)
        numbers = set(_segments(shared, writer))
        writer.visits.add(site_id(writer), "girl", "14-17", 3)
        filler = fill_up(shared)
        with pytest.raises(UserError, match="inte plats"):
            writer.sync.sync_folder(shared)
        assert set(_segments(shared, writer)) == numbers  # nothing half-written
        filler.unlink()
        writer.sync.sync_folder(shared)
        (new,) = set(_segments(shared, writer)) - numbers
        assert new == max(numbers | {1}) + 1
        reader.sync.sync_folder(shared)
        assert _visits(reader) == 3


def test_an_undo_made_before_a_merge_by_name_was_heard_of_comes_in(laptops, shared, team_clock):
    """One laptop counts at its own "Vänskapshuset", the other merges that site into its own by
    name; the first undoes the visit before it hears of the merge. The −1 names the merged site,
    its +1 here the surviving one: the same cell all the same, so it is taken in."""
    first, second = laptops(2)
    _settle([first, second], shared, team_clock)
    first_id, second_id = re_added(first), renamed_into(second, "Fritidsgården")
    # The smaller id survives the merge (neither is the name's own id: that one is gone).
    (loser, loser_id), (winner, winner_id) = sorted(
        [(first, first_id), (second, second_id)], key=lambda pair: pair[1], reverse=True
    )
    visit = loser.visits.add(loser_id, "girl", "7-9")[0]
    loser.sync.sync_folder(shared)
    winner.sync.sync_folder(shared)  # takes the +1 in, merges the sites, moves the visit
    assert winner.sites.by_name(SITE).id == winner_id

    held_back = shared.parent / "ej-levererat"
    held_back.mkdir()
    for path in shared.iterdir():  # the winner's news has not reached the loser yet
        if f"-{winner.context.device_id[:8]}." in path.name:
            path.rename(held_back / path.name)
    loser.visits.undo(visit)
    loser.sync.sync_folder(shared)
    for path in held_back.iterdir():
        path.rename(shared / path.name)

    result = winner.sync.sync_folder(shared)
    assert result.skipped == ()
    assert _visits(winner) == 0
    _settle([first, second], shared, team_clock)
    assert _visits(first) == _visits(second) == 0


def _journaled(app: App) -> int:
    with app.db.read() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM change_journal").scalar()


def test_the_journal_begins_with_the_chain_and_empties_with_each_segment(
    laptops, shared, team_clock
):
    """Before a laptop's first bundle in a folder everything goes into it whole: a first join
    journals nothing. After it, every row written is journaled until the next segment."""
    source, newcomer = laptops(2)
    for _ in range(5):
        source.visits.add(site_id(source), "girl", "7-9", 100)
    source.sync.sync_folder(shared)
    newcomer.sync.sync_folder(shared)  # the first join: 500 visits taken in
    assert _journaled(newcomer) == 0
    newcomer.visits.add(site_id(newcomer), "boy", "7-9", 2)
    assert _journaled(newcomer) == 2
    team_clock.advance(dt.timedelta(minutes=1))
    newcomer.sync.sync_folder(shared)
    assert _journaled(newcomer) == 0


def test_a_segment_taken_in_by_hand_before_its_predecessor_still_counts_in_the_folder(
    laptops, shared, team_clock
):
    writer, reader = laptops(2)
    _settle([writer, reader], shared, team_clock)
    writer.visits.add(site_id(writer), "girl", "7-9", 1)
    writer.sync.sync_folder(shared)
    writer.visits.add(site_id(writer), "boy", "7-9", 2)
    second = writer.sync.sync_folder(shared).written.path
    reader.sync.import_file(second)  # by hand, before the one it follows
    result = reader.sync.sync_folder(shared)
    assert result.skipped == ()
    writer.visits.add(site_id(writer), "other", "7-9", 4)
    writer.sync.sync_folder(shared)
    reader.sync.sync_folder(shared)
    assert _visits(reader) == 7


def test_a_sheet_taken_back_on_two_laptops_is_taken_back_once(laptops, shared, team_clock):
    """Corrections have one id rule (services/visit_rows.py): the −1 of a visit has the same id
    on every laptop, whether the door's undo or a paper sheet taken back out wrote it."""
    first, second = laptops(2)
    entry = first.paper_tally.enter(site_id(first), DAY, {("girl", "7-9"): 3, ("boy", "0-6"): 2})
    _settle([first, second], shared, team_clock)
    assert _visits(second) == 5
    first.paper_tally.undo(entry)  # both take the sheet back before they sync again
    second.paper_tally.undo(entry)
    second.visits.undo(second.visits.add(site_id(second), "other", "14-17")[0])
    _settle([first, second], shared, team_clock)
    assert _visits(first) == _visits(second) == 0


def test_a_snapshot_written_just_before_a_crash_is_never_written_again_under_its_number(
    laptops, shared, team_clock
):
    """Killed after its first snapshot was written but before it noted so: the laptop's memo
    says the number is still pending. A reader may have taken that snapshot in already, so the
    next one gets a new number, and what was written in between reaches the reader."""
    writer, reader = laptops(2)
    writer.visits.add(site_id(writer), "girl", "7-9", 1)
    writer.sync.sync_folder(shared)
    reader.sync.sync_folder(shared)  # takes the snapshot in
    with writer.db.write_core() as connection:  # the memo as the killed process left it
        connection.exec_driver_sql(
            "UPDATE local_state SET value = ? WHERE key = 'sync_chain'",
            ('{"seq": 1, "pending": 1}',),
        )
    writer.visits.add(site_id(writer), "boy", "7-9", 2)
    team_clock.advance(dt.timedelta(minutes=1))
    writer.sync.sync_folder(shared)
    reader.sync.sync_folder(shared)
    assert _visits(reader) == 3
