"""Every file the command line writes is whole or absent: on a full disk (a real tmpfs), a disk
that fills part-way through a CSV set, or a document reportlab cannot lay out, the command ends in
one sentence and leaves nothing behind."""

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from faults import fill_up, small_disk
from vanskapshuset.cli import main
from vanskapshuset.domain.errors import UserError
from vanskapshuset.services import safe_file
from vanskapshuset.services.safe_file import replacing, replacing_folder

SEASON = "Bästa sommaren 2025"  # what `demo --year 2025` names its season


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of demo data and a sync team, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo", "--year", "2025"]) == 0
    assert main(["--data-dir", str(folder), "team", "create"]) == 0
    return folder


@pytest.fixture
def filled(demo_data: Path, data_dir: Path, cli):
    shutil.copytree(demo_data, data_dir)
    return cli


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", megabytes=1) as disk:
        fill_up(disk)
        yield disk


def everything_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def assert_one_sentence(result, *words: str) -> None:
    assert result.code == 2, result.out
    assert "Traceback" not in result.err and "Exception" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "oväntat fel" not in result.err  # met where it happens, not by the last resort
    for word in words:
        assert word in result.err, result.err


OUTPUTS = {
    "season pdf": ("report", "season", "--season", SEASON, "--pdf", "{disk}/säsong.pdf"),
    "season xlsx": ("report", "season", "--season", SEASON, "--xlsx", "{disk}/säsong.xlsx"),
    "season csv": ("report", "season", "--season", SEASON, "--csv", "{disk}/säsong"),
    "annual pdf": ("report", "annual", "--year", "2025", "--pdf", "{disk}/år.pdf"),
    "annual xlsx": ("report", "annual", "--year", "2025", "--xlsx", "{disk}/år.xlsx"),
    "annual csv": ("report", "annual", "--year", "2025", "--csv", "{disk}/år"),
    "annual network csv": ("report", "annual", "--year", "2025", "--network-csv", "{disk}/n.csv"),
    "day pdf": ("report", "day", "--date", "2025-07-03", "--pdf", "{disk}/dag.pdf"),
    "season docx": ("report", "season", "--season", SEASON, "--docx", "{disk}/säsong.docx"),
    "annual docx": ("report", "annual", "--year", "2025", "--docx", "{disk}/år.docx"),
    "day docx": ("report", "day", "--date", "2025-07-03", "--docx", "{disk}/dag.docx"),
    "period csv": (
        "report",
        "period",
        "--from",
        "2025-06-01",
        "--to",
        "2025-08-31",
        "--csv",
        "{disk}/p",
    ),
    "export csv": ("export", "--from", "2025-01-01", "--to", "2025-12-31", "--csv", "{disk}/e"),
    "export xlsx": (
        "export",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--xlsx",
        "{disk}/e.xlsx",
    ),
    "signup sheet": ("sheet", "signup", "--blank", "--pdf", "{disk}/anmälan.pdf"),
    "tally sheet": ("sheet", "tally", "--date", "2025-07-03", "--pdf", "{disk}/räkning.pdf"),
    "sync export": ("sync", "export", "--out", "{disk}/paket.vhsync"),
    "sync folder": ("sync", "folder", "{disk}"),
}


@pytest.mark.parametrize("command", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_every_output_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    filled, full_disk: Path, command: tuple[str, ...]
) -> None:
    before = everything_in(full_disk)
    result = filled(*(part.format(disk=full_disk) for part in command))
    assert_one_sentence(result, "disken är full")
    assert everything_in(full_disk) == before == ["filler.bin"]


def test_the_same_outputs_fit_once_there_is_room(filled, tmp_path: Path) -> None:
    """The commands above are right; only the disk stopped them."""
    out = tmp_path / "out"
    out.mkdir()
    for command in OUTPUTS.values():
        result = filled(*(part.format(disk=out) for part in command))
        assert result.code == 0, (command, result.err)
    assert not [name for name in everything_in(out) if ".part" in name or "/." in name]


def _room_for_pages(disk: Path, pages: int) -> None:
    """Fill `disk`, then free `pages` pages of it: room for a few small files, not more."""
    filler = fill_up(disk)
    os.truncate(filler, filler.stat().st_size - pages * os.sysconf("SC_PAGE_SIZE"))


