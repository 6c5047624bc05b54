"""Importing a sync bundle of 100,000 visits and 5,000 activities: first, and again (issue 6).

A source laptop (three sites, the team's coordinator) holds 100,000 visit events (about 1.5 % of
them undone) and 5,000 activities with their participants and partners, day logs, seasons,
organisations and every audit entry the services write for them. Activities, day logs, edits,
deletions and undos go through the services themselves, batched into a few transactions (the
commits are the only difference); the door clicks are written as VisitService.add writes them,
with one Core executemany. Its bundle is exported (timed, with its size).

A target laptop joined the team with the code and was set up apart with the same site names (its
own seeded defaults, none of the data). On a fresh copy of it each run times, through
`app.sync.import_file`:

- the first import, where everything is new;
- the same file again (recognised by its digest, nothing parsed);
- a re-export of the unchanged source (other bytes, same content): the whole merge runs and finds
  everything known, the real cost of an idempotent import;
- a re-export after one more visit at the door: the steady state of a shared folder, where a
  laptop's bundle is rewritten (and read again by every other laptop) whenever anything changed.

Baselines in the same run, each on a fresh copy of the target's database: a raw `sqlite3`
connection with the app's pragmas (WAL, synchronous=FULL, foreign_keys=ON) inserting exactly the
rows the first import adds (every table, tuples already in memory, `executemany`, one transaction,
foreign keys deferred as the merge does); and the unzip + `json.loads` of the bundle's members,
to tell reading from writing. Medians of interleaved runs; ratios against the raw insert. A
separate measurement splits both imports into phases by calling the reader's and merger's own
functions in the order `Importer.import_path` calls them.

    python -m benchmarks.bench_sync [--runs 5] [--profile]

`--profile` adds a cProfile of one first import (the top functions by own time).
"""

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import json
import pstats
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock, to_local
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender, LeaderRole, VisitSource
from vanskapshuset.paths import database_path
from vanskapshuset.services import demo_catalogue as catalogue
from vanskapshuset.services.activities import ActivityChanges, ActivityInput
from vanskapshuset.services.context import new_id
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.demo import summer_season
from vanskapshuset.store.database import PRAGMAS
from vanskapshuset.store.models import Visit
from vanskapshuset.sync import bundle_reader
from vanskapshuset.sync.bundle_format import MAX_BUNDLE_BYTES
from vanskapshuset.sync.bundle_stream import file_digest, open_file, opened_bundle
from vanskapshuset.sync.clock_guard import check_clock
from vanskapshuset.sync.importing import already_imported
from vanskapshuset.sync.merge import merge_staged
from vanskapshuset.sync.row_checks import check_batch
from vanskapshuset.sync.staging import Staging
from vanskapshuset.sync.tables import SYNCED_TABLES
from vanskapshuset.sync.team_code import key_from_code, team_id

VISITS = 100_000
ACTIVITIES = 5_000
UNDONE_SHARE = 0.015  # door clicks undone a moment later (each undo is one of the visits)
PAPER_SHARE = 0.08  # visits typed in from a paper tally
EDITED_SHARE = 0.05  # activities edited later (other participants, a note)
DELETED_SHARE = 0.01
YEARS = (2023, 2024, 2025)
SITES = (("Vänskapshuset", "indoor"), ("Vänskapsparken", "outdoor"), ("Utflykt", "excursion"))
LEADER_NAMES = ("Amina", "Yusuf", "Sara", "Ali", "Elias", "Leila", "Omar")
SOURCE_START = dt.datetime(2023, 1, 2, 9, 0, tzinfo=STOCKHOLM)
EXPORT_AT = dt.datetime(2026, 1, 15, 8, 0, tzinfo=STOCKHOLM)
TARGET_NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=STOCKHOLM)
OUT = Path(__file__).resolve().parent / "out"


# -- building the source laptop ------------------------------------------------------------------


