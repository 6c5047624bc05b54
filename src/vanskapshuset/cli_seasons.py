"""The command line's seasons: `season add`, `season edit` and `season list`."""

import argparse
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import parse_date
from vanskapshuset.domain.swedish_order import swedish_key
from vanskapshuset.messages import records as said
from vanskapshuset.messages.text import Message

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.services.registry import SeasonInfo

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]


def add_season_commands(group: Group, command: Command, opened: Opener) -> None:
    def season_add(args: argparse.Namespace) -> int:
        start, end = parse_date(args.start), parse_date(args.end)
        with opened(args) as app:
            site_ids = [app.sites.id_of(name) for name in args.site or ()]
            print(app.seasons.add(args.name, start, end, site_ids).id)
        return 0

    def season_edit(args: argparse.Namespace) -> int:
        start = parse_date(args.start) if args.start is not None else None
        end = parse_date(args.end) if args.end is not None else None
        if args.all_sites and args.site:
            raise UserError(said.SEASON_SITES_OR_ALL(), field="site_ids")
        if (args.new_name, start, end, args.site) == (None, None, None, None) and not (
            args.all_sites
        ):
            raise UserError(said.SEASON_NOTHING_TO_CHANGE())
        with opened(args) as app:
            season = app.seasons.by_name(args.name)
            site_ids = [app.sites.id_of(name) for name in args.site] if args.site else None
            edited = app.seasons.edit(
                season.id,
                name=args.new_name,
                start=start,
                end=end,
                site_ids=[] if args.all_sites else site_ids,
            )
            names = {site.id: site.name for site in app.sites.list()}
        print(say(said.SEASON_SAVED()))
        print(say(_line(edited, names)))
        return 0

    def season_list(args: argparse.Namespace) -> int:
        with opened(args) as app:
            seasons = app.seasons.list()
            names = {site.id: site.name for site in app.sites.list()}
        if args.json:
            print(json.dumps([_as_json(s, names) for s in seasons], ensure_ascii=False, indent=2))
            return 0
        if not seasons:
            print(say(said.NO_SEASONS()))
        for season in seasons:
            print(say(_line(season, names)))
        return 0

    seasons = group("season", "säsonger")
    add = command(seasons, "add", season_add, "lägg till en säsong")
    add.add_argument("name", help="säsongens namn")
    add.add_argument("--start", required=True, help="första dagen (ÅÅÅÅ-MM-DD)")
    add.add_argument("--end", required=True, help="sista dagen (ÅÅÅÅ-MM-DD)")
    add.add_argument(
        "--site",
        action="append",
        help="en plats där säsongen pågår (kan anges flera gånger; ingen: alla platser)",
    )
    edit = command(seasons, "edit", season_edit, "ändra en säsongs namn, datum eller platser")
    edit.add_argument("name", help="säsongens namn")
    edit.add_argument("--name", dest="new_name", metavar="NAMN", help="säsongens nya namn")
    edit.add_argument("--start", help="ny första dag (ÅÅÅÅ-MM-DD)")
    edit.add_argument("--end", help="ny sista dag (ÅÅÅÅ-MM-DD)")
    edit.add_argument(
        "--site",
        action="append",
        help="en plats där säsongen pågår (kan anges flera gånger; ersätter platserna)",
    )
    edit.add_argument("--all-sites", action="store_true", help="säsongen gäller alla platser")
    listing = command(seasons, "list", season_list, "visa säsongerna och deras platser")
    listing.add_argument("--json", action="store_true", help="som JSON")


def site_names(season: "SeasonInfo", names: dict[str, str]) -> list[str]:
    """The season's sites by name, in Swedish order (empty: every site)."""
    return sorted((names.get(key, key) for key in season.site_ids), key=swedish_key)


def _line(season: "SeasonInfo", names: dict[str, str]) -> Message:
    sites = ", ".join(site_names(season, names)) or say(said.SEASON_EVERY_SITE())
    return said.SEASON_LINE(
        name=season.name, start=season.start.isoformat(), end=season.end.isoformat(), sites=sites
    )


def _as_json(season: "SeasonInfo", names: dict[str, str]) -> dict[str, object]:
    return {
        "name": season.name,
        "start": season.start.isoformat(),
        "end": season.end.isoformat(),
        "sites": site_names(season, names),  # empty: every site
    }
