"""The door's first paint needs no ORM: Idag is drawn from a plain sqlite3 read, and SQLAlchemy,
alembic and the services load only after it (behind the window, on a worker thread)."""

import os
import subprocess
import sys
from pathlib import Path

# Prints a line the first time one of these is imported, in the order things happen.
PROBE = """
import importlib.abc, sys
WATCHED = ("sqlalchemy", "alembic", "reportlab", "openpyxl")
class Watch(importlib.abc.MetaPathFinder):
    seen = set()
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in WATCHED and top not in self.seen:
            self.seen.add(top)
            print("import " + top, flush=True)
        return None
sys.meta_path.insert(0, Watch())
from vanskapshuset.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""


def test_idag_is_painted_before_the_orm_is_imported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "vanskapshuset", "--data-dir", str(data), "demo", "--year", "2025"],
        check=True,
        capture_output=True,
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VANSKAPSHUSET_EXIT_WHEN_SHOWN": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Idag visad" in lines, done.stdout
    shown = lines.index("Idag visad")
    assert "import sqlalchemy" in lines[shown:], done.stdout  # the services did come up after
    assert not [line for line in lines[:shown] if line.startswith("import ")], done.stdout
