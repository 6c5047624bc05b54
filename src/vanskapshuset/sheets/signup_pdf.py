"""The sign-up sheet for an activity or excursion: a header, the consent text and numbered rows
that guardians fill in and sign by hand (or that are printed filled, from the register)."""

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vanskapshuset.reports.pdf.fonts import FONT
from vanskapshuset.reports.pdf.layout import DocumentInfo, build_pdf, para
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.sheets.data import SignUpRow, SignUpSheet
from vanskapshuset.sheets.parts import (
    SHEET_MARGINS,
    fields_table,
    header_title,
    sheet_styles,
    sheet_width,
    swedish_date,
    time_span,
)

__all__ = ["COLUMNS", "MAX_CELL_TEXT", "ROW_HEIGHT", "write_signup_sheet"]

SHEET_NAME = "Anmälningslista"
ROW_HEIGHT = 11 * mm  # room for a handwritten line, or two printed lines of a long name
# (header, width in mm); the signature takes what is left. DejaVu Sans is wide: the widths are
# the longest header word at 8 pt and a phone number "070-123 45 67" at 10 pt, plus padding.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("Nr", 8),
    ("Barnets namn", 34),
    ("Ålder", 11),
    ("Vårdnadshavare", 31.5),
    ("Telefon", 28.5),
    ("Foto ja/nej", 14),
    ("Allergier / anteckning", 26),
    ("Underskrift vårdnadshavare", 0),
)
# A table row cannot break across pages (reportlab's splitInRow garbles repeated headers), so a
# cell holds at most this much text: ~25 lines in the narrowest column, well under a page.
MAX_CELL_TEXT = 300
_BOX, _TICKED = "\u2610", "\u2612"  # ☐ ☒ (DejaVu Sans has both)
_RULE = colors.HexColor("#7B8794")
_HEADER_FILL = colors.HexColor("#E3EAF1")
_ZEBRA = colors.HexColor("#F4F6F8")
_CONSENT_FILL = colors.HexColor("#F3F6F9")


def write_signup_sheet(sheet: SignUpSheet, target: Path) -> Path:
    """Write `sheet` as an A4 portrait PDF to `target` (whole or not at all); return `target`.

    Raises UserError (one Swedish sentence) when `target` cannot be written.
    """
    target = Path(target).expanduser()
    with replacing(target) as temporary:
        build_pdf(temporary, _info(sheet), _story(sheet), margins=SHEET_MARGINS)
    return target


def _info(sheet: SignUpSheet) -> DocumentInfo:
    when = swedish_date(sheet.date) if sheet.date else ""
    # The page header repeats activity and date on every page (a loose page 3 still says
    # which trip it belongs to).
    title = header_title(sheet.activity_title or SHEET_NAME, when)
    return DocumentInfo(
        title=title,
        subtitle=f"{SHEET_NAME} {when}".strip(),
        organisation=sheet.organisation,
        produced=sheet.produced or dt.date.today(),
    )


def _story(sheet: SignUpSheet) -> list[Flowable]:
    st = sheet_styles()
    width = sheet_width()
    story: list[Flowable] = []
    if sheet.activity_title:
        story += [para(SHEET_NAME, st.kicker), para(sheet.activity_title, st.title)]
    else:
        story.append(para(SHEET_NAME, st.title))
    story += [Spacer(1, 1 * mm), _header_fields(sheet, width), Spacer(1, 3 * mm)]
    if sheet.consent_text.strip():
        story += [_consent_box(sheet.consent_text), Spacer(1, 3 * mm)]
    story.append(_rows_table(sheet, width))
    return story


def _header_fields(sheet: SignUpSheet, width: float) -> Table:
    rows: list[list[tuple[str, str]]] = []
    if not sheet.activity_title:
        rows.append([("Aktivitet:", "")])
    rows += [
        [
            ("Datum:", swedish_date(sheet.date) if sheet.date else ""),
            ("Tid:", time_span(sheet.start, sheet.end)),
        ],
        [("Plats:", sheet.place), ("Samlingsplats:", sheet.meeting_point)],
        [("Ansvarig ledare:", sheet.leader), ("Telefon:", sheet.leader_phone)],
        [("Ta med:", sheet.bring)],
    ]
    return fields_table(rows, width)


def _consent_box(text: str) -> Paragraph:
    # A bordered paragraph rather than a one-cell table: a long text may run onto page 2.
    style = ParagraphStyle(
        "vh-sheet-consent", parent=sheet_styles().text, borderWidth=0.6, borderColor=_RULE,
        borderPadding=(5, 7, 6, 7), backColor=_CONSENT_FILL, leftIndent=7, rightIndent=7,
        spaceBefore=5, spaceAfter=6,
    )  # fmt: skip
    return para(text, style)


def _photo(consent: bool | None) -> Paragraph:
    # Two boxes, one under the other, with the glyphs a size up so a pen tick lands inside.
    yes = _TICKED if consent is True else _BOX
    no = _TICKED if consent is False else _BOX
    markup = f'<font size="13">{yes}</font> ja<br/><font size="13">{no}</font> nej'
    return Paragraph(markup, sheet_styles().cell)


def _filled(number: int, row: SignUpRow) -> list[object]:
    st = sheet_styles()

    def cell(text: str) -> Flowable:
        text = " ".join(text.split())  # a note's line breaks could make a row outgrow the page
        if len(text) > MAX_CELL_TEXT:
            text = text[: MAX_CELL_TEXT - 1].rstrip() + "…"
        return para(text, st.cell, rtl_right=False)  # a column reads as one column

    return [
        para(str(number), st.cell_bold),
        cell(row.child_name),
        cell("" if row.age is None else str(row.age)),
        cell(row.guardian_name),
        cell(row.guardian_phone),
        _photo(row.photo_consent),
        cell(row.notes),
        "",
    ]


def _blank(number: int) -> list[object]:
    return [para(str(number), sheet_styles().cell_bold), "", "", "", "", _photo(None), "", ""]


def _rows_table(sheet: SignUpSheet, width: float) -> Table:
    st = sheet_styles()
    fixed = [size * mm for _, size in COLUMNS[:-1]]
    widths = [*fixed, width - sum(fixed)]
    header = [para(title, st.head, rtl_right=False) for title, _ in COLUMNS]
    body = [_filled(n, row) for n, row in enumerate(sheet.rows, 1)]
    first_blank = len(body) + 1
    body += [_blank(n) for n in range(first_blank, first_blank + max(0, sheet.blank_rows))]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain "" cells would otherwise set Helvetica
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
        ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 1, _RULE),
    ]
    table = Table(
        [header, *body],
        colWidths=widths,
        minRowHeights=[0] + [ROW_HEIGHT] * len(body),
        repeatRows=1,  # the column header on every page
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table
