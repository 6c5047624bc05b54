"""Sentences of the demo data."""

from vanskapshuset.messages.text import translate

NOT_EMPTY = translate(
    "Meddelande",
    "Databasen innehåller redan data; demodata fylls bara i en tom databas "
    "(välj en ny mapp med --data-dir).",
    "demo.not_empty",
)
# The count is the activities; {visits} besök reads the same for one and many.
SUMMARY = translate(
    "Meddelande",
    "Demodata för {period}: {visits} besök och %n aktiviteter ({seasons}).",
    "demo.summary",
    2,
)
