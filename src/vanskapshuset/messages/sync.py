"""Sentences of sync (sync/ and the command line's `team` and `sync`): the team, the team code,
bundle files refused or read, and what a sync reports.

A file name, a laptop's name or a path is a value ({file}, {device}, {path}); the words for a
table of a bundle are Texts of their own (TABLE_WORDS), used as values of the sentences that
name a part of a bundle.
"""

from vanskapshuset.messages.text import Text, translate

# -- the team and its code -------------------------------------------------------------------------

NOT_IN_TEAM = translate(
    "Meddelande",
    "Den här datorn är inte med i något lag ännu: skapa ett lag eller gå med med lagkoden först.",
    "sync.team.not_in_team",
)
ALREADY_IN_TEAM = translate(
    "Meddelande",
    "Den här datorn är redan med i ett lag; dess lagkod finns på sidan Synk.",
    "sync.team.already_in_team",
)
IN_OTHER_TEAM = translate(
    "Meddelande",
    "Den här datorn är redan med i ett annat lag; lämna det först (sidan Synk).",
    "sync.team.in_other_team",
)
CODE_WRONG_CHARACTERS = translate(
    "Meddelande",
    "Lagkoden innehåller tecken som inte finns i koder: {characters}.",
    "sync.code.wrong_characters",
)
CODE_LENGTH = translate(
    "Meddelande",
    "Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.",
    "sync.code.length",
    2,
)
CODE_MISTYPED = translate(
    "Meddelande",
    "Lagkoden är felskriven; kontrollera den tecken för tecken.",
    "sync.code.mistyped",
)

# -- choosing what to read -----------------------------------------------------------------------

NO_FOLDER_CHOSEN = translate(
    "Meddelande", "Välj först en mapp att synka genom.", "sync.folder.none_chosen"
)
FOLDER_MISSING = translate(
    "Meddelande",
    "Mappen ”{folder}” finns inte (är minnet eller nätverket anslutet?).",
    "sync.folder.missing",
)
PATH_IS_FOLDER = translate(
    "Meddelande", "”{path}” är en mapp, inte en synkfil.", "sync.file.is_folder"
)
FILE_MISSING = translate("Meddelande", "Filen ”{path}” finns inte.", "sync.file.missing")
FILE_NOT_PERMITTED = translate(
    "Meddelande",
    "Filen ”{path}” får inte läsas (behörighet saknas).",
    "sync.file.not_permitted",
)
# The reason is the system's own words (its error message).
FILE_READ_FAILED = translate(
    "Meddelande",
    "Kunde inte läsa ”{path}”: {reason}.",
    "sync.file.read_failed",
)
NOT_A_REGULAR_FILE = translate(
    "Meddelande",
    "”{file}” är ingen vanlig fil (en länk, en kö eller en enhet) och lästes inte.",
    "sync.file.not_regular",
)
FILE_TOO_BIG = translate(
    "Meddelande",
    "”{file}” är för stor för att vara en synkfil ({size}; högst {limit}).",
    "sync.file.too_big",
)
FILE_OVER_LIMIT = translate(
    "Meddelande",
    "”{file}” är för stor för att vara en synkfil (mer än {limit}).",
    "sync.file.over_limit",
)
SIZE_MB = translate("Meddelande", "{number} MB", "sync.size.mb")
SIZE_KB = translate("Meddelande", "{number} kB", "sync.size.kb")
SIZE_BYTES = translate("Meddelande", "%n byte", "sync.size.bytes", 2)

# -- a bundle refused ----------------------------------------------------------------------------

BUNDLE_NEWER = translate(
    "Meddelande",
    "”{file}” är gjord av en nyare version av Vänskapshuset; "
    "uppdatera programmet på den här datorn först.",
    "sync.bundle.newer",
)
BUNDLE_INCOMPLETE = translate(
    "Meddelande",
    "”{file}” är ofullständig: filen slutar för tidigt (kopieras den fortfarande?).",
    "sync.bundle.incomplete",
)
NOT_A_BUNDLE = translate(
    "Meddelande", "”{file}” är ingen synkfil från Vänskapshuset.", "sync.bundle.not_a_bundle"
)
OTHER_TEAM = translate(
    "Meddelande",
    "”{file}” kommer från ett annat lag än den här datorns; den kan inte läsas in.",
    "sync.bundle.other_team",
)
BUNDLE_CHANGED = translate(
    "Meddelande",
    "”{file}” har ändrats eller skadats efter att den skrevs; den kan inte läsas in.",
    "sync.bundle.changed",
)
BUNDLE_BROKEN = translate(
    "Meddelande", "”{file}” är skadad; inget lästes in.", "sync.bundle.broken"
)
UNEXPECTED_PARTS = translate(
    "Meddelande",
    "”{file}” innehåller oväntade delar ({parts}); inget lästes in.",
    "sync.bundle.unexpected_parts",
)
DUPLICATE_PARTS = translate(
    "Meddelande",
    "”{file}” innehåller oväntade delar (dubbletter); inget lästes in.",
    "sync.bundle.duplicate_parts",
)
TOO_BIG_UNPACKED = translate(
    "Meddelande",
    "”{file}” är för stor uppackad för att vara en synkfil; inget lästes in.",
    "sync.bundle.too_big_unpacked",
)
BUNDLE_DAMAGED = translate(
    "Meddelande",
    "”{file}” innehåller felaktiga uppgifter ({part}); inget lästes in.",
    "sync.bundle.damaged",
)
BUNDLE_DAMAGED_FROM = translate(
    "Meddelande",
    "Synkfilen ”{file}” från ”{device}” innehåller felaktiga uppgifter ({part}); inget lästes in.",
    "sync.bundle.damaged_from",
)
INVALID_VALUE = translate(
    "Meddelande",
    "Synkfilen ”{file}” från ”{device}” har ett ogiltigt värde i {table}, fältet {field}; "
    "inget lästes in.",
    "sync.bundle.invalid_value",
)
UNKNOWN_REFERENCES = translate(
    "Meddelande",
    "”{file}” hänvisar till uppgifter som varken finns i filen eller på den här datorn; "
    "inget lästes in.",
    "sync.bundle.unknown_references",
)
CLOCK_AHEAD = translate(
    "Meddelande",
    "”{file}” kan inte läsas in: den är skriven {written} enligt datorn ”{device}”, mer än ett "
    "dygn efter den här datorns klocka; kontrollera datum och tid på båda datorerna och synka "
    "igen.",
    "sync.bundle.clock_ahead",
)
NOT_THE_NAMED_FILE = translate(
    "Meddelande",
    "”{file}” är inte den synkfil namnet säger; den lästes inte in.",
    "sync.bundle.not_the_named_file",
)
NO_ROOM = translate(
    "Meddelande",
    "Det finns inte plats på disken för att läsa in ”{file}”; inget lästes in. "
    "Frigör utrymme och synka igen.",
    "sync.import.no_room",
)
UNREADABLE = translate(
    "Meddelande", "”{file}” kunde inte läsas in; detaljer i loggen.", "sync.import.unreadable"
)

