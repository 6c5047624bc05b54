"""Sentences about the register (sites, organisations, activity types, leaders), sign-ups and
the day log."""

from vanskapshuset.messages.text import translate

# The kinds of named record, as values of the sentences below.
KIND_SITE = translate("Meddelande", "plats", "records.kind.site")
KIND_ORGANISATION = translate("Meddelande", "organisation", "records.kind.organisation")
KIND_ACTIVITY_TYPE = translate("Meddelande", "aktivitetstyp", "records.kind.activity_type")
KIND_LEADER = translate("Meddelande", "ledare", "records.kind.leader")

NAME_TAKEN = translate(
    "Meddelande", "Det finns redan en {kind} som heter ”{name}”.", "records.name_taken"
)
UNKNOWN_NAME = translate(
    "Meddelande", "Okänd {kind} ”{name}” (finns: {known}).", "records.unknown_name"
)
NONE_YET = translate("Meddelande", "inga ännu", "records.none_yet")
NO_SUCH_ID = translate("Meddelande", "Det finns ingen {kind} med id {id}.", "records.no_such_id")
ACTIVITY_GONE = translate(
    "Meddelande", "Aktiviteten finns inte eller är borttagen.", "records.activity_gone"
)

SEARCH_NAME_EMPTY = translate("Meddelande", "Skriv namnet du söker.", "signups.name_empty")
NO_SIGNUPS_FOR = translate(
    "Meddelande", "Det finns inga anmälningar för ”{name}”.", "signups.none_for"
)
SIGNUP_GONE = translate("Meddelande", "Anmälan finns inte (den kan ha raderats).", "signups.gone")

DAYLOG_SAVED = translate("Meddelande", "Dagboken är sparad.", "daylog.saved")
DAYLOG_HOURS_FORM = translate(
    "Meddelande",
    "Öppettiderna ”{hours}” ska skrivas som tt:mm-tt:mm, t.ex. 15:00-20:00.",
    "daylog.hours_form",
)
DAYLOG_CLOSED_NO_HOURS = translate(
    "Meddelande",
    "En stängd dag har inga öppettider; ange --open tillsammans med --hours.",
    "daylog.closed_no_hours",
)

SEASON_ENDS_BEFORE_START = translate(
    "Meddelande",
    "Säsongen slutar ({end}) före den börjar ({start}).",
    "records.season_ends_before_start",
)
SEASON_LINE = translate("Meddelande", "{name}: {start} – {end} · {sites}", "records.season_line")
SEASON_EVERY_SITE = translate("Meddelande", "alla platser", "records.season_every_site")
SEASON_SAVED = translate("Meddelande", "Säsongen är sparad.", "records.season_saved")
SEASON_NOTHING_TO_CHANGE = translate(
    "Meddelande",
    "Ange vad som ska ändras: --name, --start, --end, --site eller --all-sites.",
    "records.season_nothing_to_change",
)
SEASON_SITES_OR_ALL = translate(
    "Meddelande",
    "Ange antingen --site (en eller flera platser) eller --all-sites, inte båda.",
    "records.season_sites_or_all",
)
NO_SEASONS = translate("Meddelande", "Inga säsonger ännu.", "records.no_seasons")
DAYLOG_LINE_OPEN = translate("Meddelande", "{date} {site}: öppet {hours}{note}", "daylog.line_open")
DAYLOG_LINE_CLOSED = translate("Meddelande", "{date} {site}: stängt{note}", "daylog.line_closed")
DAYLOG_LINE_UNSAID = translate(
    "Meddelande", "{date} {site}: inte angivet om öppet{note}", "daylog.line_unsaid"
)
