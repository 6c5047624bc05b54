"""Backups: made whole or not at all, restored exactly, kept in rotation, owner-only, and never
holding a sign-up past its retention date."""

import datetime as dt
import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from by_name import activity_input
from database_dump import dump_database
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.services.backup_rotation import KEEP_APART_DAYS
from vanskapshuset.services.backups import BackupReason, SecondStatus
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.store.revisions import HEAD_REVISION

CHILD = "Zlatana Åkesson-Testsson"  # a name found nowhere else in a database file


def digest(folder: Path) -> str:
    return hashlib.sha256("\n".join(dump_database(folder)).encode()).hexdigest()


def dump_file(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def some_data(app: App, visits: int = 5) -> str:
    """A site with visits and an activity; returns the activity's id."""
    if not app.sites.list():
        app.sites.add("Vänskapshuset", "indoor")
    site = app.sites.by_name("Vänskapshuset")
    for _ in range(visits // 100):
        app.visits.add(site.id, "girl", "10-13", 100)
    if visits % 100:
        app.visits.add(site.id, "girl", "10-13", visits % 100)
    return app.activities.create(
        activity_input(
            app,
            site="Vänskapshuset",
            date=app.context.today(),
            start=dt.time(15),
            end=dt.time(17),
            title="Fotboll",
            type_name="Fotboll",
        )
    )


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


# -- backup, change, restore ---------------------------------------------------------------------


def test_backup_change_restore_gives_back_the_earlier_state_exactly(app, data_dir):
    activity = some_data(app)
    app.signups.add(activity, SignUpInput(child_name=CHILD, age=9))
    before = digest(data_dir)
    taken = app.backups.create()

    site = app.sites.by_name("Vänskapshuset")
    app.visits.add(site.id, "boy", "14-17", 3)
    app.activities.delete(activity)
    app.sites.add("Vänskapsparken", "outdoor")
    changed = digest(data_dir)
    assert changed != before

    result = app.backups.restore(taken.name)

    assert digest(data_dir) == before
    assert result.restored.name == taken.name
    assert result.kept.reason is BackupReason.RESTORE
    # The data as it was before the restore is kept, whole (without the note of what it holds).
    kept = [line for line in dump_file(result.kept.path) if "backup_info" not in line]
    assert hashlib.sha256("\n".join(kept).encode()).hexdigest() == changed
    # The running app works on the restored data: reads, and a write lands in the file.
    assert [s.name for s in app.sites.list()] == ["Vänskapshuset"]
    app.visits.add(site.id, "girl", "7-9")
    reopened = open_app(data_dir, clock=app.context.clock)
    try:
        assert reopened.statistics.period(app.context.today(), app.context.today()).visits == 6
    finally:
        reopened.close()
    assert sorted(p.name for p in data_dir.glob("vanskapshuset.sqlite*"))[0] == (
        "vanskapshuset.sqlite"
    )
    assert not list(data_dir.glob(".vanskapshuset-restore*"))


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(app, data_dir, tmp_path):
    some_data(app)
    taken = app.backups.create()
    newer = backup_dir(data_dir) / "20250703-150000-manuell.sqlite"
    shutil.copyfile(taken.path, newer)
    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    elsewhere = tmp_path / "från-usb.sqlite"
    shutil.copyfile(newer, elsewhere)
    before, copies = digest(data_dir), names(backup_dir(data_dir))

    for name in (newer.name, str(elsewhere)):
        with pytest.raises(UserError, match="nyare version") as refused:
            app.backups.restore(name)
        assert "\n" not in str(refused.value)

    assert digest(data_dir) == before
    assert names(backup_dir(data_dir)) == copies  # not even the copy kept before a restore
    assert app.sites.list()  # still open and working


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("20200101-000000-manuell.sqlite", "ingen säkerhetskopia som heter"),
        ("../vanskapshuset.sqlite", "finns inte"),
    ],
)
def test_restoring_what_is_not_there_is_one_sentence(app, data_dir, name, message):
    some_data(app)
    before = digest(data_dir)
    with pytest.raises(UserError, match=message):
        app.backups.restore(name)
    assert digest(data_dir) == before


def test_a_file_that_is_not_a_backup_is_refused(app, data_dir, tmp_path):
    some_data(app)
    not_ours = tmp_path / "recept.sqlite"
    connection = sqlite3.connect(not_ours)
    with connection:
        connection.execute("CREATE TABLE recept (namn TEXT)")
    connection.close()
    garbage = tmp_path / "trasig.sqlite"
    garbage.write_bytes(b"inte en databas" * 100)
    before = digest(data_dir)
    for path in (not_ours, garbage):
        with pytest.raises(UserError, match="ingen säkerhetskopia av Vänskapshuset"):
            app.backups.restore(str(path))
    assert digest(data_dir) == before


