"""Sentences about the register's records (sites, seasons, …)."""

from vanskapshuset.messages.text import translate

SEASON_ENDS_BEFORE_START = translate(
    "Meddelande",
    "Säsongen slutar ({end}) före den börjar ({start}).",
    "records.season_ends_before_start",
)
SEASON_ONE_SITE = translate(
    "Meddelande",
    "En säsong kan gälla en plats eller alla platser, inte flera utvalda.",
    "records.season_one_site",
)
