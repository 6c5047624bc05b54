"""The one set of input rules (domain/rules): every bound tried on both sides."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanskapshuset.domain import rules
from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.participants import parse_participants

TODAY = dt.date(2025, 7, 3)

# -- text ----------------------------------------------------------------------------------------

NAMED_RULES = [
    (rules.SITE_NAME, 120),
    (rules.SEASON_NAME, 120),
    (rules.ACTIVITY_TYPE_NAME, 120),
    (rules.LEADER_NAME, 120),
    (rules.ORGANISATION_NAME, 200),
    (rules.ACTIVITY_TITLE, 200),
    (rules.TEMPLATE_TITLE, 200),
    (rules.DEVICE_NAME, 64),
    (rules.REPORT_ORGANISATION, 120),
    (rules.CHILD_NAME, 200),
]


@pytest.mark.parametrize(("rule", "limit"), NAMED_RULES, ids=lambda r: getattr(r, "what", r))
def test_a_name_at_its_limit_is_kept_and_one_more_is_refused(rule, limit) -> None:
    assert rule.limit == limit
    at_limit = "Å" * (limit - 3) + " ل€"  # letters of any script count one each
    assert rule.clean(f"  {at_limit}  ") == at_limit
    assert rule.accepts(at_limit)
    with pytest.raises(UserError, match=f"högst {limit} tecken") as caught:
        rule.clean(at_limit + "x")
    assert str(caught.value).count(".") == 1 and str(caught.value).endswith(".")
    assert not rule.accepts(at_limit + "x")


@pytest.mark.parametrize(("rule", "limit"), NAMED_RULES, ids=lambda r: getattr(r, "what", r))
def test_a_required_name_cannot_be_blank(rule, limit) -> None:
    for blank in ("", "   ", "\u00a0"):
        with pytest.raises(UserError, match=r"\.$"):
            rule.clean(blank)
        assert not rule.accepts(blank)


CONTROLS = [
    "\x00",
    "\x07",
    "\x1b",  # ESC: a terminal escape starts with it
    "\x1f",
    "\x7f",  # DEL
    "\x80",
    "\x85",  # NEL, a C1 line break
    "\x9b",  # CSI
    "\x9f",
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2069",
    "\ud800",  # a lone surrogate: an undecodable byte on a command line
    "\udcff",
]


@pytest.mark.parametrize("char", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_control_and_escape_characters_are_refused_in_names_and_notes(char: str) -> None:
    for rule in (rules.SITE_NAME, rules.ACTIVITY_TITLE, rules.NOTE, rules.CONSENT_TEXT):
        with pytest.raises(UserError, match=f"U\\+{ord(char):04X}"):
            rule.clean(f"Fotboll{char}i parken")
        assert not rule.accepts(f"Fotboll{char}i parken")


@pytest.mark.parametrize(
    ("char", "kept"), [("\t", "\t"), ("\n", "\n"), ("\r", "\n"), ("\r\n", "\n"), ("\u2028", "\n")]
)
def test_a_name_is_one_line_and_a_note_may_have_several(char: str, kept: str) -> None:
    if char != "\u2028":  # a line separator in a name becomes a space, as any white space
        with pytest.raises(UserError, match="på en rad"):
            rules.SITE_NAME.clean(f"Vänskaps{char}huset")
    assert rules.NOTE.clean(f" Lugnt{char}idag. ") == f"Lugnt{kept}idag."


def test_the_marks_arabic_writing_needs_are_allowed() -> None:
    for mark in ("\u200e", "\u200f", "\u061c", "\u200c", "\u200d"):  # LRM RLM ALM ZWNJ ZWJ
        assert rules.LEADER_NAME.clean(f"ليلى{mark} حسن") == f"ليلى{mark} حسن"


def test_names_are_trimmed_and_their_spaces_collapsed() -> None:
    assert rules.ORGANISATION_NAME.clean("  Rädda \u00a0 Barnen ") == "Rädda Barnen"
    assert rules.NOTE.clean("\n  Rad ett\n\n  rad två  \n") == "Rad ett\n\n  rad två"


def test_an_optional_text_may_be_empty() -> None:
    assert rules.NOTE.clean("  \n ") == ""
    assert rules.GUARDIAN_NAME.clean("") == ""
    assert rules.NOTE.accepts("")


def test_a_note_at_its_limit() -> None:
    note = ("Rad\n" * 1000)[: rules.NOTE.limit - 1] + "."
    assert len(note) == 4000
    assert rules.NOTE.clean(note) == note
    with pytest.raises(UserError, match="högst 4000 tecken"):
        rules.NOTE.clean(note + "x")


def test_accepts_is_false_for_what_is_no_text() -> None:
    for value in (None, 3, ["Vänskapshuset"], b"Huset"):
        assert not rules.SITE_NAME.accepts(value)


def test_fit_makes_a_host_name_acceptable() -> None:
    assert rules.DEVICE_NAME.fit("laptop\x1b[31m-röd") == "laptop [31m-röd"
    assert rules.DEVICE_NAME.fit("x" * 100) == "x" * 64
    assert rules.DEVICE_NAME.fit("\x00\x01") == ""


def test_shown_quotes_on_one_line_and_cuts() -> None:
    assert rules.shown("a\nb\tc\x1bd") == "a b c\ufffdd"
    assert len(rules.shown("x" * 1000)) == 60 and rules.shown("x" * 1000).endswith("…")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("070-123 45 67", "070-123 45 67"),
        (" +46 (0)70 123 45 67 ", "+46 (0)70 123 45 67"),
        ("", ""),
    ],
)
def test_phone_numbers(typed: str, kept: str) -> None:
    assert rules.clean_phone(typed) == kept


@pytest.mark.parametrize("typed", ["12345", "1234567890123456", "070\n1234567", "ring mamma"])
def test_phone_numbers_refused(typed: str) -> None:
    with pytest.raises(UserError):
        rules.clean_phone(typed)


@given(st.text())
def test_clean_gives_what_accepts_takes(text: str) -> None:
    """Whatever `clean` lets through and stores, every laptop's sync import takes."""
    for rule in (rules.SITE_NAME, rules.NOTE, rules.DEVICE_NAME):
        try:
            cleaned = rule.clean(text)
        except UserError as refusal:
            assert "\n" not in str(refusal)
            continue
        assert rule.accepts(cleaned)
        assert rule.clean(cleaned) == cleaned


