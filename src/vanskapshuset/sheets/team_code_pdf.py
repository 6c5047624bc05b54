"""The team code on paper: one A4 page the coordinator prints or keeps, from which another laptop
joins the team (Synk → Gå med i ett lag → type the code)."""

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from vanskapshuset.reports.pdf.fonts import FONT_BOLD
from vanskapshuset.reports.pdf.layout import DocumentInfo, build_pdf, para
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.sheets.parts import SHEET_MARGINS, sheet_styles, sheet_width, swedish_date

__all__ = ["TITLE", "code_lines", "write_team_code_sheet"]

TITLE = "Lagkod för Vänskapshuset"
GROUPS_PER_LINE = 4  # 7 groups of four: two lines of 4 + 3, each easy to read out
_CELL = 10 * mm  # one character per box: the same width for every letter, like a typewriter
_GAP = 5 * mm  # between groups of four
_ROW = 15 * mm
_CODE_SIZE = 28
_INK = colors.HexColor("#1F2933")
_FILL = colors.HexColor("#EEF3F8")
_RULE = colors.HexColor("#AAB4BE")
_WARNING_FILL = colors.HexColor("#FFF6E0")


def code_lines(code: str) -> list[list[str]]:
    """The code's groups ("7KQM-3XPD-…"), four groups to a line."""
    groups = [group for group in code.strip().upper().split("-") if group]
    return [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]


def write_team_code_sheet(
    code: str, organisation: str, target: Path, produced: dt.date | None = None
) -> Path:
    """Write the team code sheet as a one-page A4 PDF to `target` (whole or not at all).

    Raises UserError (one Swedish sentence) when `target` cannot be written.
    """
    target = Path(target).expanduser()
    day = produced or dt.date.today()
    info = DocumentInfo(
        title=TITLE,
        subtitle=f"Utskriven {swedish_date(day)}",
        organisation=organisation,
        produced=day,
    )
    with replacing(target) as temporary:
        build_pdf(temporary, info, _story(code, organisation), margins=SHEET_MARGINS)
    return target


def _story(code: str, organisation: str) -> list[Flowable]:
    st = sheet_styles()
    step = ParagraphStyle("vh-team-step", parent=st.value, leftIndent=7 * mm, spaceAfter=3)
    heading = ParagraphStyle("vh-team-heading", parent=st.title, fontSize=13, leading=16)
    command = f"vanskapshuset team join {code}"
    steps = (
        "Öppna Vänskapshuset på den andra datorn och gå till sidan Synk (Ctrl+6).",
        "Välj ”Gå med i ett lag…”.",
        "Skriv koden ovan och datorns namn, till exempel ”Dörren i parken”. Bindestreck och "
        "små eller stora bokstäver spelar ingen roll.",
        "Välj samma synkmapp som de andra datorerna (USB-minnet eller den delade mappen) och "
        "tryck Synka nu.",
    )
    story: list[Flowable] = [
        para("Synk mellan datorerna", st.kicker),
        para(TITLE, st.title),
        para(organisation, st.value),
        Spacer(1, 8 * mm),
        *_code_grid(code),
        Spacer(1, 4 * mm),
        para(f"Samma kod på en rad: {code}", st.text),
        Spacer(1, 8 * mm),
        para("Så går en annan dator med i laget", heading),
        Spacer(1, 2 * mm),
    ]
    story += [para(f"{number}. {text}", step) for number, text in enumerate(steps, start=1)]
    story += [
        Spacer(1, 2 * mm),
        para(f"Från kommandoraden går det också: {command}", st.text),
        Spacer(1, 8 * mm),
        _warning(),
    ]
    return story


def _code_grid(code: str) -> list[Flowable]:
    """A table per line of groups, a box per character; lines kept apart for reading out."""
    grid: list[Flowable] = []
    for number, line in enumerate(code_lines(code)):
        if number:
            grid.append(Spacer(1, 4 * mm))
        grid.append(_code_line(line))
    return grid


def _code_line(groups: list[str]) -> Table:
    # Columns: a box per character, and a narrow gap column between groups of four.
    columns: list[float] = []
    cells: list[str] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), _CODE_SIZE),
        ("LEADING", (0, 0), (-1, -1), _CODE_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),  # the capitals' visual middle
    ]
    for number, group in enumerate(groups):
        if number:
            columns.append(_GAP)
            cells.append("")
        first = len(cells)
        columns += [_CELL] * len(group)
        cells += list(group)
        last = len(cells) - 1
        commands += [
            ("BACKGROUND", (first, 0), (last, 0), _FILL),
            ("GRID", (first, 0), (last, 0), 0.6, _RULE),
            ("BOX", (first, 0), (last, 0), 1.4, _INK),
        ]
    # Left-aligned with the text: the shorter second line starts under the first.
    table = Table([cells], colWidths=columns, rowHeights=[_ROW], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _warning() -> Table:
    text = (
        "Förvara lappen som en nyckel. Den som har koden kan läsa och ändra lagets statistik "
        "(besök, aktiviteter och register, aldrig anmälningar med namn). Visa den bara för "
        "datorer som ska vara med i laget."
    )
    box = Table([[para(text, sheet_styles().text)]], colWidths=[sheet_width()])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _WARNING_FILL),
                ("BOX", (0, 0), (-1, -1), 0.6, _RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box