class _OneTransaction:
    """Stands in for the app's Database so that many service calls share one open transaction.

    The services run unchanged (their checks, stamps, parts and audit entries); only their
    commits are batched: 5,000 activities one durable commit at a time would take minutes.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        yield self.session

    write = read

    @contextlib.contextmanager
    def write_core(self) -> Iterator[Any]:
        yield self.session.connection()


@contextlib.contextmanager
def one_transaction(app: App) -> Iterator[None]:
    database = app.context.db
    with database.write() as session:
        app.context.db = _OneTransaction(session)  # type: ignore[assignment]
        try:
            yield
        finally:
            app.context.db = database


def _clock_time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _gender(rng: random.Random, girls_share: float) -> Gender:
    roll = rng.random()
    if roll < 0.01:
        return Gender.OTHER
    if roll < 0.03:
        return Gender.UNKNOWN
    return Gender.GIRL if rng.random() < girls_share else Gender.BOY


def _activity_plan(rng: random.Random, app: App) -> list[tuple[dt.datetime, ActivityInput]]:
    """5,000 activities over three years: the weekly programme in the house, Bästa sommaren in
    the park and on excursions, and the yearly events; each entered just after it ended.
    The catalogue names sites, types and organisations: the services take their ids."""
    site_id = {site.name: site.id for site in app.sites.list()}
    type_id = {kind.name: kind.id for kind in app.activity_types.list()}
    organisation_id = {
        organisation.name: organisation.id for organisation in app.organisations.list()
    }
    summers = {year: summer_season(year) for year in YEARS}
    days = [
        dt.date(YEARS[0], 1, 1) + dt.timedelta(days=n)
        for n in range((dt.date(YEARS[-1], 12, 31) - dt.date(YEARS[0], 1, 1)).days + 1)
    ]
    weekdays = [day for day in days if day.weekday() < 5]
    plan: list[tuple[dt.datetime, ActivityInput]] = []
    while len(plan) < ACTIVITIES:
        day = rng.choice(weekdays)
        start_of_summer, end_of_summer = summers[day.year]
        if rng.random() < 0.03:
            event = rng.choice(catalogue.YEARLY_EVENTS)
            site = {"outdoor": "Vänskapsparken", "excursion": "Utflykt"}.get(
                event.site_kind, "Vänskapshuset"
            )
            item: Any = event
            ages: tuple[str, ...] = ("7-9", "10-13", "14-17", "26+")
            girls_share = 0.5
        elif start_of_summer <= day <= end_of_summer:
            item = rng.choice(catalogue.SUMMER_ACTIVITIES)
            site = "Utflykt" if item.site_kind == "excursion" else "Vänskapsparken"
            ages, girls_share = item.ages, item.girls_share
        else:
            today = [a for a in catalogue.WEEKLY_ACTIVITIES if a.weekday == day.weekday()]
            item = rng.choice(today or catalogue.WEEKLY_ACTIVITIES)
            site = "Vänskapshuset"
            ages, girls_share = item.ages, item.girls_share
        cells: dict[tuple[Gender, str], int] = {}
        for _ in range(rng.randint(*item.participants)):
            key = (_gender(rng, girls_share), rng.choice(ages))
            cells[key] = cells.get(key, 0) + 1
        partners = set(item.partners)
        if rng.random() < 0.2:
            partners.add(rng.choice(catalogue.PARTNER_ORGANISATIONS).name)
        data = ActivityInput(
            site_id=site_id[site],
            date=day,
            start=_clock_time(item.start),
            end=_clock_time(item.end),
            title=item.title,
            type_id=type_id[item.type_name],
            organiser_id=organisation_id[item.organiser] if item.organiser else None,
            partner_ids=tuple(organisation_id[name] for name in sorted(partners)),
            participants=tuple(ParticipantCount(g, b, n) for (g, b), n in sorted(cells.items())),
            leader_count=rng.randint(1, 4),
            knowledge_exchange=item.knowledge_exchange,
            note=rng.choice(("", "", "", "Många nya barn.", "Regn, flyttade inomhus.")),
        )
        entered = dt.datetime.combine(day, data.end, tzinfo=STOCKHOLM) + dt.timedelta(
            minutes=rng.randint(5, 90)
        )
        plan.append((entered, data))
    plan.sort(key=lambda entry: entry[0])
    return plan


def _visit_rows(
    rng: random.Random,
    app: App,
    open_days: list[tuple[str, dt.date, dt.time, dt.time, dict[str, float], float]],
    leader_ids: list[str],
    bands: dict[str, tuple[int, int | None]],
    count: int,
) -> list[dict[str, Any]]:
    """Door clicks (and a paper tally now and then), row for row as VisitService.add writes."""
    rows: list[dict[str, Any]] = []
    for _ in range(count):
        site_id, day, opens, closes, age_mix, girls_share = rng.choice(open_days)
        span = max(1, (closes.hour - opens.hour) * 60 + closes.minute - opens.minute)
        minute = rng.randrange(span)
        moment = to_local(
            dt.datetime.combine(day, opens, tzinfo=STOCKHOLM)
            + dt.timedelta(minutes=minute, seconds=rng.random() * 60)
        )
        band = rng.choices(list(age_mix), list(age_mix.values()))[0]
        low, high = bands[band]
        source = VisitSource.PAPER if rng.random() < PAPER_SHARE else VisitSource.DOOR
        rows.append(
            {
                "id": new_id(),
                "site_id": site_id,
                "occurred_at": moment,
                "local_date": moment.date(),
                "gender": _gender(rng, girls_share).value,
                "age_band": band,
                "age_min": low,
                "age_max": high,
                "delta": 1,
                "corrects_id": None,
                "leader_id": rng.choice(leader_ids),
                "source": source.value,
                "device_id": app.context.device_id,
            }
        )
    return rows


def build_source(folder: Path) -> App:
    rng = random.Random(6)
    clock = FixedClock(SOURCE_START)
    app = open_app(folder, clock=clock, actor="Maria (samordnare)")
    app.setup.first_setup(SITES, "Maria (samordnare)", LeaderRole.COORDINATOR)
    app.sync.create_team("Koordinatorns dator")
    leader_ids = [app.leaders.add(name).id for name in LEADER_NAMES]
    for organisation in catalogue.PARTNER_ORGANISATIONS:
        app.organisations.add(organisation.name, organisation.kind)
    site_ids = {site.name: site.id for site in app.sites.list()}
    for year in YEARS:
        start, end = summer_season(year)
        app.seasons.add(f"Bästa sommaren {year}", start, end, [site_ids["Vänskapsparken"]])
    bands = {band.code: (band.min_age, band.max_age) for band in app.age_bands.list()}

    plan = _activity_plan(rng, app)
    activity_ids: list[str] = []
    opening: dict[tuple[str, dt.date], tuple[dt.time, dt.time]] = {}
    for _, data in plan:
        if data.site_id != site_ids["Utflykt"]:
            known = opening.get((data.site_id, data.date), (data.start, data.end))
            opening[(data.site_id, data.date)] = (
                min(known[0], data.start),
                max(known[1], data.end),
            )
    with one_transaction(app):
        for entered, data in plan:
            clock.set(entered)
            activity_ids.append(app.activities.create(data))
        for (site, day), (opens, closes) in sorted(opening.items(), key=lambda x: x[0][1]):
            clock.set(dt.datetime.combine(day, closes, tzinfo=STOCKHOLM) + dt.timedelta(hours=1))
            app.day_logs.save(
                DayLogEntry(
                    site,
                    day,
                    True,
                    opens,
                    closes,
                    tuple(sorted(rng.sample(leader_ids, 2))),
                    rng.choice(("", "", "Lugn dag.", "Många nya barn.")),
                )
            )

    park = site_ids["Vänskapsparken"]
    open_days = [
        (
            site,
            day,
            opens,
            closes,
            catalogue.SUMMER_AGE_MIX if site == park else catalogue.INDOOR_AGE_MIX,
            catalogue.SUMMER_GIRLS_SHARE if site == park else 0.45,
        )
        for (site, day), (opens, closes) in opening.items()
    ]
    undone = int(VISITS * UNDONE_SHARE)
    visits = _visit_rows(rng, app, open_days, leader_ids, bands, VISITS - undone)
    with app.db.write_core() as connection:
        for start in range(0, len(visits), 20_000):
            connection.execute(insert(Visit), visits[start : start + 20_000])
    with one_transaction(app):
        for visit in sorted(rng.sample(visits, undone), key=lambda v: v["occurred_at"]):
            clock.set(visit["occurred_at"] + dt.timedelta(seconds=rng.randint(3, 90)))
            app.visits.undo(visit["id"])
        clock.set(dt.datetime(2026, 1, 8, 10, 0, tzinfo=STOCKHOLM))
        changed = rng.sample(activity_ids, int(ACTIVITIES * (EDITED_SHARE + DELETED_SHARE)))
        edited = int(ACTIVITIES * EDITED_SHARE)
        for number, activity_id in enumerate(changed):
            clock.advance(dt.timedelta(minutes=1))
            if number < edited:
                app.activities.edit(
                    activity_id,
                    ActivityChanges(leader_count=rng.randint(1, 5), note="Rättat i efterhand."),
                )
            else:
                app.activities.delete(activity_id)
    return app


def build_target(folder: Path, code: str) -> None:
    """Another laptop, set up apart with the same sites, that joined the team with the code."""
    app = open_app(folder, clock=FixedClock(TARGET_NOW), actor="Hodan")
    app.setup.first_setup(SITES, "Hodan", LeaderRole.YOUTH_LEADER)
    app.sync.join_team(code, "Hodans dator")
    app.close()


# -- measuring -----------------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def timed_import(app: App, path: Path) -> tuple[float, Any]:
    started = time.perf_counter()
    result = app.sync.import_file(path)
    return time.perf_counter() - started, result


def fresh_copy(template: Path, scratch: Path, name: str) -> Path:
    target = scratch / name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template, target)
    return target


def open_target(folder: Path) -> App:
    return open_app(folder, clock=FixedClock(TARGET_NOW), actor="Hodan")


def new_rows(template: Path, bundle: bundle_reader.Bundle) -> dict[str, list[tuple[Any, ...]]]:
    """The bundle's rows that the target does not hold yet: what the first import inserts."""
    connection = sqlite3.connect(database_path(template))
    try:
        rows = {}
        for synced in SYNCED_TABLES:
            known = {row[0] for row in connection.execute(f'SELECT id FROM "{synced.name}"')}
            rows[synced.name] = [tuple(r) for r in bundle.rows[synced.name] if r[0] not in known]
    finally:
        connection.close()
    return rows


