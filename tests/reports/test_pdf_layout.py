"""The PDF building blocks, checked on real PDFs read back with pdfplumber."""

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from vanskapshuset.reports.pdf.charts import bar_chart, grouped_bar_chart
from vanskapshuset.reports.pdf.fonts import FONT, FONT_BOLD, register_fonts
from vanskapshuset.reports.pdf.layout import (
    DocumentInfo,
    build_pdf,
    content_width,
    data_table,
    format_number,
    key_figures,
    para,
    styles,
    title_block,
)
from vanskapshuset.reports.text_direction import visual

AL_NOOR = "جمعية النور"
ABO = "Föreningen Åbo Ängar & <Ö>"
INFO = DocumentInfo(
    title="Bästa sommaren 2025",
    subtitle="2025-06-16 – 2025-08-08",
    organisation="Vänskapshuset Malmö",
    produced=date(2025, 9, 1),
    author="Fritidsledarna",
)
WEEKS = [f"v. {week}" for week in range(25, 34)]
THIS_SEASON = [312, 280, 0, 455, 501, 390, 410, 377, 120]
LAST_SEASON = [300, 250, 10, 400, 480, 380, 400, 350, 100]


def _story() -> list:
    s = styles()
    width = content_width()
    rows: list[list[object]] = [[ABO, 1456, 40.4, None], [AL_NOOR, 12, 3.0, "ja"]]
    rows += [[f"Aktivitet {n}", n * 7, n / 4, "x"] for n in range(3, 80)]
    rows.append(["Summa", 12345, 99.95, None])
    return [
        *title_block(INFO),
        para("Nyckeltal", s.heading),
        key_figures([("1\u202f456", "besök"), ("40,4", "per dag"), ("36", "dagar öppet")]),
        bar_chart(WEEKS, THIS_SEASON, title="Besök per vecka", width=width),
        grouped_bar_chart(
            WEEKS,
            [("2024", LAST_SEASON), ("2025", THIS_SEASON)],
            title="Jämfört med förra sommaren",
            width=width,
        ),
        para("Föreningar", s.heading),
        data_table(["Namn", "Besök", "Snitt", "Not"], rows, total_row=True),
    ]


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    build_pdf(path, INFO, _story())
    return path


