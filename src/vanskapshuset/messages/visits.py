"""Sentences about counting visits: at the door and from a paper tally sheet."""

from vanskapshuset.messages.text import translate

CLOCK_WRONG = translate(
    "Meddelande", "Datorns klocka visar {date}: ställ klockan rätt först.", "visits.clock_wrong"
)
UNKNOWN_AGE_BAND = translate("Meddelande", "Okänd åldersgrupp ”{band}”.", "visits.unknown_age_band")
UNDO_MISSING = translate(
    "Meddelande", "Besöket som skulle ångras finns inte.", "visits.undo_missing"
)
ALREADY_UNDONE = translate("Meddelande", "Det besöket är redan ångrat.", "visits.already_undone")
PAPER_DAY_AHEAD = translate(
    "Meddelande", "Dagen {day} har inte varit än.", "visits.paper_day_ahead"
)
PAPER_GONE = translate(
    "Meddelande", "Räknelistan är redan borttagen eller finns inte.", "visits.paper_gone"
)
VISITS_SAVED = translate("Meddelande", "%n besök sparade.", "visits.saved", 2)
NEW_VISITS_SAVED = translate(
    "Meddelande",
    "Markerade som nya (första gången i säsongen): {count}.",
    "visits.new_saved",
)
