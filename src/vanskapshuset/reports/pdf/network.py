"""The network map of the yearly report: which organisations worked together.

Every active organisation is a dot on a circle (grouped by kind, one colour per kind, in Swedish
order within a kind; the dot grows with its activities); two organisations are joined by a line
when they were organiser or partners of the same activity, thicker the more activities they
shared. Names stand outward from their dot, on up to two lines, shaped for right-to-left
scripts; a name longer than two lines ends in "…" (the table beside the map has it whole).
A reportlab `Drawing`, so the Word report gets it as an image too.
"""

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from vanskapshuset.domain.vocabulary import OrganisationKind
from vanskapshuset.reports import wording as w
from vanskapshuset.reports.figures import ActiveOrganisation, Collaboration

from ..text_direction import visual
from .charts import no_data_label
from .fonts import FONT, FONT_BOLD, register_fonts
from .layout import GREY, INK, fit_text

__all__ = ["KIND_COLOURS", "label_lines", "network_drawing"]

KIND_COLOURS = {
    kind.value: colors.HexColor(code)
    for kind, code in zip(
        OrganisationKind,
        ("#2F6B9A", "#6A9E3F", "#E39B3B", "#8C5D9E", "#C0504D", "#3FA5A0"),
        strict=True,
    )
}
_OTHER = colors.HexColor("#7F8C8D")
_EDGE = colors.Color(0.24, 0.40, 0.55, alpha=0.45)
_TITLE_SIZE = 9.5
_LABEL_SIZE = 7.0
_MIN_LABEL_SIZE = 4.5
_LABEL_ROOM = 112.0  # the longest label line, in points
_LEGEND_SIZE = 7.0


def label_lines(name: str, font: str, size: float, width: float, most: int = 2) -> list[str]:
    """`name` broken between words into at most `most` lines of `width`, each in visual order
    for drawing; what does not fit ends in "…" on the last line."""
    words = name.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        taken = 1
        while taken < len(words) and (
            stringWidth(visual(" ".join(words[: taken + 1])), font, size) <= width
        ):
            taken += 1
        if stringWidth(visual(" ".join(words[:taken])), font, size) > width:
            break  # one word wider than a line: cut it on the last line instead
        lines.append(visual(" ".join(words[:taken])))
        words = words[taken:]
    if words:
        lines.append(fit_text(" ".join(words), font, size, width))
    return lines


def _order(organisations: Sequence[ActiveOrganisation]) -> list[ActiveOrganisation]:
    kinds = list(KIND_COLOURS)
    return sorted(
        organisations,
        key=lambda o: kinds.index(o.kind) if o.kind in kinds else len(kinds),
    )  # a stable sort: the Swedish order of the names stays within each kind


