"""The team code: read out, typed and printed; a typing error is caught before any bundle is."""

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from database_dump import dump_database
from vanskapshuset.app import App, open_app
from vanskapshuset.domain.errors import UserError
from vanskapshuset.sync.team_code import (
    ALPHABET,
    CHECK_CHARS,
    KEY_BYTES,
    KEY_CHARS,
    key_from_code,
    new_team_key,
    team_code,
    team_id,
)

LENGTH = KEY_CHARS + CHECK_CHARS
TYPO = "Lagkoden är felskriven; kontrollera den tecken för tecken."
keys = st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES)

EXAMPLE_KEYS = (
    bytes(range(16)),
    b"\xff" * 16,
    bytes.fromhex("00112233445566778899aabbccddeeff"),
    bytes.fromhex("7e3a9c01d45b8f2260ae13c7b95d0e48"),
    "Vänskapshuset!!".encode(),
)


def compact(code: str) -> str:
    return code.replace("-", "")


def typo_refused(text: str) -> bool:
    """Whether `text` is refused with the typo sentence (any other outcome: False)."""
    try:
        key_from_code(text)
    except UserError as error:
        assert str(error) == TYPO, str(error)
        return True
    return False


def one_changed(text: str, position: int, char: str) -> str:
    return text[:position] + char + text[position + 1 :]


def swapped(text: str, position: int) -> str:
    return text[:position] + text[position + 1] + text[position] + text[position + 2 :]


def folder_of(app: App):
    return app.db.path.parent


# -- the code itself -----------------------------------------------------------------------------


def test_examples_are_seven_groups_of_four_in_the_code_alphabet() -> None:
    for key in EXAMPLE_KEYS:
        code = team_code(key)
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}", code), code
        assert key_from_code(code) == key
    assert len(new_team_key()) == KEY_BYTES
    assert new_team_key() != new_team_key()


@given(keys)
def test_round_trip(key: bytes) -> None:
    code = team_code(key)
    assert len(compact(code)) == LENGTH
    assert set(compact(code)) <= set(ALPHABET)
    assert key_from_code(code) == key


@given(keys, st.randoms(use_true_random=False))
def test_typing_variations_are_accepted(key: bytes, rng: random.Random) -> None:
    code = team_code(key)
    text = compact(code)
    variations = [
        code.lower(),
        text,
        text.lower(),
        code.replace("-", " "),
        "  " + " ".join(text[i : i + 2] for i in range(0, LENGTH, 2)) + "\n",
        "-".join(text),  # a dash after every character
        "".join(rng.choice((c.lower(), c)) for c in code),  # mixed case
        # O and o for zero, I, i, L and l for one: what people read on paper
        "".join(rng.choice("Oo") if c == "0" else c for c in code),
        "".join(rng.choice("IiLl") if c == "1" else c for c in code),
    ]
    for variation in variations:
        assert key_from_code(variation) == key, variation


def test_fixed_single_changes_and_swaps_are_caught() -> None:
    for key in EXAMPLE_KEYS:
        text = compact(team_code(key))
        for position in (0, 1, 6, 13, 19, 24, 25, 26, 27):
            old = ALPHABET.index(text[position])
            for step in (1, 7, 16):
                changed = one_changed(text, position, ALPHABET[(old + step) % 32])
                assert typo_refused(changed), (key.hex(), position, step)
        pairs = [i for i in range(LENGTH - 1) if text[i] != text[i + 1]]
        for position in pairs:  # every adjacent swap of two different characters
            assert typo_refused(swapped(text, position)), (key.hex(), position)


def test_nearly_every_single_change_is_caught() -> None:
    """The 10-bit check misses about one change in a thousand; the first character's spare
    bits catch some more. Over random keys at least 99 % must be caught."""
    rng = random.Random(20260616)
    changes = caught = 0
    for _ in range(300):
        text = compact(team_code(rng.randbytes(KEY_BYTES)))
        for position in range(LENGTH):
            other = rng.choice([c for c in ALPHABET if c != text[position]])
            changes += 1
            caught += typo_refused(one_changed(text, position, other))
    assert changes == 300 * LENGTH
    assert caught / changes >= 0.99, (caught, changes)


def test_nearly_every_swapped_pair_is_caught() -> None:
    rng = random.Random(7)
    swaps = caught = 0
    for _ in range(300):
        text = compact(team_code(rng.randbytes(KEY_BYTES)))
        for position in range(LENGTH - 1):
            if text[position] != text[position + 1]:
                swaps += 1
                caught += typo_refused(swapped(text, position))
    assert swaps > 7000
    assert caught / swaps >= 0.99, (caught, swaps)


