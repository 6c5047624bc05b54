"""What the coordinator's lock says: refusals, the wait after wrong passwords, and the names of
the things only the coordinator may do (used as {what} in NEEDS_COORDINATOR)."""

from vanskapshuset.messages.text import translate

NEEDS_COORDINATOR = translate(
    "Meddelande",
    "Det här får bara samordnaren göra: {what}. Samordnarens lösenord behövs.",
    "access.needs_coordinator",
)
OLD_DAY = translate(
    "Meddelande",
    "Dagar äldre än en vecka ({day}) får bara samordnaren ändra: {what}. "
    "Samordnarens lösenord behövs.",
    "access.old_day",
)
WRONG_PASSWORD = translate("Meddelande", "Fel lösenord.", "access.wrong_password")
WRONG_CURRENT_PASSWORD = translate(
    "Meddelande", "Det nuvarande lösenordet stämmer inte.", "access.wrong_current_password"
)
WAIT = translate(
    "Meddelande",
    "För många fel lösenord: vänta %n sekunder innan nästa försök.",
    "access.wait",
    2,
)
PASSWORDS_DIFFER = translate(
    "Meddelande", "De två nya lösenorden är inte lika.", "access.passwords_differ"
)
NO_PASSWORD_SET = translate(
    "Meddelande", "Inget lösenord är satt, så det finns inget att ta bort.", "access.no_password"
)
NEW_PASSWORD_NEEDED = translate(
    "Meddelande",
    "Skriv det nya lösenordet: i en terminal, eller i miljövariabeln VANSKAPSHUSET_NEW_PASSWORD.",
    "access.new_password_needed",
)
PASSWORD_SET = translate("Meddelande", "Lösenordet är sparat.", "access.password_set")
PASSWORD_CLEARED = translate(
    "Meddelande", "Lösenordet är borttaget; inget är längre låst.", "access.password_cleared"
)
UNKNOWN_LEADER = translate(
    "Meddelande", "Det finns ingen ledare som heter ”{name}”.", "access.unknown_leader"
)
COORDINATOR = translate("Meddelande", "samordnare", "access.coordinator")

# What is refused: "… får bara samordnaren göra: {what}."
CHANGE_ACTIVITY = translate("Meddelande", "ändra en aktivitet", "access.what.change_activity")
DELETE_ACTIVITY = translate("Meddelande", "ta bort en aktivitet", "access.what.delete_activity")
DELETE_TEMPLATE = translate("Meddelande", "ta bort en mall", "access.what.delete_template")
COUNT_VISITS = translate("Meddelande", "räkna eller ändra besök", "access.what.visits")
DAY_LOG = translate("Meddelande", "skriva dagboken", "access.what.day_log")
PAPER_TALLY = translate("Meddelande", "skriva in en räknelista", "access.what.paper_tally")
DELETE_RECORD = translate("Meddelande", "ta bort ur registret", "access.what.delete_record")
AGE_BANDS = translate("Meddelande", "ändra åldersgrupperna", "access.what.age_bands")
SETTINGS = translate("Meddelande", "ändra inställningarna", "access.what.settings")
PASSWORD = translate("Meddelande", "ändra lösenordet", "access.what.password")
RESTORE_BACKUP = translate(
    "Meddelande", "återställa en säkerhetskopia", "access.what.restore_backup"
)
BACKUP_FOLDER = translate(
    "Meddelande", "välja mappen för säkerhetskopior", "access.what.backup_folder"
)
PERSONAL_DATA = translate(
    "Meddelande", "söka, lämna ut eller radera personuppgifter", "access.what.personal_data"
)
PAST_SIGNUPS = translate(
    "Meddelande", "se eller ändra anmälningar till en passerad aktivitet", "access.what.signups"
)
CREATE_TEAM = translate("Meddelande", "skapa ett lag", "access.what.create_team")
LEAVE_TEAM = translate("Meddelande", "lämna laget", "access.what.leave_team")
TEAM_CODE = translate("Meddelande", "se lagkoden", "access.what.team_code")
CONFLICTS_SEEN = translate(
    "Meddelande", "markera konflikter som lästa", "access.what.conflicts_seen"
)
HISTORY = translate("Meddelande", "läsa historiken", "access.what.history")
PROMPT_PASSWORD = translate("Meddelande", "Samordnarens lösenord: ", "access.prompt_password")
PROMPT_NEW = translate("Meddelande", "Nytt lösenord: ", "access.prompt_new")
PROMPT_REPEAT = translate("Meddelande", "Upprepa det nya lösenordet: ", "access.prompt_repeat")
