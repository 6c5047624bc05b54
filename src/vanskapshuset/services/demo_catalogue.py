"""What a demo year at Vänskapshuset is built from: areas, activity types, partners, programme.

Drawn from the source documents in shared/seeds/: the city office's report on Kraftsamling
Herrgården 2023 (000), the partnership agreement 2024–2025 (001, section 4.2 for the areas and
their effektmål), the city's survey of cooperation with civil society (002, its Kraftsamling
Herrgården section) and the Malmöandan report 2022 (003, dialogforum and lärandeluncher).
Names are written as the documents write them. Which organisation runs which activity, weekdays,
times and head counts are not in the documents; they are plausible choices made to fit the
reported totals (517 activities in 2023, about 40 visitors a day in Bästa sommaren).
Pure data. The default activity types and the areas' wording live in domain/defaults.py.
"""

from dataclasses import dataclass

# --- Partner organisations --------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationSeed:
    """An organisation the documents name; kind is an OrganisationKind code."""

    name: str
    kind: str


PARTNER_ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    # Parties to the agreement (001 section 2; the city takes part through its offices).
    OrganisationSeed("Rädda Barnen", "non_profit"),  # Region Syd; employs the coordinator
    OrganisationSeed("Tillsammans i Förening", "non_profit"),  # TiF; runs Bästa sommaren
    OrganisationSeed("Malmö universitet, Institutionen för urbana studier", "academia"),
    OrganisationSeed("Stadskontoret", "municipal"),  # for kommunstyrelsen
    OrganisationSeed("Kulturförvaltningen", "municipal"),  # for kulturnämnden
    OrganisationSeed("Fritidsförvaltningen", "municipal"),  # for fritidsnämnden
    # Other actors in Kraftsamling Herrgården (000, 001, 002).
    OrganisationSeed("Individuell Människohjälp (IM)", "non_profit"),  # co-founder 2013
    OrganisationSeed("Rosengård Folkets Hus", "association"),  # latest strategic partner, 001
    OrganisationSeed("Arbetsmarknads- och socialförvaltningen", "municipal"),  # socialtjänsten
    OrganisationSeed("Rosengårdsbiblioteket", "municipal"),  # pays Varda's running costs
    OrganisationSeed("Medborgarservice", "municipal"),  # "Samverkansgrupp medborgarservice"
    OrganisationSeed("Boverket", "municipal"),  # state agency; no kind for that
    OrganisationSeed("Jämställdhetsmyndigheten", "municipal"),  # state agency; no kind for that
    OrganisationSeed("MKB Fastighets AB", "business"),  # property owner, 002
    OrganisationSeed("Victoria Park", "business"),  # property owner, 002
    OrganisationSeed("Contentus", "business"),  # named with the property owners, 002
    # Platforms for local organising in Vänskapshuset (000).
    OrganisationSeed("Sawa Tillsammans (Hela Människan)", "non_profit"),
    OrganisationSeed("Kulturföreningen Nabta", "association"),
    OrganisationSeed("Föreningen ZigZag", "association"),
    OrganisationSeed("Ungdomsgruppen för mötesplatsutveckling", "informal_group"),
    # Bästa sommaren 2023 (000), in the document's order (TiF above).
    OrganisationSeed("Malmö Konsthall", "municipal"),
    OrganisationSeed("FC Rosengård", "association"),
    OrganisationSeed("Malmö konstmuseum", "municipal"),
    OrganisationSeed("Somaliska Freds", "association"),
    OrganisationSeed("Bygga Framtidföreningen", "association"),
    OrganisationSeed("Malbas", "association"),
    OrganisationSeed("Malmö Kulturskola", "municipal"),
    OrganisationSeed("Skånes Dansteater", "municipal"),  # regional institution; closest kind
    OrganisationSeed("Idrott utan gränser", "non_profit"),
    OrganisationSeed("Drömmarnas hus", "non_profit"),
    OrganisationSeed("Malmö Sommarscen", "municipal"),
    OrganisationSeed("Allas Lika Värde", "association"),
    OrganisationSeed("Biblioteken Malmö", "municipal"),
    OrganisationSeed("Moderna Museet", "municipal"),  # state museum; closest kind
    OrganisationSeed("Funnys Äventyr", "business"),
    OrganisationSeed("Yalla Trappan", "non_profit"),
)