def quoted(name: str) -> str:
    return f'"{name}"'


def raw_insert(path: Path, rows: dict[str, list[tuple[Any, ...]]]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            connection.execute(pragma).fetchall()
        statements = {
            synced.name: f'INSERT INTO "{synced.name}" ({", ".join(map(quoted, synced.columns))}) '
            f"VALUES ({', '.join('?' for _ in synced.columns)})"
            for synced in SYNCED_TABLES
        }
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("PRAGMA defer_foreign_keys = ON")
        for table, table_rows in rows.items():
            if table_rows:
                connection.executemany(statements[table], table_rows)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def unpack(data: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: json.loads(archive.read(info)) for info in archive.infolist()}


def phases(app: App, path: Path, key: bytes) -> dict[str, float]:
    """One import split into the steps `Importer.import_path` takes, in order."""
    name, team = path.name, team_id(key)
    marks = [("start", time.perf_counter())]
    file, size = open_file(path, MAX_BUNDLE_BYTES)
    with file:
        digest = file_digest(file, path, MAX_BUNDLE_BYTES)
        marks.append(("read + digest", time.perf_counter()))
        assert already_imported(app.context, digest, name) is None
        scratch = app.db.path.parent
        with Staging(scratch, app.db) as staging:
            with opened_bundle(file, size, name, key, team, scratch) as bundle:
                marks.append(("decrypt into a scratch file", time.perf_counter()))
                device = bundle.manifest.device_name
                for synced in SYNCED_TABLES:
                    for batch in bundle.batches(synced.name):
                        check_batch({synced.name: batch})
                        staging.add(synced.name, batch, name, device)
                manifest = bundle.manifest
            marks.append(("unzip, parse, check, stage", time.perf_counter()))
            staging.check(name, device)
            marks.append(("whole-bundle checks", time.perf_counter()))
            check_clock(manifest, staging.newest_stamp(), name, app.context.now())
            marks.append(("clock bound", time.perf_counter()))
            merge_staged(app.db, staging, lambda _connection, _lost: [])
            marks.append(("merge (a commit per chunk)", time.perf_counter()))
    return {label: marks[n][1] - marks[n - 1][1] for n, (label, _) in enumerate(marks) if n}


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=OUT))
    try:
        run(args.runs, args.profile, scratch)
    except BaseException:
        print(f"kept for a look: {scratch}")
        raise
    shutil.rmtree(scratch)