# -- which part of a bundle is wrong (the {part} of BUNDLE_DAMAGED) ------------------------------

PART_FIELD = translate("Meddelande", "{table}: {field}", "sync.part.field")
PART_SAME_ID_TWICE = translate(
    "Meddelande", "{table}: samma id två gånger", "sync.part.same_id_twice"
)
PART_ACTIVITY_MISSING = translate(
    "Meddelande", "{table}: aktiviteten saknas", "sync.part.activity_missing"
)
PART_VALUE = translate("Meddelande", "{table}: värde", "sync.part.value")
PART_MISSING = translate("Meddelande", "{parts} saknas", "sync.part.missing")
PART_COUNTS_DIFFER = translate("Meddelande", "antalen stämmer inte", "sync.part.counts_differ")

TABLE_WORDS: dict[str, Text] = {
    "setting": translate("Meddelande", "inställningar", "sync.table.setting"),
    "age_band": translate("Meddelande", "åldersgrupper", "sync.table.age_band"),
    "site": translate("Meddelande", "platser", "sync.table.site"),
    "leader": translate("Meddelande", "ledare", "sync.table.leader"),
    "organisation": translate("Meddelande", "organisationer", "sync.table.organisation"),
    "activity_type": translate("Meddelande", "aktivitetstyper", "sync.table.activity_type"),
    "season": translate("Meddelande", "säsonger", "sync.table.season"),
    "activity_template": translate(
        "Meddelande", "veckoaktiviteter", "sync.table.activity_template"
    ),
    "day_log": translate("Meddelande", "dagböcker", "sync.table.day_log"),
    "activity": translate("Meddelande", "aktiviteter", "sync.table.activity"),
    "follow_up_survey": translate("Meddelande", "enkäter", "sync.table.follow_up_survey"),
    "follow_up_initiative": translate(
        "Meddelande", "samverkansinitiativ", "sync.table.follow_up_initiative"
    ),
    "activity_participant": translate("Meddelande", "deltagare", "sync.table.activity_participant"),
    "activity_partner": translate("Meddelande", "samarbetspartner", "sync.table.activity_partner"),
    "visit": translate("Meddelande", "besök", "sync.table.visit"),
    "record_alias": translate("Meddelande", "sammanslagna namn", "sync.table.record_alias"),
    "audit_log": translate("Meddelande", "ändringslogg", "sync.table.audit_log"),
}

# -- what a sync reports -------------------------------------------------------------------------

CLOCK_REPAIRED = translate(
    "Meddelande",
    "Datorns klocka gick tidigare fel: %n ändringar med för sent datum fick dagens tid.",
    "sync.export.clock_repaired",
    2,
)

# The command line's lines (the window words them in its own table and headline).
CLI_JOINED = translate("Meddelande", "Med i laget som ”{device}”.", "sync.cli.joined")
CLI_IMPORTED_BEFORE = translate(
    "Meddelande", "{file}: redan inläst tidigare, inget ändrat.", "sync.cli.imported_before"
)
CLI_IMPORTED = translate(
    "Meddelande",
    "{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} "
    "uppdaterade poster, {records_unchanged} oförändrade.",
    "sync.cli.imported",
)
CLI_IMPORTED_WITH_CONFLICTS = translate(
    "Meddelande",
    "{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} "
    "uppdaterade poster, {records_unchanged} oförändrade; {conflicts} ändringar förlorade en "
    "konflikt (se sidan Synk).",
    "sync.cli.imported_with_conflicts",
)
CLI_NOTHING_TO_WRITE = translate(
    "Meddelande",
    "Inget nytt att skriva: den här datorns filer i mappen är aktuella.",
    "sync.cli.nothing_to_write",
)
CLI_WROTE = translate("Meddelande", "Skrev {path}.", "sync.cli.wrote")
CODE_EMPTY = translate("Meddelande", "Skriv lagkoden från samordnarens dator.", "sync.code_empty")
