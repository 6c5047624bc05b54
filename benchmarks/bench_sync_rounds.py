"""Sync rounds of a busy five-site team of four laptops at 1, 10 and 20 years (issue 14, Measure).

Per size (`--years`), the coordinator's database comes from `team_years.py` (the ten-year
benchmark's demo shape over N years, generated once into `benchmarks/out/sync-rounds/` and reused;
the generation time is printed and kept in the JSON). In a work folder under `benchmarks/out/`:

1. The coordinator's laptop (an online copy of the cached database) creates the team and chooses a
   fresh shared folder; three new laptops are set up apart (`first_setup` with one site, as
   demo_team.py does), join with the team code and choose the same folder.
2. Each laptop's first "Synka nu" (`app.sync.sync_folder()`), in the order coordinator, laptop 1,
   2, 3: the coordinator's writes its first bundle; the others' are their FIRST JOIN (each reads
   every bundle already in the folder, then writes its own).
3. `--rounds` rounds, one day each: every laptop records a day of changes through the services
   (300 door clicks through `VisitService.add` as the door makes them, two activities created,
   one activity of the last demo December edited), then each runs "Synka nu" once, same order.

Every "Synka nu" runs in a child process of its own (`python -m benchmarks.bench_sync_rounds
--child`), which opens the laptop's data with a fixed clock (the round's day, 17:00 plus ten
minutes per laptop in the order), notes its resident size before the call (the baseline: Python,
the app's modules and the open App), resets its peak (`/proc/self/clear_refs`) and reads the peak
after the call (`VmHWM`; "own peak" is that minus the baseline). `ru_maxrss` is kept too, but a
child's starts at its parent's resident size when forked (exec keeps the old memory's peak), so
it is not the sync's own. The child's `/proc/self/io` counts the bytes it wrote to disk during
the call (the database, its WAL, the backup the app makes before importing, the bundle). The
parent lists the shared folder before and after the call: the sizes of files new or changed by
it are "bytes written to the folder".

In the fixed order, the last laptop (laptop 3) is the one whose "Synka nu" imports the day's
changes of all three others (the coordinator's reads the others' bundles of the day before).
Door clicks: during laptop 3's first join (the largest import: every full bundle in the folder)
and its "Synka nu" of round 1, a thread of the importing child clicks the door every 50 ms
(`VisitService.add` on the same App, as the window's thread would while a sync runs on a worker;
the app holds no lock against that); each click is timed until it returns (durably committed).
Idle clicks (40, 50 ms apart, just before those calls) give the usual figure. The clicks add
visits to that laptop (they travel on in its bundle; they are left out of the baselines).

Baselines, in the same run, with a raw `sqlite3` connection and the app's pragmas (WAL,
synchronous=FULL, foreign_keys=ON, deferred), tuples in memory, `executemany`, one transaction:
- first join: every row laptop 3 holds after its first join (its change journal left out),
  inserted into an empty copy of its schema (no triggers);
- a round: the rows laptop 3's "Synka nu" added or changed (its database diffed row by row
  against a copy from just before), upserted into that copy (triggers dropped).
Each sync figure is also given as a ratio to its baseline.

    PYTHONPATH=.:src python -m benchmarks.bench_sync_rounds [--years 1 10 20] [--rounds 3]
        [--out benchmarks/out/sync_rounds.json] [--no-clicks] [--keep]

The JSON keeps everything per call (a call that raised keeps its error text instead); the
markdown table is printed at the end. Nothing about time is asserted.
"""

import argparse
import datetime as dt
import json
import math
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks.team_years import OUT, ensure_years_db
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.services.activities import ActivityChanges, ActivityInput
from vanskapshuset.store.database import PRAGMAS

ROOT = Path(__file__).resolve().parent.parent
LAPTOPS = ("Koordinator", "Laptop 1", "Laptop 2", "Laptop 3")
JOIN_DAY = dt.date(2026, 1, 12)  # a Monday after the demo's last year (generated 2026-01-09)
VISITS_PER_DAY = 300  # door clicks per laptop and round
ACTIVITIES_PER_DAY = 2
CLICK_EVERY = 0.05  # seconds between door clicks during an import
IDLE_CLICKS = 40
CHILD_TIMEOUT = 3600
RESULT_MARK = "SYNC-ROUNDS-RESULT "
SKIPPED_TABLES = ("change_journal",)  # filled by triggers; the raw baselines write no journal