def run(runs: int, profile: bool, scratch: Path) -> None:
    began = time.perf_counter()
    built, source = timed(lambda: build_source(scratch / "source"))
    code = source.sync.status().code
    assert code is not None
    key = key_from_code(code)
    clock = source.context.clock
    assert isinstance(clock, FixedClock)
    first_file, second_file = scratch / "coordinator.vhsync", scratch / "coordinator-again.vhsync"
    newer_file = scratch / "coordinator-one-more.vhsync"
    exports = []
    for target in (first_file, second_file, scratch / "third.vhsync", newer_file):
        clock.set(EXPORT_AT + dt.timedelta(minutes=len(exports)))  # time passes: other bytes
        if target == newer_file:
            source.visits.add(source.sites.by_name("Vänskapshuset").id, "girl", "10-13")
        exports.append(timed(lambda target=target: source.sync.export_bundle(target))[0])
    source_stats = source.statistics.period(dt.date(YEARS[0], 1, 1), dt.date(YEARS[-1], 12, 31))
    source.close()
    assert first_file.read_bytes() != second_file.read_bytes()
    data = first_file.read_bytes()
    bundle = bundle_reader.read_bundle(data, first_file.name, key, team_id(key))
    counts = {table: len(rows) for table, rows in bundle.rows.items()}
    assert counts["visit"] == VISITS and counts["activity"] == ACTIVITIES

    template = scratch / "target-template"
    build_target(template, code)
    inserted = new_rows(template, bundle)
    zipped = bundle_reader.open_bundle(data, first_file.name, key, team_id(key))
    unzipped: list[float] = []
    raw: list[float] = []
    first: list[float] = []
    same: list[float] = []
    again: list[float] = []
    one_more: list[float] = []
    for number in range(runs):  # interleaved, so a noisy moment hits every kind alike
        copy = fresh_copy(template, scratch, "raw")
        raw.append(raw_insert(database_path(copy), inserted))
        unzipped.append(timed(lambda: unpack(zipped))[0])
        app = open_target(fresh_copy(template, scratch, "target"))
        try:
            seconds, result = timed_import(app, first_file)
            first.append(seconds)
            assert result.visits_new == VISITS and not result.conflicts, result
            seconds, result = timed_import(app, first_file)
            same.append(seconds)
            assert result.already_imported
            seconds, result = timed_import(app, second_file)
            again.append(seconds)
            assert not result.already_imported and result.visits_new == 0
            assert result.records_new == result.records_updated == 0 and not result.conflicts
            seconds, result = timed_import(app, newer_file)
            one_more.append(seconds)
            assert result.visits_new == 1 and result.records_new == result.records_updated == 0
            if number == 0:
                stats = app.statistics.period(dt.date(YEARS[0], 1, 1), dt.date(YEARS[-1], 12, 31))
                mine = (stats.visits, stats.activities, stats.participants)
                theirs = (source_stats.visits, source_stats.activities, source_stats.participants)
                assert mine == theirs, (mine, theirs)
        finally:
            app.close()

    split: dict[str, list[dict[str, float]]] = {"first": [], "again": []}
    for _ in range(max(1, runs // 2)):
        app = open_target(fresh_copy(template, scratch, "phases"))
        try:
            split["first"].append(phases(app, first_file, key))
            split["again"].append(phases(app, second_file, key))
        finally:
            app.close()

    base = median(raw)
    table_rows = ", ".join(
        f"{len(rows):,} {table}" for table, rows in inserted.items() if len(rows) >= 100
    )
    print(
        f"bundle: {counts['visit']:,} visits, {counts['activity']:,} activities, "
        f"{counts['activity_participant']:,} participant cells, "
        f"{counts['activity_partner']:,} partner links, {counts['audit_log']:,} audit entries, "
        f"{sum(counts.values()):,} rows in all; {len(data) / 1e6:.1f} MB"
    )
    print(
        f"source built in {built:.1f} s; export median {median(exports):.2f} s "
        f"(of {len(exports)}: {', '.join(f'{e:.2f}' for e in exports)} s)"
    )
    print(f"the first import inserts {sum(len(r) for r in inserted.values()):,} rows: {table_rows}")
    print(f"\nmedians of {runs} runs, each on a fresh copy of the target")
    print(f"  {'':46} {'median':>9}  {'/ raw insert':>12}")
    lines = [
        ("raw sqlite3 executemany of those rows", base),
        ("unzip + json.loads of the bundle", median(unzipped)),
        ("raw insert + unzip + json.loads", base + median(unzipped)),
        ("import, first (everything new)", median(first)),
        ("import again, same file (digest known)", median(same)),
        ("import again, re-exported (all unchanged)", median(again)),
        ("import again, re-exported after 1 new visit", median(one_more)),
    ]
    for label, seconds in lines:
        print(f"  {label:46} {seconds * 1000:7.0f} ms  {seconds / base:11.2f}×")
    for kind, title in (("first", "first import"), ("again", "re-exported import")):
        steps = {k: median([s[k] for s in split[kind]]) for k in split[kind][0]}
        total = sum(steps.values())
        print(f"\nphases of the {title} (median of {len(split[kind])}; sum {total * 1000:.0f} ms)")
        for step, seconds in steps.items():
            print(f"  {step:22} {seconds * 1000:7.0f} ms  {seconds / total:5.0%}")
    print(f"\ntotal benchmark time {time.perf_counter() - began:.0f} s")

    if profile:
        app = open_target(fresh_copy(template, scratch, "profile"))
        profiler = cProfile.Profile()
        try:
            profiler.runcall(app.sync.import_file, first_file)
        finally:
            app.close()
        print("\ncProfile of one first import (top 15 by own time)")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
