"""A season's sites travel and merge with the season (newest edit wins), follow a site that is
merged into another of its name, and a bundle of a laptop still on schema 0005 (one `site_id`
per season) imports with each season at its one site."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import SITE
from test_bad_bundles import (
    MANIFEST,
    Pair,
    _without_column,
    changed,
    pair_of,
    sealed,
    seasons_as_0005,
)
from test_name_merge import Team, query
from test_name_merge import team as team  # the fixture

from vanskapshuset.app import App
from vanskapshuset.sync.bundle_reader import BundleRefused

DAY = dt.date(2026, 6, 16)
END = dt.date(2026, 8, 14)
# The season table's columns at schema 0005, as a laptop not yet upgraded writes them.
OLD_COLUMNS = [
    "id", "name", "start_date", "end_date", "site_id", "hlc", "device_id", "deleted", "history",
]  # fmt: skip


def _sites_of(app: App, season: str) -> set[str]:
    names = {site.id: site.name for site in app.sites.list()}
    return {names[key] for key in app.seasons.by_name(season).site_ids}


def test_a_seasons_sites_travel_and_the_newest_edit_wins(team) -> None:
    t: Team = team(2)
    first, second = t.apps
    park = first.sites.add("Vänskapsparken", "outdoor").id
    first.sites.add("Utflykt", "excursion")
    first.seasons.add("Bästa sommaren", DAY, END, [park, first.sites.id_of("Utflykt")])
    t.settle()
    assert _sites_of(second, "Bästa sommaren") == {"Vänskapsparken", "Utflykt"}

    t.later()
    season = second.seasons.by_name("Bästa sommaren").id
    second.seasons.edit(season, site_ids=[second.sites.id_of(SITE), park])
    t.later()
    first.seasons.edit(season, end=dt.date(2026, 8, 21))  # newer: its whole value wins
    t.settle()
    for app in t.apps:
        found = app.seasons.by_name("Bästa sommaren")
        assert found.end == dt.date(2026, 8, 21)
        assert _sites_of(app, "Bästa sommaren") == {"Vänskapsparken", "Utflykt"}


def test_a_merged_site_is_rewritten_in_every_seasons_list(team) -> None:
    t: Team = team(2)
    first, second = t.apps
    trip = first.sites.add("Utflykt", "excursion").id
    park = second.sites.add("Vänskapsparken", "outdoor").id
    # the same site on the second laptop under another id: added under a name, then renamed
    other_trip = second.sites.add("Utflykter", "excursion").id
    second.sites.rename(other_trip, "Utflykt")
    assert other_trip != trip
    first.seasons.add("Höstlov", DAY, END, [trip])
    second.seasons.add("Bästa sommaren", DAY, END, [other_trip, park])
    t.settle()
    for app in t.apps:
        assert [site.name for site in app.sites.list()].count("Utflykt") == 1
        assert app.sites.id_of("Utflykt") == trip  # the name's own id survives
        assert app.seasons.by_name("Höstlov").site_ids == (trip,)
        assert set(app.seasons.by_name("Bästa sommaren").site_ids) == {trip, park}
        lists = [json.loads(value) for (value,) in query(app, "SELECT site_ids FROM season")]
        assert all(len(ids) == len(set(ids)) for ids in lists)


# -- a laptop still on schema 0005 ---------------------------------------------------------------


def _seasons(app: App) -> None:
    park = app.sites.add("Vänskapsparken", "outdoor").id
    app.seasons.add("Bästa sommaren", DAY, END, [park])
    app.seasons.add("Hela året", dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _as_0005(rewrite: Callable[[list[Any]], None] = lambda row: None):
    def change(body: Any) -> None:
        seasons_as_0005(body)
        assert body["columns"] == OLD_COLUMNS
        for row in body["rows"]:
            rewrite(row)

    return change


def _older(manifest: Any) -> None:
    manifest["schema_version"] = "0005_record_alias"


def _old_bundle(pair: Pair, change: Callable[[Any], None]) -> bytes:
    members = changed(pair.members(), "season.json", change)
    if "visit.json" in dict(members):  # 0005 had no new-visitor mark (0006_visit_new)
        members = changed(members, "visit.json", _without_column("is_new"), recount=False)
    return sealed(changed(members, MANIFEST, _older, recount=False), pair.key)


@pytest.fixture
def old_pair(laptops, tmp_path: Path) -> Pair:
    return pair_of(laptops, tmp_path, _seasons)


def test_a_bundle_of_a_laptop_on_schema_0005_imports_each_season_at_its_one_site(old_pair):
    path = old_pair.folder / "gammal.vhsync"
    path.write_bytes(_old_bundle(old_pair, _as_0005()))
    old_pair.reader.sync.import_file(path)
    reader = old_pair.reader
    park = reader.sites.id_of("Vänskapsparken")
    assert reader.seasons.by_name("Bästa sommaren").site_ids == (park,)
    assert reader.seasons.by_name("Hela året").site_ids == ()
    assert reader.seasons.list() == old_pair.writer.seasons.list()


def test_an_old_bundle_naming_no_real_site_id_is_refused_and_nothing_changes(old_pair):
    def bad_site(row: list[Any]) -> None:
        row[OLD_COLUMNS.index("site_id")] = "Vänskapsparken"  # a name, not an id

    path = old_pair.folder / "trasig.vhsync"
    path.write_bytes(_old_bundle(old_pair, _as_0005(bad_site)))
    before = query(old_pair.reader, "SELECT * FROM season")
    with pytest.raises(BundleRefused):
        old_pair.reader.sync.import_file(path)
    assert query(old_pair.reader, "SELECT * FROM season") == before


def test_a_current_bundle_with_the_old_season_columns_is_refused(old_pair):
    members = changed(old_pair.members(), "season.json", _as_0005())
    path = old_pair.folder / "blandad.vhsync"
    path.write_bytes(sealed(members, old_pair.key))
    with pytest.raises(BundleRefused):
        old_pair.reader.sync.import_file(path)


def test_a_site_list_that_is_not_a_list_of_ids_is_refused(old_pair):
    def bad(body: Any) -> None:
        body["rows"][0][body["columns"].index("site_ids")] = '["Vänskapsparken"]'

    path = old_pair.folder / "namn.vhsync"
    path.write_bytes(sealed(changed(old_pair.members(), "season.json", bad), old_pair.key))
    with pytest.raises(BundleRefused):
        old_pair.reader.sync.import_file(path)
