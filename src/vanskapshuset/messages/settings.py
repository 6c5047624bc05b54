"""What the settings say when a value is refused."""

from vanskapshuset.messages.text import translate

WRONG_TYPE = translate(
    "Meddelande", "Inställningen ”{key}” fick ett värde av fel slag.", "settings.wrong_type"
)
NOT_A_CHOICE = translate(
    "Meddelande", "Okänt värde ”{value}” (finns: {choices}).", "settings.not_a_choice"
)
UNKNOWN_SETTING = translate(
    "Meddelande", "Det finns ingen inställning som heter ”{key}”.", "settings.unknown"
)
