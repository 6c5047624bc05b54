"""One entry point per format, whatever the report: what the command line and the app call."""

from pathlib import Path

from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import (
    AnnualReport,
    DataExport,
    DayReport,
    PartnerReport,
    PeriodSummary,
)
from vanskapshuset.reports.follow_up_section import follow_up_tables
from vanskapshuset.reports.tables import (
    Cell,
    Table,
    annual_tables,
    export_tables,
    partner_tables,
    summary_tables,
)

Report = PeriodSummary | AnnualReport | DayReport | PartnerReport
TableReport = PeriodSummary | AnnualReport | DataExport | PartnerReport


def tables_of(report: TableReport) -> list[Table]:
    if isinstance(report, PeriodSummary):
        return summary_tables(report)
    if isinstance(report, AnnualReport):
        return annual_tables(report) + follow_up_tables(report.follow_up)
    if isinstance(report, PartnerReport):
        return partner_tables(report)
    return export_tables(report)


def title_of(report: Report | DataExport) -> str:
    if isinstance(report, PeriodSummary):
        return report.title
    if isinstance(report, AnnualReport):
        return f"Årlig uppföljning {report.year}"
    if isinstance(report, DayReport):
        return f"Dagrapport {w.long_date(report.date)}"
    if isinstance(report, PartnerReport):
        return partner_title(report)
    return f"Export {w.period(report.stats.start, report.stats.end)}"


def partner_title(report: PartnerReport) -> str:
    return f"Samarbete med {report.partner}"


def about(report: TableReport) -> list[tuple[str, Cell]]:
    if isinstance(report, PartnerReport):
        return [
            ("Rapport", title_of(report)),
            ("Period", w.period(report.start, report.end)),
            ("Plats", "Alla platser"),
            ("Samarbetspartner", report.partner),
            ("Typ av organisation", w.organisation_kind(report.partner_kind)),
            ("Organisation", report.organisation),
            ("Framställd", report.produced),
        ]
    stats = report.stats
    return [
        ("Rapport", title_of(report)),
        ("Period", w.period(stats.start, stats.end)),
        (
            "Platser" if len(getattr(report, "sites", ())) > 1 else "Plats",
            stats.site or "Alla platser",
        ),
        ("Organisation", report.organisation),
        ("Framställd", report.produced),  # a real date cell in the XLSX
    ]


def write_xlsx(report: TableReport, target: Path) -> Path:
    from vanskapshuset.reports.xlsx import write_xlsx as write

    return write(target, tables_of(report), about(report))


def write_csv(report: TableReport, folder: Path) -> list[Path]:
    from vanskapshuset.reports.csv_files import write_csv as write

    return write(folder, tables_of(report))


def write_network_csv(report: AnnualReport, target: Path) -> Path:
    """The network map's edges as one CSV file: organisation A, organisation B, activities
    together, in Swedish order."""
    from vanskapshuset.reports.csv_files import write_csv_file
    from vanskapshuset.reports.tables import network_table

    return write_csv_file(target, network_table(report))


def write_pdf(report: Report, target: Path) -> Path:
    # Imported on use: reportlab and the fonts load only when a PDF is asked for.
    if isinstance(report, PeriodSummary):
        from vanskapshuset.reports.pdf.season_pdf import write_season_pdf

        return write_season_pdf(report, target)
    if isinstance(report, AnnualReport):
        from vanskapshuset.reports.pdf.annual_pdf import write_annual_pdf

        return write_annual_pdf(report, target)
    if isinstance(report, PartnerReport):
        from vanskapshuset.reports.pdf.partner_pdf import write_partner_pdf

        return write_partner_pdf(report, target)
    from vanskapshuset.reports.pdf.day_pdf import write_day_pdf

    return write_day_pdf(report, target)


def write_docx(report: Report, target: Path) -> Path:
    # Imported on use: python-docx loads only when a Word document is asked for.
    from vanskapshuset.reports.docx_writer import write_docx as write

    return write(report, target)
