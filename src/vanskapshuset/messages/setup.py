"""Sentences of the first start's setup and of the sign-up sheets' languages."""

from vanskapshuset.messages.text import translate

CHOOSE_A_SITE = translate("Meddelande", "Välj minst en plats.", "setup.choose_a_site")
SITES_SAME_NAME = translate("Meddelande", "Två platser har samma namn.", "setup.sites_same_name")
PASSWORD_TOO_SHORT = translate(
    "Meddelande", "Lösenordet måste ha minst %n tecken.", "setup.password_too_short", 2
)
ALREADY_SET_UP = translate(
    "Meddelande", "Programmet är redan inställt på den här datorn.", "setup.already_set_up"
)
DATA_FOLDER_UNUSABLE = translate(
    "Meddelande",
    "Datamappen {folder} går inte att skapa eller skriva i; välj en annan mapp med --data-dir.",
    "setup.data_folder_unusable",
)
SHEET_LANGUAGE_UNKNOWN = translate(
    "Meddelande",
    "Anmälningslistan finns inte på språket ”{language}”; välj bland {known} (eller {swedish} "
    "för bara svenska).",
    "setup.sheet_language_unknown",
)
