"""`stats` for one year on the ten-year, five-site database, with the query plans.

Baseline in the same run: one plain `SELECT count(*)` over that year's visits through the same
covering index, i.e. the least work any correct answer has to do.
"""

import datetime as dt
import sqlite3
import statistics
import time

from sqlalchemy import event, func, select

from benchmarks.tenyear import FIXED_NOW, ensure_ten_year_db
from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import FixedClock
from vanskapshuset.paths import database_path
from vanskapshuset.store.models import Activity, Visit

YEAR = 2024
RUNS = 7


def main() -> None:
    folder = ensure_ten_year_db()
    app = open_app(folder, clock=FixedClock(FIXED_NOW), actor="benchmark")
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    with app.db.read() as session:
        totals = (
            session.scalar(select(func.count()).select_from(Visit)),
            session.scalar(select(func.count()).select_from(Activity)),
        )
    print(f"database: {totals[0]} visit events, {totals[1]} activities, 5 sites, 10 years")

    stats_times, baseline_times = [], []
    raw = sqlite3.connect(database_path(folder))
    for _ in range(RUNS):
        started = time.perf_counter()
        stats = app.statistics.period(start, end)
        stats_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw.execute(
            "SELECT count(*) FROM visit WHERE local_date BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        ).fetchone()
        baseline_times.append(time.perf_counter() - started)
    print(
        f"stats {YEAR}: {stats.visits} visits, {stats.activities} activities, "
        f"{stats.days_open} open days"
    )
    print(f"  stats median {statistics.median(stats_times) * 1000:7.1f} ms (of {RUNS} runs)")
    print(f"  baseline count(*) median {statistics.median(baseline_times) * 1000:7.1f} ms")
    print(f"  ratio {statistics.median(stats_times) / statistics.median(baseline_times):.1f}×")

    print("\nquery plans (EXPLAIN QUERY PLAN of every statement stats runs):")
    statements: list[tuple[str, tuple[object, ...]]] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append((statement, parameters))

    event.listen(app.db.engine, "before_cursor_execute", capture)
    app.statistics.period(start, end)
    event.remove(app.db.engine, "before_cursor_execute", capture)
    for statement, parameters in statements:
        if not statement.lstrip().upper().startswith("SELECT"):
            continue
        print("\n" + " ".join(statement.split())[:160] + " …")
        for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters):
            print("   ", row[3])
    raw.close()
    app.close()


if __name__ == "__main__":
    main()
