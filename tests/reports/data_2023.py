"""A 2023-shaped data set: the year the city's follow-up describes (shared/seeds/000_…).

"För 2023 rapporteras att 517 aktiviteter genomförts"; Bästa sommaren in Vänskapsparken: "1456
barn besökte Bästa sommaren under året, med cirka 40 besökare per dag"; excursions (site
"Utflykt") with Moderna Museet, Funnys Äventyr and Drömmarnas hus; the programme's 17 partners
and the year's other organisations, 28 in all (Arabic and Somali names among them), 16 of them
civil society (förening, idéburen organisation, informell grupp) and the rest city bodies, a
university and a business; the park closed on midsummer eve, when the coordinators met in
Vänskapshuset.

Everything is written through the real services (visits through the paper tally, one
transaction per day: the bulk path). The figures below are the data set's by construction;
`fill_2023` checks its own sums before returning, so a test failing on them is about the
reports, not the data.
"""

import datetime as dt
from dataclasses import dataclass

from vanskapshuset.app import App
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.services.activities import ActivityInput
from vanskapshuset.services.day_logs import DayLogEntry

YEAR = 2023
SEASON = "Bästa sommaren 2023"
SEASON_START, SEASON_END = dt.date(2023, 6, 19), dt.date(2023, 8, 11)  # eight weeks
MIDSUMMER_EVE = dt.date(2023, 6, 23)
EXCURSION_DAYS = (dt.date(2023, 7, 6), dt.date(2023, 7, 20), dt.date(2023, 8, 3))
PARK_HOURS = (dt.time(12), dt.time(17))  # five hours a day

# (name, kind): the programme's 17 partners as the follow-up lists them, then the year's others.
SUMMER_PARTNERS = (
    ("Tillsammans i Förening", "non_profit"),
    ("Malmö Konsthall", "municipal"),
    ("FC Rosengård", "association"),
    ("Malmö konstmuseum", "municipal"),
    ("Somaliska Freds", "association"),
    ("Bygga Framtidföreningen", "association"),
    ("Malbas", "association"),
    ("Malmö Kulturskola", "municipal"),
    ("Skånes Dansteater", "municipal"),
    ("Idrott utan gränser", "non_profit"),
    ("Malmö Sommarscen", "municipal"),
    ("Allas Lika Värde", "association"),
    ("Biblioteken Malmö", "municipal"),
    ("Yalla Trappan", "non_profit"),
)
EXCURSION_PARTNERS = (
    ("Moderna Museet", "municipal"),
    ("Funnys Äventyr", "business"),
    ("Drömmarnas hus", "non_profit"),
)
YEAR_ROUND = (
    ("Rädda Barnen", "non_profit"),
    ("Sawa Tillsammans", "non_profit"),
    ("Kulturföreningen Nabta", "association"),
    ("Föreningen ZigZag", "association"),
    ("جمعية الأمل الثقافية", "association"),  # Arabic: the cultural association al-Amal
    ("Ururka Haweenka Soomaaliyeed", "association"),  # Somali: the Somali women's association
    ("Herrgårdens föräldragrupp", "informal_group"),
    ("Fritidsförvaltningen", "municipal"),
    ("Kulturförvaltningen", "municipal"),
    ("Stadskontoret", "municipal"),
    ("Malmö universitet", "academia"),
)
ORGANISATIONS = SUMMER_PARTNERS + EXCURSION_PARTNERS + YEAR_ROUND
CIVIL_SOCIETY = ("association", "non_profit", "informal_group")