# -- numbers -------------------------------------------------------------------------------------

NUMBER_RULES = [
    (rules.VISITS_AT_ONCE, 1, 10_000),
    (rules.PARTICIPANTS_PER_CELL, 0, 9_999),
    (rules.LEADERS, 0, 999),
    (rules.PAPER_PER_CELL, 0, 999),
    (rules.PAPER_PER_SHEET, 1, 5_000),
    (rules.RETENTION_DAYS, 1, 365),
    (rules.SIGNUP_AGE, 0, 25),
    (rules.BAND_AGE, 0, 120),
    (rules.WEEKDAY, 0, 6),
    (rules.REPORT_YEAR, 2000, 2100),
    (rules.DEMO_YEARS, 1, 25),
    (rules.DEMO_SITES, 3, 20),
]


@pytest.mark.parametrize(("rule", "low", "high"), NUMBER_RULES)
def test_numbers_at_their_bounds_pass_and_one_beyond_is_refused(rule, low, high) -> None:
    assert (rule.low, rule.high) == (low, high)
    assert rule.check(low) == low and rule.check(high) == high
    assert rule.accepts(low) and rule.accepts(high)
    for outside in (low - 1, high + 1, 10**20, -(10**20), 10**4000):
        with pytest.raises(UserError) as caught:
            rule.check(outside)
        sentence = str(caught.value)
        assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < 120
        assert not rule.accepts(outside)


def test_accepts_wants_a_whole_number() -> None:
    for value in (True, 3.0, "3", None, float("inf")):
        assert not rules.LEADERS.accepts(value)


def test_a_stored_integer_fits_sqlite() -> None:
    assert rules.STORED_INTEGER.accepts(2**63 - 1) and rules.STORED_INTEGER.accepts(-(2**63))
    assert not rules.STORED_INTEGER.accepts(2**63)


def test_participants_per_cell_are_bounded_after_adding_repeats() -> None:
    assert parse_participants("girl:7-9=9999")[0].count == 9999
    for text in ("girl:7-9=10000", "girl:7-9=100000000000000000000", "girl:7-9=5000,girl:7-9=5000"):
        with pytest.raises(UserError, match="Högst 9999 deltagare"):
            parse_participants(text)


def test_age_bands_have_ages_a_person_can_have() -> None:
    assert AgeBand.from_code("0-120") == AgeBand("0-120", 0, 120)
    assert AgeBand.from_code("120+") == AgeBand("120+", 120, None)
    for code in ("0-121", "121+", "7-100000000000000000000", "7-9\x1b", "1" * 21 + "+"):
        with pytest.raises(UserError):
            AgeBand.from_code(code)


# -- dates, moments and periods ------------------------------------------------------------------


