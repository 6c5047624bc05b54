"""A shared folder anyone can write to: each bad file is refused with one sentence, never hangs
or exhausts the sync, and every good bundle beside it is still imported.

Every case puts one hostile file next to a good bundle of another laptop, in a real folder: links,
a FIFO, a device, a file over the size bound (sparse), zip bombs encrypted with the team key as
the writer encrypts them, and one encrypted with another key. The FIFO and the command line run
in a child process with a timeout, so a regression hangs nothing.
"""

import datetime as dt
import io
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sync_helpers import site_id, team_key

from database_dump import dump_database
from vanskapshuset.app import App
from vanskapshuset.paths import database_path
from vanskapshuset.sync.bundle_format import MAX_BUNDLE_BYTES
from vanskapshuset.sync.bundle_reader import open_bundle
from vanskapshuset.sync.bundle_writer import encrypt
from vanskapshuset.sync.tables import SYNCED_TABLES
from vanskapshuset.sync.team_code import team_id

BAD = "Hotfull-00000000.vhsync"
NOT_A_FILE = "ingen vanlig fil"
BOMB_MB = 200  # whitespace in visit.json: about 200 kB packed


@dataclass
class Folder:
    coordinator: App
    laptop: App  # its bundle is the good one in the folder
    outsider: App  # a laptop of the team whose bundle is not in the folder
    shared: Path
    data_dir: Path  # the coordinator's data folder
    good: Path
    elsewhere: Path  # the outsider's good bundle, outside the folder

    @property
    def bad(self) -> Path:
        return self.shared / BAD


@pytest.fixture
def folder(laptops, tmp_path: Path) -> Folder:
    coordinator, laptop, outsider = laptops(3)
    laptop.visits.add(site_id(laptop), "girl", "7-9", 2)
    outsider.visits.add(site_id(outsider), "boy", "10-13", 5)
    shared = tmp_path / "usb"
    shared.mkdir()
    good = laptop.sync.sync_folder(shared).written.path
    elsewhere = tmp_path / "elsewhere.vhsync"
    outsider.sync.export_bundle(elsewhere)
    return Folder(coordinator, laptop, outsider, shared, tmp_path / "laptop0", good, elsewhere)


def visits(app: App) -> int:
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    return app.statistics.period(*year).as_json()["visits"]


def synced_rows(data_dir: Path) -> list[str]:
    """Every row of the tables a bundle carries: what an import may change."""
    prefixes = tuple(f'INSERT INTO "{synced.name}"' for synced in SYNCED_TABLES)
    return [line for line in dump_database(data_dir) if line.startswith(prefixes)]


