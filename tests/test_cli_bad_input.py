"""Bad input on the command line: one clear sentence on stderr, exit code 2, nothing written.

Every case runs against a copy of the same populated database and compares a full dump of it
(schema and every row) before and after the refused command.
"""

import datetime as dt
import json
import os
import sqlite3
import sys

import pytest

from by_name import activity_input
from database_dump import dump_database
from vanskapshuset.app import open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.paths import database_path
from vanskapshuset.services.day_logs import DayLogEntry

HUSET = "Vänskapshuset"
PARKEN = "Vänskapsparken"
ACTIVITY = "{activity}"  # replaced by the id of a live activity
DELETED = "{deleted}"  # replaced by the id of a deleted activity
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def copy_database(source_folder, target_folder) -> None:
    """A consistent copy of the whole database (SQLite's online backup), WAL included."""
    target_folder.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database_path(source_folder))
    target = sqlite3.connect(database_path(target_folder))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database with sites, an organisation, a season, visits, a day log and activities."""
    folder = tmp_path_factory.mktemp("template")
    clock = FixedClock(dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM))
    app = open_app(folder, clock=clock, actor="Mall")
    try:
        huset = app.sites.add(HUSET, "indoor")
        parken = app.sites.add(PARKEN, "outdoor")
        app.organisations.add("Rädda Barnen", "non_profit")
        app.seasons.add(
            "Bästa sommaren 2025", dt.date(2025, 6, 16), dt.date(2025, 8, 8), [parken.id]
        )
        first, *_ = app.visits.add(parken.id, "girl", "7-9", 3)
        app.visits.add(huset.id, "boy", "10-13", 2)
        app.visits.undo(first)
        app.day_logs.save(
            DayLogEntry(huset.id, dt.date(2025, 7, 3), True, dt.time(15), dt.time(20), (), "Lugnt.")
        )
        activity = app.activities.create(
            activity_input(
                app,
                site=HUSET,
                date=dt.date(2025, 7, 3),
                start=dt.time(14, 0),
                end=dt.time(15, 0),
                title="Fotboll",
                type_name="Fotboll",
                organiser="Rädda Barnen",
                partners=("Rädda Barnen",),
                participants=(ParticipantCount(Gender.GIRL, "7-9", 3),),
                leader_count=2,
            )
        )
        deleted = app.activities.create(
            activity_input(
                app,
                site=PARKEN,
                date=dt.date(2025, 7, 2),
                start=dt.time(10, 0),
                end=dt.time(11, 0),
                title="Dans",
                type_name="Dans",
            )
        )
        app.activities.delete(deleted)
    finally:
        app.close()
    return folder, {ACTIVITY: activity, DELETED: deleted}


@pytest.fixture
def populated(template, data_dir):
    """The template database copied into this test's data folder; returns the known ids."""
    folder, ids = template
    copy_database(folder, data_dir)
    return ids


def assert_refused(result, fragment: str) -> None:
    assert result.code == 2, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    sentence = lines[0].strip()
    assert sentence, "stderr is empty"
    assert sentence.endswith("."), sentence
    assert fragment.casefold() in sentence.casefold(), sentence
    assert result.out == ""


def visit_add(**options: str) -> list[str]:
    values = {"--site": PARKEN, "--gender": "girl", "--age": "7-9"} | {
        f"--{key.replace('_', '-')}": value for key, value in options.items()
    }
    return ["visit", "add", *[part for pair in values.items() for part in pair]]


def activity_add(**options: str | None) -> list[str]:
    values: dict[str, str | None] = {
        "--site": HUSET,
        "--date": "2025-07-04",
        "--start": "14:00",
        "--end": "15:30",
        "--title": "Dans",
        "--type": "Dans",
    } | {f"--{key.replace('_', '-')}": value for key, value in options.items()}
    args = ["activity", "add"]
    for key, value in values.items():
        if value is not None:
            args += [key, value]
    return args