PARK_TYPES = ("Fotboll", "Basket", "Dans", "Hinderbana", "Konstworkshop", "Cirkus", "Picknick")
HOUSE_PROGRAMME = (  # (type, knowledge exchange) in turn, two a day
    ("Läxhjälp", False),
    ("Tjejforum", False),
    ("Killforum", False),
    ("Föräldraforum", False),
    ("Samhällsguidning", False),
    ("Samverkansmöte", True),
)
# A park day's 40 visits by (gender, age band); a busier day adds one girl of 14-17.
PARK_DAY = {
    ("girl", "0-6"): 1,
    ("girl", "7-9"): 9,
    ("girl", "10-13"): 8,
    ("boy", "0-6"): 1,
    ("boy", "7-9"): 10,
    ("boy", "10-13"): 9,
    ("boy", "14-17"): 1,
    ("unknown", "7-9"): 1,
}
PARK_BUSY_DAYS = 16  # 16 × 41 + 20 × 40 = 1 456
PARK_ACTIVITY_PARTICIPANTS = {
    ("girl", "7-9"): 5,
    ("girl", "10-13"): 5,
    ("boy", "7-9"): 6,
    ("boy", "10-13"): 4,
}
HOUSE_ACTIVITY_PARTICIPANTS = {("girl", "10-13"): 3, ("boy", "14-17"): 3, ("unknown", "26+"): 2}
HOUSE_VISITS = {("girl", "10-13"): 6, ("boy", "10-13"): 5, ("other", "14-17"): 1}  # Tue, Thu


@dataclass(frozen=True)
class Data2023:
    """The sites' ids and the figures the seed document gives (and those that follow)."""

    house: str
    park: str
    excursion: str  # the site "Utflykt": for the season at park and excursions
    season: str = SEASON
    year: int = YEAR
    # Agreement section 8 for the year
    activities: int = 517
    organisations: int = len(ORGANISATIONS)  # 28
    civil_society: int = sum(kind in CIVIL_SOCIETY for _, kind in ORGANISATIONS)  # 16
    # Bästa sommaren in the park
    park_visits: int = 1456
    park_open_days: int = 36
    park_average: str = "40,4"  # 1 456 / 36 = 40.44…
    park_girls_share: str = "46,8"  # 664 girls of 1 420 visits with a stated gender
    park_per_open_hour: str = "8,1"  # 1 456 visits in 36 × 5 hours
    park_activities: int = 108  # three a day
    park_participants: int = 108 * 20
    park_organisations: int = len(SUMMER_PARTNERS)  # 14
    # … and with the excursions (when a season covers several sites)
    excursion_activities: int = len(EXCURSION_DAYS)
    season_organisations: int = len(SUMMER_PARTNERS) + len(EXCURSION_PARTNERS)  # 17


def season_days() -> list[dt.date]:
    day, days = SEASON_START, []
    while day <= SEASON_END:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def park_open_days() -> list[dt.date]:
    return [d for d in season_days() if d != MIDSUMMER_EVE and d not in EXCURSION_DAYS]


def _participants(cells: dict[tuple[str, str], int]) -> tuple[ParticipantCount, ...]:
    return tuple(ParticipantCount(Gender(g), band, n) for (g, band), n in cells.items())