@pytest.fixture(scope="module")
def pages(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        # reportlab prints U+202F as a space and U+00A0 as NBSP: compare on plain spaces.
        return [
            (page.extract_text() or "").replace("\xa0", " ").replace("\u202f", " ")
            for page in pdf.pages
        ]


def test_every_page_says_which_page_of_how_many(pages: list[str]) -> None:
    assert 2 <= len(pages) <= 4
    for number, text in enumerate(pages, 1):
        assert re.findall(r"Sida \d+ av \d+", text) == [f"Sida {number} av {len(pages)}"]
        assert "Framställd 2025-09-01" in text


def test_header_on_later_pages(pages: list[str]) -> None:
    header = pages[1].splitlines()[0]
    assert "Vänskapshuset Malmö" in header
    assert "Bästa sommaren 2025" in header


def test_swedish_characters_survive(pages: list[str]) -> None:
    assert ABO in pages[0] + pages[1]
    assert "2025-06-16 – 2025-08-08" in pages[0]
    assert "dagar öppet" in pages[0]


def test_arabic_is_printed_shaped_in_visual_order(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert visual(AL_NOOR) in text
    assert visual(AL_NOOR) != AL_NOOR
    assert AL_NOOR not in text


def test_table_header_repeats_after_a_page_break(pages: list[str]) -> None:
    with_header = [n for n, text in enumerate(pages) if "Namn Besök Snitt Not" in text]
    assert len(with_header) >= 2
    assert with_header == list(range(with_header[0], len(pages)))


def test_numbers_are_swedish(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert "1 456" in text
    assert "40,4" in text
    assert "12 345 100,0 –" in text  # total row: thousands, rounded decimal, None as a dash


def test_total_row_is_bold(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        last = pdf.pages[-1]
        words = last.extract_words(extra_attrs=["fontname"])
    summa = next(w for w in words if w["text"] == "Summa")
    assert summa["fontname"].endswith(FONT_BOLD)
    plain = next(w for w in words if w["text"] == "Aktivitet")
    assert plain["fontname"].endswith(FONT) and not plain["fontname"].endswith(FONT_BOLD)


def test_only_the_bundled_font_is_used_and_it_is_embedded(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        names = {char["fontname"] for page in pdf.pages for char in page.chars}
    assert {name.split("+")[-1] for name in names} == {FONT, FONT_BOLD}
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    lines = subprocess.run(
        ["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(lines) == 2  # no stray Helvetica or Times-Roman either
    for line in lines:
        name, *_, emb, _sub, _uni, _obj, _gen = line.split()
        assert "DejaVuSans" in name and emb == "yes"


def test_metadata(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == "Bästa sommaren 2025"
    assert meta["Author"] == "Fritidsledarna"
    assert meta["Subject"] == "2025-06-16 – 2025-08-08"


def test_landscape_into_a_binary_file() -> None:
    buffer = io.BytesIO()
    build_pdf(buffer, INFO, [para("Liggande", styles().body)], landscape=True)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height
        assert "Sida 1 av 1" in (page.extract_text() or "")
    assert content_width(landscape=True) > content_width()


def test_long_arabic_text_wraps_in_reading_order(tmp_path: Path) -> None:
    words = ["جمعية", "النور", "للشباب", "في", "مالمو", "تنظم", "أنشطة", "صيفية", "للأطفال"]
    table = Table([[para(" ".join(words), styles().cell)]], colWidths=[90])
    build_pdf(tmp_path / "smal.pdf", INFO, [table])
    with pdfplumber.open(tmp_path / "smal.pdf") as pdf:
        lines = (pdf.pages[0].extract_text() or "").splitlines()
    first = next(i for i, line in enumerate(lines) if visual(words[0]) in line)
    last = next(i for i, line in enumerate(lines) if visual(words[-1]) in line)
    assert first < last  # the sentence starts on the top line, as an Arabic reader expects
    assert lines[first].endswith(visual(words[0]))  # … at its right end


def test_format_number() -> None:
    assert format_number(1456) == "1\u202f456"
    assert format_number(1234567) == "1\u202f234\u202f567"
    assert format_number(40.44) == "40,4"
    assert format_number(1234.56) == "1\u202f234,6"
    assert format_number(3.0) == "3,0"
    assert format_number(0) == "0"
    assert format_number(-12) == "\u221212"
    assert format_number(-0.04) == "0,0"
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"


def test_para_escapes_markup_and_aligns_right_to_left_text() -> None:
    body = styles().body
    assert para("a < b & c", body).getPlainText() == "a < b & c"
    assert para(AL_NOOR, body).style.alignment == TA_RIGHT
    assert para(f"Föreningen {AL_NOOR}", body).style.alignment == TA_LEFT
    assert para("Vanlig text", body).style is body


def test_fonts_register_once_and_bold_markup_works() -> None:
    register_fonts()
    register_fonts()
    paragraph = Paragraph("<b>fet</b> text", styles().body)
    paragraph.wrap(200, 100)
    assert paragraph.blPara.lines[0].words[0].fontName == FONT_BOLD


def test_data_table_checks_its_shape_and_says_when_empty() -> None:
    with pytest.raises(ValueError, match="2 cells"):
        data_table(["A", "B"], [[1]])
    empty = data_table(["A", "B"], [])
    assert empty._cellvalues[1][0].getPlainText() == "Inga uppgifter"


def _chart(drawing: Drawing) -> BarChart:
    return next(item for item in drawing.contents if isinstance(item, BarChart))


def _strings(drawing: Drawing) -> list[str]:
    return [item.text for item in drawing.contents if isinstance(item, String)]


def test_bar_chart_copes_with_nothing_and_with_zeros() -> None:
    empty = bar_chart([], [], title="Besök", width=400)
    assert "Inga uppgifter" in _strings(empty)
    zeros = _chart(bar_chart(["a", "b"], [0, 0], width=400))
    assert (zeros.valueAxis.valueMin, zeros.valueAxis.valueMax) == (0, 1)
    with pytest.raises(ValueError):
        bar_chart(["a"], [1, 2], width=400)


def test_value_axis_starts_at_zero_with_round_steps() -> None:
    chart = _chart(bar_chart(WEEKS, THIS_SEASON, width=400))
    axis = chart.valueAxis
    assert axis.valueMin == 0
    assert axis.valueMax >= max(THIS_SEASON)
    assert axis.valueStep in (50, 100, 200)


def _labels_fit_side_by_side(chart: BarChart) -> bool:
    labels = chart.categoryAxis.labels
    slot = chart.width / len(chart.categoryAxis.categoryNames)
    widest = max(stringWidth(n, FONT, labels.fontSize) for n in chart.categoryAxis.categoryNames)
    return widest <= slot


def test_crowded_labels_shrink_or_turn_so_they_never_overlap() -> None:
    months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"]
    months += ["september", "oktober", "november", "december"]
    for width in (content_width(), 300, 150):
        chart = _chart(bar_chart(months, [n * 300 for n in range(12)], width=width))
        assert chart.categoryAxis.labels.angle != 0 or _labels_fit_side_by_side(chart), width
    narrow = _chart(bar_chart(months, list(range(12)), width=300))
    assert narrow.categoryAxis.labels.angle in (45, 90)
    roomy = _chart(bar_chart(WEEKS, THIS_SEASON, width=content_width()))
    assert roomy.categoryAxis.labels.angle == 0
    assert roomy.categoryAxis.labels.fontSize == 7.5


def test_chart_labels_are_shaped() -> None:
    chart = _chart(bar_chart([AL_NOOR, "Idrott"], [3, 5], width=400, horizontal=True))
    assert chart.categoryAxis.categoryNames[0] == visual(AL_NOOR)


def test_grouped_chart_has_a_legend_per_series() -> None:
    drawing = grouped_bar_chart(
        WEEKS, [("2024", LAST_SEASON), ("2025", THIS_SEASON)], title="Jämfört", width=400
    )
    assert len(_chart(drawing).data) == 2
    legend = next(item for item in drawing.contents if hasattr(item, "colorNamePairs"))
    assert [name for _, name in legend.colorNamePairs] == ["2024", "2025"]
