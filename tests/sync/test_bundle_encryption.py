"""Format 2: a bundle in a shared folder shows an outsider nothing but its team id, and every
change, cut, reordering or foreign key is refused in the reader's sentences before anything is
parsed. Bundles of laptops not yet upgraded (format 1) are still imported.

The cases run on real bundles written by a laptop, encrypted again with small chunks by
bundle_writer.encrypt so that one small bundle spans many chunks.
"""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_helpers import SITE
from test_bad_bundles import (
    NAME,
    Pair,
    assert_sentence,
    changed,
    fill,
    format1,
    members_of,
    pair_of,
    refused,
    zip_of,
)

from vanskapshuset.app import App
from vanskapshuset.domain.settings_registry import COORDINATOR_PASSWORD
from vanskapshuset.sync.bundle_format import (
    HEADER_LENGTH,
    LENGTH_BYTES,
    MANIFEST,
    MAX_CHUNK_CIPHER,
    PREFIX_LENGTH,
    encryption_key,
    trailer,
)
from vanskapshuset.sync.bundle_reader import (
    BundleIncomplete,
    BundleRefused,
    check_format1_seal,
    open_bundle,
)
from vanskapshuset.sync.bundle_writer import encrypt
from vanskapshuset.sync.team_code import team_id

LEADER = "Zorbalina Ystadskog"
ORGANISATION = "Föreningen Qvarnblomman"
PASSWORD = "Kaffekokaren 1987"
CHUNK = 512


@pytest.fixture
def pair(laptops, tmp_path: Path) -> Pair:
    return pair_of(laptops, tmp_path, with_personal_data)


def with_personal_data(writer: App) -> None:
    """The usual bundle, plus a leader, an organisation and a password to look for."""
    fill(writer)
    writer.leaders.add(LEADER)
    writer.organisations.add(ORGANISATION, "association")
    writer.settings.set_coordinator_password(PASSWORD)


def chunked(p: Pair) -> bytes:
    """The writer's bundle encrypted again in chunks of CHUNK bytes."""
    return encrypt(zip_of(p.good, p.key), p.key, team_id(p.key), chunk=CHUNK)


def chunks_of(data: bytes, team: str) -> list[tuple[int, int]]:
    """(start, end) of each chunk's length and ciphertext, read as the format lays them out."""
    spans, position, end = [], HEADER_LENGTH, len(data) - len(trailer(team))
    while position < end:
        length = int.from_bytes(data[position : position + LENGTH_BYTES], "big")
        spans.append((position, position + LENGTH_BYTES + length))
        position += LENGTH_BYTES + length
    assert position == end
    return spans


def opened(p: Pair, data: bytes) -> bytes:
    return open_bundle(data, NAME, p.key, team_id(p.key))


def refusal(p: Pair, data: bytes) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        opened(p, data)
    return caught.value


# -- what an outsider with the folder sees ---------------------------------------------------------


def test_a_written_bundle_holds_no_data_in_the_clear(pair: Pair) -> None:
    members = dict(members_of(pair.good, pair.key))
    password_hash = pair.writer.settings.get(COORDINATOR_PASSWORD)
    audit = json.loads(members["audit_log.json"])
    after = audit["columns"].index("after")
    # An audit entry's text as it lies in its member: a JSON string inside JSON.
    audit_texts = [
        json.dumps(row[after], ensure_ascii=False)[1:-1]
        for row in audit["rows"]
        if row[after] and ORGANISATION in row[after]
    ]
    assert audit_texts
    needles = [LEADER, ORGANISATION, SITE, password_hash, *audit_texts, "Ledare 0"]
    needles += [*members, "PK\x03\x04", '"rows"', "vanskapshuset-synk"]
    inside = b"".join(members.values())
    for needle in [LEADER, ORGANISATION, SITE, password_hash, *audit_texts]:
        assert needle.encode() in inside, needle  # they travel, so their absence means something
    for needle in needles:
        assert needle.encode() not in pair.good, needle
    # A format-1 bundle of the same members shows at least its zip's names in the clear.
    assert MANIFEST.encode() in format1(list(members.items()), pair.key)


def test_only_the_team_id_and_fixed_text_are_readable(pair: Pair) -> None:
    team = team_id(pair.key)
    assert pair.good[:PREFIX_LENGTH] == b"VHSYNC2" + team.encode()
    assert pair.good.endswith(trailer(team))
    assert trailer(team) == f"VHSYNC2 {team} {'0' * 64}".encode()
    # One chunk of a 1 MiB budget holds this small bundle.
    ((start, end),) = chunks_of(pair.good, team)
    assert end - start - LENGTH_BYTES == len(zip_of(pair.good, pair.key)) + 17


def test_the_encryption_key_is_not_the_team_key_nor_its_id() -> None:
    key = bytes(range(16))
    derived = encryption_key(key)
    assert len(derived) == 32 and key not in derived
    assert team_id(key) not in derived.hex()
    assert derived != encryption_key(bytes(16))


# -- round trips -----------------------------------------------------------------------------------


def test_round_trip_through_a_file(pair: Pair) -> None:
    path = pair.folder / NAME
    path.write_bytes(pair.good)
    result = pair.reader.sync.import_file(path)
    assert result.visits_new == 6 and result.records_new > 0
    assert LEADER in [leader.name for leader in pair.reader.leaders.list()]
    assert pair.reader.settings.check_coordinator_password(PASSWORD)


def test_a_bundle_of_many_chunks_reads_back_whole(pair: Pair) -> None:
    data = chunked(pair)
    assert len(chunks_of(data, team_id(pair.key))) > 5
    assert opened(pair, data) == zip_of(pair.good, pair.key)
    path = pair.folder / NAME
    path.write_bytes(data)
    assert pair.reader.sync.import_file(path).visits_new == 6


