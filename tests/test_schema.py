"""Schema versions: fixtures of every released revision upgrade with every row, the migrations
agree with the models, refused files stay byte-for-byte as they were, and failed upgrades roll
back completely. Real SQLite files only."""

import importlib.util
import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError

from database_dump import dump_database
from vanskapshuset.app import open_app
from vanskapshuset.domain.errors import DatabaseVersionError, UserError
from vanskapshuset.paths import backup_dir, database_path
from vanskapshuset.store.backup import copy_aside
from vanskapshuset.store.database import Database
from vanskapshuset.store.migrate import alembic_config, upgrade_to_head
from vanskapshuset.store.models import Base
from vanskapshuset.store.schema import HEAD_REVISION, KNOWN_REVISIONS, current_revision

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_FIXTURES = sorted((FIXTURES / "schema").glob("*.sqlite"))


def _fixture_tool():
    """The fixture builder's `summarise`, so the test and the fixture measure the same way."""
    spec = importlib.util.spec_from_file_location(
        "make_schema_fixture", FIXTURES / "make_schema_fixture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stamped_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _settle(path: Path) -> None:
    """Move every committed page into the main file, so its bytes are the whole database."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        connection.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


# -- fixtures of released schema versions --------------------------------------------------------


def test_there_is_a_fixture_for_every_known_revision():
    assert [p.stem for p in SCHEMA_FIXTURES] == sorted(KNOWN_REVISIONS), (
        "every schema revision needs tests/fixtures/schema/<revision>.sqlite: run "
        "tests/fixtures/make_schema_fixture.py before changing the schema again"
    )
    for fixture in SCHEMA_FIXTURES:
        assert fixture.with_suffix(".json").is_file()
        assert _stamped_revision(fixture) == fixture.stem
        assert fixture.stat().st_size < 350_000


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda path: path.stem)
def test_fixture_opens_at_head_with_every_row(fixture, data_dir, clock):
    expected = json.loads(fixture.with_suffix(".json").read_text("utf-8"))
    assert expected["revision"] == fixture.stem
    assert all(expected["counts"].values()), "the fixture should have rows in every table"
    data_dir.mkdir()
    path = database_path(data_dir)
    shutil.copyfile(fixture, path)

    app = open_app(data_dir, clock=clock, actor="Testledare")
    try:
        assert current_revision(app.db) == HEAD_REVISION
        report = app.check()
        assert report.ok, report
        connection = sqlite3.connect(path)
        try:
            found = _fixture_tool().summarise(connection)
        finally:
            connection.close()
        # Still a working database: a visit can be counted at one of its sites.
        site = app.sites.list()[0]
        assert len(app.visits.add(site.id, "girl", "7-9")) == 1
    finally:
        app.close()

    for table, count in expected["counts"].items():
        assert found["counts"].get(table, 0) >= count, table
    for table, keys in expected["keys"].items():
        missing = set(keys) - set(found["keys"].get(table, []))
        assert not missing, f"{table} lost {len(missing)} rows"
    assert found["checksums"] == expected["checksums"]

    # The copy made before the upgrade (the day's first backup is there too, at head).
    copies = sorted(backup_dir(data_dir).glob("*-fore-uppgradering-*.sqlite"))
    if fixture.stem == HEAD_REVISION:
        assert copies == [], "nothing to upgrade, so nothing to copy aside"
    else:
        assert len(copies) == 1
        assert _stamped_revision(copies[0]) == fixture.stem
        assert dump_database_file(copies[0]) == dump_database_file(fixture)


def dump_database_file(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# -- the migrations themselves -------------------------------------------------------------------


def test_known_revisions_are_alembics_revisions_in_order():
    script = ScriptDirectory.from_config(alembic_config())
    newest_first = [revision.revision for revision in script.walk_revisions()]
    assert tuple(reversed(newest_first)) == KNOWN_REVISIONS
    assert script.get_heads() == [HEAD_REVISION]
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_database_upgraded_from_empty_matches_the_models(app):
    with app.db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


# -- files this version must not touch -----------------------------------------------------------


def test_database_from_a_newer_version_is_refused_and_left_as_it_was(data_dir, clock, cli):
    open_app(data_dir, clock=clock, actor="Testledare").close()
    path = database_path(data_dir)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    _settle(path)
    before = path.read_bytes()
    assert before[18:20] == b"\x02\x02", "the file should be in WAL mode, as we leave it"

    with pytest.raises(DatabaseVersionError, match="nyare version"):
        open_app(data_dir, clock=clock, actor="Testledare")
    result = cli("visit", "add", "--site", "Parken", "--gender", "girl", "--age", "7-9")
    assert result.code == 2
    assert "nyare version" in result.err
    assert result.err.count("\n") == 1

    assert path.read_bytes() == before


def test_sqlite_file_of_another_program_is_refused_and_left_as_it_was(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipe (name TEXT PRIMARY KEY, flour_grams INTEGER)")
    connection.execute("INSERT INTO recipe VALUES ('kanelbullar', 500)")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseVersionError, match="inte en databas för Vänskapshuset"):
        open_app(data_dir, clock=clock, actor="Testledare")

    assert path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name]


def test_file_that_is_not_sqlite_is_refused_and_left_as_it_was(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"Besokslista vecka 27\n" * 300)
    before = path.read_bytes()

    with pytest.raises(DatabaseVersionError, match="inte en databas för Vänskapshuset"):
        open_app(data_dir, clock=clock, actor="Testledare")

    assert path.read_bytes() == before


# -- the engine --------------------------------------------------------------------------------


def test_every_connection_has_the_durable_pragmas_and_the_files_are_private(app, data_dir):
    with app.db.engine.connect() as first, app.db.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for connection in (first, second):
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() > 0
    app.sites.add("Vänskapsparken", "outdoor")  # something in the WAL file too

    path = database_path(data_dir)
    for file in (path, path.with_name(path.name + "-wal")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_copy_aside_holds_every_committed_row_and_is_private(app, data_dir, clock, tmp_path):
    site = app.sites.add("Vänskapsparken", "outdoor")
    app.visits.add(site.id, "boy", "10-13", 7)  # committed, still only in the WAL file

    copy = copy_aside(app.db, tmp_path / "aside", "prov", clock.now())

    assert copy.name == "20250703-140000-prov.sqlite"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert list(copy.parent.iterdir()) == [copy]  # no .partial left behind
    assert dump_database_file(copy) == dump_database(data_dir)


CURRENT_OPEN = """
import sys
from pathlib import Path
from vanskapshuset.app import open_app
open_app(Path(sys.argv[1])).close()
print("alembic" in sys.modules)
"""


def _imports_alembic_when_opening(folder: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", CURRENT_OPEN, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return {"True": True, "False": False}[result.stdout.strip()]


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    # The first start creates the schema, which needs alembic ...
    assert _imports_alembic_when_opening(tmp_path / "data") is True
    # ... every later start reads one revision and leaves alembic unloaded.
    assert _imports_alembic_when_opening(tmp_path / "data") is False


# -- failed upgrades change nothing ----------------------------------------------------------------


def _file_without_our_schema(path: Path, *statements: str) -> None:
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_upgrade_failing_midway_rolls_back_every_table_it_made(data_dir):
    # `visit` is made late in the first migration: a clash there fails it after a dozen
    # CREATE TABLEs, which must all be rolled back (DDL inside the one transaction).
    path = database_path(data_dir)
    _file_without_our_schema(
        path,
        "CREATE TABLE visit (note TEXT)",
        "INSERT INTO visit VALUES ('handskriven lista')",
    )
    before = dump_database(data_dir)
    db = Database(path)
    try:
        with pytest.raises(OperationalError, match="already exists"):
            upgrade_to_head(db)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    assert dump_database(data_dir) == before


def test_upgrade_leaving_broken_references_is_refused_and_rolled_back(data_dir):
    # With one revision there is no old schema to migrate from, so the broken reference lives in
    # a table of its own that points at a table the migration creates: foreign_key_check runs
    # after the migration, inside its transaction, and must undo all of it.
    path = database_path(data_dir)
    _file_without_our_schema(
        path,
        "CREATE TABLE stray (id INTEGER PRIMARY KEY, site_id TEXT REFERENCES site (id))",
        "INSERT INTO stray VALUES (1, 'ingen-sådan-plats')",
    )
    before = dump_database(data_dir)
    db = Database(path)
    try:
        with pytest.raises(UserError, match="1 trasig hänvisning"):
            upgrade_to_head(db)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    assert dump_database(data_dir) == before
