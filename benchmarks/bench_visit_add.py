"""One visit added through the service (durable commit each) vs. a raw sqlite3 insert + commit.

Both write to a fresh database file with the same pragmas (WAL, synchronous=FULL), alternating in
blocks so machine noise hits both alike. Prints median, p99 and their ratios.
"""

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.store.database import PRAGMAS


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def raw_adder(path: Path) -> tuple[Callable[[], None], sqlite3.Connection]:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma).fetchall()
    connection.execute(
        "CREATE TABLE visit (id TEXT PRIMARY KEY, site_id TEXT, occurred_at TEXT, local_date TEXT,"
        " gender TEXT, age_band TEXT, age_min INT, age_max INT, delta INT, corrects_id TEXT,"
        " leader_id TEXT, source TEXT, device_id TEXT)"
    )
    connection.execute(
        "CREATE INDEX ix_visit_stats ON visit (local_date, site_id, gender, age_band, delta)"
    )

    def add() -> None:
        moment = dt.datetime.now(STOCKHOLM)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO visit VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                str(uuid.uuid4()),
                "site",
                moment.isoformat(),
                moment.date().isoformat(),
                "girl",
                "7-9",
                7,
                9,
                1,
                None,
                None,
                "door",
                "device",
            ),
        )
        connection.execute("COMMIT")

    return add, connection


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder) / "app", actor="benchmark")
        site = app.sites.add("Vänskapsparken", "outdoor")
        raw_add, raw_connection = raw_adder(Path(folder) / "raw.sqlite")
        service_times: list[float] = []
        raw_times: list[float] = []
        for _ in range(args.count // 100):
            for _ in range(100):
                started = time.perf_counter()
                app.visits.add(site.id, "girl", "7-9")
                service_times.append(time.perf_counter() - started)
            for _ in range(100):
                started = time.perf_counter()
                raw_add()
                raw_times.append(time.perf_counter() - started)
        raw_connection.close()
        app.close()
    rows = [
        ("service", statistics.median(service_times), percentile(service_times, 0.99)),
        ("raw sqlite3", statistics.median(raw_times), percentile(raw_times, 0.99)),
    ]
    print(f"{len(service_times)} adds each, a durable commit per add")
    for name, median, p99 in rows:
        print(f"  {name:12} median {median * 1000:6.3f} ms   p99 {p99 * 1000:6.3f} ms")
    print(
        f"  ratio service/raw: median {rows[0][1] / rows[1][1]:.2f}×, "
        f"p99 {rows[0][2] / rows[1][2]:.2f}×"
    )


if __name__ == "__main__":
    main()
