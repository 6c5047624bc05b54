"""Sentences of the command line itself (its refusals and its reports of what it did)."""

from vanskapshuset.messages.text import translate

UNKNOWN_LANGUAGE = translate(
    "Meddelande", "Okänt språk ”{language}” (finns: {known}).", "cli.unknown_language"
)
BAD_COMMAND = translate("Meddelande", "Felaktigt kommando: {reason}.", "cli.bad_command")
