"""The sign-up sheet for an activity or excursion: a header, the consent text and numbered rows
that guardians fill in and sign by hand (or that are printed filled, from the register).

In Swedish, or in Swedish with a second language beside it (`SignUpSheet.second_language`):
then every heading, label and column header has its second-language line under the Swedish
one, smaller, and the consent text is two boxes side by side (an Arabic one right-aligned).
The texts come from `sheet_texts` (one file per language).
"""

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vanskapshuset.reports.pdf.fonts import FONT, FONT_BOLD
from vanskapshuset.reports.pdf.layout import DocumentInfo, build_pdf, para
from vanskapshuset.reports.text_direction import visual
from vanskapshuset.services.safe_file import replacing
from vanskapshuset.sheets.data import SignUpRow, SignUpSheet
from vanskapshuset.sheets.parts import (
    SHEET_MARGINS,
    fields_table,
    header_title,
    second_line_markup,
    sheet_styles,
    sheet_width,
    swedish_date,
    time_span,
)
from vanskapshuset.sheets.sheet_texts import SWEDISH, SheetTexts, sheet_texts

__all__ = ["COLUMNS", "MAX_CELL_TEXT", "ROW_HEIGHT", "write_signup_sheet"]

ROW_HEIGHT = 11 * mm  # room for a handwritten line, or two printed lines of a long name
# (key of the column's header in the texts files, width in mm); the signature takes what is
# left. DejaVu Sans is wide: the widths are the longest Swedish header word at 8 pt and a phone
# number "070-123 45 67" at 10 pt, plus padding. A bilingual sheet may widen the photo column
# (see `_column_widths`).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("col_number", 8),
    ("col_child", 34),
    ("col_age", 11),
    ("col_guardian", 31.5),
    ("col_phone", 28.5),
    ("col_photo", 14),
    ("col_notes", 26),
    ("col_signature", 0),
)
_PHOTO = 5  # the column a bilingual sheet may widen, and (column, floor) of those that give
_DONORS = ((6, 21 * mm), (1, 30 * mm), (3, 28 * mm), (7, 0.0))  # notes, names, guardian, sign
_CELL_PADDING = 3
_HEAD_SIZE = 8  # sheet_styles().head
_HEAD_SECOND_SIZE = 7.5  # a column header's second-language line, shrunk to fit if need be
_HEAD_SECOND_MIN = 5.5
# A table row cannot break across pages (reportlab's splitInRow garbles repeated headers), so a
# cell holds at most this much text: ~25 lines in the narrowest column, well under a page.
MAX_CELL_TEXT = 300
# Two consent boxes side by side are one table row, which cannot break across pages: taller
# than this (a long text of the coordinator's) and they are printed one under the other.
_MAX_SIDE_BY_SIDE = 150 * mm
_BOX, _TICKED = "\u2610", "\u2612"  # ☐ ☒ (DejaVu Sans has both)
_BOX_SIZE = 13
_RULE = colors.HexColor("#7B8794")
_HEADER_FILL = colors.HexColor("#E3EAF1")
_ZEBRA = colors.HexColor("#F4F6F8")
_CONSENT_FILL = colors.HexColor("#F3F6F9")


def write_signup_sheet(sheet: SignUpSheet, target: Path) -> Path:
    """Write `sheet` as an A4 portrait PDF to `target` (whole or not at all); return `target`.

    Raises UserError (one Swedish sentence) when `target` cannot be written or the sheet's
    second language has no texts file.
    """
    target = Path(target).expanduser()
    second = _second(sheet)  # an unknown language is refused before anything is written
    with replacing(target) as temporary:
        build_pdf(temporary, _info(sheet), _story(sheet, second), margins=SHEET_MARGINS)
    return target


def _second(sheet: SignUpSheet) -> SheetTexts | None:
    if sheet.second_language in (None, "", SWEDISH):
        return None
    return sheet_texts(sheet.second_language)


def _sv() -> SheetTexts:
    return sheet_texts(SWEDISH)


