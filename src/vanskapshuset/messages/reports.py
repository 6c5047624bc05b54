"""Sentences said to the person when a report cannot be made (reports/). The reports' own
headings and labels are the city's Swedish report and are not in the catalogue."""

from vanskapshuset.messages.text import translate

TEXT_TOO_LONG_FOR_PAGE = translate(
    "Meddelande",
    "En text i dokumentet (ett namn, en titel eller en anteckning) är för lång för att "
    "få plats på en sida; korta den och försök igen.",
    "report.text_too_long_for_page",
)

CHARTS_NOT_DRAWN = translate(
    "Meddelande",
    "Diagrammen kunde inte ritas som bilder (ritverktyget rl_renderPM saknas i installationen); "
    "spara rapporten som PDF i stället.",
    "report.charts_not_drawn",
)

NO_CHARTS = translate(
    "Meddelande",
    "Den här rapporten har inga diagram att spara som bilder; välj en säsong, ett år, en "
    "period eller en samarbetspartner.",
    "report.no_charts",
)
