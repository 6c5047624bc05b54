"""Sentences about the database file and the disk, said by every part of the program."""

from vanskapshuset.messages.text import translate

DISK_FULL = translate(
    "Meddelande", "Disken är full: frigör utrymme på datorn och försök igen.", "disk.full"
)
DATABASE_READ_ONLY = translate(
    "Meddelande",
    "Databasfilen går inte att skriva i (skrivskyddad): kontrollera filens behörighet.",
    "database.read_only",
)
DATABASE_BUSY = translate(
    "Meddelande",
    "Databasen är upptagen av ett annat program (till exempel en synkning): "
    "vänta en stund och försök igen.",
    "database.busy",
)
DATABASE_GONE = translate(
    "Meddelande",
    "Databasfilen har tagits bort eller flyttats medan programmet var igång: starta om programmet.",
    "database.gone",
)
DATABASE_UNREADABLE = translate(
    "Meddelande",
    "Databasfilen kunde inte läsas eller skrivas (skadad fil eller fel på disken): "
    "starta om programmet och kontakta samordnaren om det händer igen.",
    "database.unreadable",
)
DATABASE_IS_FOLDER = translate(
    "Meddelande",
    "I stället för databasfilen finns en mapp ({path}), så ingen databas kan öppnas; starta "
    "programmet för att flytta undan den och återställa den senaste säkerhetskopian eller "
    "börja med en tom databas.",
    "database.is_folder",
)
DATABASE_DAMAGED = translate(
    "Meddelande",
    "Databasfilen {path} är skadad och har inte ändrats; starta programmet för att flytta "
    "undan den och återställa den senaste fungerande säkerhetskopian eller börja med en tom "
    "databas.",
    "database.damaged",
)
UNEXPECTED = translate(
    "Meddelande", "Ett oväntat fel inträffade; inget mer ändrades.", "unexpected"
)
UNEXPECTED_SEE_LOG = translate(
    "Meddelande",
    "Ett oväntat fel inträffade; inget mer ändrades (detaljer i loggen {log}).",
    "unexpected.see_log",
)