class _Ids:
    """Names resolved once through the registers' own lookup, as a person picks them once."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.known: dict[tuple[str, str], str] = {}

    def __call__(self, register: str, name: str) -> str:
        if (register, name) not in self.known:
            found = getattr(self.app, register).id_of(name)
            self.known[register, name] = found
        return self.known[register, name]


def _activity(
    ids: _Ids,
    site: str,
    day: dt.date,
    hour: tuple[int, int],
    title: str,
    type_name: str,
    organiser: str | None,
    partners: tuple[str, ...] = (),
    participants: dict[tuple[str, str], int] | None = None,
    exchange: bool = False,
) -> None:
    ids.app.activities.create(
        ActivityInput(
            site_id=ids("sites", site),
            date=day,
            start=dt.time(hour[0], hour[1]),
            end=dt.time(hour[0] + 1, hour[1]),
            title=title,
            type_id=ids("activity_types", type_name),
            organiser_id=ids("organisations", organiser) if organiser else None,
            partner_ids=tuple(ids("organisations", name) for name in partners),
            participants=_participants(participants or {}),
            knowledge_exchange=exchange,
            leader_count=2,
        )
    )


def fill_2023(app: App) -> Data2023:
    """Write the year; the app's clock must be on or after 2023-12-31 (e.g. March 2024)."""
    house = app.sites.add("Vänskapshuset", "indoor").id
    park = app.sites.add("Vänskapsparken", "outdoor").id
    excursion = app.sites.add("Utflykt", "excursion").id
    app.seasons.add(SEASON, SEASON_START, SEASON_END, [park, excursion])
    for name, kind in ORGANISATIONS:
        app.organisations.add(name, kind)
    ids = _Ids(app)

    # Bästa sommaren: 36 open days in the park, three activities a day.
    open_days = park_open_days()
    for number, day in enumerate(open_days):
        counts = dict(PARK_DAY)
        if number % 9 < 4:  # 16 of the 36 days
            counts["girl", "14-17"] = 1
        app.paper_tally.enter(park, day, counts)
        app.day_logs.save(DayLogEntry(park, day, True, *PARK_HOURS, (), ""))
        for slot, hour in enumerate(((13, 0), (14, 30), (15, 45))):
            index = 3 * number + slot
            type_name = PARK_TYPES[index % len(PARK_TYPES)]
            organiser = SUMMER_PARTNERS[index % len(SUMMER_PARTNERS)][0]
            partner = SUMMER_PARTNERS[0][0] if organiser != SUMMER_PARTNERS[0][0] else None
            _activity(
                ids,
                "Vänskapsparken",
                day,
                hour,
                f"{type_name} i parken",
                type_name,
                organiser,
                (partner,) if partner else (),
                PARK_ACTIVITY_PARTICIPANTS,
            )
    for day, (partner, _) in zip(EXCURSION_DAYS, EXCURSION_PARTNERS, strict=True):
        app.day_logs.save(DayLogEntry(park, day, False, None, None, (), "Utflykt"))
        _activity(
            ids,
            "Utflykt",
            day,
            (10, 0),
            f"Utflykt: {partner}",
            "Utflykt",
            SUMMER_PARTNERS[0][0],
            (partner,),
            {("girl", "7-9"): 12, ("boy", "7-9"): 14, ("girl", "10-13"): 10, ("boy", "10-13"): 9},
        )
    # Midsummer eve: the park closed; the coordinators met in Vänskapshuset in the morning.
    app.day_logs.save(
        DayLogEntry(park, MIDSUMMER_EVE, False, None, None, (), "Stängt midsommarafton")
    )
    _activity(
        ids,
        "Vänskapshuset",
        MIDSUMMER_EVE,
        (9, 0),
        "Samordningsmöte Bästa sommaren",
        "Samverkansmöte",
        "Fritidsförvaltningen",
        (SUMMER_PARTNERS[0][0],),
        {("unknown", "26+"): 6},
        exchange=True,
    )

    # The rest of the year in Vänskapshuset: two activities a weekday until 517 in all.
    remaining = 517 - 3 * len(open_days) - len(EXCURSION_DAYS) - 1
    day, written = dt.date(YEAR, 1, 9), 0
    while written < remaining:
        if day.weekday() < 5 and not SEASON_START <= day <= SEASON_END:
            if day.weekday() in (1, 3):
                app.paper_tally.enter(house, day, HOUSE_VISITS)
            for hour in ((16, 0), (18, 0))[: remaining - written]:
                type_name, exchange = HOUSE_PROGRAMME[written % len(HOUSE_PROGRAMME)]
                organiser = YEAR_ROUND[written % len(YEAR_ROUND)][0]
                _activity(
                    ids,
                    "Vänskapshuset",
                    day,
                    hour,
                    type_name,
                    type_name,
                    organiser,
                    participants=HOUSE_ACTIVITY_PARTICIPANTS,
                    exchange=exchange,
                )
                written += 1
        day += dt.timedelta(days=1)
    assert day.year == YEAR  # the year's programme fits in the year

    data = Data2023(house, park, excursion)
    assert len(open_days) == data.park_open_days
    assert sum(PARK_DAY.values()) * len(open_days) + PARK_BUSY_DAYS == data.park_visits
    assert sum(PARK_ACTIVITY_PARTICIPANTS.values()) * data.park_activities == data.park_participants
    assert data.organisations == 28 and data.civil_society == 16
    return data
