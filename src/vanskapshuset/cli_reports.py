"""The command line's reports and exports: `report season|annual|period|day|partner` and
`export`."""

import argparse
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.command_language import say
from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import REPORT_YEAR, check_period, parse_date
from vanskapshuset.messages import cli as said

if TYPE_CHECKING:
    from vanskapshuset.app import App
    from vanskapshuset.reports.figures import (
        AnnualReport,
        DataExport,
        PartnerReport,
        PeriodSummary,
    )
    from vanskapshuset.reports.service import ReportService

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]
Group = Callable[[str, str], argparse._SubParsersAction]

OUTPUT_HELP = {
    "pdf": ("FIL", "spara som PDF i den här filen"),
    "docx": ("FIL", "spara som Word-dokument (redigerbart) i den här filen"),
    "xlsx": ("FIL", "spara som Excel i den här filen"),
    "csv": ("MAPP", "spara som CSV-filer i den här mappen"),
    "network_csv": (
        "FIL",
        "spara samverkansnätverket (vilka organisationer som arbetat tillsammans) som CSV",
    ),
}


def _targets(args: argparse.Namespace, formats: tuple[str, ...]) -> None:
    """Refuse before opening anything when no output is named."""
    if not any(getattr(args, name, None) for name in formats):
        options = f" {say(said.OR)} ".join(_option(name) for name in formats)
        raise UserError(said.REPORT_TARGET_MISSING(options=options))


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _parse_inputs(args: argparse.Namespace) -> None:
    """Dates, periods and years checked by the rules, before anything is opened."""
    for name in ("start", "end", "date"):
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, parse_date(getattr(args, name)))
    if hasattr(args, "start"):
        check_period(args.start, args.end)
    if getattr(args, "year", None) is not None:
        REPORT_YEAR.check(args.year)


def _write(
    report: "PeriodSummary | AnnualReport | DataExport | PartnerReport", args: argparse.Namespace
) -> Iterator[Path]:
    from vanskapshuset.reports import files

    if getattr(args, "pdf", None):
        yield files.write_pdf(report, Path(args.pdf))  # type: ignore[arg-type]
    if getattr(args, "docx", None):
        yield files.write_docx(report, Path(args.docx))  # type: ignore[arg-type]
    if getattr(args, "xlsx", None):
        yield files.write_xlsx(report, Path(args.xlsx))
    if getattr(args, "csv", None):
        yield from files.write_csv(report, Path(args.csv))
    if getattr(args, "network_csv", None):
        yield files.write_network_csv(report, Path(args.network_csv))  # type: ignore[arg-type]


def _reports(app: "App") -> "ReportService":
    from vanskapshuset.reports.service import report_service

    return report_service(app)


def _report_year(reports: "ReportService", args: argparse.Namespace) -> int:
    """--year, or without it the year the city asks about now (see reports/report_year.py)."""
    from vanskapshuset.reports.report_year import default_report_year

    return int(args.year) if args.year is not None else default_report_year(reports.context.today())


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, help="första dagen (ÅÅÅÅ-MM-DD)")
    parser.add_argument("--to", dest="end", required=True, help="sista dagen (ÅÅÅÅ-MM-DD)")


def _outputs(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    for name in formats:
        metavar, text = OUTPUT_HELP[name]
        parser.add_argument(_option(name), dest=name, metavar=metavar, help=text)


def add_report_commands(
    commands: argparse._SubParsersAction, group: Group, command: Command, opened: Opener
) -> None:
    def run(
        build: Callable[["ReportService", argparse.Namespace], object], formats: tuple[str, ...]
    ) -> Callable[[argparse.Namespace], int]:
        def handler(args: argparse.Namespace) -> int:
            _targets(args, formats)
            _parse_inputs(args)  # bad input is refused before the database is opened
            with opened(args) as app:
                report = build(_reports(app), args)
            for path in _write(report, args):  # type: ignore[arg-type]
                print(path)
            return 0

        return handler

    report = group("report", "rapporter som PDF, Word, Excel eller CSV")
    season = command(
        report,
        "season",
        run(
            lambda r, a: r.season(a.season, a.site, all_sites=a.all_sites),
            ("pdf", "docx", "xlsx", "csv"),
        ),
        "säsongens sammanfattning",
    )
    season.add_argument("--season", required=True, help="säsongens namn")
    season.add_argument("--site", help="bara den här platsen (annars säsongens egna platser)")
    season.add_argument("--all-sites", action="store_true", help="alla platser")

    annual = command(
        report,
        "annual",
        run(
            lambda r, a: r.annual(_report_year(r, a)),
            ("pdf", "docx", "xlsx", "csv", "network_csv"),
        ),
        "årets uppföljning",
    )
    annual.add_argument("--year", type=int, help="året")

    custom = command(
        report,
        "period",
        run(lambda r, a: r.period(a.start, a.end, a.site), ("pdf", "docx", "xlsx", "csv")),
        "en period du väljer",
    )
    _period(custom)
    custom.add_argument("--site", help="bara den här platsen")

    for parser in (season, annual, custom):
        _outputs(parser, ("pdf", "docx", "xlsx", "csv"))
    _outputs(annual, ("network_csv",))

    day = command(
        report, "day", run(lambda r, a: r.day(a.date, a.site), ("pdf", "docx")), "en dags rapport"
    )
    day.add_argument("--date", required=True, help="dagen (ÅÅÅÅ-MM-DD)")
    day.add_argument("--site", help="bara den här platsen")
    _outputs(day, ("pdf", "docx"))

    partner = command(
        report,
        "partner",
        run(lambda r, a: r.partner(a.organisation, a.start, a.end), ("pdf", "docx", "xlsx", "csv")),
        "vad vi gjort tillsammans med en organisation under en period",
    )
    partner.add_argument("--organisation", required=True, help="organisationens namn")
    _period(partner)
    _outputs(partner, ("pdf", "docx", "xlsx", "csv"))

    export = command(
        commands,
        "export",
        run(lambda r, a: r.export(a.start, a.end), ("csv", "xlsx")),
        "alla rader för en period, för egna kalkyler",
    )
    _period(export)
    _outputs(export, ("csv", "xlsx"))
