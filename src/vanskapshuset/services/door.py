"""The door counter's first picture: Idag's choices and today's figures, read before the rest of
the program is loaded (no SQLAlchemy here), so the window shows them at once and opens the data
properly behind them. Read only: every visit is still written through VisitService.
"""

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vanskapshuset.domain import settings_registry
from vanskapshuset.domain.age_bands import AgeBand
from vanskapshuset.domain.localtime import Clock, local_date
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.domain.vocabulary import Gender, SiteKind
from vanskapshuset.messages.languages import SOURCE_LANGUAGE, is_known
from vanskapshuset.paths import database_path
from vanskapshuset.store.quick_read import QuickRead

log = logging.getLogger(__name__)

# The registry's keys (plain Python, no SQLAlchemy: quick to load).
LANGUAGE, CURRENT_SITE, CURRENT_LEADER = (
    settings_registry.LANGUAGE.key,
    settings_registry.CURRENT_SITE.key,
    settings_registry.CURRENT_LEADER.key,
)


@dataclass(frozen=True)
class DoorChoice:
    """A site (with its kind) or a leader (kind None), as the lists at the top show them."""

    id: str
    name: str
    kind: SiteKind | None = None


@dataclass(frozen=True)
class DoorSnapshot:
    folder: Path  # the data folder it was read from
    language: str
    today: dt.date
    sites: list[DoorChoice]
    leaders: list[DoorChoice]
    bands: list[AgeBand]
    site_id: str | None  # the site Idag opens on (see initial_site)
    leader_id: str | None
    cells: dict[tuple[Gender, str], int]  # today's net visits at that site
    by_hour: dict[int, int]
    new: int = 0  # of them, marked new (first time this season)

    @property
    def total(self) -> int:
        return sum(self.cells.values())


def initial_site(sites: Sequence[DoorChoice], remembered: str | None) -> str | None:
    """The site this laptop counted at last, else the first place with a door (the window's
    rule, whether it reads through the services or here)."""
    if any(site.id == remembered for site in sites):
        return remembered
    doors = [site for site in sites if site.kind != SiteKind.EXCURSION] or list(sites)
    return doors[0].id if doors else None


def by_name(choices: list[DoorChoice]) -> list[DoorChoice]:
    """In the order the register lists them (NamedRecords.live)."""
    return sorted(choices, key=lambda choice: swedish_key(choice.name))


def read_door(folder: Path, clock: Clock) -> DoorSnapshot | None:
    """Idag as it stands now, or None when the program must start the normal way: no data yet
    (the first start's setup), a file to upgrade, or one SQLite cannot read as it is."""
    reader = QuickRead.open(database_path(folder))
    if reader is None:
        return None
    try:
        return _snapshot(reader, folder, local_date(clock.now()))
    except Exception as error:  # the normal opening will find and say what is wrong
        log.info("Idag read the normal way: %s", error)
        return None
    finally:
        reader.close()


def _int(cell: object) -> int:
    """A whole number from a plain sqlite3 row; anything else sends the start the normal way."""
    if not isinstance(cell, int):
        raise TypeError(f"not a whole number: {cell!r}")
    return cell


def _snapshot(reader: QuickRead, folder: Path, today: dt.date) -> DoorSnapshot | None:
    sites = by_name(
        [DoorChoice(str(i), str(name), SiteKind(str(kind))) for i, name, kind in reader.sites()]
    )
    bands = [
        AgeBand(str(code), _int(low), None if high is None else _int(high))
        for code, low, high in reader.age_bands()
    ]
    if not sites or not bands:
        return None  # the first start (setup), or defaults the opening adds first
    leaders = by_name([DoorChoice(str(i), str(name)) for i, name in reader.leaders()])
    site_id = initial_site(sites, reader.local(CURRENT_SITE)) or sites[0].id
    language = reader.local(LANGUAGE)
    return DoorSnapshot(
        folder=folder,
        language=language if language is not None and is_known(language) else SOURCE_LANGUAGE,
        today=today,
        sites=sites,
        leaders=leaders,
        bands=bands,
        site_id=site_id,
        leader_id=reader.local(CURRENT_LEADER),
        cells={
            (Gender(str(g)), str(band)): _int(n)
            for g, band, n in reader.day_cells(site_id, today)
            if n
        },
        by_hour={_int(h): _int(n) for h, n in reader.day_hours(site_id, today)},
        new=_int(reader.day_new(site_id, today)),
    )
