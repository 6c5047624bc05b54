"""A damaged database is met, not crashed on: real files in tmp_path, cut short, emptied, with
bytes flipped in a data page, or a folder in their place. Every command says so in one sentence
(exit 2, no traceback) and leaves the file byte for byte as it was; the window's way out moves
it aside (never deletes it) and goes on with the newest good backup or an empty database.
"""

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from vanskapshuset.app import open_app, start_over
from vanskapshuset.domain.errors import DamagedDatabaseError, DatabaseVersionError
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.services.damaged_database import newest_good_backup
from vanskapshuset.store.start_check import check_at_start

HUSET = "Vänskapshuset"
CLOCK = FixedClock(dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM))


def _populated(folder: Path, visits: int = 40) -> None:
    """A database with a site, visits and the day's backup, closed with its WAL folded in."""
    app = open_app(folder, clock=CLOCK, actor="Testledare")
    try:
        site = app.sites.add(HUSET, "indoor")
        for _ in range(visits):
            app.visits.add(site.id, "girl", "7-9", 1)
        app.backups.create()
    finally:
        app.close()
    # One self-contained file, as after a clean exit: damage below is in the file itself.
    connection = sqlite3.connect(database_path(folder))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{database_path(folder)}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "data"
    _populated(folder, visits=400)  # several pages of visits: a data page in the middle
    return folder


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    data = database_path(template).read_bytes()
    database_path(folder).write_bytes(data)
    backups = backup_dir(folder)
    backups.mkdir()
    for path in backup_dir(template).iterdir():
        (backups / path.name).write_bytes(path.read_bytes())
    return folder


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def flip_data_page(path: Path) -> None:
    """Flip the first bytes (the b-tree page header) of a page in the middle of the file."""
    data = bytearray(path.read_bytes())
    page = _page_size(data)
    start = page * (len(data) // page // 2)
    for offset in range(start, start + 16):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "något.txt").write_text("en fil i mappen")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated-half": truncate_half,
    "header-only": header_only,
    "zero-bytes-where-data-was": zero_bytes,
    "bytes-flipped": flip_data_page,
    "directory": directory,
}


def _state(path: Path) -> str:
    """The file's bytes (or, for a folder, its listing and contents) as one digest."""
    digest = hashlib.sha256()
    if path.is_dir():
        for child in sorted(path.iterdir()):
            digest.update(child.name.encode() + child.read_bytes())
    else:
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(params=list(DAMAGES))
def damaged(request, template, tmp_path) -> tuple[Path, str]:
    folder = _copy(template, tmp_path / "data")
    DAMAGES[request.param](database_path(folder))
    return folder, _state(database_path(folder))


COMMANDS = [
    ["visit", "add", "--site", HUSET, "--gender", "girl", "--age", "7-9"],
    ["stats", "--from", "2025-07-01", "--to", "2025-07-31"],
    ["check"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: args[0])
def test_every_command_says_so_in_one_sentence_and_leaves_the_file(damaged, cli, args):
    folder, before = damaged
    result = cli("--raw", "--data-dir", str(folder), *args)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].endswith(".")
    assert "skadad" in lines[0] or "mapp" in lines[0]
    path = database_path(folder)
    assert _state(path) == before
    # Nothing made beside it that the next start would read into it.
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_check_says_the_file_is_damaged(damaged, cli):
    folder, _ = damaged
    result = cli("--raw", "--data-dir", str(folder), "check")
    assert result.code == 2
    assert "skadad" in result.err or "mapp" in result.err


def test_bytes_flipped_are_found_even_after_the_days_backup(template, tmp_path, cli):
    """The day's quick_check is skipped once a backup from today exists; `check` reads the
    whole file anyway."""
    folder = _copy(template, tmp_path / "data")
    flip_data_page(database_path(folder))
    today = CLOCK.now()
    with pytest.raises(DamagedDatabaseError):
        check_at_start(database_path(folder), backup_dir(folder), today, verify=True)
    assert cli("--raw", "--data-dir", str(folder), "check").code == 2


def test_a_new_folder_and_a_zero_byte_file_without_history_are_a_new_database(tmp_path):
    new = tmp_path / "ny"
    check_at_start(database_path(new), backup_dir(new), CLOCK.now())  # no file at all
    new.mkdir()
    database_path(new).write_bytes(b"")  # a first start cut short
    app = open_app(new, clock=CLOCK)
    try:
        assert app.is_empty()
    finally:
        app.close()


