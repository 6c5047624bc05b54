"""Sentences of the rules every typed or imported value passes (domain/rules, domain/*.py):
dates and times, numbers, names and notes, age bands, participants and fixed choices.

The words a sentence is about (a rule's subject, "Platsens namn"; a choice's name, "kön") are
Texts too, passed as values, so that they are translated with the sentence.
"""

from vanskapshuset.messages.text import translate

# -- dates, times of day, moments and periods (domain/rules/dates.py) ------------------------

DATE_TOO_EARLY = translate(
    "Meddelande", "Datumet {date} ligger före {earliest}, det tidigaste som går.", "date.too_early"
)
DATE_TOO_LATE = translate(
    "Meddelande", "Datumet {date} ligger efter {latest}, det senaste som går.", "date.too_late"
)
DATE_TOO_FAR_AHEAD = translate(
    "Meddelande",
    "Datumet {date} ligger mer än ett år fram i tiden (senast {latest} går just nu).",
    "date.too_far_ahead",
)
PERIOD_REVERSED = translate(
    "Meddelande", "Perioden slutar ({end}) före den börjar ({start}).", "period.reversed"
)
MOMENT_BAD_OFFSET = translate(
    "Meddelande",
    "Tidszonen i tidpunkten {moment} finns inte (skillnaden mot UTC är −12:00 till +14:00).",
    "moment.bad_offset",
)
DATE_BAD_FORMAT = translate(
    "Meddelande",
    "Datumet ”{text}” ska skrivas som ÅÅÅÅ-MM-DD, t.ex. 2025-07-03.",
    "date.bad_format",
)
TIME_BAD_FORMAT = translate(
    "Meddelande", "Klockslaget ”{text}” ska skrivas som tt:mm, t.ex. 15:30.", "time.bad_format"
)
MOMENT_BAD_FORMAT = translate(
    "Meddelande",
    "Tidpunkten ”{text}” ska skrivas som ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2025-07-03T14:30.",
    "moment.bad_format",
)
MOMENT_SKIPPED = translate(
    "Meddelande",
    "Klockslaget {time} den {date} finns inte i svensk tid (klockan ställdes fram).",
    "moment.skipped_hour",
)

# -- something that ends after it starts the same day (check_time_span's sentences) ----------

ACTIVITY_ENDS_BEFORE_START = translate(
    "Meddelande", "Aktiviteten slutar ({end}) innan den börjar ({start}).", "time_span.activity"
)
TEMPLATE_ENDS_BEFORE_START = translate(
    "Meddelande", "Mallen slutar innan den börjar.", "time_span.template"
)
DAY_LOG_CLOSES_BEFORE_OPENING = translate(
    "Meddelande", "Stängningstiden måste vara efter öppningstiden.", "time_span.day_log"
)

# -- whole numbers within bounds (domain/rules/numbers.py) ------------------------------------
# A plural's %n is the bound the sentence is about: `high` in a too-high sentence and in one
# said at both ends, `low` in a too-low sentence.

