"""Plain domain rules: age bands, the hybrid logical clock, participants."""

import pytest

from vanskapshuset.domain.age_bands import DEFAULT_AGE_BANDS, AgeBand, validate_band_set
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.hlc import HybridLogicalClock, Stamp
from vanskapshuset.domain.participants import ParticipantCount, parse_participants
from vanskapshuset.domain.vocabulary import Gender


def test_default_age_bands_cover_every_age_once():
    assert [band.code for band in DEFAULT_AGE_BANDS] == [
        "0-6",
        "7-9",
        "10-13",
        "14-17",
        "18-25",
        "26+",
    ]
    for age in range(0, 100):
        assert sum(band.contains(age) for band in DEFAULT_AGE_BANDS) == 1, age


def test_age_band_codes_parse_with_bounds():
    assert AgeBand.from_code("10-13") == AgeBand("10-13", 10, 13)
    assert AgeBand.from_code("26+") == AgeBand("26+", 26, None)
    with pytest.raises(UserError):
        AgeBand.from_code("13-10")
    with pytest.raises(UserError):
        AgeBand.from_code("barn")


def test_overlapping_or_duplicate_bands_are_refused():
    with pytest.raises(UserError, match="överlappar"):
        validate_band_set([AgeBand.from_code("0-9"), AgeBand.from_code("7-12")])
    with pytest.raises(UserError, match="överlappar"):
        validate_band_set([AgeBand.from_code("18+"), AgeBand.from_code("20-25")])
    with pytest.raises(UserError):
        validate_band_set([])


def test_clock_stamps_increase_even_when_the_wall_clock_stands_still_or_goes_back():
    clock = HybridLogicalClock("laptop-a")
    first = clock.tick(1_000)
    second = clock.tick(1_000)
    third = clock.tick(900)  # the wall clock was set back
    assert first < second < third
    assert first.encode() < second.encode() < third.encode()  # text order is stamp order


def test_observing_a_remote_stamp_moves_past_it():
    clock = HybridLogicalClock("laptop-a")
    clock.tick(1_000)
    remote = Stamp(5_000, 3, "laptop-b")
    seen = clock.observe(remote, now_ms=2_000)
    assert seen > remote
    assert clock.tick(2_500) > seen
    assert Stamp.decode(seen.encode()) == seen


def test_clock_resumes_from_a_remembered_stamp():
    remembered = Stamp(9_000, 4, "laptop-a")
    assert HybridLogicalClock("laptop-a", remembered).tick(1_000) == Stamp(9_000, 5, "laptop-a")


def test_participants_parse_and_add_repeated_cells():
    assert parse_participants("girl:7-9=3, boy:10-13=2,girl:7-9=1") == [
        ParticipantCount(Gender.GIRL, "7-9", 4),
        ParticipantCount(Gender.BOY, "10-13", 2),
    ]
    assert parse_participants("") == []
    assert parse_participants("other:26+=0") == []
