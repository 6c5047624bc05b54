"""Sentences about activities and their weekly templates: refusals of the services (each
names the input field it concerns) and what the command line says about them."""

from vanskapshuset.messages.text import translate

UNKNOWN_ACTIVITY = translate(
    "Meddelande", "Det finns ingen aktivitet med id {id}.", "activities.unknown_activity"
)
UNKNOWN_SITE = translate(
    "Meddelande",
    "Platsen finns inte i registret (id {id}); välj en plats i listan.",
    "activities.unknown_site",
)
UNKNOWN_TYPE = translate(
    "Meddelande",
    "Aktivitetstypen finns inte i registret (id {id}); välj en typ i listan.",
    "activities.unknown_type",
)
UNKNOWN_ORGANISATION = translate(
    "Meddelande",
    "Organisationen finns inte i registret (id {id}); välj en organisation i listan.",
    "activities.unknown_organisation",
)
TEMPLATE_GONE = translate("Meddelande", "Mallen finns inte längre.", "activities.template_gone")
# The command line
MISSING_OPTIONS = translate(
    "Meddelande",
    "Det saknas uppgifter för aktiviteten: {options}.",
    "activities.missing_options",
)
NOTHING_TO_CHANGE = translate(
    "Meddelande",
    "Ange minst en uppgift att ändra, t.ex. --title eller --date.",
    "activities.nothing_to_change",
)
CHANGED = translate("Meddelande", "Aktiviteten är ändrad.", "activities.changed")
DELETED = translate("Meddelande", "Aktiviteten är borttagen.", "activities.deleted")