def activity_edit(*options: str) -> list[str]:
    return ["activity", "edit", ACTIVITY, *options]


BAD_COMMANDS = [
    # Unknown names.
    pytest.param(visit_add(site="Månen"), "Okänd plats", id="visit-unknown-site"),
    pytest.param(visit_add(gender="flicka"), "kön", id="visit-unknown-gender"),
    pytest.param(visit_add(gender=""), "kön", id="visit-empty-gender"),
    pytest.param(visit_add(age="5-6"), "Okänd åldersgrupp", id="visit-unknown-age-band"),
    pytest.param(visit_add(age="sju"), "åldersgrupp", id="visit-malformed-age-band"),
    pytest.param(activity_add(site="Månen"), "Okänd plats", id="activity-unknown-site"),
    pytest.param(activity_add(type="Curling"), "Okänd aktivitetstyp", id="unknown-type"),
    pytest.param(activity_add(organiser="Okänd förening"), "Okänd organisation", id="organiser"),
    pytest.param(activity_add(partner="Okänd förening"), "Okänd organisation", id="partner"),
    pytest.param(activity_add(area="sport"), "verksamhetsområde", id="unknown-area"),
    pytest.param(
        ["season", "add", "S", "--start", "2025-06-16", "--end", "2025-08-08", "--site", "Månen"],
        "Okänd plats",
        id="season-unknown-site",
    ),
    pytest.param(
        ["stats", "--from", "2025-07-01", "--to", "2025-07-31", "--site", "Månen"],
        "Okänd plats",
        id="stats-unknown-site",
    ),
    pytest.param(
        ["activity", "list", "--from", "2025-07-01", "--to", "2025-07-31", "--site", "Månen"],
        "Okänd plats",
        id="list-unknown-site",
    ),
    pytest.param(["site", "add", "Gården", "--kind", "palats"], "platstyp", id="site-kind"),
    pytest.param(["org", "add", "Klubben", "--kind", "klubb"], "organisationstyp", id="org-kind"),
    # Participants.
    pytest.param(activity_add(participants="flicka:7-9=3"), "kön", id="participants-gender"),
    pytest.param(activity_add(participants="girl:5-6=3"), "åldersgrupp", id="participants-band"),
    pytest.param(activity_add(participants="girl:7-9"), "Deltagarna", id="participants-no-count"),
    pytest.param(activity_add(participants="girl=3"), "Deltagarna", id="participants-no-band"),
    pytest.param(activity_add(participants="girl:7-9=tre"), "Deltagarna", id="participants-word"),
    pytest.param(activity_add(participants="girl:7-9=2.5"), "Deltagarna", id="participants-float"),
    pytest.param(activity_add(participants="girl:7-9=3=4"), "Deltagarna", id="participants-2eq"),
    pytest.param(activity_add(participants="girl:7-9:x=3"), "Deltagarna", id="participants-2col"),
    pytest.param(activity_add(participants="girl:7-9=3;boy:7-9=2"), "Deltagarna", id="semicolon"),
    pytest.param(activity_add(participants="girl:7-9=-2"), "negativt", id="participants-negative"),
    # Dates and times.
    pytest.param(activity_add(date="2025-13-01"), "Datumet", id="date-month-13"),
    pytest.param(activity_add(date="2025-02-29"), "Datumet", id="date-not-leap-year"),
    pytest.param(activity_add(date="03/07/2025"), "Datumet", id="date-slashes"),
    pytest.param(activity_add(date="igår"), "Datumet", id="date-word"),
    pytest.param(activity_add(start="25:00"), "Klockslaget", id="time-hour-25"),
    pytest.param(activity_add(start="14:60"), "Klockslaget", id="time-minute-60"),
    pytest.param(activity_add(start="14.30"), "Klockslaget", id="time-dot"),
    pytest.param(activity_add(start="1430"), "Klockslaget", id="time-no-colon"),
    pytest.param(activity_add(start="14:3"), "Klockslaget", id="time-one-digit-minute"),
    pytest.param(activity_add(start="14:30:00"), "Klockslaget", id="time-seconds"),
    pytest.param(activity_add(end="kl 16"), "Klockslaget", id="time-word"),
    pytest.param(activity_add(end="24:00"), "Klockslaget", id="time-24"),
    pytest.param(visit_add(at="2025-07-03 25:00"), "Tidpunkten", id="at-hour-25"),
    pytest.param(visit_add(at="2025-02-30T10:00"), "Tidpunkten", id="at-day-30-feb"),
    pytest.param(visit_add(at="igår kväll"), "Tidpunkten", id="at-word"),
    pytest.param(visit_add(at=""), "Tidpunkten", id="at-empty"),
    pytest.param(visit_add(at="2025-03-30T02:30"), "finns inte", id="at-skipped-hour"),
    pytest.param(
        ["season", "add", "S", "--start", "16/6", "--end", "2025-08-08"],
        "Datumet",
        id="season-malformed-date",
    ),
    pytest.param(["stats", "--from", "2025-07", "--to", "2025-07-31"], "Datumet", id="stats-date"),
    pytest.param(
        ["activity", "list", "--from", "2025-07-01", "--to", "juli"], "Datumet", id="list-date"
    ),
    # End before start.
    pytest.param(activity_add(start="15:00", end="14:00"), "slutar", id="end-before-start"),
    pytest.param(activity_add(start="15:00", end="15:00"), "slutar", id="end-equals-start"),
    pytest.param(
        ["season", "add", "S", "--start", "2025-08-08", "--end", "2025-06-16"],
        "slutar",
        id="season-end-before-start",
    ),
    pytest.param(
        ["stats", "--from", "2025-07-31", "--to", "2025-07-01"],
        "slutar",
        id="stats-period-backwards",
    ),
    # Counts.
    pytest.param(visit_add(count="0"), "minst 1", id="count-zero"),
    pytest.param(visit_add(count="-1"), "minst 1", id="count-minus-one"),
    pytest.param(visit_add(count="-40"), "minst 1", id="count-minus-forty"),
    pytest.param(visit_add(count="tre"), "Felaktigt kommando", id="count-word"),
    pytest.param(visit_add(count="1.5"), "Felaktigt kommando", id="count-float"),
    pytest.param(visit_add(count="10001"), "Högst", id="count-too-many"),
    pytest.param(activity_add(leaders="-1"), "ledare", id="leaders-negative"),
    pytest.param(activity_add(leaders="två"), "Felaktigt kommando", id="leaders-word"),
    # Titles and names.
    pytest.param(activity_add(title=""), "titel", id="title-empty"),
    pytest.param(activity_add(title="   "), "titel", id="title-blank"),
    pytest.param(activity_add(title="x" * 201), "högst 200", id="title-too-long"),
    pytest.param(activity_add(title=None), "saknas", id="title-missing"),
    pytest.param(["site", "add", "  "], "namn", id="site-blank-name"),
    pytest.param(["site", "add", "vänskapshuset"], "redan", id="site-duplicate"),
    pytest.param(["org", "add", "RÄDDA BARNEN"], "redan", id="org-duplicate"),
    # Editing and deleting.
    pytest.param(
        ["activity", "edit", UNKNOWN_ID, "--title", "X"], "ingen aktivitet", id="edit-unknown-id"
    ),
    pytest.param(
        ["activity", "edit", DELETED, "--title", "X"], "ingen aktivitet", id="edit-deleted"
    ),
    pytest.param(["activity", "delete", UNKNOWN_ID], "ingen aktivitet", id="delete-unknown-id"),
    pytest.param(["activity", "delete", DELETED], "ingen aktivitet", id="delete-deleted"),
    pytest.param(["activity", "delete", "inte-ett-id"], "ingen aktivitet", id="delete-garbage"),
    pytest.param(activity_edit("--end", "13:30"), "slutar", id="edit-end-before-kept-start"),
    pytest.param(activity_edit("--type", "Curling"), "aktivitetstyp", id="edit-unknown-type"),
    pytest.param(activity_edit("--area", "sport"), "verksamhetsområde", id="edit-unknown-area"),
    pytest.param(activity_edit("--site", "Månen"), "Okänd plats", id="edit-unknown-site"),
    pytest.param(activity_edit("--organiser", "X"), "Okänd organisation", id="edit-organiser"),
    pytest.param(activity_edit("--partner", "X"), "Okänd organisation", id="edit-partner"),
    pytest.param(activity_edit("--leaders", "-3"), "ledare", id="edit-leaders-negative"),
    pytest.param(activity_edit("--title", " "), "titel", id="edit-title-blank"),
    pytest.param(activity_edit("--participants", "girl:7-9"), "Deltagarna", id="edit-partic"),
    pytest.param(activity_edit("--participants", "boy:0-99=1"), "åldersgrupp", id="edit-band"),
    pytest.param(activity_edit("--date", "2025-7-32"), "Datumet", id="edit-date"),
    pytest.param(activity_edit("--date", ""), "Datumet", id="edit-empty-date"),
    pytest.param(activity_edit("--start", ""), "Klockslaget", id="edit-empty-start"),
    pytest.param(activity_edit("--start", "9"), "Klockslaget", id="edit-start-no-minutes"),
    pytest.param(activity_edit(), "minst en uppgift", id="edit-nothing-given"),
    # The command itself.
    pytest.param([*visit_add(), "--colour", "red"], "Felaktigt kommando", id="unknown-option"),
    pytest.param(["visit", "add", "--site", PARKEN], "Felaktigt kommando", id="missing-option"),
    pytest.param(["fly"], "Felaktigt kommando", id="unknown-command"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_COMMANDS)
def test_bad_input_is_refused_and_nothing_changes(populated, data_dir, cli, args, fragment):
    args = [populated.get(part, part) for part in args]
    before = dump_database(data_dir)
    assert_refused(cli(*args), fragment)
    assert dump_database(data_dir) == before


GOOD_COMMANDS = [
    pytest.param(visit_add(), id="visit"),
    pytest.param(visit_add(count="10000", at="2025-07-03T14:00"), id="visit-many"),
    pytest.param(activity_add(), id="activity"),
    pytest.param(
        activity_add(
            organiser="rädda barnen",
            partner="Rädda Barnen",
            area="presence",
            participants="girl:7-9=3, boy:10-13=0,",
            leaders="0",
        ),
        id="activity-all-options",
    ),
    pytest.param(activity_edit("--end", "14:30"), id="edit"),
    pytest.param(["activity", "delete", ACTIVITY], id="delete"),
    pytest.param(["season", "add", "S", "--start", "2025-06-16", "--end", "2025-06-16"], id="s"),
]


@pytest.mark.parametrize("args", GOOD_COMMANDS)
def test_the_same_commands_well_formed_are_accepted(populated, data_dir, cli, args):
    """The refusals above are for the bad part: the well-formed command does write."""
    args = [populated.get(part, part) for part in args]
    before = dump_database(data_dir)
    result = cli(*args)
    assert result.code == 0, result.err
    assert result.err == ""
    assert dump_database(data_dir) != before


# -- the data folder --------------------------------------------------------------------------

FOLDER_COMMANDS = [
    ["site", "add", HUSET],
    visit_add(),
    ["stats", "--from", "2025-07-01", "--to", "2025-07-31", "--json"],
    ["check"],
]


@pytest.mark.parametrize("args", FOLDER_COMMANDS, ids=lambda args: " ".join(args[:2]))
def test_data_folder_under_a_regular_file(tmp_path, cli, args):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("en vanlig fil\n")
    folder = blocker / "data"
    assert_refused(cli("--raw", "--data-dir", str(folder), *args), "Datamappen")
    assert blocker.read_text() == "en vanlig fil\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["inte-en-mapp"]


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root may write anywhere")
def test_data_folder_in_a_read_only_folder(tmp_path, cli):
    parent = tmp_path / "skrivskyddad"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        result = cli("--raw", "--data-dir", str(parent / "data"), "site", "add", HUSET)
        assert list(parent.iterdir()) == []
    finally:
        parent.chmod(0o700)
    assert_refused(result, "Datamappen")


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root may write anywhere")
def test_read_only_data_folder_with_a_database(populated, data_dir, cli):
    before = dump_database(data_dir)
    files = sorted(path.name for path in data_dir.iterdir())
    data_dir.chmod(0o500)
    try:
        result = cli(*visit_add())
        assert sorted(path.name for path in data_dir.iterdir()) == files
    finally:
        data_dir.chmod(0o700)
    assert_refused(result, "Datamappen")
    assert dump_database(data_dir) == before


# -- databases this version cannot use --------------------------------------------------------


@pytest.mark.parametrize("args", FOLDER_COMMANDS, ids=lambda args: " ".join(args[:2]))
def test_database_from_a_newer_version_is_refused(template, tmp_path, cli, args):
    newer = tmp_path / "nyare"
    copy_database(template[0], newer)
    connection = sqlite3.connect(database_path(newer))
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = dump_database(newer)
    assert any("9999_future" in line for line in before)

    assert_refused(cli("--raw", "--data-dir", str(newer), *args), "nyare version")
    assert dump_database(newer) == before
    assert sorted(path.name for path in newer.iterdir()) == ["vanskapshuset.sqlite"]


def test_sqlite_file_of_another_program_is_refused(tmp_path, cli):
    folder = tmp_path / "annan"
    folder.mkdir()
    connection = sqlite3.connect(database_path(folder))
    with connection:
        connection.execute("CREATE TABLE recept (namn TEXT)")
        connection.execute("INSERT INTO recept VALUES ('kanelbullar')")
    connection.close()
    before = dump_database(folder)
    assert_refused(cli("--raw", "--data-dir", str(folder), *visit_add()), "inte en databas")
    assert dump_database(folder) == before


def test_file_that_is_not_a_database_is_refused(tmp_path, cli):
    folder = tmp_path / "trasig"
    folder.mkdir()
    content = b"Det h\xc3\xa4r \xc3\xa4r ingen databas.\n" * 200
    database_path(folder).write_bytes(content)
    assert_refused(cli("--raw", "--data-dir", str(folder), "check"), "databas")
    assert database_path(folder).read_bytes() == content


def test_template_is_what_the_cases_assume(populated, data_dir, cli):
    """Guards the fixture: the refusals above must not pass because data is missing."""
    listed = cli("activity", "list", "--from", "2025-07-01", "--to", "2025-07-31", "--json")
    assert listed.code == 0
    assert [a["id"] for a in json.loads(listed.out)] == [populated[ACTIVITY]]
    assert cli("check").out.strip() == "ok"


def test_output_cut_off_by_its_reader_is_no_error(tmp_path):
    """`vanskapshuset activity list --json | head -1`: the reader stops early; the command
    ends quietly (exit 141, as a shell reports SIGPIPE), with no "unexpected error"."""
    import subprocess
    import sys

    data = tmp_path / "data"
    made = [sys.executable, "-m", "vanskapshuset", "--data-dir", str(data)]
    subprocess.run([*made, "demo", "--year", "2025"], check=True, capture_output=True)
    listing = subprocess.Popen(
        [*made, "activity", "list", "--from", "2025-01-01", "--to", "2025-12-31", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    assert listing.stdout.read(10)  # more than a pipe holds follows; the reader stops here
    listing.stdout.close()
    error = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 141
    assert error == ""
