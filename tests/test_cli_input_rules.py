"""Out-of-range input on the command line (issue 12: these once ended in tracebacks).

Each command is refused with one sentence on stderr and exit code 2, and the database is
exactly as before; the same commands at the limits are accepted. The cases run against the
populated database of test_cli_bad_input.py.
"""

import pytest

import test_cli_bad_input as bad
from database_dump import dump_database
from test_cli_bad_input import (
    ACTIVITY,
    HUSET,
    PARKEN,
    activity_add,
    activity_edit,
    assert_refused,
    visit_add,
)

template, populated = bad.template, bad.populated  # the same fixtures, in this module too
HUGE = "100000000000000000000"
ESC = "\x1b"
UNDECODABLE = "\udcff"  # what Python makes of a byte that is not UTF-8 on the command line
PERIOD_COMMANDS = [  # (the command, its options after the period)
    (["stats"], []),
    (["activity", "list"], []),
    (["report", "period"], ["--csv", "{tmp}/ut"]),
    (["export"], ["--csv", "{tmp}/ut"]),
]


def daylog(**options: str) -> list[str]:
    values = {"--site": HUSET, "--date": "2025-07-03"} | {
        f"--{key}": value for key, value in options.items()
    }
    return ["daylog", "set", "--open", *[part for pair in values.items() for part in pair]]


