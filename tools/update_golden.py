"""Rewrite the golden report texts (tests/reports/golden/*.txt) from the current code.

    PYTHONPATH=src python tools/update_golden.py

Run it after an intended change of a report's contents, read `git diff tests/reports/golden`
to see that only what you meant changed, and commit the files with the change.
tests/reports/test_golden.py compares every report (season, annual, day, period; PDF and
Word) with them line by line.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    # The builder lives with the tests that compare against it (tests/reports/golden_reports.py).
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "reports")]
    from golden_reports import GOLDEN, NAMES, as_file_text, golden_file, text_lines, write_reports

    GOLDEN.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        written = write_reports(Path(folder))
        for name in NAMES:
            text = as_file_text(text_lines(written[name]))
            target = golden_file(name)
            before = target.read_text(encoding="utf-8") if target.exists() else None
            if before != text:
                target.write_text(text, encoding="utf-8")
            state = "new" if before is None else "changed" if before != text else "unchanged"
            print(f"{target.relative_to(ROOT)}: {state}")
    for stale in sorted(set(GOLDEN.glob("*.txt")) - {golden_file(n) for n in NAMES}):
        stale.unlink()
        print(f"{stale.relative_to(ROOT)}: removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