def test_dates_within_the_range() -> None:
    assert rules.parse_date("2000-01-01") == dt.date(2000, 1, 1)
    assert rules.parse_date("2100-12-31") == dt.date(2100, 12, 31)
    with pytest.raises(UserError, match="före 2000-01-01"):
        rules.parse_date("1999-12-31")
    with pytest.raises(UserError, match="efter 2100-12-31"):
        rules.parse_date("2101-01-01")
    for text in ("0001-01-01", "9999-12-31", "1900-01-01"):
        with pytest.raises(UserError, match="ligger"):
            rules.parse_date(text)


def test_an_event_lies_at_most_a_year_ahead() -> None:
    latest = TODAY + dt.timedelta(days=366)
    assert rules.check_event_date(latest, TODAY) == latest
    assert rules.check_event_date(dt.date(2000, 1, 1), TODAY)
    with pytest.raises(UserError, match="mer än ett år fram"):
        rules.check_event_date(latest + dt.timedelta(days=1), TODAY)
    with pytest.raises(UserError, match="före 2000-01-01"):
        rules.check_event_date(dt.date(1999, 12, 31), TODAY)


def test_periods() -> None:
    whole = (dt.date(2000, 1, 1), dt.date(2100, 12, 31))
    assert rules.check_period(*whole) == whole
    day = dt.date(2025, 7, 3)
    assert rules.check_period(day, day) == (day, day)
    with pytest.raises(UserError, match="slutar"):
        rules.check_period(day, day - dt.timedelta(days=1))
    with pytest.raises(UserError, match="före 2000-01-01"):
        rules.check_period(dt.date(1, 1, 1), day)
    with pytest.raises(UserError, match="efter 2100-12-31"):
        rules.check_period(day, dt.date(9999, 12, 31))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2000-01-01T00:00", "2000-01-01T00:00:00+01:00"),
        ("2100-12-31T23:59", "2100-12-31T23:59:00+01:00"),
        ("1999-12-31T23:30Z", "2000-01-01T00:30:00+01:00"),
        ("2025-07-03T14:00+14:00", "2025-07-03T02:00:00+02:00"),
        ("2025-07-03T14:00-12:00", "2025-07-04T04:00:00+02:00"),
    ],
)
def test_moments_within_the_range(typed: str, stored: str) -> None:
    assert rules.parse_moment(typed).isoformat() == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("0001-01-01T00:00+14:00", "före 2000-01-01"),
        ("9999-12-31T23:59-12:00", "efter 2100-12-31"),
        ("0001-01-01T00:00", "före 2000-01-01"),
        ("2000-01-01T00:30+02:30", "före 2000-01-01"),  # 1999-12-31 in Stockholm
        ("2100-12-31T23:30Z", "efter 2100-12-31"),  # 2101-01-01 in Stockholm
        ("2025-07-03T14:00+14:01", "Tidszonen"),
        ("2025-07-03T14:00-12:01", "Tidszonen"),
        ("2025-07-03T14:00+23:59", "Tidszonen"),
    ],
)
def test_moments_outside_are_refused_in_one_sentence(typed: str, words: str) -> None:
    with pytest.raises(UserError, match=words) as caught:
        rules.parse_moment(typed)
    assert str(caught.value).endswith(".")


def test_check_moment_turns_any_storable_moment_into_stockholm_time() -> None:
    moment = dt.datetime(2025, 7, 3, 12, 0, tzinfo=dt.UTC)
    assert rules.check_moment(moment) == dt.datetime(2025, 7, 3, 14, 0, tzinfo=STOCKHOLM)
    assert rules.moment_in_range(moment)
    assert not rules.moment_in_range(
        dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14)))
    )
    assert not rules.moment_in_range(dt.datetime.max.replace(tzinfo=dt.UTC))


@given(st.datetimes(timezones=st.timezones() | st.just(dt.UTC)))
def test_any_aware_moment_is_stored_or_refused_in_a_sentence(moment: dt.datetime) -> None:
    try:
        local = rules.check_moment(moment)
    except UserError as refusal:
        assert not rules.moment_in_range(moment)
        assert str(refusal).endswith(".")
        return
    assert rules.moment_in_range(moment) and rules.in_date_range(local.date())
    assert local.timestamp() == moment.timestamp()  # the same instant (== is false if ambiguous)


def test_record_ids() -> None:
    assert rules.is_record_id("00000000-0000-4000-8000-000000000000")
    for text in ("", "x" * 37, "inte ett id", "\udcff", "a\nb"):
        assert not rules.is_record_id(text)
