"""What checking every value (sync/row_checks.py) adds to importing a one-year demo bundle.

A coordinator's laptop is filled with one year of demo data (services/demo.py) and exports its
bundle; a laptop of the same team imports it, each run on a fresh copy of its database, through
`app.sync.import_file` (everything: seal, reading, the checks, the merge, the commit). Alone,
`check_values` on the bundle already read. Medians of interleaved runs; the ratio is the checks'
time against the whole import's.

    python -m benchmarks.bench_row_checks [--runs 5]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.demo_team import demo_team, open_copy
from vanskapshuset.sync.bundle_reader import read_bundle
from vanskapshuset.sync.row_checks import check_values
from vanskapshuset.sync.team_code import key_from_code, team_id

OUT = Path(__file__).parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as temporary:
        root = Path(temporary)
        source, code = demo_team(root)
        bundle_path = root / "demo.vhsync"
        source.sync.export_bundle(bundle_path)
        source.close()
        data = bundle_path.read_bytes()
        key = key_from_code(code)
        imports: list[float] = []
        checks: list[float] = []
        for run in range(runs):
            app = open_copy(root, f"run{run}")
            started = time.perf_counter()
            result = app.sync.import_file(bundle_path)
            imports.append(time.perf_counter() - started)
            bundle = read_bundle(data, bundle_path.name, key, team_id(key))
            started = time.perf_counter()
            check_values(bundle, bundle_path.name, app.db)
            checks.append(time.perf_counter() - started)
            app.close()
        whole, checked = statistics.median(imports), statistics.median(checks)
        print(f"bundle: {len(data) / 1e6:.1f} MB, {result.visits_new} visits new")
        print(f"import (with the checks): {whole * 1000:.0f} ms (median of {runs})")
        print(f"check_values alone:       {checked * 1000:.0f} ms")
        print(f"ratio with / without:     {whole / (whole - checked):.3f}")


if __name__ == "__main__":
    main()
