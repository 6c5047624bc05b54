"""The command line's follow-up register (Uppföljning): surveys of actors and collaboration
initiatives, `followup survey add|edit|delete`, `followup initiative add|edit|delete` and
`followup list --year Y [--json]`. Organisations are given by name and resolved to ids here."""

import argparse
import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.follow_up import INITIATIVE_STATUS_WORDS
from vanskapshuset.domain.rules import REPORT_YEAR, parse_date
from vanskapshuset.messages import follow_up as said
from vanskapshuset.messages.text import Message

if TYPE_CHECKING:
    import datetime as dt

    from vanskapshuset.app import App
    from vanskapshuset.services.follow_up import InitiativeView, SurveyView

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]


def _optional_date(text: str | None) -> "dt.date | None":
    """A date, or None for an empty text (no date: open on that side)."""
    return parse_date(text) if text and text.strip() else None


def _ids(app: "App", names: Sequence[str] | None) -> tuple[str, ...]:
    """The organisations named (none when the option was not given), as ids."""
    return tuple(app.organisations.id_of(name) for name in names or ())


def add_follow_up_commands(group: Group, command: Command, opened: Opener) -> None:
    def survey_add(args: argparse.Namespace) -> int:
        from vanskapshuset.services.follow_up import SurveyInput

        day = parse_date(args.date)  # refused before the database is opened
        with opened(args) as app:
            data = SurveyInput(day, args.summary, _ids(app, args.orgs), args.with_text or "")
            print(app.follow_up.add_survey(data))
        return 0

    def survey_edit(args: argparse.Namespace) -> int:
        from vanskapshuset.services.follow_up import SurveyInput

        given = (args.date, args.orgs, args.with_text, args.summary)
        if all(value is None for value in given):
            raise UserError(said.NOTHING_TO_CHANGE)
        day = parse_date(args.date) if args.date is not None else None
        with opened(args) as app:
            now = app.follow_up.survey(args.id)
            app.follow_up.update_survey(
                args.id,
                SurveyInput(
                    held_on=day or now.held_on,
                    summary=now.summary if args.summary is None else args.summary,
                    organisation_ids=now.organisation_ids
                    if args.orgs is None
                    else _ids(app, args.orgs),
                    with_text=now.with_text if args.with_text is None else args.with_text,
                ),
            )
        print(say(said.SURVEY_CHANGED))
        return 0

    def survey_delete(args: argparse.Namespace) -> int:
        with opened(args) as app:
            app.follow_up.delete_survey(args.id)
        print(say(said.SURVEY_DELETED))
        return 0

    def initiative_add(args: argparse.Namespace) -> int:
        from vanskapshuset.services.follow_up import InitiativeInput

        start, end = _optional_date(args.start), _optional_date(args.end)
        with opened(args) as app:
            data = InitiativeInput(
                args.title, args.status, _ids(app, args.partners), start, end, args.note or ""
            )
            print(app.follow_up.add_initiative(data))
        return 0

    def initiative_edit(args: argparse.Namespace) -> int:
        from vanskapshuset.services.follow_up import InitiativeInput

        given = (args.title, args.status, args.partners, args.start, args.end, args.note)
        if all(value is None for value in given):
            raise UserError(said.NOTHING_TO_CHANGE)
        start, end = _optional_date(args.start), _optional_date(args.end)
        with opened(args) as app:
            now = app.follow_up.initiative(args.id)
            app.follow_up.update_initiative(
                args.id,
                InitiativeInput(
                    title=now.title if args.title is None else args.title,
                    status=now.status.value if args.status is None else args.status,
                    partner_ids=now.partner_ids
                    if args.partners is None
                    else _ids(app, args.partners),
                    start=now.start if args.start is None else start,
                    end=now.end if args.end is None else end,
                    note=now.note if args.note is None else args.note,
                ),
            )
        print(say(said.INITIATIVE_CHANGED))
        return 0

    def initiative_delete(args: argparse.Namespace) -> int:
        with opened(args) as app:
            app.follow_up.delete_initiative(args.id)
        print(say(said.INITIATIVE_DELETED))
        return 0

    def follow_up_list(args: argparse.Namespace) -> int:
        REPORT_YEAR.check(args.year)
        with opened(args) as app:
            year = app.follow_up.year(args.year)
        if args.json:
            print(json.dumps(year.as_json(), ensure_ascii=False, indent=2))
            return 0
        for survey in year.surveys:
            print(say(_survey_line(survey)))
        for initiative in year.initiatives:
            print(say(_initiative_line(initiative)))
        return 0

    follow_up = group(
        "followup", "uppföljning: enkäter till aktörer och samverkansinitiativ som följs"
    )

    def items(name: str, summary: str) -> argparse._SubParsersAction:
        from vanskapshuset.cli_parser import COMMANDS_TITLE

        return follow_up.add_parser(name, help=summary, description=summary).add_subparsers(
            dest="item_action", required=True, title=COMMANDS_TITLE, metavar="ÅTGÄRD"
        )

    surveys = items("survey", "enkäter och samtal med aktörer")
    add = command(surveys, "add", survey_add, "lägg till en enkät (skriver ut dess id)")
    add.add_argument("--date", required=True, help="dagen enkäten gjordes (ÅÅÅÅ-MM-DD)")
    _survey_options(add, summary_required=True)
    edit = command(surveys, "edit", survey_edit, "ändra en enkät")
    edit.add_argument("id", help="enkätens id (se followup list)")
    edit.add_argument("--date", help="dagen enkäten gjordes (ÅÅÅÅ-MM-DD)")
    _survey_options(edit, summary_required=False)
    command(surveys, "delete", survey_delete, "ta bort en enkät").add_argument(
        "id", help="enkätens id (se followup list)"
    )

    initiatives = items("initiative", "samverkansinitiativ som följs")
    add = command(
        initiatives, "add", initiative_add, "lägg till ett initiativ (skriver ut dess id)"
    )
    add.add_argument("title", help="initiativets namn")
    add.add_argument("--status", required=True, help=STATUS_HELP)
    _initiative_options(add)
    edit = command(initiatives, "edit", initiative_edit, "ändra ett initiativ")
    edit.add_argument("id", help="initiativets id (se followup list)")
    edit.add_argument("--title", help="initiativets namn")
    edit.add_argument("--status", help=STATUS_HELP)
    _initiative_options(edit)
    command(initiatives, "delete", initiative_delete, "ta bort ett initiativ").add_argument(
        "id", help="initiativets id (se followup list)"
    )

    listing = command(follow_up, "list", follow_up_list, "visa ett års enkäter och initiativ")
    listing.add_argument("--year", type=int, required=True, help="året")
    listing.add_argument("--json", action="store_true", help="som JSON")