# --- Year-round weekly programme in Vänskapshuset (indoor) ------------------------------------

TERM_MONTHS: tuple[int, ...] = (1, 2, 3, 4, 5, 9, 10, 11, 12)
"""School terms: the weekly groups rest in June–August, when Bästa sommaren runs outdoors."""

OPEN_HOUSE_MONTHS: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)
"""Öppet hus also runs in June before and in August after the summer season; not in July."""

COURSE_MONTHS: tuple[int, ...] = (2, 3, 4, 5, 9, 10, 11)
"""Groups that start some weeks into a term and close before the holidays."""


@dataclass(frozen=True)
class WeeklyActivity:
    """A weekly occasion in Vänskapshuset; weekday 0 is Monday, times are "HH:MM"."""

    title: str
    type_name: str
    weekday: int
    start: str
    end: str
    participants: tuple[int, int]
    ages: tuple[str, ...]
    girls_share: float
    organiser: str | None
    partners: tuple[str, ...]
    knowledge_exchange: bool
    months: tuple[int, ...]


WEEKLY_ACTIVITIES: tuple[WeeklyActivity, ...] = (
    WeeklyActivity(
        title="Öppet hus",
        type_name="Öppet hus",
        weekday=0,
        start="15:00",
        end="18:00",
        participants=(15, 30),
        ages=("7-9", "10-13", "14-17"),
        girls_share=0.45,
        organiser="Rädda Barnen",
        partners=(),
        knowledge_exchange=False,
        months=OPEN_HOUSE_MONTHS,
    ),
    WeeklyActivity(
        title="Öppet hus",
        type_name="Öppet hus",
        weekday=2,
        start="15:00",
        end="18:00",
        participants=(15, 30),
        ages=("7-9", "10-13", "14-17"),
        girls_share=0.45,
        organiser="Rädda Barnen",
        partners=(),
        knowledge_exchange=False,
        months=OPEN_HOUSE_MONTHS,
    ),
    WeeklyActivity(
        title="Fredagsaktivitet för barn",
        type_name="Öppet hus",
        weekday=4,
        start="14:30",
        end="17:30",
        participants=(12, 28),
        ages=("0-6", "7-9", "10-13"),
        girls_share=0.5,
        organiser="Tillsammans i Förening",  # "veckovisa aktiviteter i Vänskapshuset", 000
        partners=(),
        knowledge_exchange=False,
        months=TERM_MONTHS,
    ),
    WeeklyActivity(
        title="Tjejforum",
        type_name="Tjejforum",
        weekday=1,
        start="17:00",
        end="19:00",
        participants=(6, 14),
        ages=("10-13", "14-17"),
        girls_share=1.0,
        organiser="Rädda Barnen",
        partners=(),
        knowledge_exchange=False,
        months=TERM_MONTHS,
    ),
    WeeklyActivity(
        title="Killforum",
        type_name="Killforum",
        weekday=3,
        start="17:00",
        end="19:00",
        participants=(6, 14),
        ages=("10-13", "14-17"),
        girls_share=0.0,
        organiser="Rädda Barnen",
        partners=(),
        knowledge_exchange=False,
        months=TERM_MONTHS,
    ),
    WeeklyActivity(
        title="Föräldraforum",
        type_name="Föräldraforum",
        weekday=2,
        start="10:00",
        end="12:00",
        participants=(5, 12),
        ages=("26+",),
        girls_share=0.8,
        organiser="Rädda Barnen",
        partners=(),
        knowledge_exchange=True,
        months=COURSE_MONTHS,
    ),
    WeeklyActivity(
        title="Läxhjälp",
        type_name="Läxhjälp",
        weekday=1,
        start="15:00",
        end="16:30",
        participants=(5, 14),
        ages=("7-9", "10-13", "14-17"),
        girls_share=0.55,
        organiser=None,
        partners=("Rosengårdsbiblioteket",),
        knowledge_exchange=False,
        months=TERM_MONTHS,
    ),
    WeeklyActivity(
        title="Samhällsguidning för nyanlända",
        type_name="Samhällsguidning",
        weekday=0,
        start="10:00",
        end="12:00",
        participants=(6, 15),
        ages=("18-25", "26+"),
        girls_share=0.6,
        organiser="Sawa Tillsammans (Hela Människan)",
        partners=(),
        knowledge_exchange=True,
        months=COURSE_MONTHS,
    ),
    WeeklyActivity(
        title="Förälder- och ungdomsgrupp i modersmål",
        type_name="Modersmålsgrupp",
        weekday=5,
        start="11:00",
        end="13:00",
        participants=(6, 14),
        ages=("10-13", "14-17", "26+"),
        girls_share=0.6,
        organiser="Kulturföreningen Nabta",
        partners=(),
        knowledge_exchange=False,
        months=TERM_MONTHS,
    ),
    WeeklyActivity(
        title="Föreningsmöte ZigZag",
        type_name="Föreningsmöte",
        weekday=6,
        start="14:00",
        end="16:00",
        participants=(8, 18),
        ages=("14-17", "18-25"),
        girls_share=0.5,
        organiser="Föreningen ZigZag",
        partners=(),
        knowledge_exchange=False,
        months=COURSE_MONTHS,
    ),
)