def test_an_older_schema_backup_is_restored_and_upgraded(app, data_dir):
    fixture = Path(__file__).parent / "fixtures" / "schema" / "0001_initial.sqlite"
    some_data(app)
    old = backup_dir(data_dir) / "20250701-120000-manuell.sqlite"
    old.parent.mkdir()
    shutil.copyfile(fixture, old)
    app.backups.restore(old.name)
    assert app.check().ok
    assert any(b.reason is BackupReason.UPGRADE for b in app.backups.list())
    assert app.sites.list()  # the fixture's sites


# -- the files -----------------------------------------------------------------------------------


def test_backup_files_are_owner_only_single_files_and_checked(app, data_dir, tmp_path):
    some_data(app)
    usb = tmp_path / "usb"
    usb.mkdir()
    app.backups.set_second_folder(usb)
    info = app.backups.create()
    assert info.second_copy is not None and info.second_copy.status is SecondStatus.WRITTEN
    copies = [*backup_dir(data_dir).iterdir(), *info.second_copy.folder.iterdir()]
    assert len(copies) == 2  # this one and its twin (the first start had nothing to keep)
    for path in copies:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert path.suffix == ".sqlite"  # no -journal, -wal or .partial left beside them
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        finally:
            connection.close()
    assert stat.S_IMODE(backup_dir(data_dir).stat().st_mode) == 0o700
    assert (info.visits, info.activities, info.revision) == (5, 1, HEAD_REVISION)


def test_an_absent_second_folder_is_skipped_and_said(app, data_dir, tmp_path):
    some_data(app)
    stick = tmp_path / "usb"
    stick.mkdir()
    app.backups.set_second_folder(stick)
    stick.rmdir()  # the stick is pulled out
    info = app.backups.create()
    assert info.second_copy is not None and info.second_copy.status is SecondStatus.ABSENT
    assert info.path.exists()
    with pytest.raises(UserError, match="finns inte"):
        app.backups.set_second_folder(tmp_path / "finns-inte")


def test_the_first_start_of_each_day_makes_one_backup(data_dir):
    clock = FixedClock(dt.datetime(2025, 7, 3, 8, 0, tzinfo=STOCKHOLM))
    first = open_app(data_dir, clock=clock)
    some_data(first)
    first.close()
    assert names(backup_dir(data_dir)) == []  # the very first start had nothing to keep
    for hour in (9, 13, 22):
        clock.set(dt.datetime(2025, 7, 3, hour, 0, tzinfo=STOCKHOLM))
        open_app(data_dir, clock=clock).close()
    clock.set(dt.datetime(2025, 7, 4, 0, 30, tzinfo=STOCKHOLM))  # after midnight in Malmö
    open_app(data_dir, clock=clock).close()
    assert names(backup_dir(data_dir)) == [
        "20250703-090000-dag.sqlite",
        "20250704-003000-dag.sqlite",
    ]


# -- rotation ------------------------------------------------------------------------------------


def expected_rotation(days: list[dt.date]) -> set[dt.date]:
    """The promise, computed apart from the code: 7 newest days, the newest day of each of the
    4 newest ISO weeks and of each of the 12 newest months (one backup a day)."""
    newest_first = sorted(days, reverse=True)
    keep = set(newest_first[:7])
    for period, count in ((lambda d: d.isocalendar()[:2], 4), (lambda d: (d.year, d.month), 12)):
        periods: dict[object, dt.date] = {}
        for day in newest_first:
            periods.setdefault(period(day), day)
        keep.update(sorted(periods.values(), reverse=True)[:count])
    return keep


def test_rotation_keeps_the_promised_set_over_a_simulated_year(app, data_dir, clock):
    some_data(app)
    folder = backup_dir(data_dir)
    start = dt.date(2025, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(430)]
    restore_copy_day = days[100]
    for day in days:
        clock.set(dt.datetime.combine(day, dt.time(8, 15), STOCKHOLM))
        app.start_of_day()  # what open_app and the window do at the first start of a day
        if day == restore_copy_day:
            app.backups.create(BackupReason.RESTORE)
        kept = {b.created_at.date() for b in app.backups.list() if b.reason is BackupReason.DAILY}
        assert kept == expected_rotation([d for d in days if d <= day]), day
        apart = [b for b in app.backups.list() if b.reason is BackupReason.RESTORE]
        age = (day - restore_copy_day).days
        assert len(apart) == (1 if 0 <= age <= KEEP_APART_DAYS else 0), day
    final = names(folder)
    assert len(final) == len(expected_rotation(days)) <= 7 + 4 + 12
    assert final[-1] == f"{days[-1]:%Y%m%d}-081500-dag.sqlite"


