"""Random strings and numbers through the command line: a result or one sentence, never a crash.

Whatever is typed, every command ends with exit code 0 (done) or 2 (refused, one line on
stderr). "Ett oväntat fel" counts as a failure too: it is what the command line says when an
exception escaped the rules (the traceback then goes to the log file). Each value is drawn
well-formed three times in four, so that many commands get past the first check and write.
"""

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import test_cli_bad_input as bad
from test_cli_bad_input import ACTIVITY, HUSET, PARKEN

template, populated = bad.template, bad.populated  # the same fixtures, in this module too

TODAY = dt.date.today()  # the command line runs on the real clock
NAMES = [HUSET, PARKEN, "Rädda Barnen", "Bästa sommaren 2025", "Fotboll", "Dans", "girl", "7-9"]
TRICKY = ["", " ", "\n", "\t", "\x00", "\x1b[31m", "\x7f", "\x85", "\u202e", "\udcff", "%1", "=1+2"]


def mostly(good: st.SearchStrategy[str], bad_: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """`good` about three times in four (hypothesis leans to small numbers: 0 is good)."""
    return st.integers(0, 3).flatmap(lambda pick: bad_ if pick == 3 else good)


texts = st.one_of(
    st.sampled_from(NAMES),
    st.text(max_size=20),
    st.builds(
        lambda name, trick, rest: name + trick + rest,
        st.sampled_from(NAMES),
        st.sampled_from(TRICKY),
        st.text(max_size=5),
    ),
    st.integers(110, 210).map(lambda n: "Å" * n),
    st.sampled_from(["x" * 4000, "x" * 5000, *TRICKY]),
)
names = mostly(
    st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs"]), min_size=1, max_size=30),
    texts,
)
numbers = mostly(
    st.integers(0, 12).map(str),
    st.one_of(
        st.sampled_from([-1, 999, 1000, 9999, 10_000, 10_001, 2**63, 10**20, -(10**20)]).map(str),
        st.integers().map(str),
        st.sampled_from(["", "tre", "1.5", "1e3", "٣", " 7 ", "0x10"]),
    ),
)
dates = mostly(
    st.dates(TODAY - dt.timedelta(days=600), TODAY + dt.timedelta(days=300)).map(dt.date.isoformat),
    st.one_of(
        st.dates().map(dt.date.isoformat),  # year 1 to 9999
        st.sampled_from(["1999-12-31", "2000-01-01", "2100-12-31", "2101-01-01", "2025-02-29"]),
        st.text(max_size=12),
    ),
)
moments = mostly(
    st.builds(
        lambda day, hour, minute, offset: f"{day}T{hour:02d}:{minute:02d}{offset}",
        dates,
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from(["", "", "Z", "+14:00", "-12:00", "+23:59", "+14:01", "+01:30"]),
    ),
    st.datetimes(timezones=st.none() | st.timezones()).map(dt.datetime.isoformat)
    | st.text(max_size=25),
)
times = mostly(
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)),
    st.builds(lambda h, m: f"{h}:{m}", st.integers(-1, 99), st.integers(-1, 99)) | texts,
)
participants = mostly(
    st.lists(
        st.builds(
            lambda gender, band, count: f"{gender}:{band}={count}",
            st.sampled_from(["girl", "boy", "other", "unknown"]),
            st.sampled_from(["0-6", "7-9", "10-13", "26+"]),
            numbers,
        ),
        max_size=4,
    ).map(",".join),
    texts,
)
sites = mostly(st.sampled_from([HUSET, PARKEN]), texts)


