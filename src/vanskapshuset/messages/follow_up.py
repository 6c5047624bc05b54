"""Sentences about the follow-up register (Uppföljning): surveys of actors and collaboration
initiatives, the qualitative measures of the agreement's section 8."""

from vanskapshuset.messages.text import translate

# What each text is called at the start of the text rules' sentences (domain/follow_up.py).
SURVEY_WITH_TEXT = translate(
    "Meddelande", "Vilka enkäten gjordes med", "follow_up.subject.survey_with"
)
SURVEY_SUMMARY = translate("Meddelande", "Sammanfattningen", "follow_up.subject.survey_summary")
SURVEY_SUMMARY_EMPTY = translate(
    "Meddelande",
    "Skriv en kort sammanfattning av enkäten.",
    "follow_up.empty.survey_summary",
)
INITIATIVE_TITLE = translate(
    "Meddelande", "Initiativets namn", "follow_up.subject.initiative_title"
)
INITIATIVE_TITLE_EMPTY = translate(
    "Meddelande", "Initiativet måste ha ett namn.", "follow_up.empty.initiative_title"
)
CHOICE_STATUS = translate("Meddelande", "status", "follow_up.choice.status")

# Refusals of the service (each names the field it concerns).
SURVEY_WITH_NOBODY = translate(
    "Meddelande",
    "Ange vilka enkäten gjordes med: en eller flera aktörer ur registret, eller en text.",
    "follow_up.survey_with_nobody",
)
SURVEY_GONE = translate(
    "Meddelande", "Enkäten finns inte eller är borttagen (id {id}).", "follow_up.survey_gone"
)
INITIATIVE_GONE = translate(
    "Meddelande",
    "Initiativet finns inte eller är borttaget (id {id}).",
    "follow_up.initiative_gone",
)
INITIATIVE_ENDS_BEFORE_START = translate(
    "Meddelande",
    "Initiativet slutar ({end}) före det börjar ({start}).",
    "follow_up.initiative_ends_before_start",
)

# The command line.
NOTHING_TO_CHANGE = translate(
    "Meddelande",
    "Ange minst en uppgift att ändra, t.ex. --summary eller --status.",
    "follow_up.nothing_to_change",
)
SURVEY_CHANGED = translate("Meddelande", "Enkäten är ändrad.", "follow_up.survey_changed")
SURVEY_DELETED = translate("Meddelande", "Enkäten är borttagen.", "follow_up.survey_deleted")
INITIATIVE_CHANGED = translate(
    "Meddelande", "Initiativet är ändrat.", "follow_up.initiative_changed"
)
INITIATIVE_DELETED = translate(
    "Meddelande", "Initiativet är borttaget.", "follow_up.initiative_deleted"
)
LINE_SURVEY = translate(
    "Meddelande", "{date} enkät med {with_whom}: {summary}  [{id}]", "follow_up.line_survey"
)
LINE_INITIATIVE = translate(
    "Meddelande",
    "{period} initiativ ”{title}” ({status}) med {partners}  [{id}]",
    "follow_up.line_initiative",
)

# The statuses of an initiative, as the command line and the window's messages say them.
STATUS_PLANNED = translate("Meddelande", "planerad", "follow_up.status.planned")
STATUS_ONGOING = translate("Meddelande", "pågår", "follow_up.status.ongoing")
STATUS_ENDED = translate("Meddelande", "avslutad", "follow_up.status.ended")