STATUS_HELP = "planned (planerad), ongoing (pågår) eller ended (avslutad)"


def _survey_options(parser: argparse.ArgumentParser, summary_required: bool) -> None:
    parser.add_argument(
        "--with",
        dest="orgs",
        action="append",
        metavar="AKTÖR",
        help="en aktör ur registret som deltog (kan anges flera gånger)",
    )
    parser.add_argument(
        "--with-text", metavar="TEXT", help="andra som deltog, i ord (t.ex. boende i området)"
    )
    parser.add_argument(
        "--summary", required=summary_required, metavar="TEXT", help="en kort sammanfattning"
    )


def _initiative_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--partner",
        dest="partners",
        action="append",
        metavar="AKTÖR",
        help="en samverkanspartner ur registret (kan anges flera gånger)",
    )
    parser.add_argument("--start", metavar="DATUM", help="när initiativet började (ÅÅÅÅ-MM-DD)")
    parser.add_argument(
        "--end", metavar="DATUM", help="när initiativet slutade (ÅÅÅÅ-MM-DD; tomt: inget slut)"
    )
    parser.add_argument("--note", help="en kort anteckning")


def _survey_line(survey: "SurveyView") -> Message:
    return said.LINE_SURVEY(
        date=survey.held_on.isoformat(),
        with_whom=", ".join(survey.with_whom),
        summary=" ".join(survey.summary.split()),
        id=survey.id,
    )


def _initiative_line(initiative: "InitiativeView") -> Message:
    start = initiative.start.isoformat() if initiative.start else "…"
    end = initiative.end.isoformat() if initiative.end else "…"
    return said.LINE_INITIATIVE(
        period=f"{start}–{end}",
        title=initiative.title,
        status=INITIATIVE_STATUS_WORDS[initiative.status],
        partners=", ".join(initiative.partners) or "–",
        id=initiative.id,
    )
