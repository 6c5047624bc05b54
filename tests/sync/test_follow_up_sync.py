"""The follow-up register (Uppföljning) travels like every editable record: the newest edit
wins, edits made after the first bundle are journaled into the next, a merge of two
organisations of one name rewrites the organisations a survey or initiative names, a bundle of
a laptop not yet upgraded (no follow-up tables) is read as holding none, and a bad value in a
bundle is refused whole."""

import datetime as dt
from pathlib import Path

import pytest
from test_bad_bundles import MANIFEST, Pair, _as_schema, changed, pair_of, refused, sealed, set_cell
from test_name_merge import Team, query, rows

from vanskapshuset.app import App
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.follow_up import InitiativeStatus
from vanskapshuset.services.context import derived_id
from vanskapshuset.services.follow_up import InitiativeInput, SurveyInput

PARTNER = "Rädda Barnen"


@pytest.fixture
def team(tmp_path: Path):
    made: list[Team] = []

    def make(size: int) -> Team:
        made.append(Team(tmp_path / f"team{len(made)}", size))
        return made[-1]

    yield make
    for one in made:
        one.close()


def test_surveys_and_initiatives_reach_every_laptop_and_the_newest_edit_wins(team) -> None:
    t = team(2)
    first, second = t.apps
    org = first.organisations.add(PARTNER, "non_profit").id
    survey = first.follow_up.add_survey(
        SurveyInput(dt.date(2026, 3, 2), "Önskar fler kvällsaktiviteter.", (org,), "boende")
    )
    initiative = first.follow_up.add_initiative(
        InitiativeInput("Sommarlovsplanering", "planned", (org,), dt.date(2026, 4, 1))
    )
    t.round()
    assert [s.with_whom for s in second.follow_up.surveys(2026)] == [(PARTNER, "boende")]
    assert second.follow_up.initiative(initiative).status is InitiativeStatus.PLANNED
    # Edits after the first exchange travel in the next (the journal's triggers saw them).
    t.later()
    changed_there = second.follow_up.initiative(initiative).as_input()
    second.follow_up.update_initiative(
        initiative, InitiativeInput(**{**changed_there.__dict__, "status": "ongoing"})
    )
    t.later()
    first.follow_up.delete_survey(survey)
    t.round()
    for app in t.apps:
        assert app.follow_up.initiative(initiative).status is InitiativeStatus.ONGOING
        assert app.follow_up.surveys(2026) == []
    assert rows(first, ["follow_up_survey", "follow_up_initiative"]) == rows(
        second, ["follow_up_survey", "follow_up_initiative"]
    )


def test_a_merged_organisation_is_rewritten_in_surveys_and_initiatives(team) -> None:
    t = team(2)
    first, second = t.apps
    own = derived_id("organisation", PARTNER.casefold())
    first.organisations.add(PARTNER, "non_profit")
    first.organisations.delete(own)
    again = first.organisations.add(PARTNER, "non_profit").id  # another id for the same name
    other = first.organisations.add("Al-Amal", "association").id
    assert again != own
    t.later()
    assert second.organisations.add(PARTNER, "non_profit").id == own
    survey = first.follow_up.add_survey(
        SurveyInput(dt.date(2026, 3, 2), "Bra samarbete.", (again, other))
    )
    initiative = first.follow_up.add_initiative(
        InitiativeInput("Nätverksträffar", "ongoing", (again,))
    )
    t.settle()
    for app in t.apps:
        assert app.follow_up.survey(survey).organisation_ids == (other, own)
        assert app.follow_up.survey(survey).organisations == ("Al-Amal", PARTNER)
        assert query(
            app, "SELECT partner_ids FROM follow_up_initiative WHERE id = ?", initiative
        ) == [(f'["{own}"]',)]


def _with_follow_up(app: App) -> None:
    org = app.organisations.add(PARTNER, "non_profit").id
    app.follow_up.add_survey(SurveyInput(app.context.today(), "Enkät.", (org,)))
    app.follow_up.add_initiative(InitiativeInput("Initiativ", "planned", (org,)))


@pytest.fixture
def follow_up_pair(laptops, tmp_path: Path) -> Pair:
    return pair_of(laptops, tmp_path, _with_follow_up)


def test_a_bundle_of_a_laptop_before_the_follow_up_register_is_imported(follow_up_pair) -> None:
    p = follow_up_pair
    members = [
        (name, body)
        for name, body in _as_schema(p.members(), "0005_record_alias", drop="follow_up_survey.json")
        if name != "follow_up_initiative.json"
    ]
    members = changed(
        members, MANIFEST, lambda m: m["counts"].pop("follow_up_initiative", None), recount=False
    )
    path = p.folder / "förra.vhsync"
    path.write_bytes(sealed(members, p.key))
    result = p.reader.sync.import_file(path)
    assert result.records_new > 0
    assert p.reader.follow_up.surveys(p.reader.context.today().year) == []
    assert p.reader.organisations.id_of(PARTNER)


@pytest.mark.parametrize(
    ("member", "column", "value"),
    [
        ("follow_up_initiative.json", "status", "klar"),
        ("follow_up_initiative.json", "partner_ids", '["inte ett id!"]'),
        ("follow_up_survey.json", "summary", ""),
        ("follow_up_survey.json", "organisation_ids", "Rädda Barnen"),
    ],
)
def test_a_bad_follow_up_value_in_a_bundle_is_refused_whole(
    follow_up_pair, member, column, value
) -> None:
    p = follow_up_pair
    table = member.removesuffix(".json")
    bad = sealed(changed(p.members(), member, set_cell(table, column, value)), p.key)
    error = refused(p.reader, bad, p.folder)
    assert isinstance(error, UserError)
    assert "\n" not in str(error)
