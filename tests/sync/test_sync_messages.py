"""Sync's and the database's sentences are catalogue messages: the command line's catalogue
says them in Swedish while a language has no translation of them, values and all."""

from pathlib import Path

import pytest

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import store as said_store
from vanskapshuset.messages import sync as said
from vanskapshuset.messages.catalogue import Catalogue
from vanskapshuset.messages.languages import available_languages
from vanskapshuset.messages.text import Message, Text, swedish
from vanskapshuset.sync.bundle_file import too_big
from vanskapshuset.sync.bundle_reader import damaged, part_words
from vanskapshuset.sync.row_checks import Bad, refusal
from vanskapshuset.sync.team_code import key_from_code

LANGUAGES = available_languages()  # Swedish and every .ts shipped


def _untranslated(language: str, message: Message) -> bool:
    """Whether `language` has no translation of the message's sentence (yet)."""
    count = 2 if message.text.plural else None
    return Catalogue(language).lookup(message.text, count) == swedish(message.text, count)


CASES = [
    (said.BUNDLE_BROKEN(file="dörren.vhsync"), "”dörren.vhsync” är skadad; inget lästes in."),
    (
        said.CLOCK_REPAIRED(3),
        "Datorns klocka gick tidigare fel: 3 ändringar med för sent datum fick dagens tid.",
    ),
    (
        said.BUNDLE_DAMAGED_FROM(
            file="a.vhsync",
            device="Dörren",
            part=said.PART_SAME_ID_TWICE(table=said.TABLE_WORDS["visit"]),
        ),
        "Synkfilen ”a.vhsync” från ”Dörren” innehåller felaktiga uppgifter "
        "(besök: samma id två gånger); inget lästes in.",
    ),
    (said.NO_FOLDER_CHOSEN(), "Välj först en mapp att synka genom."),
    (
        said_store.UPGRADE_WOULD_BREAK(4),
        "Uppgraderingen av databasen avbröts: den skulle ha lämnat 4 trasiga hänvisningar. "
        "Inget har ändrats.",
    ),
    (
        said_store.NEWER_SCHEMA(revision="0099"),
        "Databasen har skrivits av en nyare version av Vänskapshuset (schema 0099); "
        "installera den nya versionen på den här datorn.",
    ),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("message", "swedish"), CASES, ids=[m.code for m, _ in CASES])
def test_the_cli_catalogue_says_each_message_in_its_language(
    language: str, message: Message, swedish: str
) -> None:
    """Swedish while a language has no translation of it; else that language's sentence, with
    every value put in once and no placeholder left."""
    assert str(message) == swedish
    said_there = Catalogue(language).say(message)
    if _untranslated(language, message):
        assert said_there == swedish
        return
    assert said_there != swedish and "{" not in said_there and "\n" not in said_there
    for value in message.values.values():
        if isinstance(value, str | int):
            assert str(value) in said_there


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_reads_as_its_message_in_the_catalogue(language: str) -> None:
    with pytest.raises(UserError) as raised:
        key_from_code("7KQM-3XPD")
    error = raised.value
    assert error.message.code == "sync.code.length"
    if _untranslated(language, error.message):
        assert Catalogue(language).say(error.message) == str(error)
    assert str(error) == "Lagkoden ska ha 28 tecken (utan bindestreck), men har 8."


def test_the_sentences_that_name_a_part_of_a_bundle() -> None:
    assert str(damaged("x.vhsync", part_words("visit", "delta"))) == (
        "”x.vhsync” innehåller felaktiga uppgifter (besök: delta); inget lästes in."
    )
    assert str(damaged("x.vhsync", part_words("no_such_table"), "Dörren")) == (
        "Synkfilen ”x.vhsync” från ”Dörren” innehåller felaktiga uppgifter (no_such_table); "
        "inget lästes in."
    )
    assert str(refusal(Bad("activity", "kind"), "x.vhsync", "Dörren")) == (
        "Synkfilen ”x.vhsync” från ”Dörren” har ett ogiltigt värde i aktiviteter, fältet kind; "
        "inget lästes in."
    )


@pytest.mark.parametrize(
    ("size", "limit", "said_of_it"),
    [
        (300_000_000, 268_435_456, "(300,0 MB; högst 268,4 MB)"),
        (268_435_457, 268_435_456, "(mer än 268,4 MB)"),
        (5_000, 2_000, "(5 kB; högst 2 kB)"),
        (5, 1, "(5 byte; högst 1 byte)"),
    ],
)
def test_a_file_too_big_says_its_size(size: int, limit: int, said_of_it: str) -> None:
    sentence = str(too_big(Path("/tmp/stor.vhsync"), size, limit))
    assert sentence == f"”stor.vhsync” är för stor för att vara en synkfil {said_of_it}."


def test_every_sentence_has_its_own_code_under_sync_or_store() -> None:
    texts = [
        value
        for module in (said, said_store)
        for value in [*vars(module).values(), *said.TABLE_WORDS.values()]
        if isinstance(value, Text)
    ]
    assert all(t.code.startswith(("sync.", "store.")) for t in texts)
    assert all(t.code == t.code.lower() and " " not in t.code for t in texts)