def test_a_csv_set_that_fills_the_disk_part_way_leaves_none_of_its_files(
    filled, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", megabytes=1) as disk:
        _room_for_pages(disk, 3)  # tmpfs gives each small file a page: 3 of the 10 fit
        result = filled("report", "season", "--season", SEASON, "--csv", str(disk / "csv"))
        assert_one_sentence(result, "disken är full")
        assert everything_in(disk) == ["filler.bin"]


def test_a_csv_set_into_a_folder_with_last_weeks_set_keeps_the_old_set_whole(
    filled, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", megabytes=1) as disk:
        folder = disk / "csv"
        folder.mkdir()
        (folder / "nyckeltal.csv").write_text("förra veckan")
        (folder / "anteckningar.txt").write_text("mina egna")
        _room_for_pages(disk, 3)
        result = filled("report", "season", "--season", SEASON, "--csv", str(folder))
        assert_one_sentence(result, "disken är full")
        assert everything_in(disk) == [
            "csv", "csv/anteckningar.txt", "csv/nyckeltal.csv", "filler.bin",
        ]  # fmt: skip
        assert (folder / "nyckeltal.csv").read_text() == "förra veckan"


def test_a_csv_set_replaces_the_old_set_once_there_is_room(filled, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "nyckeltal.csv").write_text("förra veckan")
    (folder / "anteckningar.txt").write_text("mina egna")
    result = filled("report", "season", "--season", SEASON, "--csv", str(folder))
    assert result.code == 0, result.err
    fresh = tmp_path / "ny"
    assert filled("report", "season", "--season", SEASON, "--csv", str(fresh)).code == 0
    assert everything_in(folder) == sorted([*everything_in(fresh), "anteckningar.txt"])
    assert "Besök" in (folder / "nyckeltal.csv").read_text(encoding="utf-8-sig")
    assert oct(folder.stat().st_mode & 0o777) == oct(0o755 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# -- a document reportlab cannot lay out -----------------------------------------------------------


def _rename_in_database(data_dir: Path, table: str, column: str, value: str) -> None:
    """Write a name the input rules would refuse, as a database from before them may hold."""
    with sqlite3.connect(data_dir / "vanskapshuset.sqlite") as connection:
        connection.execute(f"UPDATE {table} SET {column} = ?", (value,))
    connection.close()


@pytest.mark.parametrize(
    ("table", "column", "command"),
    [
        ("site", "name", ("report", "annual", "--year", "2025", "--pdf", "{out}/år.pdf")),
        ("site", "name", ("sheet", "tally", "--date", "2025-07-03", "--pdf", "{out}/r.pdf")),
        ("activity_type", "name", ("report", "annual", "--year", "2025", "--pdf", "{out}/å.pdf")),
    ],
    ids=["site in annual", "site on tally sheet", "activity type in annual"],
)
def test_a_name_too_long_for_a_page_is_one_sentence(
    filled, data_dir: Path, tmp_path: Path, table: str, column: str, command: tuple[str, ...]
) -> None:
    assert filled("site", "add", "Ö" * 100_000, "--kind", "indoor").code == 2  # the rules refuse
    _rename_in_database(data_dir, table, column, "Vänskapshuset " + "Ö" * 100_000)
    out = tmp_path / "out"
    out.mkdir()
    result = filled(*(part.format(out=out) for part in command))
    assert_one_sentence(result, "för lång för att få plats på en sida")
    assert everything_in(out) == []


# -- the helpers themselves ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disken är full"),
        (errno.EDQUOT, "disken är full"),
        (errno.EFBIG, "för stor"),
        (errno.EROFS, "skrivskyddad"),
        (errno.EIO, "anslutet"),
        (errno.EACCES, "skrivskyddad"),
    ],
)
def test_any_write_error_is_one_sentence_and_the_old_file_stays(
    tmp_path: Path, code: int, words: str
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"last week's report")
    with pytest.raises(UserError, match=words) as refusal, replacing(target) as temporary:
        temporary.write_bytes(b"%PDF half")
        raise OSError(code, os.strerror(code))
    assert len(str(refusal.value).splitlines()) == 1
    assert target.read_bytes() == b"last week's report"
    assert everything_in(tmp_path) == ["rapport.pdf"]


def test_the_file_is_on_the_disk_before_it_takes_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle: int) -> None:
        events.append("folder" if os.path.isdir(f"/proc/self/fd/{handle}") else "file")
        real_fsync(handle)

    def replace(source: object, destination: object) -> None:
        events.append("rename")
        real_replace(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with replacing(tmp_path / "a.pdf") as temporary:
        temporary.write_bytes(b"%PDF whole")
    assert events == ["file", "rename", "folder"]
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF whole"


def test_a_set_whose_move_fails_half_way_puts_the_old_files_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    for name in ("a.csv", "b.csv", "c.csv"):
        (folder / name).write_text(f"old {name}")
    real_rename = os.rename
    calls = 0

    def rename(source: object, destination: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:  # old a aside, new a in, old b aside, then the stick is pulled
            raise OSError(errno.EIO, "Input/output error")
        real_rename(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(safe_file.os, "rename", rename)
    with pytest.raises(UserError, match="anslutet"), replacing_folder(folder) as stage:
        for name in ("a.csv", "b.csv", "c.csv", "d.csv"):
            (stage / name).write_text(f"new {name}")
    assert everything_in(folder) == ["a.csv", "b.csv", "c.csv"]
    assert [(folder / n).read_text() for n in ("a.csv", "b.csv", "c.csv")] == [
        "old a.csv", "old b.csv", "old c.csv",
    ]  # fmt: skip


def test_a_failed_set_removes_the_folders_it_made(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), replacing_folder(tmp_path / "ny" / "csv") as stage:
        (stage / "a.csv").write_text("half")
        raise RuntimeError("the report failed")
    assert everything_in(tmp_path) == []
