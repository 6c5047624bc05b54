"""The season summary PDF and the yearly follow-up XLSX, each from a cold process.

On the ten-year, five-site database, each report runs in a fresh Python process (as when the
coordinator runs `vanskapshuset report …`), which times its own phases: importing the app, opening
the database, the queries that build the figures, and rendering (with the renderer's imports
timed apart). Baseline in the same run: a fresh interpreter that imports nothing (`python -c
pass`), so the ratio shows what the report adds to the cost of starting Python at all.

    python -m benchmarks.bench_reports
"""

import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
SEASON = "Bästa sommaren 2024"
YEAR = 2024


def child(kind: str, folder: str, target: str) -> None:
    marks = {"start": time.perf_counter()}
    from vanskapshuset.app import open_app
    from vanskapshuset.reports import files
    from vanskapshuset.reports.service import report_service

    marks["imported"] = time.perf_counter()
    app = open_app(Path(folder))
    marks["opened"] = time.perf_counter()
    reports = report_service(app)
    report = reports.season(SEASON) if kind == "season" else reports.annual(YEAR)
    marks["queried"] = time.perf_counter()
    # The renderer's own imports (reportlab and the fonts, or openpyxl), timed apart.
    renderer = "pdf.season_pdf" if kind == "season" else "xlsx"
    importlib.import_module(f"vanskapshuset.reports.{renderer}")
    marks["renderer_imported"] = time.perf_counter()
    if kind == "season":
        files.write_pdf(report, Path(target))
    else:
        files.write_xlsx(report, Path(target))
    marks["rendered"] = time.perf_counter()
    app.close()
    print(json.dumps(marks))


def run_child(kind: str, folder: Path, target: Path) -> dict[str, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_reports",
            "--child",
            kind,
            str(folder),
            str(target),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    return {
        "wall": wall,
        "imports": marks["imported"] - marks["start"],
        "open": marks["opened"] - marks["imported"],
        "queries": marks["queried"] - marks["opened"],
        "renderer imports": marks["renderer_imported"] - marks["queried"],
        "render": marks["rendered"] - marks["renderer_imported"],
    }


def bare_python() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main() -> None:
    from benchmarks.tenyear import ensure_ten_year_db

    folder = ensure_ten_year_db()
    out = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    results: dict[str, list[dict[str, float]]] = {"season": [], "annual": []}
    baseline: list[float] = []
    for _ in range(RUNS):  # interleaved, so a noisy moment hits every kind alike
        baseline.append(bare_python())
        results["season"].append(run_child("season", folder, out / "season.pdf"))
        results["annual"].append(run_child("annual", folder, out / "annual.xlsx"))
    base = statistics.median(baseline)
    print(f"bare interpreter (python -c pass): median {base * 1000:.0f} ms over {RUNS} runs")
    for kind, label in (("season", f"{SEASON} → PDF"), ("annual", f"{YEAR} follow-up → XLSX")):
        phases = {k: statistics.median(r[k] for r in results[kind]) for k in results[kind][0]}
        work = phases["queries"] + phases["render"]
        print(f"\n{label} (median of {RUNS} cold processes)")
        for phase, seconds in phases.items():
            print(f"  {phase:17} {seconds * 1000:7.0f} ms")
        print(
            f"  queries + render  {work * 1000:7.0f} ms  (queries {phases['queries'] / work:.0%})"
        )
        print(f"  wall / bare interpreter: {phases['wall'] / base:.1f}×")
    print(f"\nfiles in {out}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:5])
    else:
        main()
