"""The app carries its own time-zone data: Windows has none, so `ZoneInfo("Europe/Stockholm")`
must be answered by the `tzdata` package the project depends on, not by the system."""

import os
import subprocess
import sys
from pathlib import Path


def test_the_app_runs_with_no_system_time_zone_database(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONTZPATH": str(tmp_path / "no-zoneinfo-here")}
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "vanskapshuset", "--data-dir", str(data), "site", "add", "Parken"],
        env=environment,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "vanskapshuset",
            "--data-dir",
            str(data),
            "visit",
            "add",
            "--site",
            "Parken",
            "--gender",
            "girl",
            "--age",
            "7-9",
            "--at",
            "2025-03-30T02:30",
        ],
        env=environment,
        capture_output=True,
        text=True,
    )
    # 02:30 on the night clocks go forward does not exist in Stockholm: only real zone data
    # (not a fixed offset or UTC) knows that, and the refusal is a sentence, not a traceback.
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
