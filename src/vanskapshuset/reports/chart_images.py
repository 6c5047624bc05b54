"""A report's charts saved as PNG images: the drawings the PDF places and the Word file shows
(rendered by `docx_writer.chart_png`), one file per chart, all written or none."""

from pathlib import Path
from typing import TYPE_CHECKING

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import reports as said
from vanskapshuset.reports.figures import AnnualReport, DayReport, PartnerReport, PeriodSummary
from vanskapshuset.services.safe_file import replacing_folder

if TYPE_CHECKING:  # reportlab loads only when a chart is drawn
    from reportlab.graphics.shapes import Drawing

# Characters a file name cannot hold on Windows, macOS or Linux.
_NOT_IN_NAMES = str.maketrans({ch: "-" for ch in '<>:"/\\|?*'})

SUMMARY_TITLES = {
    "weeks": "Besök per vecka",
    "weekdays": "Besök per veckodag",
    "ages": "Besök per åldersgrupp",
    "genders": "Besök per kön",
    "areas": "Aktiviteter per verksamhetsområde",
}
PARTNER_TITLES = {
    "genders": "Deltagare per kön",
    "ages": "Deltagare per åldersgrupp",
    "months": "Aktiviteter per månad",
}
ANNUAL_TITLES = ("Aktiviteter per månad", "Besök per månad")


def report_charts(
    report: PeriodSummary | AnnualReport | DayReport | PartnerReport,
) -> list[tuple[str, "Drawing"]]:
    """(title, drawing) for every chart of the report's PDF, in the PDF's order; a day report
    has none."""
    if isinstance(report, PeriodSummary):
        from vanskapshuset.reports.pdf.season_pdf import summary_drawings

        drawings = summary_drawings(report)
        return [(SUMMARY_TITLES[key], drawing) for key, drawing in drawings.items()]
    if isinstance(report, AnnualReport):
        from vanskapshuset.reports.pdf.annual_pdf import month_drawings

        return list(zip(ANNUAL_TITLES, month_drawings(report), strict=True))
    if isinstance(report, PartnerReport):
        from vanskapshuset.reports.pdf.partner_pdf import partner_drawings

        return [(PARTNER_TITLES[key], drawing) for key, drawing in partner_drawings(report).items()]
    return []


def chart_file_name(stem: str, title: str) -> str:
    return f"{stem} – {title}.png".translate(_NOT_IN_NAMES).strip(" .")


def write_chart_pngs(
    report: PeriodSummary | AnnualReport | DayReport | PartnerReport, folder: Path, stem: str
) -> list[Path]:
    """One PNG per chart in `folder`, named "<stem> – <chart title>.png"; all or none."""
    from vanskapshuset.reports.docx_writer import chart_png

    charts = report_charts(report)
    if not charts:
        raise UserError(said.NO_CHARTS)
    images = [(chart_file_name(stem, title), chart_png(drawing)) for title, drawing in charts]
    folder = Path(folder).expanduser()
    with replacing_folder(folder) as stage:
        for name, data in images:
            (stage / name).write_bytes(data)
    return [folder / name for name, _ in images]