def _info(sheet: SignUpSheet) -> DocumentInfo:
    name = _sv()["title"]
    when = swedish_date(sheet.date) if sheet.date else ""
    # The page header repeats activity and date on every page (a loose page 3 still says
    # which trip it belongs to).
    title = header_title(sheet.activity_title or name, when)
    return DocumentInfo(
        title=title,
        subtitle=f"{name} {when}".strip(),
        organisation=sheet.organisation,
        produced=sheet.produced or dt.date.today(),
    )


def _story(sheet: SignUpSheet, second: SheetTexts | None) -> list[Flowable]:
    st = sheet_styles()
    width = sheet_width()
    name = _sv()["title"]
    story: list[Flowable] = []
    if sheet.activity_title:
        kicker = f"{name} · {second['title']}" if second else name
        story += [para(kicker, st.kicker, rtl_right=False), para(sheet.activity_title, st.title)]
    else:
        story.append(para(name, st.title))
        if second:  # the title in the second language, under the Swedish one and smaller
            story.append(para(second["title"], st.second_title, rtl_right=False))
    story += [Spacer(1, 1 * mm), _header_fields(sheet, second, width), Spacer(1, 3 * mm)]
    if sheet.consent_text.strip():
        story += [*_consent(sheet, second, width), Spacer(1, 3 * mm)]
    story.append(_rows_table(sheet, second, width))
    return story


def _header_fields(sheet: SignUpSheet, second: SheetTexts | None, width: float) -> Table:
    sv = _sv()

    def label(key: str) -> str:
        # "Datum:" on a Swedish sheet; "Datum:" over "التاريخ" on a bilingual one.
        return f"{sv[key]}:\n{second[key]}" if second else f"{sv[key]}:"

    when = ""
    if sheet.date:
        when = sv.date(sheet.date) + (f"\n{second.date(sheet.date)}" if second else "")
    rows: list[list[tuple[str, str]]] = []
    if not sheet.activity_title:
        rows.append([(label("activity"), "")])
    rows += [
        [(label("date"), when), (label("time"), time_span(sheet.start, sheet.end))],
        [(label("place"), sheet.place), (label("meeting_point"), sheet.meeting_point)],
        [(label("leader"), sheet.leader), (label("phone"), sheet.leader_phone)],
        [(label("bring"), sheet.bring)],
    ]
    return fields_table(rows, width)


def _consent_style() -> ParagraphStyle:
    return ParagraphStyle(
        "vh-sheet-consent", parent=sheet_styles().text, borderWidth=0.6, borderColor=_RULE,
        borderPadding=(5, 7, 6, 7), backColor=_CONSENT_FILL, leftIndent=7, rightIndent=7,
        spaceBefore=5, spaceAfter=6,
    )  # fmt: skip


def _consent_box(text: str) -> Paragraph:
    # A bordered paragraph rather than a one-cell table: a long text may run onto page 2.
    # An Arabic text is right-aligned by `para` (its first letter reads right to left).
    return para(text, _consent_style())


def _consent(sheet: SignUpSheet, second: SheetTexts | None, width: float) -> list[Flowable]:
    """The consent text: one box in Swedish, or two side by side (Swedish left)."""
    if second is None or not sheet.second_consent_text.strip():
        return [_consent_box(sheet.consent_text)]
    st = sheet_styles()
    notes = (
        (
            para(_sv()["consent_standard_note"], st.note),
            para(second["consent_standard_note"], st.note),
        )
        if sheet.consent_standard
        else None
    )
    gap = 4 * mm
    half = (width - gap) / 2
    left: list[Flowable] = [para(sheet.consent_text, st.text)]
    right: list[Flowable] = [para(sheet.second_consent_text, st.text)]
    if notes:
        left.append(notes[0])
        right.append(notes[1])
    table = Table([[left, "", right]], colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                *(("BOX", (c, 0), (c, 0), 0.6, _RULE) for c in (0, 2)),
                *(("BACKGROUND", (c, 0), (c, 0), _CONSENT_FILL) for c in (0, 2)),
            ]
        )
    )
    if table.wrap(width, 10_000)[1] <= _MAX_SIDE_BY_SIDE:
        return [Spacer(1, 2 * mm), table]
    # Too long to stand side by side on one page: one box under the other (each may break).
    stacked: list[Flowable] = [_consent_box(sheet.consent_text)]
    if notes:
        stacked.append(notes[0])
    stacked.append(_consent_box(sheet.second_consent_text))
    if notes:
        stacked.append(notes[1])
    return stacked


