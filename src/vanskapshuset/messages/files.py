"""Sentences about saving a file (or a folder of files): why it could not be written."""

from vanskapshuset.messages.text import translate

# What could not be saved, as the value {what} of the sentences below.
WHAT_FILE = translate("Meddelande", "”{name}”", "files.what.file")
WHAT_FOLDER = translate("Meddelande", "filerna i ”{folder}”", "files.what.folder")

IS_A_FOLDER = translate(
    "Meddelande", "”{path}” är en mapp; välj ett filnamn i den.", "files.is_a_folder"
)
IS_A_FILE = translate("Meddelande", "”{path}” är en fil, inte en mapp.", "files.is_a_file")
NO_FOLDER = translate("Meddelande", "Mappen ”{folder}” finns inte.", "files.no_folder")
NOT_A_FOLDER = translate("Meddelande", "”{folder}” är ingen mapp.", "files.not_a_folder")
DISK_FULL = translate(
    "Meddelande", "Det finns inte plats att spara {what} (disken är full).", "files.disk_full"
)
TOO_BIG = translate(
    "Meddelande",
    "Kunde inte spara {what}: filen blir för stor för den här disken.",
    "files.too_big",
)
READ_ONLY_DISK = translate(
    "Meddelande", "Kunde inte spara {what}: disken är skrivskyddad.", "files.read_only_disk"
)
NO_ANSWER = translate(
    "Meddelande",
    "Kunde inte spara {what}: disken svarade inte (är minnet fortfarande anslutet?).",
    "files.no_answer",
)
DENIED = translate(
    "Meddelande",
    "Kunde inte spara {what}: mappen är skrivskyddad eller filen är öppen i "
    "ett annat program (stäng den och försök igen).",
    "files.denied",
)
OTHER = translate("Meddelande", "Kunde inte spara {what}: {reason}.", "files.other")