def test_a_zero_byte_file_with_a_wal_beside_it_is_damage(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"")
    Path(f"{database_path(folder)}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    with pytest.raises(DamagedDatabaseError):
        open_app(folder, clock=CLOCK)
    assert database_path(folder).read_bytes() == b""


def test_another_file_in_a_folder_without_history_is_not_ours(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"Besokslista vecka 27\n" * 300)
    with pytest.raises(DatabaseVersionError):
        open_app(folder, clock=CLOCK)


def test_the_newest_good_backup_skips_a_damaged_newer_one(template, tmp_path):
    folder = _copy(template, tmp_path / "data")
    [good] = sorted(backup_dir(folder).iterdir())[-1:]
    newer = backup_dir(folder) / "20991231-235959-manuell.sqlite"
    newer.write_bytes(good.read_bytes()[:4096])  # a copy cut short
    found = newest_good_backup(folder)
    assert found is not None and found.path == good


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_start_over_from_the_backup_moves_the_damaged_file_aside_intact(template, tmp_path, damage):
    folder = _copy(template, tmp_path / "data")
    path = database_path(folder)
    DAMAGES[damage](path)
    before = _state(path)
    backup = newest_good_backup(folder)
    assert backup is not None
    app = start_over(folder, backup, clock=CLOCK, backup_now=False)
    try:
        assert app.statistics.period(dt.date(2025, 7, 1), dt.date(2025, 7, 31)).visits == 400
    finally:
        app.close()
    [aside] = [p for p in folder.iterdir() if ".skadad-" in p.name and p.name.endswith(".sqlite")]
    assert aside.name.startswith("vanskapshuset.skadad-20250703-")
    assert _state(aside) == before


def test_start_over_empty_keeps_the_damaged_file_and_the_backups(template, tmp_path):
    folder = _copy(template, tmp_path / "data")
    truncate_half(database_path(folder))
    before = _state(database_path(folder))
    backups = sorted(p.name for p in backup_dir(folder).iterdir())
    app = start_over(folder, None, clock=CLOCK, backup_now=False)
    try:
        assert app.is_empty()
    finally:
        app.close()
    [aside] = [p for p in folder.iterdir() if ".skadad-" in p.name]
    assert _state(aside) == before
    assert sorted(p.name for p in backup_dir(folder).iterdir()) == backups
    # The new database opens again without complaint (no 0-byte or leftover WAL confusion).
    open_app(folder, clock=CLOCK).close()


def test_the_damaged_file_is_never_opened_for_writing(template, tmp_path, monkeypatch):
    """The start check refuses before any engine or schema step runs."""
    folder = _copy(template, tmp_path / "data")
    flip_data_page(database_path(folder))
    opened: list[Path] = []
    import vanskapshuset.app as app_module

    monkeypatch.setattr(app_module, "Database", lambda path: opened.append(path))
    next_day = FixedClock(CLOCK.now() + dt.timedelta(days=1))  # its first start: quick_check
    with pytest.raises(DamagedDatabaseError):
        open_app(folder, clock=next_day)
    assert opened == []
    assert not os.path.exists(f"{database_path(folder)}-journal")


def test_a_file_cut_short_with_its_wal_beside_it_is_damage_after_a_second_look(
    template, tmp_path, monkeypatch
):
    """A -wal beside it may mean a checkpoint under way: looked at again, then refused."""
    import vanskapshuset.store.start_check as start_check

    folder = _copy(template, tmp_path / "data")
    path = database_path(folder)
    truncate_half(path)
    Path(f"{path}-wal").write_bytes(b"")
    slept: list[float] = []
    monkeypatch.setattr(start_check.time, "sleep", slept.append)
    with pytest.raises(DamagedDatabaseError):
        check_at_start(path, backup_dir(folder), CLOCK.now())
    assert len(slept) == start_check._LOOKS - 1


def test_moving_aside_takes_the_wal_and_shm_along(template, tmp_path):
    folder = _copy(template, tmp_path / "data")
    path = database_path(folder)
    truncate_half(path)
    Path(f"{path}-wal").write_bytes(b"wal pages")
    Path(f"{path}-shm").write_bytes(b"index")
    app = start_over(folder, None, clock=CLOCK, backup_now=False)
    app.close()
    names = sorted(p.name for p in folder.iterdir() if ".skadad-" in p.name)
    assert names == [
        "vanskapshuset.skadad-20250703-140000.sqlite",
        "vanskapshuset.skadad-20250703-140000.sqlite-shm",
        "vanskapshuset.skadad-20250703-140000.sqlite-wal",
    ]
    assert (folder / names[2]).read_bytes() == b"wal pages"