def bomb(real: bytes, key: bytes, unpacked_mb: int, declared: int | None = None) -> bytes:
    """The zip in `real` with visit.json replaced by `unpacked_mb` MB of JSON whitespace, not yet
    encrypted; with `declared`, the zip claims visit.json unpacks to that many bytes."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(open_bundle(real, "real", key, team_id(key)))) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
    ):
        for info in source.infolist():
            if info.filename != "visit.json":
                archive.writestr(info, source.read(info))
        with archive.open("visit.json", "w") as member:
            for _ in range(unpacked_mb):
                member.write(b" " * 1_000_000)
        if declared is not None:
            archive.getinfo("visit.json").file_size = declared  # written with the central list
    data = buffer.getvalue()
    if declared is not None:  # the local header's size too, where the zip's readers look first
        real_size = (unpacked_mb * 1_000_000).to_bytes(4, "little")
        data = data.replace(real_size, declared.to_bytes(4, "little"), 1)
    return data


def _symlink_to_zero(f: Folder) -> None:
    f.bad.symlink_to("/dev/zero")


def _symlink_to_good(f: Folder) -> None:
    f.bad.symlink_to(f.elsewhere)


def _device(f: Folder) -> None:
    if os.geteuid() != 0:
        pytest.skip("a device node can only be made as root")
    os.mknod(f.bad, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # as /dev/null


def _too_big(f: Folder) -> None:
    with f.bad.open("wb") as sparse:
        sparse.truncate(MAX_BUNDLE_BYTES + 1)


def sealed(zipped: bytes, key: bytes) -> bytes:
    return encrypt(zipped, key, team_id(key))


def _sealed_bomb(f: Folder) -> None:
    key = team_key(f.coordinator)
    f.bad.write_bytes(sealed(bomb(f.elsewhere.read_bytes(), key, BOMB_MB), key))


def _sealed_bomb_lying(f: Folder) -> None:
    key = team_key(f.coordinator)
    f.bad.write_bytes(sealed(bomb(f.elsewhere.read_bytes(), key, BOMB_MB, declared=1000), key))


def _unsealed_bomb(f: Folder) -> None:
    """Encrypted with a key not the team's, under the team's id: never decrypted, so never
    unpacked."""
    key = team_key(f.coordinator)
    zipped = bomb(f.elsewhere.read_bytes(), key, BOMB_MB)
    f.bad.write_bytes(encrypt(zipped, b"\x42" * 16, team_id(key)))


CASES: dict[str, tuple[Callable[[Folder], None], str]] = {
    "symlink to /dev/zero": (_symlink_to_zero, NOT_A_FILE),
    "symlink to a good bundle": (_symlink_to_good, NOT_A_FILE),
    "device": (_device, NOT_A_FILE),
    "over the size bound": (_too_big, "för stor för att vara en synkfil"),
    "sealed zip bomb": (_sealed_bomb, "för stor uppackad"),
    "sealed zip bomb declaring a small size": (_sealed_bomb_lying, "felaktiga uppgifter"),
    "unsealed zip bomb": (_unsealed_bomb, "har ändrats eller skadats"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_is_skipped_and_the_good_one_beside_it_imported(folder, case):
    make, reason = CASES[case]
    make(folder)
    result = folder.coordinator.sync.sync_folder(folder.shared)

    assert [r.file_name for r in result.imported] == [folder.good.name]
    (skipped,) = result.skipped
    assert skipped.file_name == BAD and reason in str(skipped.reason) and BAD in str(skipped.reason)
    assert visits(folder.coordinator) == 2  # the laptop's, never the outsider's 5 behind a link
    assert result.written.path.is_file() and result.written.path.parent == folder.shared


def test_an_unexpected_error_in_one_import_skips_that_file_and_the_next_sync_completes_it(
    folder, caplog
):
    """A fault in the middle of one file's merge (here a trigger of the coordinator's database
    failing on the outsider's visits): that file is logged and skipped, and the next file is
    imported. The merge writes in short transactions after every check has passed, so what was
    written before the fault is whole chunks of rows that belong (none of its visits), and the
    same file completes once the fault is gone."""
    (folder.shared / BAD).write_bytes(folder.elsewhere.read_bytes())
    outsider = folder.outsider.context.device_id
    with folder.coordinator.context.db.write_core() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER fails BEFORE INSERT ON visit "
            f"WHEN NEW.device_id = '{outsider}' BEGIN SELECT json('inte json'); END"
        )
    good = folder.good.read_bytes()
    folder.good.unlink()
    before = visits(folder.coordinator)

    result = folder.coordinator.sync.sync_folder(folder.shared)
    (skipped,) = result.skipped
    assert str(skipped.reason) == f"”{BAD}” kunde inte läsas in; detaljer i loggen."
    assert visits(folder.coordinator) == before  # not one of its visits
    with sqlite3.connect(database_path(folder.data_dir)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "malformed JSON" in caplog.text and "Traceback" in caplog.text
    assert result.written.path.is_file()

    folder.good.write_bytes(good)
    result = folder.coordinator.sync.sync_folder(folder.shared)
    assert [r.file_name for r in result.imported] == [folder.good.name]
    assert [s.file_name for s in result.skipped] == [BAD]
    assert visits(folder.coordinator) == 2

    with folder.coordinator.context.db.write_core() as connection:
        connection.exec_driver_sql("DROP TRIGGER fails")
    result = folder.coordinator.sync.sync_folder(folder.shared)
    assert [r.file_name for r in result.imported] == [BAD] and result.skipped == ()
    assert visits(folder.coordinator) == 2 + 5


def _run(folder: Folder, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vanskapshuset", "--data-dir", str(folder.data_dir), *args]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # A FIFO that blocked would stop here, failing the test, not hang the suite.
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_the_command_line_skips_every_hostile_file_without_a_traceback(folder):
    os.mkfifo(folder.shared / "Kö-11111111.vhsync")
    (folder.shared / "Noll-22222222.vhsync").symlink_to("/dev/zero")
    (folder.shared / "Länk-33333333.vhsync").symlink_to(folder.elsewhere)
    with (folder.shared / "Stor-44444444.vhsync").open("wb") as sparse:
        sparse.truncate(MAX_BUNDLE_BYTES + 1)
    key = team_key(folder.coordinator)
    (folder.shared / "Bomb-55555555.vhsync").write_bytes(
        sealed(bomb(folder.elsewhere.read_bytes(), key, BOMB_MB), key)
    )
    folder.coordinator.close()  # the child process opens the data folder itself

    done = _run(folder, "sync", "folder", str(folder.shared))
    assert done.returncode == 2  # files were skipped (README)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 5  # one sentence per skipped file
    for name in ("Kö", "Noll", "Länk", "Stor", "Bomb"):
        assert name in done.stderr
    assert f"{folder.good.name} från ”Laptop 1”: 2 nya besök" in done.stdout
    assert "Skrev " in done.stdout

    names = ("Kö", "Noll", "Länk", "Stor", "Bomb")
    bad_files = [str(path) for name in names for path in folder.shared.glob(f"{name}-*")]
    done = _run(folder, "sync", "import", *bad_files)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == len(bad_files)


def test_a_fifo_is_refused_at_once_in_this_process(folder):
    """O_NONBLOCK: opening a FIFO with no writer returns at once, and it is refused."""
    fifo = folder.shared / BAD
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    check = (
        "import sys; from pathlib import Path; "
        "from vanskapshuset.sync.bundle_file import read_bundle_file; "
        "from vanskapshuset.sync.bundle_reader import BundleRefused\n"
        "try:\n    read_bundle_file(Path(sys.argv[1]), 1000)\n"
        "except BundleRefused as refusal:\n    print(refusal)"
    )
    done = subprocess.run(
        [sys.executable, "-c", check, str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.stdout.strip() == (
        f"”{BAD}” är ingen vanlig fil (en länk, en kö eller en enhet) och lästes inte."
    )