REFUSED = [
    # Moments and dates out of range.
    pytest.param(visit_add(at="0001-01-01T00:00+14:00"), "före 2000-01-01", id="at-year-1"),
    pytest.param(visit_add(at="9999-12-31T23:59-12:00"), "efter 2100-12-31", id="at-year-9999"),
    pytest.param(visit_add(at="1900-01-01T12:00"), "före 2000-01-01", id="at-1900"),
    pytest.param(visit_add(at="9999-01-01T12:00"), "efter 2100-12-31", id="at-9999"),
    pytest.param(visit_add(at="2025-07-03T14:00+23:00"), "Tidszonen", id="at-offset-23h"),
    pytest.param(visit_add(at="2099-07-03T14:00"), "mer än ett år", id="at-far-ahead"),
    pytest.param(activity_add(date="1999-12-31"), "före 2000-01-01", id="activity-1999"),
    pytest.param(activity_add(date="2100-01-01"), "mer än ett år", id="activity-far-ahead"),
    pytest.param(activity_edit("--date", "0001-01-01"), "före 2000-01-01", id="edit-year-1"),
    pytest.param(
        ["season", "add", "S", "--start", "1900-06-16", "--end", "2025-08-08"],
        "före 2000-01-01",
        id="season-1900",
    ),
    pytest.param(
        ["season", "add", "S", "--start", "2025-06-16", "--end", "9999-12-31"],
        "efter 2100-12-31",
        id="season-end-9999",
    ),
    pytest.param(
        ["report", "day", "--date", "0001-01-01", "--pdf", "{tmp}/dag.pdf"],
        "före 2000-01-01",
        id="report-day-year-1",
    ),
    pytest.param(
        ["sheet", "tally", "--date", "9999-12-31", "--pdf", "{tmp}/lista.pdf"],
        "efter 2100-12-31",
        id="tally-9999",
    ),
    pytest.param(daylog(date="1999-12-31"), "före 2000-01-01", id="daylog-1999"),
    pytest.param(daylog(hours="15:00"), "Öppettiderna", id="daylog-hours"),
    pytest.param(daylog(hours="20:00-15:00"), "Stängningstiden", id="daylog-hours-backwards"),
    # Numbers out of range.
    pytest.param(activity_add(leaders=HUGE), "högst 999", id="leaders-huge"),
    pytest.param(activity_add(leaders="1000"), "högst 999", id="leaders-1000"),
    pytest.param(activity_edit("--leaders", HUGE), "högst 999", id="edit-leaders-huge"),
    pytest.param(
        activity_add(participants=f"girl:7-9={HUGE}"), "Högst 9999", id="participants-huge"
    ),
    pytest.param(
        activity_add(participants="girl:7-9=10000"), "Högst 9999", id="participants-10000"
    ),
    pytest.param(
        activity_edit("--participants", "boy:10-13=6000,boy:10-13=6000"),
        "Högst 9999",
        id="participants-added-up",
    ),
    pytest.param(visit_add(count=HUGE), "Högst 10000", id="count-huge"),
    pytest.param(
        ["report", "annual", "--year", HUGE, "--pdf", "{tmp}/år.pdf"], "utanför", id="year-huge"
    ),
    pytest.param(
        ["report", "annual", "--year", "1999", "--pdf", "{tmp}/år.pdf"],
        "utanför 2000–2100",
        id="year-1999",
    ),
    pytest.param(["demo", "--sites", HUGE], "högst 20 platser", id="demo-sites-huge"),
    pytest.param(["demo", "--years", HUGE], "högst 25 år", id="demo-years-huge"),
    pytest.param(["demo", "--year", HUGE], "utanför", id="demo-year-huge"),
    pytest.param(
        ["demo", "--year", "2001", "--years", "5"], "utanför 2000–2100", id="demo-before-2000"
    ),
    # Names, titles and notes: control and escape characters, and too long.
    pytest.param(["site", "add", f"Gården{ESC}[31m"], "U+001B", id="site-esc"),
    pytest.param(["site", "add", "Går\nden"], "på en rad", id="site-newline"),
    pytest.param(["site", "add", "x" * 100_000], "högst 120 tecken", id="site-100kb"),
    pytest.param(["site", "add", f"Gården{UNDECODABLE}"], "U+DCFF", id="site-undecodable"),
    pytest.param(["org", "add", "Klubben\x00"], "U+0000", id="org-nul"),
    pytest.param(["org", "add", "x" * 201], "högst 200 tecken", id="org-201"),
    pytest.param(
        ["season", "add", "Sommar\x85", "--start", "2025-06-16", "--end", "2025-08-08"],
        "U+0085",
        id="season-c1",
    ),
    pytest.param(activity_add(title=f"Dans{ESC}"), "U+001B", id="title-esc"),
    pytest.param(activity_add(title="Dans\u202eesnaD"), "U+202E", id="title-rtl-override"),
    pytest.param(activity_add(note="Bra\x7f"), "U+007F", id="note-del"),
    pytest.param(activity_add(note="x" * 4001), "högst 4000 tecken", id="note-4001"),
    pytest.param(activity_edit("--title", f"X{ESC}"), "U+001B", id="edit-title-esc"),
    pytest.param(activity_edit("--note", "x" * 4001), "högst 4000", id="edit-note-4001"),
    pytest.param(daylog(note=f"Lugnt{ESC}[2J"), "U+001B", id="daylog-note-esc"),
    pytest.param(daylog(note="x" * 4001), "högst 4000", id="daylog-note-4001"),
    pytest.param(
        ["team", "create", "--device-name", f"Dörren{ESC}"], "U+001B", id="device-name-esc"
    ),
    pytest.param(["team", "create", "--device-name", "x" * 65], "högst 64", id="device-name-65"),
    pytest.param(
        ["sheet", "signup", "--blank", "--pdf", "{tmp}/lista.pdf", "--bring", f"Mat{ESC}"],
        "U+001B",
        id="sheet-field-esc",
    ),
    # Input quoted back stays on one line of stderr.
    pytest.param(visit_add(site="Må\nnen"), "Okänd plats", id="quoted-newline"),
    pytest.param(["activity", "delete", UNDECODABLE], "ingen aktivitet", id="id-undecodable"),
    pytest.param(["activity", "delete", "a\nb"], "ingen aktivitet", id="id-newline"),
]


