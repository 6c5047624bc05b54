"""Exporting and importing a one-year demo bundle, through the services only (issue 14, part 6).

A coordinator's laptop is filled with one year of demo data (services/demo.py); each run it
exports its bundle (`app.sync.export_bundle`, timed) and a laptop of the same team imports it on a
fresh copy of its database (`app.sync.import_file`, timed). Only public service calls, so the same
file measures the code before and after a change of the bundle format: run it once with the
package of each checkout first on the path and compare the medians.

    python -m benchmarks.bench_bundle_export_import [--runs 7]
    PYTHONPATH=.:/path/to/other/checkout/src python -m benchmarks.bench_bundle_export_import
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import vanskapshuset
from benchmarks.demo_team import demo_team, open_copy

OUT = Path(__file__).parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as temporary:
        root = Path(temporary)
        source, _code = demo_team(root)
        exports: list[float] = []
        imports: list[float] = []
        for run in range(runs):
            bundle_path = root / f"demo{run}.vhsync"
            started = time.perf_counter()
            source.sync.export_bundle(bundle_path)
            exports.append(time.perf_counter() - started)
            app = open_copy(root, f"run{run}")
            started = time.perf_counter()
            result = app.sync.import_file(bundle_path)
            imports.append(time.perf_counter() - started)
            app.close()
        source.close()
        size = bundle_path.stat().st_size
        head = bundle_path.read_bytes()[:7]
        export, imported = statistics.median(exports), statistics.median(imports)
        print(f"package: {Path(vanskapshuset.__file__).parent}")
        print(f"bundle: {size / 1e6:.2f} MB, starts {head!r}, {result.visits_new} visits new")
        print(
            f"export: {export * 1000:.0f} ms, import: {imported * 1000:.0f} ms (medians of {runs})"
        )
        print(f"export + import: {(export + imported) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