# --- Bästa sommaren in Vänskapsparken (outdoor) and on excursions -----------------------------


@dataclass(frozen=True)
class SummerActivity:
    """A Bästa sommaren activity; per_week is the expected number of occasions a week."""

    title: str
    type_name: str
    per_week: float
    start: str
    end: str
    participants: tuple[int, int]
    ages: tuple[str, ...]
    girls_share: float
    organiser: str | None
    partners: tuple[str, ...]
    knowledge_exchange: bool
    site_kind: str


_KIDS: tuple[str, ...] = ("7-9", "10-13")
_KIDS_AND_SMALL: tuple[str, ...] = ("0-6", "7-9", "10-13")
_KIDS_AND_TEENS: tuple[str, ...] = ("7-9", "10-13", "14-17")
_FAMILIES: tuple[str, ...] = ("0-6", "7-9", "10-13", "14-17", "26+")
_TIF = "Tillsammans i Förening"

# fmt: off
SUMMER_ACTIVITIES: tuple[SummerActivity, ...] = (
    SummerActivity(
        "Fotboll med FC Rosengård", "Fotboll", 1.0, "13:00", "15:00", (10, 24), _KIDS_AND_TEENS,
        0.45, "FC Rosengård", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Fotboll", "Fotboll", 1.5, "11:00", "12:30", (10, 22), _KIDS, 0.3, _TIF,
        ("Idrott utan gränser",), False, "outdoor",
    ),
    SummerActivity(
        "Basket", "Basket", 1.0, "13:00", "14:30", (8, 18), _KIDS_AND_TEENS, 0.35, "Malbas",
        (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Dansworkshop", "Dans", 0.5, "13:00", "14:30", (8, 20), _KIDS, 0.7, "Skånes Dansteater",
        (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Dans", "Dans", 1.0, "11:00", "12:00", (8, 18), _KIDS, 0.7, _TIF, (), False, "outdoor",
    ),
    SummerActivity(
        "Hinderbana", "Hinderbana", 1.0, "11:00", "13:00", (12, 28), _KIDS_AND_SMALL, 0.45, _TIF,
        ("Bygga Framtidföreningen",), False, "outdoor",
    ),
    SummerActivity(
        "Konstworkshop med Malmö Konsthall", "Konstworkshop", 0.75, "12:00", "14:30", (8, 18),
        _KIDS_AND_SMALL, 0.6, "Malmö Konsthall", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Konstworkshop med Malmö konstmuseum", "Konstworkshop", 0.25, "12:00", "14:30", (8, 18),
        _KIDS, 0.6, "Malmö konstmuseum", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Skaparverkstad med Malmö Kulturskola", "Konstworkshop", 0.5, "13:00", "15:00", (6, 15),
        _KIDS, 0.55, "Malmö Kulturskola", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Picknick i Vänskapsparken", "Picknick", 1.0, "12:00", "13:30", (20, 40), _FAMILIES,
        0.5, _TIF, ("Yalla Trappan", "Allas Lika Värde"), False, "outdoor",
    ),
    SummerActivity(
        "Högläsning och picknick", "Picknick", 0.25, "13:00", "14:30", (10, 25), _KIDS_AND_SMALL,
        0.55, "Biblioteken Malmö", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Cirkus", "Cirkus", 0.25, "13:00", "15:00", (15, 35), _KIDS_AND_SMALL, 0.5, _TIF,
        ("Drömmarnas hus",), False, "outdoor",
    ),
    SummerActivity(
        "Talangjakt", "Talangjakt", 0.25, "14:00", "16:00", (20, 45), _KIDS_AND_TEENS, 0.55, _TIF,
        ("Drömmarnas hus", "Föreningen ZigZag"), False, "outdoor",
    ),
    SummerActivity(
        "Fotbollsturnering", "Turnering", 0.25, "11:00", "15:00", (20, 40), _KIDS_AND_TEENS, 0.35,
        _TIF, ("Somaliska Freds", "FC Rosengård", "Idrott utan gränser"), False, "outdoor",
    ),
    SummerActivity(
        "Basketturnering", "Turnering", 0.125, "11:00", "15:00", (16, 32), _KIDS_AND_TEENS, 0.35,
        "Malbas", (_TIF,), False, "outdoor",
    ),
    SummerActivity(
        "Föreställning med Malmö Sommarscen", "Fest/evenemang", 0.25, "14:00", "15:00", (25, 50),
        _FAMILIES, 0.5, "Malmö Sommarscen", (_TIF, "Kulturförvaltningen"), False, "outdoor",
    ),
    SummerActivity(
        "Utflykt", "Utflykt", 1.0, "10:00", "15:00", (15, 30), _KIDS, 0.5, _TIF, (), False,
        "excursion",
    ),
    SummerActivity(
        "Utflykt till Moderna Museet", "Utflykt", 0.125, "10:00", "14:00", (12, 25), _KIDS, 0.55,
        _TIF, ("Moderna Museet",), False, "excursion",
    ),
    SummerActivity(
        "Utflykt till Funnys Äventyr", "Utflykt", 0.125, "10:00", "14:00", (15, 30),
        _KIDS_AND_SMALL, 0.5, _TIF, ("Funnys Äventyr",), False, "excursion",
    ),
)
# fmt: on


# --- One-off events of the year ---------------------------------------------------------------


@dataclass(frozen=True)
class YearlyEvent:
    """One dated occasion of the year; day is approximate, moved to a nearby weekday."""

    title: str
    type_name: str
    month: int
    day: int
    start: str
    end: str
    participants: tuple[int, int]
    organiser: str | None
    partners: tuple[str, ...]
    knowledge_exchange: bool
    site_kind: str


_RB = "Rädda Barnen"
_UNI = "Malmö universitet, Institutionen för urbana studier"
_COORDINATION: tuple[str, ...] = (
    _TIF,
    _UNI,
    "Stadskontoret",
    "Kulturförvaltningen",
    "Fritidsförvaltningen",
    "Rosengård Folkets Hus",
)

# fmt: off
YEARLY_EVENTS: tuple[YearlyEvent, ...] = (
    # Festivities named in 000. Eid al-fitr follows the Islamic calendar and moves about eleven
    # days earlier each year (21 April in 2023, 10 April 2024, 30 March 2025); 22 April is the
    # Saturday after Eid in 2023, the year the documents report.
    YearlyEvent("Eidfestival", "Fest/evenemang", 4, 22, "14:00", "18:00", (120, 250), None,
                (_RB, _TIF, "Föreningen ZigZag", "Somaliska Freds", "Rosengård Folkets Hus"),
                False, "outdoor"),
    YearlyEvent("Julfest", "Fest/evenemang", 12, 15, "16:00", "19:00", (60, 120), None,
                (_RB, _TIF, "Kulturföreningen Nabta"), False, "indoor"),
    # Bästa sommaren: planning with fritidsförvaltningen (001 section 6), opening and closing.
    YearlyEvent("Planeringsmöte Bästa sommaren", "Samordningsmöte", 3, 20, "13:00", "15:00",
                (5, 10), _TIF, ("Fritidsförvaltningen", "Kulturförvaltningen", _RB), True,
                "indoor"),
    YearlyEvent("Planeringsmöte Bästa sommaren med samarbetsparter", "Samverkansmöte", 5, 15,
                "13:00", "15:30", (10, 20), _TIF,
                ("Fritidsförvaltningen", "Malmö Konsthall", "FC Rosengård", "Malbas",
                 "Skånes Dansteater", "Biblioteken Malmö"), True, "indoor"),
    YearlyEvent("Introduktion för unga ledare i Bästa sommaren", "Sommarjobbssatsning", 6, 10,
                "10:00", "15:00", (5, 8), _TIF, (_RB,), False, "indoor"),
    YearlyEvent("Säsongsstart Bästa sommaren", "Fest/evenemang", 6, 16, "12:00", "16:00",
                (80, 150), _TIF, ("Fritidsförvaltningen", "Kulturförvaltningen", _RB), False,
                "outdoor"),
    YearlyEvent("Avslutningsfest Bästa sommaren", "Fest/evenemang", 8, 8, "12:00", "16:00",
                (80, 150), _TIF, ("Fritidsförvaltningen", "Kulturförvaltningen", _RB,
                                  "Drömmarnas hus"), False, "outdoor"),
    YearlyEvent("Sommarjobbsinformation för unga", "Sommarjobbssatsning", 3, 6, "16:00", "18:00",
                (10, 25), _RB, ("Arbetsmarknads- och socialförvaltningen",), True, "indoor"),
    # School holidays ("lovaktiviteter", 000): sportlov v. 8, påsklov, höstlov v. 44, jullov.
    YearlyEvent("Sportlovsutflykt", "Utflykt", 2, 20, "10:00", "15:00", (15, 30), _TIF, (),
                False, "excursion"),
    YearlyEvent("Sportlovsaktivitet", "Lovaktivitet", 2, 18, "12:00", "16:00", (20, 40), _TIF,
                ("Malmö Kulturskola",), False, "indoor"),
    YearlyEvent("Påsklovsaktivitet", "Lovaktivitet", 4, 3, "12:00", "16:00", (20, 40), _TIF,
                ("Rosengårdsbiblioteket",), False, "indoor"),
    YearlyEvent("Höstlovsaktivitet", "Lovaktivitet", 10, 29, "12:00", "16:00", (20, 40), _TIF,
                ("Malmö Kulturskola",), False, "indoor"),
    YearlyEvent("Höstlovsutflykt", "Utflykt", 10, 31, "10:00", "15:00", (15, 30), _TIF,
                ("Malmö konstmuseum",), False, "excursion"),
    YearlyEvent("Jullovsaktivitet", "Lovaktivitet", 12, 28, "12:00", "16:00", (15, 35), _TIF,
                (), False, "indoor"),
    # Samordningsfunktionen (001 sections 4.3 and 5): the November meeting agrees next year's
    # aktivitetsplan; the February meeting gathers the yearly follow-up due in March.
    YearlyEvent("Samordningsfunktionen", "Samordningsmöte", 1, 24, "09:00", "11:30", (6, 12),
                _RB, _COORDINATION, True, "indoor"),
    YearlyEvent("Samordningsfunktionen: årlig uppföljning", "Samordningsmöte", 2, 14, "09:00",
                "12:00", (6, 12), _RB, _COORDINATION, True, "indoor"),
    YearlyEvent("Samordningsfunktionen", "Samordningsmöte", 4, 17, "09:00", "11:30", (6, 12),
                _RB, _COORDINATION, True, "indoor"),
    YearlyEvent("Samordningsfunktionen", "Samordningsmöte", 9, 11, "09:00", "11:30", (6, 12),
                _RB, _COORDINATION, True, "indoor"),
    YearlyEvent("Samordningsfunktionen: aktivitetsplan för kommande år", "Samordningsmöte", 11,
                13, "09:00", "12:00", (6, 12), _RB, _COORDINATION, True, "indoor"),
    # Samverkansgrupp medborgarservice (000).
    YearlyEvent("Samverkansgrupp medborgarservice", "Samverkansmöte", 2, 6, "13:00", "14:30",
                (5, 10), None, ("Medborgarservice", "Arbetsmarknads- och socialförvaltningen", _RB),
                True, "indoor"),
    YearlyEvent("Samverkansgrupp medborgarservice", "Samverkansmöte", 5, 8, "13:00", "14:30",
                (5, 10), None, ("Medborgarservice", "Arbetsmarknads- och socialförvaltningen", _RB),
                True, "indoor"),
    YearlyEvent("Samverkansgrupp medborgarservice", "Samverkansmöte", 9, 25, "13:00", "14:30",
                (5, 10), None, ("Medborgarservice", "Arbetsmarknads- och socialförvaltningen", _RB),
                True, "indoor"),
    YearlyEvent("Samverkansgrupp medborgarservice", "Samverkansmöte", 11, 27, "13:00", "14:30",
                (5, 10), None, ("Medborgarservice", "Arbetsmarknads- och socialförvaltningen", _RB),
                True, "indoor"),
    YearlyEvent("Samverkansmöte med fastighetsägarna", "Samverkansmöte", 10, 9, "10:00", "11:30",
                (5, 10), _RB, ("MKB Fastighets AB", "Victoria Park", "Contentus",
                               "Kulturförvaltningen"), True, "indoor"),
    # Ungdomsgrupp that develops the meeting place together with Boverket (000).
    YearlyEvent("Ungdomsgrupp: utveckla mötesplatsen", "Ungdomsgrupp", 2, 27, "16:00", "18:00",
                (6, 12), "Ungdomsgruppen för mötesplatsutveckling", ("Boverket", _RB), True,
                "indoor"),
    YearlyEvent("Ungdomsgrupp: utveckla mötesplatsen", "Ungdomsgrupp", 3, 26, "16:00", "18:00",
                (6, 12), "Ungdomsgruppen för mötesplatsutveckling", ("Boverket", _RB), True,
                "indoor"),
    YearlyEvent("Ungdomsgrupp: utveckla mötesplatsen", "Ungdomsgrupp", 4, 23, "16:00", "18:00",
                (6, 12), "Ungdomsgruppen för mötesplatsutveckling", ("Boverket", _RB), True,
                "indoor"),
    YearlyEvent("Ungdomsgrupp: utveckla mötesplatsen", "Ungdomsgrupp", 10, 15, "16:00", "18:00",
                (6, 12), "Ungdomsgruppen för mötesplatsutveckling", ("Boverket", _RB), True,
                "indoor"),
    # ZigZag's planning and ambassador meetings (000).
    YearlyEvent("ZigZags ambassadörsträff", "Ambassadörsträff", 3, 1, "12:00", "16:00", (10, 20),
                "Föreningen ZigZag", (), False, "indoor"),
    YearlyEvent("ZigZags planeringsträff", "Föreningsmöte", 8, 23, "12:00", "16:00", (8, 16),
                "Föreningen ZigZag", (), False, "indoor"),
    YearlyEvent("ZigZags ambassadörsträff", "Ambassadörsträff", 11, 22, "12:00", "16:00",
                (10, 20), "Föreningen ZigZag", (), False, "indoor"),
    # Gender equality with Jämställdhetsmyndigheten (000).
    YearlyEvent("Effektmätning kopplat till jämställdhet", "Effektmätning", 3, 12, "13:00",
                "16:00", (6, 14), _RB, ("Jämställdhetsmyndigheten", _UNI), True, "indoor"),
    YearlyEvent("Jämställdhetsdialog", "Dialogforum", 10, 22, "17:00", "19:30", (20, 45), _RB,
                ("Jämställdhetsmyndigheten", "Föreningen ZigZag"), True, "indoor"),
    # Dialogue and learning in the manner of Malmöandan (003).
    YearlyEvent("Dialogforum Herrgården", "Dialogforum", 11, 6, "17:00", "20:00", (30, 70), None,
                (_RB, _TIF, _UNI, "Stadskontoret", "Arbetsmarknads- och socialförvaltningen",
                 "Rosengård Folkets Hus", "Individuell Människohjälp (IM)", "MKB Fastighets AB"),
                True, "indoor"),
    YearlyEvent("Lärandelunch: effektmätning i Kraftsamling Herrgården", "Lärandelunch", 2, 21,
                "12:00", "13:00", (10, 25), _UNI, (_RB, "Stadskontoret"), True, "indoor"),
    YearlyEvent("Lärandelunch: Bästa sommaren", "Lärandelunch", 9, 18, "12:00", "13:00",
                (10, 25), _TIF, ("Fritidsförvaltningen", "Kulturförvaltningen"), True, "indoor"),
    YearlyEvent("Lärandelunch: samhällsguidning och egenmakt", "Lärandelunch", 11, 20, "12:00",
                "13:00", (10, 25), "Sawa Tillsammans (Hela Människan)", (_RB,), True, "indoor"),
    # The meeting place lent free of charge to others (000; 001 section 4.2).
    YearlyEvent("Mötesplatsen utlånad till förening", "Lokalutlåning", 1, 18, "17:00", "20:00",
                (10, 30), "Somaliska Freds", (), False, "indoor"),
    YearlyEvent("Mötesplatsen utlånad till förening", "Lokalutlåning", 3, 16, "17:00", "20:00",
                (10, 30), "Allas Lika Värde", (), False, "indoor"),
    YearlyEvent("Mötesplatsen utlånad till förening", "Lokalutlåning", 5, 25, "12:00", "16:00",
                (10, 30), "Bygga Framtidföreningen", (), False, "indoor"),
    YearlyEvent("Mötesplatsen utlånad till förening", "Lokalutlåning", 10, 4, "17:00", "20:00",
                (10, 30), "Kulturföreningen Nabta", (), False, "indoor"),
    YearlyEvent("Mötesplatsen utlånad till förening", "Lokalutlåning", 12, 6, "12:00", "16:00",
                (10, 30), "Föreningen ZigZag", (), False, "indoor"),
)
# fmt: on


# --- Visitor figures --------------------------------------------------------------------------

SUMMER_SEASON_WEEKS = 8
SUMMER_VISITS_PER_DAY = 40  # 000: "cirka 40 besökare per dag", 1456 visits in 2023

SUMMER_AGE_MIX: dict[str, float] = {
    "0-6": 0.10,  # with an adult or sibling
    "7-9": 0.38,
    "10-13": 0.38,
    "14-17": 0.08,
    "18-25": 0.02,
    "26+": 0.04,
}
SUMMER_GIRLS_SHARE: float = 0.46

INDOOR_VISITS_PER_OPEN_DAY: int = 22
INDOOR_AGE_MIX: dict[str, float] = {
    "0-6": 0.05,
    "7-9": 0.20,
    "10-13": 0.32,
    "14-17": 0.20,
    "18-25": 0.07,
    "26+": 0.16,
}

WEEKS_PER_MONTH: float = 52 / 12


def expected_activities_per_year() -> float:
    """Activities a demo year holds on average: weekly occasions, summer and one-off events."""
    weekly = sum(len(item.months) * WEEKS_PER_MONTH for item in WEEKLY_ACTIVITIES)
    summer = sum(item.per_week for item in SUMMER_ACTIVITIES) * SUMMER_SEASON_WEEKS
    return weekly + summer + len(YEARLY_EVENTS)


# Uppföljning (agreement section 8's qualitative measures): (month, day, organisations, others
# in words, summary) of each year's surveys, and the initiative followed every year.
SURVEYS: tuple[tuple[int, int, tuple[str, ...], str, str], ...] = (
    (
        3,
        14,
        ("Rädda Barnen", "Tillsammans i Förening", "Rosengård Folkets Hus"),
        "",
        "Aktörerna vill ha fler gemensamma helgaktiviteter och bättre samordning av lovens "
        "program.",
    ),
    (
        10,
        10,
        ("Fritidsförvaltningen", "Rosengårdsbiblioteket"),
        "boende i Herrgården",
        "Sommarens program nådde fler flickor än förra året; önskemål om fler aktiviteter inomhus.",
    ),
)
INITIATIVE: tuple[str, tuple[str, ...], str] = (
    "Gemensam sommarlovsplanering",
    ("Fritidsförvaltningen", "Tillsammans i Förening", "Rädda Barnen"),
    "Möts varannan månad inför Bästa sommaren.",
)