VISITS_AT_ONCE_TOO_FEW = translate(
    "Meddelande", "Antalet besök måste vara minst {low}.", "number.visits_at_once.too_low"
)
VISITS_AT_ONCE_TOO_MANY = translate(
    "Meddelande",
    "Högst %n besök kan läggas till på en gång.",
    "number.visits_at_once.too_high",
    2,
)
PARTICIPANTS_NEGATIVE = translate(
    "Meddelande",
    "Antalet deltagare kan inte vara negativt.",
    "number.participants_per_cell.too_low",
)
PARTICIPANTS_TOO_MANY = translate(
    "Meddelande",
    "Högst %n deltagare per kön och åldersgrupp kan anges.",
    "number.participants_per_cell.too_high",
    2,
)
LEADERS_NEGATIVE = translate(
    "Meddelande", "Antalet ledare kan inte vara negativt.", "number.leaders.too_low"
)
LEADERS_TOO_MANY = translate(
    "Meddelande", "Antalet ledare får vara högst {high}.", "number.leaders.too_high"
)
PAPER_CELL_NEGATIVE = translate(
    "Meddelande", "Antalet besök kan inte vara negativt.", "number.paper_per_cell.too_low"
)
PAPER_CELL_TOO_MANY = translate(
    "Meddelande",
    "Högst %n besök per ruta kan skrivas in från en räknelista.",
    "number.paper_per_cell.too_high",
    2,
)
PAPER_SHEET_EMPTY = translate(
    "Meddelande", "Räknelistan har inga besök att skriva in.", "number.paper_per_sheet.too_low"
)
PAPER_SHEET_TOO_MANY = translate(
    "Meddelande",
    "Högst %n besök kan skrivas in från en räknelista.",
    "number.paper_per_sheet.too_high",
    2,
)
RETENTION_DAYS_RANGE = translate(
    "Meddelande", "Sparandetiden ska vara {low}–%n dagar.", "number.retention_days", 2
)
SIGNUP_AGE_RANGE = translate(
    "Meddelande", "Åldern måste vara mellan {low} och %n år.", "number.signup_age", 2
)
BAND_AGE_TOO_LOW = translate(
    "Meddelande", "En åldersgrupp kan inte börja under %n år.", "number.band_age.too_low", 2
)
BAND_AGE_TOO_HIGH = translate(
    "Meddelande", "En åldersgrupp kan inte gå över %n år.", "number.band_age.too_high", 2
)
WEEKDAY_RANGE = translate(
    "Meddelande", "Veckodagen måste vara måndag till söndag.", "number.weekday"
)
REPORT_YEAR_RANGE = translate(
    "Meddelande", "Året ligger utanför {low}–{high}.", "number.report_year"
)
DEMO_YEARS_TOO_FEW = translate(
    "Meddelande", "Demodata behöver minst ett år.", "number.demo_years.too_low"
)
DEMO_YEARS_TOO_MANY = translate(
    "Meddelande",
    "Demodata kan fyllas i för högst %n år.",
    "number.demo_years.too_high",
    2,
)
DEMO_SITES_TOO_FEW = translate(
    "Meddelande", "Demodata behöver minst tre platser.", "number.demo_sites.too_low"
)
DEMO_SITES_TOO_MANY = translate(
    "Meddelande",
    "Demodata kan fyllas i för högst %n platser.",
    "number.demo_sites.too_high",
    2,
)
STORED_INTEGER_TOO_SMALL = translate(
    "Meddelande", "Talet är för litet för databasen.", "number.stored_integer.too_low"
)
STORED_INTEGER_TOO_LARGE = translate(
    "Meddelande", "Talet är för stort för databasen.", "number.stored_integer.too_high"
)

# -- names, titles and notes (domain/rules/text.py) -------------------------------------------

TEXT_TOO_LONG = translate(
    "Meddelande", "{what} får vara högst %n tecken (nu {length}).", "text.too_long", 2
)
TEXT_ONE_LINE = translate(
    "Meddelande", "{what} ska stå på en rad, utan radbrytningar och tabbar.", "text.one_line"
)
TEXT_CONTROL_CHARACTER = translate(
    "Meddelande",
    "{what} innehåller ett osynligt styrtecken ({character}) som inte får finnas i text.",
    "text.control_character",
)
PHONE_INVALID = translate(
    "Meddelande",
    "”{phone}” är inget telefonnummer (skriv t.ex. 070-123 45 67).",
    "text.phone_invalid",
)

# What each kind of text is called at the start of the sentences above.
SITE_NAME = translate("Meddelande", "Platsens namn", "text.subject.site_name")
SEASON_NAME = translate("Meddelande", "Säsongens namn", "text.subject.season_name")
ACTIVITY_TYPE_NAME = translate(
    "Meddelande", "Aktivitetstypens namn", "text.subject.activity_type_name"
)
LEADER_NAME = translate("Meddelande", "Ledarens namn", "text.subject.leader_name")
ORGANISATION_NAME = translate(
    "Meddelande", "Organisationens namn", "text.subject.organisation_name"
)
ACTIVITY_TITLE = translate("Meddelande", "Titeln", "text.subject.activity_title")
TEMPLATE_TITLE = translate("Meddelande", "Mallens titel", "text.subject.template_title")
NOTE = translate("Meddelande", "Anteckningen", "text.subject.note")
DEVICE_NAME = translate("Meddelande", "Datorns namn", "text.subject.device_name")
ACTOR = translate("Meddelande", "Användarens namn", "text.subject.actor")
AGE_BAND_CODE = translate("Meddelande", "Åldersgruppen", "text.subject.age_band_code")
REPORT_ORGANISATION = translate(
    "Meddelande", "Organisationens namn på rapporterna", "text.subject.report_organisation"
)
CONSENT_TEXT = translate("Meddelande", "Samtyckestexten", "text.subject.consent_text")
CHILD_NAME = translate("Meddelande", "Barnets namn", "text.subject.child_name")
GUARDIAN_NAME = translate("Meddelande", "Vårdnadshavarens namn", "text.subject.guardian_name")
MEETING_POINT = translate("Meddelande", "Samlingsplatsen", "text.subject.meeting_point")
SHEET_LEADER = translate("Meddelande", "Ansvarig ledare", "text.subject.sheet_leader")
SHEET_PHONE = translate("Meddelande", "Ledarens telefon", "text.subject.sheet_phone")
BRING = translate("Meddelande", "Ta med", "text.subject.bring")
PHONE = translate("Meddelande", "Telefonnumret", "text.subject.phone")

