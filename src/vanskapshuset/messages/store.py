"""Sentences of the database file's own checks (store/): a file that is not ours, a schema
newer than this program, an upgrade refused. The disk's and the damaged file's sentences,
said everywhere, are in common.py."""

from vanskapshuset.messages.text import translate

NOT_OUR_DATABASE = translate(
    "Meddelande",
    "Filen {path} är inte en databas för Vänskapshuset.",
    "store.not_our_database",
)
NEWER_SCHEMA = translate(
    "Meddelande",
    "Databasen har skrivits av en nyare version av Vänskapshuset (schema {revision}); "
    "installera den nya versionen på den här datorn.",
    "store.newer_schema",
)
UPGRADE_WOULD_BREAK = translate(
    "Meddelande",
    "Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasiga hänvisningar. "
    "Inget har ändrats.",
    "store.upgrade_would_break",
    2,
)