def network_drawing(
    organisations: Sequence[ActiveOrganisation],
    edges: Sequence[Collaboration],
    *,
    width: float,
    title: str = "",
) -> Drawing:
    """The map, `width` wide and as tall as its names need."""
    register_fonts()
    nodes = _order(organisations)
    count = len(nodes)
    cap = min(_LABEL_ROOM, width * 0.23)
    # As much circle as the longest name leaves room for.
    label_room = max(
        (
            stringWidth(line, FONT, _LABEL_SIZE)
            for node in nodes
            for line in label_lines(node.name, FONT, _LABEL_SIZE, cap)
        ),
        default=cap,
    )
    # A few organisations sit on a small circle, not spread over a page.
    radius = max(40.0, min(width / 2 - label_room - 14, 40 + 12 * count))
    # Neighbouring names must not touch: the arc between two dots holds the label's lines.
    spacing = 2 * math.pi * radius / max(count, 1)
    lines = 2 if spacing >= 2 * _LABEL_SIZE * 1.15 else 1
    size = max(_MIN_LABEL_SIZE, min(_LABEL_SIZE, spacing / (lines * 1.15)))
    top_room = _TITLE_SIZE + 10 if title else 4
    legend_room = 30.0
    height = top_room + 2 * (radius + label_room + 12) + legend_room
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=size)
    if title:
        drawing.add(
            String(
                0,
                height - _TITLE_SIZE - 2,
                fit_text(title, FONT_BOLD, _TITLE_SIZE, width),
                fontName=FONT_BOLD,
                fontSize=_TITLE_SIZE,
                fillColor=INK,
            )
        )
    if not count:
        drawing.add(no_data_label(width, height))
        return drawing
    cx = width / 2
    cy = legend_room + label_room + 12 + radius
    place: dict[str, tuple[float, float, float]] = {}  # name → (x, y, angle)
    for index, node in enumerate(nodes):
        angle = math.pi / 2 - 2 * math.pi * index / count  # clockwise from the top
        place[node.name] = (
            cx + radius * math.cos(angle),
            cy + radius * math.sin(angle),
            angle,
        )
    strongest = max((e.activities for e in edges), default=1)
    for edge in sorted(edges, key=lambda e: e.activities):  # the strongest drawn on top
        if edge.first not in place or edge.second not in place:
            continue
        x1, y1, _ = place[edge.first]
        x2, y2, _ = place[edge.second]
        line = Path(strokeColor=_EDGE, fillColor=None, strokeLineCap=1)
        line.strokeWidth = 0.5 + 3.0 * (edge.activities - 1) / max(strongest - 1, 1)
        line.moveTo(x1, y1)
        pull = 0.45  # curve towards the middle, so lines between neighbours stay apart
        line.curveTo(
            cx + (x1 - cx) * pull, cy + (y1 - cy) * pull,
            cx + (x2 - cx) * pull, cy + (y2 - cy) * pull,
            x2, y2,
        )  # fmt: skip
        drawing.add(line)
    busiest = max(node.activities for node in nodes) or 1
    for node in nodes:
        x, y, angle = place[node.name]
        dot = 2.2 + 3.3 * math.sqrt(node.activities / busiest)
        drawing.add(
            Circle(
                x,
                y,
                dot,
                fillColor=KIND_COLOURS.get(node.kind, _OTHER),
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
        drawing.add(_label(node.name, x, y, angle, dot + 3, size, lines, label_room))
    drawing.add(_legend(nodes, width, strongest))
    return drawing


def _label(
    name: str, x: float, y: float, angle: float, gap: float, size: float, most: int, room: float
) -> Group:
    """The name beside its dot, reading outward: on the left half turned half a turn so that
    it never reads upside down."""
    right = math.cos(angle) >= -1e-9
    texts = label_lines(name, FONT, size, room, most)
    lead = size * 1.1
    first = (len(texts) - 1) * lead / 2 - size * 0.35
    group = Group()
    for number, text in enumerate(texts):
        group.add(
            String(
                gap if right else -gap,
                first - number * lead,
                text,
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="start" if right else "end",
            )
        )
    group.translate(x, y)
    group.rotate(math.degrees(angle) if right else math.degrees(angle) + 180)
    return group


def _legend(nodes: Sequence[ActiveOrganisation], width: float, strongest: int) -> Group:
    """The kinds' colours, and what a line and a dot mean, along the foot of the map."""
    group = Group()
    x, y = 0.0, 18.0
    kinds = [kind for kind in KIND_COLOURS if any(n.kind == kind for n in nodes)]
    for kind in kinds:
        text = w.organisation_kind(kind)
        group.add(Circle(x + 3.5, y + 2.5, 3.5, fillColor=KIND_COLOURS[kind], strokeColor=None))
        group.add(String(x + 10, y, text, fontName=FONT, fontSize=_LEGEND_SIZE, fillColor=INK))
        x += 10 + stringWidth(text, FONT, _LEGEND_SIZE) + 14
    note = (
        "Tjockare linje: fler aktiviteter tillsammans (som mest "
        f"{strongest}). Större punkt: organisationen har fler aktiviteter."
    )
    group.add(
        String(0, 4, fit_text(note, FONT, 6.5, width), fontName=FONT, fontSize=6.5, fillColor=GREY)
    )
    return group