@pytest.mark.parametrize(("args", "fragment"), REFUSED)
def test_out_of_range_input_is_one_sentence_and_changes_nothing(
    populated, data_dir, tmp_path, cli, args, fragment
):
    args = [populated.get(part, part).replace("{tmp}", str(tmp_path)) for part in args]
    before = dump_database(data_dir)
    result = cli(*args)
    assert_refused(result, fragment)
    assert "oväntat fel" not in result.err  # refused by a rule, not caught as a crash
    assert dump_database(data_dir) == before
    assert not list(tmp_path.glob("ut*")) and not list(tmp_path.glob("*.pdf"))


def period_command(command, start: str, end: str, tmp_path) -> list[str]:
    words, options = command
    return [
        *words,
        "--from",
        start,
        "--to",
        end,
        *(o.replace("{tmp}", str(tmp_path)) for o in options),
    ]


@pytest.mark.parametrize("command", PERIOD_COMMANDS, ids=lambda c: " ".join(c[0]))
@pytest.mark.parametrize(
    ("start", "end", "fragment"),
    [
        ("0001-01-01", "9999-12-31", "före 2000-01-01"),
        ("2025-01-01", "9999-12-31", "efter 2100-12-31"),
        ("1999-12-31", "2025-01-01", "före 2000-01-01"),
    ],
)
def test_periods_out_of_range(populated, data_dir, tmp_path, cli, command, start, end, fragment):
    before = dump_database(data_dir)
    assert_refused(cli(*period_command(command, start, end, tmp_path)), fragment)
    assert dump_database(data_dir) == before
    assert not (tmp_path / "ut").exists()


@pytest.mark.parametrize("command", PERIOD_COMMANDS, ids=lambda c: " ".join(c[0]))
def test_the_widest_period_is_answered(populated, tmp_path, cli, command):
    result = cli(*period_command(command, "2000-01-01", "2100-12-31", tmp_path))
    assert result.code == 0, result.err
    assert result.err == ""


AT_THE_LIMITS = [
    pytest.param(["site", "add", "Å" * 120], id="site-120"),
    pytest.param(["org", "add", "ل" * 200], id="org-200"),
    pytest.param(
        ["season", "add", "S" * 120, "--start", "2000-01-01", "--end", "2100-12-31"],
        id="season-whole-range",
    ),
    pytest.param(visit_add(at="2000-01-01T00:00", count="10000"), id="visit-2000"),
    pytest.param(visit_add(at="1999-12-31T23:30Z"), id="visit-utc-into-2000"),
    pytest.param(
        activity_add(
            title="T" * 200,
            note="Rad ett\n\trad två " + "x" * 3980,
            leaders="999",
            participants="girl:7-9=9999,boy:26+=9999",
        ),
        id="activity-at-limits",
    ),
    pytest.param(activity_edit("--leaders", "999", "--title", "Å" * 200), id="edit-at-limits"),
    pytest.param(daylog(note="x" * 4000, hours="15:00-20:00"), id="daylog-note-4000"),
    pytest.param(["team", "create", "--device-name", "D" * 64], id="device-name-64"),
]


@pytest.mark.parametrize("args", AT_THE_LIMITS)
def test_input_at_the_limits_is_accepted(populated, data_dir, cli, args):
    args = [populated.get(part, part) for part in args]
    before = dump_database(data_dir)
    result = cli(*args)
    assert result.code == 0, result.err
    assert result.err == ""
    assert dump_database(data_dir) != before


def test_a_day_log_is_set_and_set_again(populated, data_dir, cli):
    assert cli(*daylog(hours="15:00-20:00", note="Lugnt.")).code == 0
    closed = cli("daylog", "set", "--site", HUSET, "--date", "2025-07-03", "--closed")
    assert closed.code == 0, closed.err
    dump = "\n".join(dump_database(data_dir))
    assert "'Lugnt.'" in dump  # the note is kept when not given
    assert_refused(cli("daylog", "set", "--site", PARKEN, "--date", "2025-07-03"), "Felaktigt")
    assert ACTIVITY in populated