def test_three_copies_in_one_second_keep_the_newest(app, data_dir):
    some_data(app)
    made = [app.backups.create(BackupReason.SYNC).name for _ in range(5)]
    assert made[-1] == "20250703-140000-fore-synk-5.sqlite"
    regular = [b.name for b in app.backups.list()]
    assert regular[:3] == made[:-4:-1]  # newest first: the last three made


# -- personal data -------------------------------------------------------------------------------


def test_an_expired_signup_is_in_no_backup(app, data_dir, clock, tmp_path):
    activity = some_data(app)
    app.signups.add(activity, SignUpInput(child_name=CHILD, age=9, guardian_phone="070-1234567"))
    until = app.signups.list(activity)[0].retention_until
    usb = tmp_path / "usb"
    usb.mkdir()
    app.backups.set_second_folder(usb)
    app.backups.create()
    clock.advance(dt.timedelta(days=1))
    app.start_of_day()
    main_copies = list(backup_dir(data_dir).glob("*.sqlite"))
    assert len(main_copies) == 2
    assert all(CHILD.encode() in path.read_bytes() for path in main_copies)
    second_copies = list(usb.rglob("*.sqlite"))
    assert second_copies and not any(CHILD.encode() in p.read_bytes() for p in second_copies)

    clock.set(dt.datetime.combine(until + dt.timedelta(days=1), dt.time(9), STOCKHOLM))
    app.start_of_day()  # the day after its retention date

    everything = [p for p in [*backup_dir(data_dir).rglob("*"), *usb.rglob("*")] if p.is_file()]
    assert len([p for p in everything if p.parent == backup_dir(data_dir)]) >= 3
    for path in everything:
        assert CHILD.encode() not in path.read_bytes(), path.name  # free pages overwritten too
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert connection.execute("SELECT count(*) FROM signup").fetchone() == (0,)
        finally:
            connection.close()


def test_secure_delete_is_on_for_every_connection(app):
    with app.db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1


# -- faults --------------------------------------------------------------------------------------


def test_a_backup_on_a_full_disk_is_one_sentence_and_leaves_nothing(tmp_path, clock):
    from faults import fill_up, small_disk

    with small_disk(tmp_path / "disk", megabytes=8) as disk:
        folder = disk / "data"
        app = open_app(folder, clock=clock)
        try:
            some_data(app, visits=4000)  # about 1.5 MB: a copy no longer fits once it is full
            before, copies = digest(folder), names(backup_dir(folder))
            filler = fill_up(disk)
            with pytest.raises(UserError) as refused:
                app.backups.create()
            assert str(refused.value).startswith("Säkerhetskopian gjordes inte: disken är full")
            assert "\n" not in str(refused.value)
            assert names(backup_dir(folder)) == copies  # no partial file, no journal
            assert digest(folder) == before
            filler.unlink()
            assert app.backups.create().path.exists()  # and it works again with room
        finally:
            app.close()


def test_a_restore_while_another_program_has_the_file_open_is_refused(app, data_dir):
    from faults import locked_by_another_process

    some_data(app)
    taken = app.backups.create()
    site = app.sites.by_name("Vänskapshuset")
    app.visits.add(site.id, "boy", "7-9", 2)
    before = digest(data_dir)
    with (
        locked_by_another_process(database_path(data_dir)),
        pytest.raises(UserError, match="används av ett annat program"),
    ):
        app.backups.restore(taken.name)
    assert digest(data_dir) == before
    app.visits.add(site.id, "boy", "7-9")  # the app goes on, on the same file
    assert app.statistics.period(app.context.today(), app.context.today()).visits == 8


def test_the_window_makes_the_days_backup_after_it_opens(data_dir, clock):
    first = open_app(data_dir, clock=clock)
    some_data(first)
    first.close()
    clock.advance(dt.timedelta(days=1))
    app = open_app(data_dir, clock=clock, backup_now=False)  # as run_gui opens it
    try:
        assert names(backup_dir(data_dir)) == []
        assert app.daily_backup() is not None  # on a worker thread once the window shows
        assert app.daily_backup() is None  # once a day
    finally:
        app.close()


def test_temporary_copies_left_by_a_crash_are_removed(app, data_dir):
    import os
    import time

    some_data(app)
    folder = backup_dir(data_dir)
    folder.mkdir()
    old, fresh = folder / ".20250701-120000-dag-abc.partial", folder / ".x-def.partial"
    for path in (old, fresh):
        path.write_bytes(b"half a copy")
    os.utime(old, (time.time() - 2 * 24 * 3600,) * 2)
    app.backups.create()
    assert not old.exists()
    assert fresh.exists()  # another program may be writing it right now