# -- damage, cuts and splices --------------------------------------------------------------------


def test_a_flipped_byte_in_any_chunk_is_refused(pair: Pair) -> None:
    data = chunked(pair)
    spans = chunks_of(data, team_id(pair.key))
    places = [start + LENGTH_BYTES + (end - start) // 2 for start, end in spans]
    places += [start + LENGTH_BYTES for start, _ in spans] + [end - 1 for _, end in spans]
    places += [start + LENGTH_BYTES - 1 for start, _ in spans]  # the length's lowest byte
    places += [PREFIX_LENGTH, HEADER_LENGTH - 1]  # the stream header
    for place in places:
        damaged = bytearray(data)
        damaged[place] ^= 0x01
        error = refusal(pair, bytes(damaged))
        assert_sentence(error, BundleRefused, "har ändrats eller skadats")


def test_a_file_cut_anywhere_is_incomplete(pair: Pair) -> None:
    data = chunked(pair)
    spans = chunks_of(data, team_id(pair.key))
    cuts = {*range(1, len(data), 97), *(end for _, end in spans), len(data) - 1}
    for cut in sorted(cuts):
        error = refusal(pair, data[:cut])
        assert_sentence(error, BundleIncomplete, "ofullständig", "kopieras den fortfarande?")


def test_a_file_without_its_final_chunk(pair: Pair) -> None:
    data = chunked(pair)
    team = team_id(pair.key)
    last_start, _ = chunks_of(data, team)[-1]
    # Cut before the final chunk, as a copy still under way looks: tried again later.
    assert_sentence(refusal(pair, data[:last_start]), BundleIncomplete, "ofullständig")
    # The final chunk taken out but the trailer kept: the file was changed.
    spliced = data[:last_start] + trailer(team)
    assert_sentence(refusal(pair, spliced), BundleRefused, "har ändrats")


def splice(data: bytes, spans: list[tuple[int, int]], order: list[int]) -> bytes:
    body = b"".join(data[spans[i][0] : spans[i][1]] for i in order)
    return data[:HEADER_LENGTH] + body + data[spans[-1][1] :]


CHUNK_ORDERS: dict[str, Callable[[int], list[int]]] = {
    "first two swapped": lambda n: [1, 0, *range(2, n)],
    "last two swapped": lambda n: [*range(n - 2), n - 1, n - 2],
    "one repeated": lambda n: [0, 1, 1, *range(2, n)],
    "one dropped": lambda n: [0, *range(2, n)],
    "reversed": lambda n: list(reversed(range(n))),
}


@pytest.mark.parametrize("order", list(CHUNK_ORDERS))
def test_chunks_reordered_repeated_or_dropped_are_refused(pair: Pair, order: str) -> None:
    data = chunked(pair)
    spans = chunks_of(data, team_id(pair.key))
    assert splice(data, spans, list(range(len(spans)))) == data
    error = refusal(pair, splice(data, spans, CHUNK_ORDERS[order](len(spans))))
    assert_sentence(error, BundleRefused, "har ändrats eller skadats")


def test_data_after_the_final_chunk_is_refused(pair: Pair) -> None:
    team = team_id(pair.key)
    (span,) = chunks_of(pair.good, team)
    extra = pair.good[: span[1]] + b"\x00" * 40 + trailer(team)
    assert_sentence(refusal(pair, extra), BundleRefused, "har ändrats")


def test_a_chunk_longer_than_any_writer_writes_is_refused_unread(pair: Pair) -> None:
    team = team_id(pair.key)
    length = (MAX_CHUNK_CIPHER + 1).to_bytes(LENGTH_BYTES, "big")
    data = pair.good[:HEADER_LENGTH] + length + bytes(64) + trailer(team)
    assert_sentence(refusal(pair, data), BundleRefused, "har ändrats")


# -- keys and teams --------------------------------------------------------------------------------


def test_a_bundle_of_another_team_is_recognised_before_decrypting(pair: Pair) -> None:
    other = bytes(range(16))
    data = encrypt(zip_of(pair.good, pair.key), other, team_id(other))
    assert_sentence(refusal(pair, data), BundleRefused, "annat lag")


def test_another_key_writing_our_team_id_is_refused(pair: Pair) -> None:
    data = encrypt(zip_of(pair.good, pair.key), bytes(range(16)), team_id(pair.key))
    assert_sentence(refusal(pair, data), BundleRefused, "har ändrats")


# -- formats -------------------------------------------------------------------------------------


def test_format_1_bundle_is_imported_through_a_shared_folder(pair: Pair, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    old = changed(pair.members(), MANIFEST, lambda body: body.update(format_version=1))
    (folder / "Gamla-datorn-12345678.vhsync").write_bytes(format1(old, pair.key))
    result = pair.reader.sync.sync_folder(folder)
    assert result.skipped == ()
    (imported,) = result.imported
    assert imported.visits_new == 6
    assert LEADER in [leader.name for leader in pair.reader.leaders.list()]


def test_a_format_1_reader_asks_for_an_update(pair: Pair) -> None:
    """What a laptop not yet upgraded says of a format-2 file: its reader's check is the very
    function that checks format 1 here."""
    with pytest.raises(BundleRefused) as caught:
        check_format1_seal(pair.good, NAME, pair.key, team_id(pair.key))
    assert_sentence(caught.value, BundleRefused, "nyare version av Vänskapshuset", "uppdatera")


def test_a_hand_made_format_9_is_refused_as_newer(pair: Pair) -> None:
    data = b"VHSYNC9" + pair.good[7:]
    error = refused(pair.reader, data, pair.folder)
    assert_sentence(error, BundleRefused, "nyare version", "uppdatera")
