"""Defaults every new database starts with, in the source documents' own words.

The areas of work and their impact goals (effektmål) are quoted from section 4.2 of the
partnership agreement 2024–2025; the activity types are the kinds of activity the city's report
on 2023 and the agreement name, each counted under its most fitting area unless told otherwise.
"""

from dataclasses import dataclass

# The name on every report's header until the coordinator sets the team's own (the agreement, 001).
DEFAULT_ORGANISATION_NAME = "Kraftsamling Herrgården – Vänskapshuset"

# The sign-up sheet's consent text until the coordinator writes the team's own.
# Plain, short sentences: guardians and leaders read Swedish with varying ease (DESIGN section 9:
# the list is tied to one activity and deleted 30 days after it by default).
DEFAULT_CONSENT_TEXT = (
    "Till dig som är vårdnadshavare: Vi kan ta foton under aktiviteten. Vi använder ett foto "
    "där ditt barn syns bara om du kryssat i ”Foto: ja”, och bara i mötesplatsens egen "
    "information (till exempel affischer och sociala medier). "
    "Listan används bara för den här aktiviteten. Vi raderar den senast 30 dagar efter "
    "aktiviteten. Vill du se eller ta bort uppgifterna? Kontakta ansvarig ledare."
)

# --- Areas of work (001, section 4.2) --------------------------------------------------------

AREA_NAMES: dict[str, str] = {
    "presence": "En långsiktig närvaro, samverkan och samordning med fokus på områdesutveckling",
    "self_organisation": "Stöd för lokal organisering och egenmakt",
    "meeting_place": "Mötesplatsutveckling",
    "children_youth": "Stöd till barn- och ungas utveckling och fritid",
}

AREA_IMPACT_GOALS: dict[str, list[str]] = {
    "presence": [
        "Lokala aktörer har tillsammans kunskap, mandat och resurser att möta de behov som "
        "finns i området.",
        "Det finns tillgängliga kontaktytor mellan Malmöborna och tjänstepersoner inom "
        "myndigheter och andra samhällsfunktioner som säkerställer att alla får den hjälp och "
        "det stöd de har rätt till.",
    ],
    "self_organisation": [
        "Malmöbor i Rosengård är en aktiv part i lokala utvecklingsprocesser.",
    ],
    "meeting_place": [
        "Malmöbor i Rosengård har mer tillgång till kultur och meningsfulla fritidsaktiviteter "
        "som främjar lärande och utveckling.",
    ],
    "children_youth": [
        "Barn och unga i Rosengård får sina rättigheter tillgodosedda enligt Barnkonventionen.",
    ],
}


# --- Activity types ---------------------------------------------------------------------------

# The type whose activities the yearly report lists as the year's events ("olika evenemang",
# 000: Eidfestival, Julfest). There is no other notion of an event in the data.
EVENT_TYPE = "Fest/evenemang"


@dataclass(frozen=True)
class ActivityTypeSeed:
    """An activity type and the area of work it counts under unless told otherwise."""

    name: str
    area: str


DEFAULT_ACTIVITY_TYPES: tuple[ActivityTypeSeed, ...] = (
    # Bästa sommaren's list (000) and the rest of the year's offer for children and young people.
    ActivityTypeSeed("Fotboll", "children_youth"),
    ActivityTypeSeed("Basket", "children_youth"),
    ActivityTypeSeed("Dans", "children_youth"),
    ActivityTypeSeed("Hinderbana", "children_youth"),
    ActivityTypeSeed("Talangjakt", "children_youth"),  # 000 says "talangjakt"
    ActivityTypeSeed("Turnering", "children_youth"),  # 000: "sportturneringar"
    ActivityTypeSeed("Konstworkshop", "children_youth"),
    ActivityTypeSeed("Utflykt", "children_youth"),
    ActivityTypeSeed("Picknick", "children_youth"),
    ActivityTypeSeed("Cirkus", "children_youth"),
    ActivityTypeSeed("Lovaktivitet", "children_youth"),  # 000: "lovaktiviteter"
    ActivityTypeSeed("Läxhjälp", "children_youth"),  # 001/000: "stöd kring studier"
    ActivityTypeSeed("Sommarjobbssatsning", "children_youth"),  # 000: Rädda Barnen
    # Platforms for local organising (000 lists these under "Stöd för lokal organisering").
    ActivityTypeSeed("Tjejforum", "self_organisation"),
    ActivityTypeSeed("Killforum", "self_organisation"),
    ActivityTypeSeed("Föräldraforum", "self_organisation"),
    ActivityTypeSeed("Individstöd", "self_organisation"),
    ActivityTypeSeed("Samhällsguidning", "self_organisation"),  # Sawa Tillsammans, 000
    ActivityTypeSeed("Modersmålsgrupp", "self_organisation"),  # Nabta; "hemspråksutveckling"
    ActivityTypeSeed("Föreningsmöte", "self_organisation"),  # Föreningen ZigZag
    ActivityTypeSeed("Ambassadörsträff", "self_organisation"),  # ZigZag's ambassadörsträffar
    # The meeting place itself.
    ActivityTypeSeed("Öppet hus", "meeting_place"),
    ActivityTypeSeed("Fest/evenemang", "meeting_place"),  # Eidfestival, Julfest
    ActivityTypeSeed("Ungdomsgrupp", "meeting_place"),  # "utveckla mötesplatsen", Boverket
    ActivityTypeSeed("Lokalutlåning", "meeting_place"),  # "Erbjudit mötesplatsen för andra"
    # Presence, cooperation and coordination; forums for sharing knowledge.
    ActivityTypeSeed("Samverkansmöte", "presence"),  # e.g. Samverkansgrupp medborgarservice
    ActivityTypeSeed("Samordningsmöte", "presence"),  # Samordningsfunktionen, 001 section 5
    ActivityTypeSeed("Dialogforum", "presence"),  # 003; Jämställdhetsdialog, 000
    ActivityTypeSeed("Lärandelunch", "presence"),  # 003
    ActivityTypeSeed("Effektmätning", "presence"),  # with Jämställdhetsmyndigheten, 000
)
