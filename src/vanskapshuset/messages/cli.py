"""Sentences of the command line itself (its refusals and its reports of what it did)."""

from vanskapshuset.messages.text import translate

UNKNOWN_LANGUAGE = translate(
    "Meddelande", "Okänt språk ”{language}” (finns: {known}).", "cli.unknown_language"
)
BAD_COMMAND = translate("Meddelande", "Felaktigt kommando: {reason}.", "cli.bad_command")
REPORT_TARGET_MISSING = translate(
    "Meddelande", "Ange var rapporten ska sparas: {options}.", "cli.report_target_missing"
)
ACTIVITY_OR_BLANK = translate(
    "Meddelande", "Ange antingen --activity ID eller --blank.", "cli.activity_or_blank"
)
NO_SITE_YET = translate(
    "Meddelande",
    "Det finns ingen plats ännu; lägg till en med ”site add”.",
    "cli.no_site_yet",
)
OR = translate("Meddelande", "eller", "cli.or")
CHECK_FAILED = translate(
    "Meddelande",
    "Databasen har fel: %n trasiga hänvisningar, schema {revision}.",
    "cli.check_failed",
    2,
)
