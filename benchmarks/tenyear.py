"""The generated ten-year, five-site database the benchmarks share (built once, then reused)."""

import datetime as dt
import time
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.services.demo import DemoOptions, generate_demo

OUT = Path(__file__).resolve().parent / "out"
TEN_YEAR_DIR = OUT / "ten-year"
# Ten years × five sites; the scales give about one million visits and 25,000 activities.
TEN_YEAR_OPTIONS = DemoOptions(
    seed=7, year=2025, years=10, sites=5, visit_scale=10.8, activity_scale=2
)
FIXED_NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=STOCKHOLM)


def ensure_ten_year_db(folder: Path = TEN_YEAR_DIR) -> Path:
    """The data folder of the ten-year database, generated if it is not there yet."""
    marker = folder / "complete"
    if marker.exists():
        return folder
    if folder.exists():
        for path in folder.rglob("*"):
            if path.is_file():
                path.unlink()
    started = time.perf_counter()
    app = open_app(folder, clock=FixedClock(FIXED_NOW), actor="benchmark")
    try:
        summary = generate_demo(app, TEN_YEAR_OPTIONS)
    finally:
        app.close()
    marker.write_text(str(summary))
    print(f"generated {summary} in {time.perf_counter() - started:.1f} s")
    return folder


if __name__ == "__main__":
    print(ensure_ten_year_db())