# What is said when a text that must be given is left empty.
SITE_NAME_EMPTY = translate("Meddelande", "Platsen måste ha ett namn.", "text.empty.site_name")
SEASON_NAME_EMPTY = translate("Meddelande", "Säsongen måste ha ett namn.", "text.empty.season_name")
ACTIVITY_TYPE_NAME_EMPTY = translate(
    "Meddelande", "Aktivitetstypen måste ha ett namn.", "text.empty.activity_type_name"
)
LEADER_NAME_EMPTY = translate("Meddelande", "Ledaren måste ha ett namn.", "text.empty.leader_name")
ORGANISATION_NAME_EMPTY = translate(
    "Meddelande", "Organisationen måste ha ett namn.", "text.empty.organisation_name"
)
ACTIVITY_TITLE_EMPTY = translate(
    "Meddelande", "Aktiviteten måste ha en titel.", "text.empty.activity_title"
)
TEMPLATE_TITLE_EMPTY = translate(
    "Meddelande", "Mallen måste ha en titel.", "text.empty.template_title"
)
DEVICE_NAME_EMPTY = translate("Meddelande", "Datorn måste ha ett namn.", "text.empty.device_name")
AGE_BAND_CODE_EMPTY = translate(
    "Meddelande", "Åldersgruppen måste ha ett namn.", "text.empty.age_band_code"
)
REPORT_ORGANISATION_EMPTY = translate(
    "Meddelande",
    "Organisationens namn på rapporterna kan inte vara tomt.",
    "text.empty.report_organisation",
)
CONSENT_TEXT_EMPTY = translate(
    "Meddelande", "Samtyckestexten kan inte vara tom.", "text.empty.consent_text"
)
CHILD_NAME_EMPTY = translate("Meddelande", "Skriv barnets namn.", "text.empty.child_name")

# -- age bands (domain/age_bands.py) ---------------------------------------------------------

AGE_BAND_BAD_FORMAT = translate(
    "Meddelande",
    "Åldersgruppen ”{code}” ska skrivas som t.ex. ”7-9” eller ”26+”.",
    "age_band.bad_format",
)
AGE_BAND_ENDS_BEFORE_START = translate(
    "Meddelande", "Åldersgruppen ”{code}” slutar före den börjar.", "age_band.ends_before_start"
)
AGE_BANDS_NONE = translate("Meddelande", "Det måste finnas minst en åldersgrupp.", "age_band.none")
AGE_BANDS_SAME_NAME = translate(
    "Meddelande", "Två åldersgrupper har samma namn.", "age_band.same_name"
)
AGE_BANDS_OVERLAP = translate(
    "Meddelande",
    "Åldersgrupperna ”{earlier}” och ”{later}” överlappar varandra.",
    "age_band.overlap",
)
AGE_BAND_UNKNOWN = translate(
    "Meddelande", "Okänd åldersgrupp ”{code}” (finns: {known}).", "age_band.unknown"
)

# -- participants typed as text (domain/participants.py) -------------------------------------

PARTICIPANTS_BAD_FORMAT = translate(
    "Meddelande",
    "Deltagarna ”{text}” ska skrivas som kön:åldersgrupp=antal, t.ex. girl:7-9=3.",
    "participants.bad_format",
)
PARTICIPANTS_NEGATIVE_IN = translate(
    "Meddelande",
    "Antalet deltagare kan inte vara negativt (”{text}”).",
    "participants.negative",
)

# -- a value of the fixed vocabulary (domain/vocabulary.py parse_choice) ----------------------

CHOICE_UNKNOWN = translate(
    "Meddelande",
    "Okänt värde för {what}: ”{value}” (tillåtna: {allowed}).",
    "choice.unknown",
)
# What the choice is, in the middle of that sentence.
CHOICE_GENDER = translate("Meddelande", "kön", "choice.what.gender")
CHOICE_SITE_KIND = translate("Meddelande", "platstyp", "choice.what.site_kind")
CHOICE_ROLE = translate("Meddelande", "roll", "choice.what.role")
CHOICE_ORGANISATION_KIND = translate(
    "Meddelande", "organisationstyp", "choice.what.organisation_kind"
)
CHOICE_AREA = translate("Meddelande", "verksamhetsområde", "choice.what.area")
