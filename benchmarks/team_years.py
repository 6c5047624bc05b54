"""The coordinator's database of a busy five-site team after N demo years (1, 10, 20), the
ten-year benchmark's shape (tenyear.py) over more or fewer years: built once per N into
`benchmarks/out/sync-rounds/` (ignored by git), then reused; its marker file says how long the
generation took."""

import datetime as dt
import json
import time
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.services.demo import DemoOptions, generate_demo

OUT = Path(__file__).resolve().parent / "out"
CACHE = OUT / "sync-rounds"
LAST_YEAR = 2025
# The demo is written on this day; the sync rounds come after it (the clocks only move on).
GENERATED_AT = dt.datetime(2026, 1, 9, 12, 0, tzinfo=STOCKHOLM)


def options(years: int) -> DemoOptions:
    """tenyear.py's options (about 100,000 visits and 2,400 activities a year) over `years`."""
    return DemoOptions(
        seed=7, year=LAST_YEAR, years=years, sites=5, visit_scale=10.8, activity_scale=2
    )


def ensure_years_db(years: int) -> tuple[Path, dict[str, object]]:
    """The data folder of the `years`-year coordinator database (generated if missing) and its
    marker: the demo summary and the seconds the generation took."""
    folder = CACHE / f"{years}y"
    marker = folder / "complete"
    if marker.exists():
        return folder, json.loads(marker.read_text())
    if folder.exists():
        for path in folder.rglob("*"):
            if path.is_file():
                path.unlink()
    started = time.perf_counter()
    app = open_app(folder, clock=FixedClock(GENERATED_AT), actor="Koordinator", backup_now=False)
    try:
        summary = generate_demo(app, options(years))
    finally:
        app.close()
    seconds = time.perf_counter() - started
    made = {"years": years, "summary": str(summary), "visits": summary.visits}
    made |= {"activities": summary.activities, "generation_seconds": round(seconds, 1)}
    marker.write_text(json.dumps(made, ensure_ascii=False))
    print(f"generated {years} years: {summary} in {seconds:.1f} s", flush=True)
    return folder, made


if __name__ == "__main__":
    import sys

    for argument in sys.argv[1:] or ["1", "10", "20"]:
        print(ensure_years_db(int(argument)))
