"""The command line's printable sheets: `sheet signup` and `sheet tally`."""

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import parse_date
from vanskapshuset.messages import cli as said

if TYPE_CHECKING:
    from vanskapshuset.app import App

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]


def add_sheet_commands(group: Group, command: Command, opened: Opener) -> None:
    def signup(args: argparse.Namespace) -> int:
        if bool(args.activity) == bool(args.blank):
            raise UserError(said.ACTIVITY_OR_BLANK())
        from vanskapshuset.sheets.service import SheetDetails, SheetService
        from vanskapshuset.sheets.sheet_texts import sheet_texts
        from vanskapshuset.sheets.signup_pdf import write_signup_sheet

        if args.sheet_language is not None:
            sheet_texts(args.sheet_language)  # an unknown language: refused before the database
        details = SheetDetails(args.meeting_point, args.leader, args.phone, args.bring)
        with opened(args) as app:
            sheet = SheetService(app).signup_sheet(args.activity, details, args.sheet_language)
        print(write_signup_sheet(sheet, Path(args.pdf)))
        return 0

    def tally(args: argparse.Namespace) -> int:
        day = parse_date(args.date)  # refused before the database is opened
        from vanskapshuset.domain.vocabulary import SiteKind
        from vanskapshuset.sheets.service import SheetService
        from vanskapshuset.sheets.tally_pdf import write_tally_sheet

        with opened(args) as app:
            site = args.site
            if not site:
                doors = [s for s in app.sites.list() if s.kind is not SiteKind.EXCURSION]
                if not doors:
                    raise UserError(said.NO_SITE_YET(), field="site")
                site = doors[0].name
            sheet = SheetService(app).tally_sheet(day, site)
        print(write_tally_sheet(sheet, Path(args.pdf)))
        return 0

    sheet = group("sheet", "utskrifter: anmälningslista och räknelapp")
    signup_parser = command(sheet, "signup", signup, "anmälningslista för en utflykt")
    signup_parser.add_argument("--activity", metavar="ID", help="aktivitetens id")
    signup_parser.add_argument("--blank", action="store_true", help="en tom lista att fylla i")
    signup_parser.add_argument("--pdf", required=True, metavar="FIL", help="PDF-filen att skriva")
    signup_parser.add_argument("--meeting-point", default="", help="samlingsplats")
    signup_parser.add_argument("--leader", default="", help="ansvarig ledare")
    signup_parser.add_argument("--phone", default="", help="ledarens telefon")
    signup_parser.add_argument("--bring", default="", help="ta med")
    signup_parser.add_argument(
        "--second-language",
        dest="sheet_language",  # not `language`: that name is the program's own language
        metavar="SPRÅK",
        help="ett språk till bredvid svenskan, t.ex. ar (arabiska), so (somaliska) eller en "
        "(engelska); annars bara svenska",
    )

    tally_parser = command(sheet, "tally", tally, "räknelapp på papper för en dag")
    tally_parser.add_argument("--date", required=True, help="dagen (ÅÅÅÅ-MM-DD)")
    tally_parser.add_argument("--site", help="annars den första platsen med en dörr")
    tally_parser.add_argument("--pdf", required=True, metavar="FIL", help="PDF-filen att skriva")
