"""Sentences about backups: making, listing, restoring them, and the damaged database."""

from vanskapshuset.messages.text import translate

SECOND_FOLDER_MISSING = translate(
    "Meddelande",
    "Mappen ”{folder}” finns inte (är minnet anslutet?).",
    "backup.second_folder_missing",
)
SECOND_FOLDER_SAME = translate(
    "Meddelande",
    "Välj en annan mapp än den där säkerhetskopiorna redan sparas.",
    "backup.second_folder_same",
)
NO_SUCH_BACKUP = translate(
    "Meddelande",
    "Det finns ingen säkerhetskopia som heter ”{name}” (se listan över säkerhetskopior).",
    "backup.no_such_backup",
)
NO_SUCH_FILE = translate("Meddelande", "Filen ”{name}” finns inte.", "backup.no_such_file")
NOT_OURS = translate(
    "Meddelande", "”{name}” är ingen säkerhetskopia av Vänskapshuset.", "backup.not_ours"
)
DAMAGED = translate(
    "Meddelande", "Säkerhetskopian ”{name}” är skadad; välj en annan.", "backup.damaged"
)
TOO_NEW = translate(
    "Meddelande",
    "Säkerhetskopian ”{name}” är gjord av en nyare version av Vänskapshuset "
    "(schema {revision}); installera den versionen för att återställa den.",
    "backup.too_new",
)

# A backup or restore that was not made, and why (the {cause}).
NOT_MADE = translate("Meddelande", "Säkerhetskopian gjordes inte: {cause}.", "backup.not_made")
RESTORE_NOT_MADE = translate(
    "Meddelande", "Återställningen gjordes inte: {cause}.", "backup.restore_not_made"
)
CAUSE_DISK_FULL = translate(
    "Meddelande", "disken är full; frigör utrymme och försök igen", "backup.cause.disk_full"
)
CAUSE_READ_ONLY = translate(
    "Meddelande", "mappen {folder} går inte att skriva i", "backup.cause.read_only"
)
CAUSE_LOCKED = translate(
    "Meddelande",
    "databasen används av ett annat program (en synkning eller ett kommando); "
    "försök igen när det är klart",
    "backup.cause.locked",
)
CAUSE_MISSING = translate(
    "Meddelande", "databasfilen finns inte längre; starta om programmet", "backup.cause.missing"
)
CAUSE_DAMAGED = translate(
    "Meddelande",
    "en fil kunde inte läsas (skadad fil eller fel på disken)",
    "backup.cause.damaged",
)
CAUSE_NOT_A_FOLDER = translate("Meddelande", "{folder} är ingen mapp", "backup.cause.not_a_folder")
CAUSE_UNREADABLE = translate("Meddelande", "databasen kunde inte läsas", "backup.cause.unreadable")
CAUSE_UNEXPECTED = translate("Meddelande", "ett oväntat fel (se loggen)", "backup.cause.unexpected")

# After the start check found the database damaged.
COPY_FAILED = translate(
    "Meddelande",
    "Säkerhetskopian {name} gick inte att kopiera; ingenting har ändrats.",
    "backup.copy_failed",
)
NOT_MOVED_ASIDE = translate(
    "Meddelande",
    "Databasfilen {path} gick inte att flytta undan ({reason}); ingenting har tagits bort.",
    "backup.damaged_not_moved",
)

# The command line's report of what a backup command did.
REASON_DAILY = translate("Meddelande", "dagens första start", "backup.reason.daily")
REASON_SYNC = translate("Meddelande", "före synk", "backup.reason.sync")
REASON_MANUAL = translate("Meddelande", "gjord för hand", "backup.reason.manual")
REASON_UPGRADE = translate("Meddelande", "före uppgradering", "backup.reason.upgrade")
REASON_RESTORE = translate("Meddelande", "före återställning", "backup.reason.restore")
UNREADABLE = translate("Meddelande", "kan inte läsas", "backup.unreadable")
# The count is the activities; {visits} besök reads the same for one and many.
HOLDS = translate(
    "Meddelande", "{visits} besök, %n aktiviteter, schema {revision}", "backup.holds", 2
)
CREATED = translate("Meddelande", "Säkerhetskopian är sparad: {backup}", "backup.created")
SECOND_WRITTEN = translate(
    "Meddelande", "En kopia utan anmälningar finns också i {folder}.", "backup.second_written"
)
SECOND_ABSENT = translate(
    "Meddelande",
    "Den andra mappen {folder} finns inte nu (inte ansluten); ingen kopia där.",
    "backup.second_absent",
)
SECOND_FAILED = translate(
    "Meddelande", "Ingen kopia i den andra mappen: {problem}", "backup.second_failed"
)
NONE_YET = translate(
    "Meddelande", "Inga säkerhetskopior ännu (de sparas i {folder}).", "backup.none_yet"
)
RESTORED = translate(
    "Meddelande",
    "Återställde {restored}; det som fanns innan finns kvar som säkerhetskopian {kept}.",
    "backup.restored",
)
FOLDER_OR_OFF = translate(
    "Meddelande", "Ange antingen en mapp eller --off, inte båda.", "backup.folder_or_off"
)
SECOND_FOLDER_IS = translate(
    "Meddelande", "Andra mappen för säkerhetskopior: {folder}.", "backup.second_folder_is"
)
NO_SECOND_FOLDER = translate(
    "Meddelande", "Ingen andra mapp för säkerhetskopior.", "backup.no_second_folder"
)