def options(**strategies: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """Each option given or left out; a given one with a drawn value."""
    parts = [
        st.one_of(st.just([]), strategy.map(lambda value, k=key: [f"--{k}", value]))
        for key, strategy in strategies.items()
    ]
    return st.tuples(*parts).map(lambda chosen: [word for pair in chosen for word in pair])


def activity(words: list[str]) -> st.SearchStrategy[list[str]]:
    needed = st.tuples(sites, dates, times, times, names).map(
        lambda t: ["--site", t[0], "--date", t[1], "--start", t[2], "--end", t[3], "--title", t[4]]
    )
    more = options(
        type=mostly(st.sampled_from(["Dans", "Fotboll"]), texts),
        area=mostly(st.sampled_from(["presence", "children_youth"]), texts),
        organiser=mostly(st.just("Rädda Barnen"), texts),
        participants=participants,
        leaders=numbers,
        note=mostly(st.text(max_size=200), texts),
    )
    return st.tuples(needed, more).map(lambda t: [*words, *t[0], *t[1]])


commands = st.one_of(
    st.tuples(
        sites, mostly(st.sampled_from(["girl", "boy"]), texts), options(count=numbers, at=moments)
    ).map(lambda t: ["visit", "add", "--site", t[0], "--gender", t[1], "--age", "7-9", *t[2]]),
    activity(["activity", "add", "--type", "Dans"]),
    activity(["activity", "edit", ACTIVITY]),
    st.tuples(names, options(kind=mostly(st.just("outdoor"), texts))).map(
        lambda t: ["site", "add", t[0], *t[1]]
    ),
    st.tuples(names, options(kind=mostly(st.just("municipal"), texts))).map(
        lambda t: ["org", "add", t[0], *t[1]]
    ),
    st.tuples(names, dates, dates, st.lists(sites, max_size=3)).map(
        lambda t: (
            ["season", "add", t[0], "--start", min(t[1:3]), "--end", max(t[1:3])]
            + [word for site in t[3] for word in ("--site", site)]
        )
    ),
    st.tuples(
        mostly(st.just("Bästa sommaren 2025"), texts),
        options(name=names, start=dates, end=dates),
        st.lists(sites, max_size=3),
        st.booleans(),
    ).map(
        lambda t: (
            ["season", "edit", t[0], *t[1]]
            + [word for site in t[2] for word in ("--site", site)]
            + (["--all-sites"] if t[3] else [])
        )
    ),
    st.just(["season", "list"]),
    st.tuples(dates, dates, options(site=sites)).map(
        lambda t: ["stats", "--from", min(t[:2]), "--to", max(t[:2]), *t[2], "--json"]
    ),
    st.tuples(dates, dates, options(site=sites)).map(
        lambda t: ["activity", "list", "--from", min(t[:2]), "--to", max(t[:2]), *t[2]]
    ),
    st.tuples(
        sites,
        dates,
        st.sampled_from(["--open", "--closed"]),
        options(hours=mostly(st.just("15:00-20:00"), texts), note=mostly(st.text(), texts)),
    ).map(lambda t: ["daylog", "set", "--site", t[0], "--date", t[1], t[2], *t[3]]),
    st.tuples(dates, dates).map(
        lambda t: ["report", "period", "--from", min(t), "--to", max(t), "--csv", "{out}"]
    ),
    st.tuples(dates, dates).map(
        lambda t: ["export", "--from", min(t), "--to", max(t), "--xlsx", "{out}.xlsx"]
    ),
    st.tuples(dates, options(site=sites)).map(
        lambda t: ["report", "day", "--date", t[0], *t[1], "--pdf", "{out}.pdf"]
    ),
    mostly(st.integers(2024, 2026).map(str), numbers).map(
        lambda year: ["report", "annual", "--year", year, "--xlsx", "{out}.xlsx"]
    ),
    st.tuples(dates, sites).map(
        lambda t: ["sheet", "tally", "--date", t[0], "--site", t[1], "--pdf", "{out}.pdf"]
    ),
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(args=commands)
def test_any_input_ends_in_a_result_or_one_sentence(populated, cli, tmp_path: Path, args) -> None:
    out = str(tmp_path / "ut")
    args = [populated.get(part, part).replace("{out}", out) for part in args]
    result = cli(*args)
    assert result.code in (0, 2), (args, result)
    assert len(result.err.splitlines()) <= 1, (args, result.err)
    assert "Traceback" not in result.err and "Traceback" not in result.out
    assert "oväntat fel" not in result.err, (args, result.err)