def _photo(consent: bool | None, second: SheetTexts | None) -> Paragraph:
    # Two boxes, one under the other, with the glyphs a size up so a pen tick lands inside.
    sv = _sv()
    yes = _TICKED if consent is True else _BOX
    no = _TICKED if consent is False else _BOX
    words = [(yes, sv["yes"], "yes"), (no, sv["no"], "no")]
    lines = []
    for box, word, key in words:
        line = f'<font size="{_BOX_SIZE}">{box}</font> {word}'
        if second:
            line += " " + second_line_markup(second[key], _HEAD_SECOND_SIZE)
        lines.append(line)
    return Paragraph("<br/>".join(lines), sheet_styles().cell)


def _photo_width(second: SheetTexts | None) -> float:
    """What the photo cells need: the box, the Swedish word and the second one."""
    sv = _sv()
    needed = 0.0
    for key in ("yes", "no"):
        width = stringWidth(_BOX, FONT, _BOX_SIZE) + stringWidth(f" {sv[key]}", FONT, 10)
        if second:
            width += stringWidth(" ", FONT, 10)
            width += stringWidth(visual(second[key]), FONT, _HEAD_SECOND_SIZE)
        needed = max(needed, width)
    return needed + 2 * _CELL_PADDING + 1


def _column_widths(second: SheetTexts | None, width: float) -> list[float]:
    fixed = [size * mm for _, size in COLUMNS[:-1]]
    widths = [*fixed, width - sum(fixed)]
    # A bilingual "☐ nej maya" needs more than the Swedish "☐ nej": the notes, the names and
    # the signature columns give the photo column what it lacks, each down to its floor.
    lack = _photo_width(second) - widths[_PHOTO]
    for donor, floor in _DONORS:
        give = max(0.0, min(lack, widths[donor] - max(floor, _header_floor(donor))))
        widths[donor] -= give
        widths[_PHOTO] += give
        lack -= give
    return widths


def _header_floor(column: int) -> float:
    """The width that keeps the longest word of a column's Swedish header whole."""
    words = _sv()[COLUMNS[column][0]].split()
    return max(stringWidth(word, FONT_BOLD, _HEAD_SIZE) for word in words) + 2 * _CELL_PADDING + 1


def _head(key: str, second: SheetTexts | None, width: float) -> Paragraph:
    """A column header: Swedish, and under it the second language (shrunk until its longest
    word fits the column, broken into lines in logical order)."""
    st = sheet_styles()
    swedish = _sv()[key]
    if second is None:
        return para(swedish, st.head, rtl_right=False)
    text = second[key]
    room = width - 2 * _CELL_PADDING
    size = _HEAD_SECOND_SIZE
    while size > _HEAD_SECOND_MIN and any(
        stringWidth(visual(word), FONT, size) > room for word in text.split()
    ):
        size -= 0.25
    markup = f"{escape(swedish)}<br/>{second_line_markup(text, size, room)}"
    return Paragraph(markup, st.head)


def _filled(number: int, row: SignUpRow, second: SheetTexts | None) -> list[object]:
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
        _photo(row.photo_consent, second),
        cell(row.notes),
        "",
    ]


def _blank(number: int, second: SheetTexts | None) -> list[object]:
    return [
        para(str(number), sheet_styles().cell_bold),
        "",
        "",
        "",
        "",
        _photo(None, second),
        "",
        "",
    ]


def _rows_table(sheet: SignUpSheet, second: SheetTexts | None, width: float) -> Table:
    widths = _column_widths(second, width)
    header = [_head(key, second, w) for (key, _), w in zip(COLUMNS, widths, strict=True)]
    body = [_filled(n, row, second) for n, row in enumerate(sheet.rows, 1)]
    first_blank = len(body) + 1
    body += [_blank(n, second) for n in range(first_blank, first_blank + max(0, sheet.blank_rows))]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain "" cells would otherwise set Helvetica
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
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