def test_an_empty_code_asks_for_the_code() -> None:
    for typed in ("", "  ", " - "):
        with pytest.raises(UserError) as caught:
            key_from_code(typed)
        assert str(caught.value) == "Skriv lagkoden från samordnarens dator."
        assert caught.value.field == "code"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ABCD", 4),
        ("drop-one", LENGTH - 1),
        ("add-one", LENGTH + 1),
        ("double", 2 * LENGTH),
    ],
)
def test_wrong_length(text: str, count: int) -> None:
    code = team_code(EXAMPLE_KEYS[3])
    typed = {
        "drop-one": code[:-1],
        "add-one": code + "7",
        "double": code + code,
    }.get(text, text)
    with pytest.raises(UserError) as caught:
        key_from_code(typed)
    assert type(caught.value) is UserError
    assert str(caught.value) == (
        f"Lagkoden ska ha {LENGTH} tecken (utan bindestreck), men har {count}."
    )


@pytest.mark.parametrize(
    ("replacements", "shown"),
    [
        ({5: "U"}, "U"),
        ({5: "u"}, "U"),
        ({0: "*", 20: "å"}, "* Å"),
        ({3: "#", 4: "#", 9: "?"}, "# ?"),
        ({10: "٣"}, "٣"),  # an Arabic-Indic digit
    ],
)
def test_foreign_characters(replacements: dict[int, str], shown: str) -> None:
    text = compact(team_code(EXAMPLE_KEYS[3]))
    for position, char in replacements.items():
        text = one_changed(text, position, char)
    with pytest.raises(UserError) as caught:
        key_from_code(text)
    assert str(caught.value) == f"Lagkoden innehåller tecken som inte finns i koder: {shown}."


def test_a_key_too_large_for_128_bits_is_a_typo() -> None:
    """26 characters carry 130 bits: a first character above 7 cannot come from a key."""
    text = compact(team_code(EXAMPLE_KEYS[1]))  # the largest key
    assert text[0] == "7"
    for char in ALPHABET[8:]:
        assert typo_refused(char + text[1:])


@given(keys, keys)
def test_team_id_is_stable_and_differs_between_keys(one: bytes, other: bytes) -> None:
    assert team_id(one) == team_id(bytes(one)) == team_id(key_from_code(team_code(one)))
    assert re.fullmatch(r"[0-9a-f]{16}", team_id(one))
    assert team_id(one) not in team_code(one).lower()
    if one != other:
        assert team_id(one) != team_id(other)


def test_code_and_team_id_of_a_known_key_never_change() -> None:
    """Printed codes and the id on every bundle: changing how they are made splits teams."""
    key = bytes(range(16))
    assert team_code(key) == "0004-1061-050R-3GG2-8A1C-60T3-GFCF"
    assert team_id(key) == "65ef0ea4af5c48bf"


# -- the team on a laptop ------------------------------------------------------------------------


def test_creating_a_team_twice_is_refused(laptops) -> None:
    (app,) = laptops(1)
    status = app.sync.status()
    before = dump_database(folder_of(app))
    with pytest.raises(UserError) as caught:
        app.sync.create_team("En till")
    assert "redan med i ett lag" in str(caught.value)
    assert app.sync.status() == status
    assert dump_database(folder_of(app)) == before


def test_joining_another_team_while_in_one_is_refused(laptops, tmp_path, team_clock) -> None:
    _, second = laptops(2)
    stranger = open_app(tmp_path / "stranger", clock=team_clock, actor="Främling")
    try:
        other_code = stranger.sync.create_team("Främlingen").code
    finally:
        stranger.close()
    assert other_code is not None
    status = second.sync.status()
    before = dump_database(folder_of(second))
    with pytest.raises(UserError) as caught:
        second.sync.join_team(other_code, "Byter lag")
    assert "redan med i ett annat lag" in str(caught.value)
    assert second.sync.status() == status
    assert dump_database(folder_of(second)) == before


def test_joining_with_the_same_code_again_is_fine(laptops) -> None:
    first, second = laptops(2)
    code = first.sync.status().code
    assert code is not None
    again = second.sync.join_team(code.lower().replace("-", " "), "Laptop vid dörren")
    assert again.in_team and again.team_id == first.sync.status().team_id
    assert again.device_name == "Laptop vid dörren"
    assert second.sync.join_team(code).device_name == "Laptop vid dörren"
    # The coordinator's laptop may also "join" its own team.
    assert first.sync.join_team(code).team_id == again.team_id


def test_a_mistyped_code_joins_nothing(laptops, tmp_path, team_clock) -> None:
    (coordinator,) = laptops(1)
    code = coordinator.sync.status().code
    assert code is not None
    text = compact(code)
    wrong = swapped(text, next(i for i in range(LENGTH - 1) if text[i] != text[i + 1]))
    newcomer = open_app(tmp_path / "newcomer", clock=team_clock, actor="Ny")
    try:
        before = dump_database(folder_of(newcomer))
        with pytest.raises(UserError) as caught:
            newcomer.sync.join_team(wrong, "Ny dator")
        assert str(caught.value) == TYPO
        assert not newcomer.sync.status().in_team
        assert dump_database(folder_of(newcomer)) == before
    finally:
        newcomer.close()
