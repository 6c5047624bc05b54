"""`backup create | list | restore NAME | folder` on the command line (the real clock)."""

import json
import shutil
import sqlite3
from pathlib import Path

from database_dump import dump_database
from vanskapshuset.paths import backup_dir
from vanskapshuset.store.revisions import HEAD_REVISION

SITE = "Vänskapshuset"


def ok(result) -> str:
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    return result.out


def refused(result, fragment: str) -> str:
    assert result.code == 2, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].endswith("."), result.err
    assert fragment in lines[0], lines[0]
    assert result.out == ""
    return lines[0]


def count(cli, number: int = 1) -> None:
    ok(
        cli(
            "visit",
            "add",
            "--site",
            SITE,
            "--gender",
            "girl",
            "--age",
            "7-9",
            "--count",
            str(number),
        )
    )


def test_create_list_and_restore(cli, data_dir: Path) -> None:
    ok(cli("site", "add", SITE))
    count(cli, 3)
    made = ok(cli("backup", "create"))
    assert made.startswith("Säkerhetskopian är sparad: ") and "3 besök, 0 aktiviteter" in made
    name = made.split(": ", 1)[1].split()[0]
    before = dump_database(data_dir)

    count(cli, 4)
    listed = json.loads(ok(cli("backup", "list", "--json")))
    # Newest first; the day's first start (`visit add`, once a site existed) made one too.
    assert [(b["name"], b["visits"]) for b in listed] == [(name, 3), (listed[1]["name"], 0)]
    assert [b["reason"] for b in listed] == ["manuell", "dag"]
    assert all(b["revision"] == HEAD_REVISION and b["size"] > 0 for b in listed)
    text = ok(cli("backup", "list"))
    assert name in text and "gjord för hand" in text

    restored = ok(cli("backup", "restore", name))
    assert restored.startswith(f"Återställde {name}; det som fanns innan finns kvar som ")
    assert dump_database(data_dir) == before
    assert "före återställning" in ok(cli("backup", "list"))


def test_an_empty_list_says_where_backups_go(cli, data_dir: Path) -> None:
    assert ok(cli("backup", "list")) == (
        f"Inga säkerhetskopior ännu (de sparas i {backup_dir(data_dir)}).\n"
    )


def test_refusals_are_one_sentence_and_change_nothing(cli, data_dir: Path, tmp_path: Path):
    ok(cli("site", "add", SITE))
    count(cli)
    name = ok(cli("backup", "create")).split(": ", 1)[1].split()[0]
    newer = tmp_path / "nyare.sqlite"
    shutil.copyfile(backup_dir(data_dir) / name, newer)
    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = dump_database(data_dir)

    refused(cli("backup", "restore", str(newer)), "nyare version")
    refused(cli("backup", "restore", "20200101-000000-dag.sqlite"), "ingen säkerhetskopia")
    refused(cli("backup", "restore", str(tmp_path / "saknas.sqlite")), "finns inte")
    refused(cli("backup", "restore"), "Felaktigt kommando")
    refused(cli("backup", "folder", str(tmp_path / "saknas")), "finns inte")
    refused(cli("backup", "folder", str(tmp_path), "--off"), "inte båda")
    assert dump_database(data_dir) == before


def test_a_second_folder(cli, data_dir: Path, tmp_path: Path) -> None:
    ok(cli("site", "add", SITE))
    stick = tmp_path / "usb"
    stick.mkdir()
    assert ok(cli("backup", "folder", str(stick))) == (
        f"Andra mappen för säkerhetskopior: {stick}.\n"
    )
    assert "En kopia utan anmälningar finns också i" in ok(cli("backup", "create"))
    assert len(list(stick.rglob("*.sqlite"))) == 1
    stick.rename(tmp_path / "utdragen")
    assert "finns inte nu (inte ansluten)" in ok(cli("backup", "create"))
    assert ok(cli("backup", "folder", "--off")) == "Ingen andra mapp för säkerhetskopior.\n"
