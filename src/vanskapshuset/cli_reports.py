"""The command line's reports and exports: `report season|annual|period|day` and `export`."""

import argparse
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import REPORT_YEAR, check_period, parse_date

if TYPE_CHECKING:
    from vanskapshuset.reports.figures import AnnualReport, DataExport, PeriodSummary
    from vanskapshuset.reports.service import ReportService
    from vanskapshuset.services.app import App

Opener = Callable[[argparse.Namespace], AbstractContextManager["App"]]
Command = Callable[..., argparse.ArgumentParser]


def _targets(args: argparse.Namespace, formats: tuple[str, ...]) -> None:
    """Refuse before opening anything when no output is named."""
    if not any(getattr(args, name, None) for name in formats):
        options = " eller ".join(f"--{name}" for name in formats)
        raise UserError(f"Ange var rapporten ska sparas: {options}.")


def _parse_inputs(args: argparse.Namespace) -> None:
    """Dates, periods and years checked by the rules, before anything is opened."""
    for name in ("start", "end", "date"):
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, parse_date(getattr(args, name)))
    if hasattr(args, "start"):
        check_period(args.start, args.end)
    if hasattr(args, "year"):
        REPORT_YEAR.check(args.year)


def _write(
    report: "PeriodSummary | AnnualReport | DataExport", args: argparse.Namespace
) -> Iterator[Path]:
    from vanskapshuset.reports import files

    if getattr(args, "pdf", None):
        yield files.write_pdf(report, Path(args.pdf))  # type: ignore[arg-type]
    if getattr(args, "xlsx", None):
        yield files.write_xlsx(report, Path(args.xlsx))
    if getattr(args, "csv", None):
        yield from files.write_csv(report, Path(args.csv))


def _reports(app: "App") -> "ReportService":
    from vanskapshuset.reports.service import report_service

    return report_service(app)


def add_report_commands(
    commands: argparse._SubParsersAction, command: Command, opened: Opener
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

    report = commands.add_parser("report").add_subparsers(dest="action", required=True)
    season = command(
        report,
        "season",
        run(lambda r, a: r.season(a.season, a.site, all_sites=a.all_sites), ("pdf", "xlsx", "csv")),
    )
    season.add_argument("--season", required=True)
    season.add_argument("--site", help="annars säsongens egen plats")
    season.add_argument("--all-sites", action="store_true", help="alla platser")

    annual = command(report, "annual", run(lambda r, a: r.annual(a.year), ("pdf", "xlsx", "csv")))
    annual.add_argument("--year", type=int, required=True)

    custom = command(
        report,
        "period",
        run(lambda r, a: r.period(a.start, a.end, a.site), ("pdf", "xlsx", "csv")),
    )
    custom.add_argument("--from", dest="start", required=True)
    custom.add_argument("--to", dest="end", required=True)
    custom.add_argument("--site")

    for parser in (season, annual, custom):
        parser.add_argument("--pdf")
        parser.add_argument("--xlsx")
        parser.add_argument("--csv", metavar="DIR")

    day = command(report, "day", run(lambda r, a: r.day(a.date, a.site), ("pdf",)))
    day.add_argument("--date", required=True)
    day.add_argument("--site")
    day.add_argument("--pdf")

    export = command(
        commands, "export", run(lambda r, a: r.export(a.start, a.end), ("csv", "xlsx"))
    )
    export.add_argument("--from", dest="start", required=True)
    export.add_argument("--to", dest="end", required=True)
    export.add_argument("--csv", metavar="DIR")
    export.add_argument("--xlsx")