# -- the child: one "Synka nu" -------------------------------------------------------------------


def max_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_kib(field: str) -> int | None:
    """VmRSS (resident now) or VmHWM (peak resident since exec or the last reset), in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Sets VmHWM back to the present resident size (Linux 4.0+), so the next peak is the
    call's own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def io_counters() -> dict[str, int]:
    try:
        pairs = (line.split(":") for line in Path("/proc/self/io").read_text().splitlines())
        return {key.strip(): int(value) for key, value in pairs}
    except (OSError, ValueError):
        return {}


def quantile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def click_summary(waits: list[float], errors: list[str]) -> dict[str, Any]:
    def ms(value: float | None) -> float | None:
        return None if value is None else round(value * 1000, 3)

    return {
        "clicks": len(waits),
        "median_ms": ms(statistics.median(waits)) if waits else None,
        "p99_ms": ms(quantile(waits, 0.99)),
        "worst_ms": ms(max(waits)) if waits else None,
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
    }


def door_site(app: App) -> str:
    sites = sorted(app.sites.list(), key=lambda site: site.name)
    return next((s.id for s in sites if s.name == "Vänskapshuset"), sites[0].id)


class DoorClicker(threading.Thread):
    """A door click (`VisitService.add`, as the door's button) every CLICK_EVERY seconds, each
    timed, until stopped; a click that raises is counted with its wait."""

    def __init__(self, app: App, site_id: str) -> None:
        super().__init__(daemon=True)
        self.app, self.site_id = app, site_id
        self.waits: list[float] = []
        self.errors: list[str] = []
        self.ids: list[str] = []  # the visits it added (left out of the raw baselines)
        self.stopping = threading.Event()

    def click(self) -> None:
        started = time.perf_counter()
        try:
            self.ids += self.app.visits.add(self.site_id, "girl", "10-13")
        except Exception as error:  # a locked database after the busy timeout, for one
            self.errors.append(f"{type(error).__name__}: {error}")
        self.waits.append(time.perf_counter() - started)

    def run(self) -> None:
        due = time.perf_counter()
        while not self.stopping.is_set():
            self.click()
            due += CLICK_EVERY
            self.stopping.wait(max(0.0, due - time.perf_counter()))
            due = max(due, time.perf_counter() - CLICK_EVERY)  # no burst after a long wait


def describe_sync(outcome: Any) -> dict[str, Any]:
    """The FolderSyncResult as plain data (read with getattr: the rewrite may add fields)."""
    imported = [
        {
            name: getattr(result, name, None)
            for name in (
                "file_name",
                "device_name",
                "already_imported",
                "visits_new",
                "visits_known",
                "records_new",
                "records_updated",
                "records_unchanged",
            )
        }
        | {"conflicts": len(getattr(result, "conflicts", ()) or ())}
        for result in getattr(outcome, "imported", ())
    ]
    written = getattr(outcome, "written", None)
    return {
        "imported": imported,
        "recognised": list(getattr(outcome, "recognised", ())),
        "skipped": [
            {"file": getattr(s, "file_name", None), "reason": getattr(s, "reason", str(s))}
            for s in getattr(outcome, "skipped", ())
        ],
        "written": None
        if written is None
        else {
            name: getattr(written, name, None)
            for name in ("visits", "records", "size_bytes", "unchanged")
        }
        | {"path": str(getattr(written, "path", ""))},
    }


def child(spec: dict[str, Any]) -> dict[str, Any]:
    """One "Synka nu" on the laptop in `spec["folder"]` at `spec["at"]`, measured."""
    report: dict[str, Any] = {"error": None}
    clock = FixedClock(dt.datetime.fromisoformat(spec["at"]))
    app = open_app(Path(spec["folder"]), clock=clock, actor=spec["actor"], backup_now=False)
    try:
        clicker = idle = None
        if spec.get("clicks"):
            site_id = door_site(app)
            idle = DoorClicker(app, site_id)
            for _ in range(IDLE_CLICKS):
                idle.click()
                time.sleep(CLICK_EVERY)
            report["idle_clicks"] = click_summary(idle.waits, idle.errors)
            clicker = DoorClicker(app, site_id)
        report["baseline_maxrss_kib"] = max_rss_kib()
        report["baseline_rss_kib"] = memory_kib("VmRSS")
        report["baseline_hwm_kib"] = memory_kib("VmHWM")
        report["peak_reset"] = reset_peak()
        io_before = io_counters()
        if clicker is not None:
            clicker.start()
        started = time.perf_counter()
        try:
            outcome = app.sync.sync_folder()
        except Exception as error:
            report["error"] = f"{type(error).__name__}: {error}"
            report["traceback"] = traceback.format_exc()
        else:
            report["sync"] = describe_sync(outcome)
        report["seconds"] = time.perf_counter() - started
        io_after = io_counters()
        if clicker is not None:
            clicker.stopping.set()
            clicker.join()
            report["clicks"] = click_summary(clicker.waits, clicker.errors)
            report["click_visit_ids"] = (idle.ids if idle else []) + clicker.ids
        # ru_maxrss of a child starts at its parent's resident size when it was forked (exec
        # keeps the old memory's peak): VmHWM is this process's own, reset before the call.
        report["peak_maxrss_kib"] = max_rss_kib()
        report["peak_kib"] = memory_kib("VmHWM")
        if report["peak_kib"] is not None and report["baseline_rss_kib"] is not None:
            report["own_peak_kib"] = report["peak_kib"] - report["baseline_rss_kib"]
        for key in ("write_bytes", "read_bytes", "wchar"):
            if key in io_before and key in io_after:
                report[f"io_{key}"] = io_after[key] - io_before[key]
    finally:
        app.close()
    return report


# -- the parent: laptops, rounds, measurements ---------------------------------------------------


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for path in folder.iterdir():
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            found[path.name] = (stat.st_size, stat.st_mtime_ns)
    return found


def bytes_written(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> int:
    return sum(size for name, (size, mtime) in after.items() if before.get(name) != (size, mtime))


def run_child(spec: dict[str, Any], shared: Path) -> dict[str, Any]:
    """Runs `child(spec)` in a fresh interpreter (the parent's sys.path, so the same code)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    before = listing(shared)
    command = [sys.executable, "-m", "benchmarks.bench_sync_rounds", "--child", json.dumps(spec)]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        report: dict[str, Any] = {"error": f"timed out after {CHILD_TIMEOUT} s"}
    else:
        lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
        if lines:
            report = json.loads(lines[-1][len(RESULT_MARK) :])
        else:
            report = {"error": f"child exited {done.returncode}: {done.stderr.strip()[-2000:]}"}
    report["process_seconds"] = time.perf_counter() - started
    report["shared_bytes_written"] = bytes_written(before, listing(shared))
    report["shared_folder_bytes"] = sum(size for size, _ in listing(shared).values())
    return report


def copy_database(source: Path, folder: Path) -> None:
    """An online copy of the data folder's database into `folder` (as bench_backup does)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    reader = sqlite3.connect(database_path(source))
    writer = sqlite3.connect(database_path(folder))
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def snapshot(folder: Path, target: Path) -> Path:
    """A copy of a closed laptop's database file, for a baseline."""
    reader = sqlite3.connect(database_path(folder))
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
    return target


def moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=STOCKHOLM)


def set_up_team(root: Path, source: Path, shared: Path) -> tuple[list[Path], dict[str, Any]]:
    """The coordinator's copy makes the team; three new laptops join it; all choose `shared`."""
    folders = [root / f"laptop{number}" for number in range(len(LAPTOPS))]
    timings: dict[str, Any] = {}
    started = time.perf_counter()
    copy_database(source, folders[0])
    timings["copy_coordinator_seconds"] = time.perf_counter() - started
    clock = FixedClock(moment(JOIN_DAY, 7))
    started = time.perf_counter()
    app = open_app(folders[0], clock=clock, actor=LAPTOPS[0], backup_now=False)
    try:
        code = app.sync.create_team(LAPTOPS[0]).code
        assert code is not None
        app.sync.set_folder(shared)
    finally:
        app.close()
    timings["create_team_seconds"] = time.perf_counter() - started
    for name, folder in zip(LAPTOPS[1:], folders[1:], strict=True):
        app = open_app(folder, clock=clock, actor=name, backup_now=False)
        try:
            app.setup.first_setup([("Vänskapshuset", "indoor")], name)
            app.sync.join_team(code, name)
            app.sync.set_folder(shared)
        finally:
            app.close()
    return folders, timings


def record_day(folder: Path, number: int, day: dt.date, rng: random.Random) -> dict[str, Any]:
    """One busy day on one laptop, through the services: door clicks, activities, an edit."""
    clock = FixedClock(moment(day, 10))
    app = open_app(folder, clock=clock, actor=LAPTOPS[number], backup_now=False)
    try:
        sites = sorted(app.sites.list(), key=lambda site: site.name)
        site = sites[number % len(sites)]
        bands = [band.code for band in app.age_bands.list()]
        waits = []
        step = dt.timedelta(hours=6) / VISITS_PER_DAY
        for _ in range(VISITS_PER_DAY):
            clock.advance(step)
            started = time.perf_counter()
            app.visits.add(site.id, rng.choice(("girl", "boy")), rng.choice(bands))
            waits.append(time.perf_counter() - started)
        types = [kind.id for kind in app.activity_types.list()]
        clock.set(moment(day, 16, 30))
        for count in range(ACTIVITIES_PER_DAY):
            app.activities.create(
                ActivityInput(
                    site_id=site.id,
                    date=day,
                    start=dt.time(14 + count),
                    end=dt.time(15 + count),
                    title=f"Dagens aktivitet {count + 1} ({LAPTOPS[number]})",
                    type_id=rng.choice(types),
                    participants=(
                        ParticipantCount(Gender.GIRL, rng.choice(bands), rng.randint(1, 9)),
                        ParticipantCount(Gender.BOY, rng.choice(bands), rng.randint(1, 9)),
                    ),
                    leader_count=2,
                    note="Från bänken.",
                )
            )
        december = app.activities.list(dt.date(2025, 12, 1), dt.date(2025, 12, 31))
        edited = None
        if december:
            edited = december[rng.randrange(len(december))].id
            app.activities.edit(
                edited, ActivityChanges(leader_count=rng.randint(1, 5), note=f"Rättat {day}.")
            )
    finally:
        app.close()
    return {
        "visits": VISITS_PER_DAY,
        "click_median_ms": round(statistics.median(waits) * 1000, 3),
        "click_p99_ms": round((quantile(waits, 0.99) or 0) * 1000, 3),
        "activities": ACTIVITIES_PER_DAY,
        "edited": edited,
    }


# -- raw sqlite3 baselines -----------------------------------------------------------------------


def _tables(connection: sqlite3.Connection, schema: str = "main") -> list[str]:
    names = connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    return [name for (name,) in names if name not in SKIPPED_TABLES]


def _columns(connection: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


Rows = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def without(rows: Rows, skipped: set[str]) -> Rows:
    """`rows` less those whose id is in `skipped` (the visits the door-click thread added)."""
    kept: Rows = {}
    for table, (columns, table_rows) in rows.items():
        if skipped and "id" in columns:
            at = columns.index("id")
            table_rows = [row for row in table_rows if row[at] not in skipped]
        if table_rows:
            kept[table] = (columns, table_rows)
    return kept


def all_rows(database: Path) -> Rows:
    """Every row of every table but the journal (what a first join brought, nearly all)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = {}
        for table in _tables(connection):
            columns = _columns(connection, table)
            query = f'SELECT {_quoted(columns)} FROM "{table}"'
            rows[table] = (columns, connection.execute(query).fetchall())
        return rows
    finally:
        connection.close()


def changed_rows(before: Path, after: Path) -> Rows:
    """The rows of `after` not in `before` as they are (new, or changed in any column)."""
    connection = sqlite3.connect(f"file:{after}?mode=ro", uri=True)
    try:
        connection.execute("ATTACH DATABASE ? AS old", (f"file:{before}?mode=ro",))
        rows = {}
        old_tables = set(_tables(connection, "old"))
        for table in _tables(connection):
            columns = _columns(connection, table)
            listed = _quoted(columns)
            if table not in old_tables:
                query = f'SELECT {listed} FROM "{table}"'
            else:
                same = " AND ".join(f'o."{c}" IS n."{c}"' for c in columns)
                picked = ", ".join(f'n."{c}"' for c in columns)
                query = (
                    f"SELECT {picked} "
                    f'FROM main."{table}" AS n WHERE NOT EXISTS '
                    f'(SELECT 1 FROM old."{table}" AS o WHERE o.rowid = n.rowid AND {same})'
                )
            found = connection.execute(query).fetchall()
            if found:
                rows[table] = (columns, found)
        return rows
    finally:
        connection.close()


def empty_schema(source: Path, target: Path) -> None:
    """Tables and indexes of `source` in a new file (no triggers: a raw insert)."""
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        statements = reader.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid"
        ).fetchall()
        for (statement,) in statements:
            writer.execute(statement)
        writer.commit()
    finally:
        writer.close()
        reader.close()


def drop_triggers(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for (name,) in names.fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.commit()
    finally:
        connection.close()


def raw_insert(database: Path, rows: Rows, upsert: bool) -> float:
    """Seconds to write `rows` with a raw connection and the app's pragmas, one transaction."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            connection.execute(pragma).fetchall()
        statements = {}
        for table, (columns, _) in rows.items():
            statement = (
                f'INSERT INTO "{table}" ({_quoted(columns)}) '
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            if upsert:
                updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns)
                statement += f" ON CONFLICT DO UPDATE SET {updates}"
            statements[table] = statement
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("PRAGMA defer_foreign_keys = ON")
        for table, (_, table_rows) in rows.items():
            connection.executemany(statements[table], table_rows)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def baseline(target: Path, rows: Rows, upsert: bool) -> dict[str, Any]:
    counts = {table: len(table_rows) for table, (_, table_rows) in rows.items()}
    report: dict[str, Any] = {"rows": sum(counts.values()), "rows_per_table": counts}
    try:
        report["seconds"] = raw_insert(target, rows, upsert)
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {error}"
    return report


def join_baseline(joined: Path, scratch: Path, skipped: set[str]) -> dict[str, Any]:
    target = scratch / "raw-join.sqlite"
    target.unlink(missing_ok=True)
    empty_schema(database_path(joined), target)
    try:
        return baseline(target, without(all_rows(database_path(joined)), skipped), upsert=False)
    finally:
        target.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)


def round_baseline(before: Path, after: Path, skipped: set[str]) -> dict[str, Any]:
    try:
        rows = without(changed_rows(before, database_path(after)), skipped)
        drop_triggers(before)
        return baseline(before, rows, upsert=True)
    finally:
        before.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{before}{suffix}").unlink(missing_ok=True)


def guarded(action: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        return action(*args, **kwargs)
    except Exception as error:
        return {"error": f"{type(error).__name__}: {error}", "traceback": traceback.format_exc()}


# -- one size ------------------------------------------------------------------------------------


def run_size(years: int, rounds: int, clicks: bool, keep: bool) -> dict[str, Any]:
    began = time.perf_counter()
    report: dict[str, Any] = {"years": years, "rounds": []}
    started = time.perf_counter()
    source, made = ensure_years_db(years)
    report["cache"] = made | {"ready_seconds": round(time.perf_counter() - started, 1)}
    report["coordinator_db_bytes"] = database_path(source).stat().st_size
    root = OUT / f"sync-rounds-work-{years}y"
    shutil.rmtree(root, ignore_errors=True)
    shared = root / "shared"
    shared.mkdir(parents=True)
    try:
        folders, report["setup"] = set_up_team(root, source, shared)
        joins = []
        for number, folder in enumerate(folders):
            last = number == len(folders) - 1
            spec = {
                "folder": str(folder),
                "at": moment(JOIN_DAY, 8, 10 * number).isoformat(),
                "actor": LAPTOPS[number],
                "clicks": clicks and last,
            }
            call = run_child(spec, shared) | {"laptop": LAPTOPS[number], "first_join": number > 0}
            if last:
                skipped = set(call.get("click_visit_ids", ()))
                call["baseline"] = guarded(join_baseline, folder, root, skipped)
            joins.append(call)
            print(f"  {years} y, first sync of {LAPTOPS[number]}: {brief(call)}", flush=True)
        report["first_syncs"] = joins
        rng = random.Random(years)
        for number in range(1, rounds + 1):
            day = JOIN_DAY + dt.timedelta(days=number)
            this: dict[str, Any] = {"round": number, "day": day.isoformat(), "changes": []}
            for laptop, folder in enumerate(folders):
                this["changes"].append(guarded(record_day, folder, laptop, day, rng))
            calls = []
            for laptop, folder in enumerate(folders):
                # The last in the order imports this round's changes of the other three.
                last = laptop == len(folders) - 1
                before = snapshot(folder, root / "before.sqlite") if last else None
                spec = {
                    "folder": str(folder),
                    "at": moment(day, 17, 10 * laptop).isoformat(),
                    "actor": LAPTOPS[laptop],
                    "clicks": clicks and number == 1 and last,
                }
                call = run_child(spec, shared) | {"laptop": LAPTOPS[laptop]}
                if before is not None:
                    skipped = set(call.get("click_visit_ids", ()))
                    call["baseline"] = guarded(round_baseline, before, folder, skipped)
                calls.append(call)
                print(f"  {years} y, round {number}, {LAPTOPS[laptop]}: {brief(call)}", flush=True)
            this["syncs"] = calls
            report["rounds"].append(this)
        report["laptop_db_bytes"] = [database_path(f).stat().st_size for f in folders]
    except Exception as error:
        report["error"] = f"{type(error).__name__}: {error}"
        report["traceback"] = traceback.format_exc()
        print(f"  {years} y stopped: {report['error']}", flush=True)
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    report["run_seconds"] = round(time.perf_counter() - began, 1)
    report["summary"] = summarise(report)
    return report


def brief(call: dict[str, Any]) -> str:
    if call.get("error"):
        return f"ERROR {call['error']}"
    text = (
        f"{call.get('seconds', 0):.2f} s, own peak {call.get('own_peak_kib', 0) / 1024:.0f} MB, "
        f"{call.get('shared_bytes_written', 0) / 1e6:.2f} MB written to the folder"
    )
    if "clicks" in call:
        text += f", clicks p99 {call['clicks']['p99_ms']} ms worst {call['clicks']['worst_ms']} ms"
    if call.get("baseline", {}).get("seconds"):
        text += f", raw insert {call['baseline']['seconds']:.3f} s"
    return text


# -- summary -------------------------------------------------------------------------------------


def _ok(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call for call in calls if not call.get("error") and "seconds" in call]


def _mb(kib: Any) -> float | None:
    return None if kib is None else round(kib / 1024, 1)


def _largest(calls: list[dict[str, Any]], key: str) -> Any:
    found = [call[key] for call in calls if call.get(key) is not None]
    return max(found) if found else None


def _against_raw(call: dict[str, Any], into: dict[str, Any], prefix: str) -> None:
    raw = call.get("baseline", {})
    if raw.get("seconds") and not call.get("error"):
        into[f"{prefix}_raw_insert_s"] = round(raw["seconds"], 4)
        into[f"{prefix}_raw_rows"] = raw["rows"]
        into[f"{prefix}_s"] = round(call["seconds"], 2)
        into[f"{prefix}_vs_raw"] = round(call["seconds"] / raw["seconds"], 1)
    elif raw.get("error"):
        into[f"{prefix}_raw_error"] = raw["error"]


def summarise(report: dict[str, Any]) -> dict[str, Any]:
    summary: dict[str, Any] = {"years": report["years"]}
    cache = report.get("cache", {})
    summary["visits"] = cache.get("visits")
    summary["generation_s"] = cache.get("generation_seconds")
    summary["db_mb"] = round(report.get("coordinator_db_bytes", 0) / 1e6, 1)
    summary["run_s"] = report.get("run_seconds")
    syncs = report.get("first_syncs", [])
    summary["errors"] = [c["error"] for c in syncs if c.get("error")]
    joins = _ok([c for c in syncs if c.get("first_join")])
    first = _ok([c for c in syncs if not c.get("first_join")])
    if first:
        summary["coordinator_first_sync_s"] = round(first[0]["seconds"], 2)
        summary["bundle_mb"] = round(first[0]["shared_bytes_written"] / 1e6, 2)
        summary["coordinator_first_sync_own_peak_mb"] = _mb(first[0].get("own_peak_kib"))
    if joins:
        summary["first_join_s"] = [round(c["seconds"], 2) for c in joins]
        summary["first_join_own_peak_mb"] = [_mb(c.get("own_peak_kib")) for c in joins]
        summary["first_join_peak_mb_max"] = _mb(_largest(joins, "peak_kib"))
        summary["first_join_disk_write_mb"] = [
            round(c.get("io_write_bytes", 0) / 1e6, 1) for c in joins
        ]
        last = syncs[-1]
        _against_raw(last, summary, "last_join")
        if "clicks" in last:
            summary["join_clicks"] = last["clicks"]
            summary["join_idle_clicks"] = last.get("idle_clicks")
    rounds = []
    for this in report.get("rounds", []):
        summary["errors"] += [c["error"] for c in this.get("syncs", []) if c.get("error")]
        summary["errors"] += [c["error"] for c in this.get("changes", []) if c.get("error")]
        calls = _ok(this.get("syncs", []))
        if not calls:
            rounds.append({"round": this["round"], "error": "no sync succeeded"})
            continue
        seconds = [c["seconds"] for c in calls]
        line: dict[str, Any] = {
            "round": this["round"],
            "syncs_ok": len(calls),
            "shared_bytes_written": sum(c["shared_bytes_written"] for c in calls),
            "disk_write_bytes": sum(c.get("io_write_bytes", 0) for c in calls),
            "round_s": round(sum(seconds), 2),
            "synka_nu_s_median": round(statistics.median(seconds), 2),
            "synka_nu_s_max": round(max(seconds), 2),
            "own_peak_mb_max": _mb(_largest(calls, "own_peak_kib")),
            "peak_mb_max": _mb(_largest(calls, "peak_kib")),
        }
        last = this["syncs"][-1]
        _against_raw(last, line, "last")
        if "clicks" in last:
            line["clicks"] = last["clicks"]
            line["idle_clicks"] = last.get("idle_clicks")
        rounds.append(line)
    summary["rounds"] = rounds
    return summary


def _value(number: Any, pattern: str = "{:.2f}") -> str:
    return "–" if number is None else pattern.format(number)


def _clicks(found: dict[str, Any] | None) -> str:
    if not found:
        return "–"
    text = (
        f"{found['clicks']}: {_value(found['median_ms'], '{:.0f}')} / "
        f"{_value(found['p99_ms'], '{:.0f}')} / {_value(found['worst_ms'], '{:.0f}')} ms"
    )
    return text + (f" ({found['errors']} failed)" if found.get("errors") else "")


def _ratio(into: dict[str, Any], prefix: str) -> str:
    if f"{prefix}_vs_raw" not in into:
        return into.get(f"{prefix}_raw_error", "–")
    raw = into[f"{prefix}_raw_insert_s"]
    shown = f"{raw:.2f} s" if raw >= 1 else f"{raw * 1000:.0f} ms"
    return f"{into[f'{prefix}_vs_raw']:.1f}× ({shown}, {into[f'{prefix}_raw_rows']:,} rows)"


def markdown(reports: list[dict[str, Any]]) -> str:
    """Two tables, years × figures: the first "Synka nu" of each laptop, then the rounds."""
    lines = [
        "| years | visits | DB MB | bundle MB | coordinator's first Synka nu "
        "| first join s (laptops 1, 2, 3) | first join: own peak MB (max) "
        "| last join / raw insert | clicks during the last join: n: median / p99 / worst |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for report in reports:
        s = report["summary"]
        joins = ", ".join(f"{x:.1f}" for x in s.get("first_join_s", [])) or "–"
        peaks = [x for x in s.get("first_join_own_peak_mb", []) if x is not None]
        lines.append(
            f"| {s['years']} | {_value(s.get('visits'), '{:,}')} "
            f"| {_value(s.get('db_mb'), '{:.0f}')} | {_value(s.get('bundle_mb'), '{:.1f}')} "
            f"| {_value(s.get('coordinator_first_sync_s'), '{:.1f}')} s | {joins} "
            f"| {_value(max(peaks) if peaks else None, '{:.0f}')} | {_ratio(s, 'last_join')} "
            f"| {_clicks(s.get('join_clicks'))} |"
        )
    lines += [
        "",
        "| years | round | MB written to the folder | MB written to disk | round s (4 laptops) "
        "| Synka nu s median / max | own peak MB (max) | last laptop / raw insert "
        "| clicks during its import: n: median / p99 / worst |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for report in reports:
        for r in report["summary"].get("rounds", []):
            if "round_s" not in r:
                lines.append(f"| {report['years']} | {r['round']} | {r.get('error')} ||||||||")
                continue
            lines.append(
                f"| {report['years']} | {r['round']} | {r['shared_bytes_written'] / 1e6:.1f} "
                f"| {r['disk_write_bytes'] / 1e6:.0f} | {r['round_s']:.1f} "
                f"| {r['synka_nu_s_median']:.1f} / {r['synka_nu_s_max']:.1f} "
                f"| {_value(r.get('own_peak_mb_max'), '{:.0f}')} | {_ratio(r, 'last')} "
                f"| {_clicks(r.get('clicks'))} |"
            )
    idle = [
        c
        for report in reports
        for c in [report["summary"].get("join_idle_clicks")]
        + [r.get("idle_clicks") for r in report["summary"].get("rounds", [])]
        if c
    ]
    if idle:
        lines += ["", "Idle clicks (before those calls): " + "; ".join(map(_clicks, idle))]
    return "\n".join(lines)


def code_version() -> dict[str, Any]:
    import vanskapshuset

    found: dict[str, Any] = {"vanskapshuset": str(Path(vanskapshuset.__file__).parent)}
    try:
        found["commit"] = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=Path(vanskapshuset.__file__).parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        found["commit"] = None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 20])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT / "sync_rounds.json")
    parser.add_argument("--no-clicks", action="store_true", help="no door clicks during imports")
    parser.add_argument("--keep", action="store_true", help="keep the laptops' work folders")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(RESULT_MARK + json.dumps(child(json.loads(args.child))), flush=True)
        return
    began = time.perf_counter()
    results: dict[str, Any] = {
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "code": code_version(),
        "cores": os.cpu_count(),
        "load_average": os.getloadavg(),
        "settings": {
            "rounds": args.rounds,
            "visits_per_laptop_and_round": VISITS_PER_DAY,
            "activities_per_laptop_and_round": ACTIVITIES_PER_DAY,
            "click_every_s": CLICK_EVERY if not args.no_clicks else None,
            "laptops": LAPTOPS,
        },
        "sizes": [],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for years in args.years:
        print(f"{years} years:", flush=True)
        report = run_size(years, args.rounds, not args.no_clicks, args.keep)
        results["sizes"].append(report)
        results["run_seconds"] = round(time.perf_counter() - began, 1)
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str))
        print(markdown([report]), flush=True)
    results["markdown"] = markdown(results["sizes"])
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str))
    print()
    print(results["markdown"])
    print(f"\nwritten to {args.out}; {time.perf_counter() - began:.0f} s in all")


if __name__ == "__main__":
    main()
