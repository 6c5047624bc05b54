"""A small fixed data set whose every report figure was worked out by hand (the tests say how)."""

import datetime as dt

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.domain.participants import parse_participants
from vanskapshuset.services.day_logs import DayLogEntry

ARABIC_ORG = "جمعية النور"
FORMULA_ORG = '=HYPERLINK("http://example.com")'
SEASON = "Bästa sommaren 2025"


def _at(day: str, hour: int = 14) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=STOCKHOLM)


def _activity(app: App, site: str, day: str, title: str, type_name: str, **extra: object) -> str:
    participants = extra.pop("participants", "")
    return app.activities.create(
        activity_input(
            app,
            site=site,
            date=dt.date.fromisoformat(day),
            start=dt.time(15),
            end=dt.time(16, 30),
            title=title,
            type_name=type_name,
            participants=tuple(parse_participants(str(participants))) if participants else (),
            **extra,  # type: ignore[arg-type]
        )
    )


def fill(app: App) -> None:
    house = app.sites.add("Vänskapshuset", "indoor").id
    park = app.sites.add("Vänskapsparken", "outdoor").id
    app.seasons.add(
        "Bästa sommaren 2024",
        dt.date(2024, 6, 17),
        dt.date(2024, 8, 9),
        [app.sites.id_of("Vänskapsparken")],
    )
    app.seasons.add(
        SEASON, dt.date(2025, 6, 16), dt.date(2025, 8, 8), [app.sites.id_of("Vänskapsparken")]
    )
    app.organisations.add(ARABIC_ORG, "association")
    app.organisations.add(FORMULA_ORG, "informal_group")
    app.organisations.add("FC Rosengård", "association")

    visits = app.visits
    visits.add(park, "girl", "7-9", 3, _at("2025-06-16"))
    visits.add(park, "boy", "10-13", 2, _at("2025-06-16"))
    visits.add(park, "girl", "10-13", 4, _at("2025-06-18"))
    visits.add(park, "unknown", "14-17", 1, _at("2025-06-18"))
    [mistake] = visits.add(park, "boy", "7-9", 1, _at("2025-06-18"))
    visits.undo(mistake)
    visits.add(park, "boy", "7-9", 6, _at("2025-07-03", 13))
    visits.add(park, "girl", "0-6", 2, _at("2025-07-03", 15))
    visits.add(park, "other", "10-13", 1, _at("2025-07-03", 16))
    visits.add(house, "girl", "14-17", 4, _at("2025-07-03", 18))
    visits.add(park, "boy", "7-9", 10, _at("2024-07-01"))

    app.day_logs.save(
        DayLogEntry(
            park, dt.date(2025, 6, 17), True, dt.time(12), dt.time(17), (), "Regn, få barn."
        )
    )
    _activity(
        app,
        "Vänskapsparken",
        "2025-06-16",
        "Fotboll med FC Rosengård",
        "Fotboll",
        organiser="FC Rosengård",
        partners=(ARABIC_ORG,),
        participants="girl:7-9=3,boy:10-13=5",
        leader_count=2,
    )
    _activity(
        app,
        "Vänskapsparken",
        "2025-06-19",
        "Målarverkstad",
        "Konstworkshop",
        partners=(FORMULA_ORG,),
        participants="girl:10-13=4",
        knowledge_exchange=True,
    )
    _activity(
        app,
        "Vänskapshuset",
        "2025-03-10",
        "Samverkan med föreningarna",
        "Samverkansmöte",
        organiser=ARABIC_ORG,
        participants="unknown:26+=6",
        knowledge_exchange=True,
    )
    removed = _activity(
        app, "Vänskapsparken", "2025-06-20", "Inställd", "Dans", participants="boy:7-9=9"
    )
    app.activities.delete(removed)
