"""Faults of the disk and the database file reach the command line as one sentence, exit 2, the
database unchanged, and the log file holds what happened."""

import hashlib

from database_dump import dump_database
from faults import fill_up, read_only_file, small_disk
from vanskapshuset.cli import main
from vanskapshuset.paths import database_path


def digest(folder) -> str:
    return hashlib.sha256("\n".join(dump_database(folder)).encode()).hexdigest()


def run(capsys, folder, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(folder), *args])
    return code, capsys.readouterr().err


def test_visit_add_on_a_full_disk_says_so_and_changes_nothing(tmp_path, capsys):
    with small_disk(tmp_path / "disk") as disk:
        folder = disk / "data"
        assert run(capsys, folder, "site", "add", "Vänskapsparken")[0] == 0
        before = digest(folder)
        filler = fill_up(disk)
        results = [
            run(
                capsys,
                folder,
                "visit",
                "add",
                "--site",
                "Vänskapsparken",
                "--gender",
                "girl",
                "--age",
                "7-9",
                "--count",
                "500",
            )
            for _ in range(3)
        ]
        filler.unlink()
        after = digest(folder)
    refused = [err for code, err in results if code == 2]
    assert refused, "the full disk refused nothing"
    for err in refused:
        assert err.count("\n") == 1 and "Traceback" not in err
        assert err.startswith("Disken är full")
    if len(refused) == len(results):
        assert after == before  # nothing of a refused command is in the file


def test_visit_add_on_a_read_only_database_says_so(tmp_path, capsys):
    folder = tmp_path / "data"
    assert run(capsys, folder, "site", "add", "Vänskapsparken")[0] == 0
    before = digest(folder)
    with read_only_file(database_path(folder)):
        code, err = run(
            capsys,
            folder,
            "visit",
            "add",
            "--site",
            "Vänskapsparken",
            "--gender",
            "girl",
            "--age",
            "7-9",
        )
    assert code == 2 and err.count("\n") == 1 and "skrivskyddad" in err
    assert digest(folder) == before
    log_text = (folder / "logs" / "vanskapshuset.log").read_text(encoding="utf-8")
    assert "skrivskyddad" in log_text
