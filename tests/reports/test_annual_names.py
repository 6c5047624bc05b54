"""The yearly follow-up's names (issue 16 item 4): organisations by area and kind with a
distinct total, knowledge exchanges, activities by type, events, participants, the previous
year beside each headline figure, and the network map with its CSV.

Every expected figure below is worked out by hand from report_data.py (see the comments).
"""

import csv
import datetime as dt
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from report_data import ARABIC_ORG, FORMULA_ORG
from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.domain.participants import parse_participants
from vanskapshuset.reports import files
from vanskapshuset.reports.pdf.fonts import FONT
from vanskapshuset.reports.pdf.network import label_lines
from vanskapshuset.reports.service import ReportService, report_service
from vanskapshuset.reports.text_direction import visual

# report_data.py in 2025: FC Rosengård organised football (06-16) with the Arabic-named
# association; the formula-named group partnered the art workshop (06-19, a knowledge
# exchange); the Arabic-named association organised the March meeting (presence, a knowledge
# exchange). 2024 has 10 visits on one day and no activity.


def _add(app: App, day: str, title: str, type_name: str, organiser: str, partners=(), **extra):
    participants = extra.pop("participants", "")
    return app.activities.create(
        activity_input(
            app,
            site="Vänskapshuset",
            date=dt.date.fromisoformat(day),
            start=dt.time(17),
            end=dt.time(19),
            title=title,
            type_name=type_name,
            organiser=organiser,
            partners=tuple(partners),
            participants=tuple(parse_participants(participants)) if participants else (),
            **extra,
        )
    )


@pytest.fixture
def swedish(filled: App) -> ReportService:
    """Three more organisations whose names sort differently by code point (Ä before Å)."""
    for name in ("Zeta", "Åby IK", "Ängby förening"):
        filled.organisations.add(name, "business" if name == "Zeta" else "association")
    _add(
        filled,
        "2025-12-13",
        "Luciafest",
        "Fest/evenemang",
        "Ängby förening",
        ("Åby IK", "Zeta"),
        participants="girl:7-9=10,boy:26+=2",
    )
    return report_service(filled)


def test_the_year_s_names(reports: ReportService) -> None:
    report = reports.annual(2025)
    named = {o.name: o for o in report.organisations}
    # Swedish order: "=" before letters, Latin before Arabic.
    assert [o.name for o in report.organisations] == [FORMULA_ORG, "FC Rosengård", ARABIC_ORG]
    assert named[ARABIC_ORG].kind == "association"
    assert named[ARABIC_ORG].by_area == {"presence": 1, "children_youth": 1}
    assert named[ARABIC_ORG].activities == 2
    assert named[FORMULA_ORG].by_area == {"children_youth": 1}
    # The distinct total is stats --json's active_organisations; each area's, its measure.
    assert len(report.organisations) == report.stats.active_organisations == 3
    for area in report.by_area:
        in_area = [o for o in report.organisations if area.area in o.by_area]
        assert len(in_area) == area.measures.active_organisations

    assert [(k.date, k.title, k.organisations) for k in report.knowledge_exchanges] == [
        (dt.date(2025, 3, 10), "Samverkan med föreningarna", ((ARABIC_ORG, "association"),)),
        (dt.date(2025, 6, 19), "Målarverkstad", ((FORMULA_ORG, "informal_group"),)),
    ]
    assert len(report.knowledge_exchanges) == report.stats.knowledge_exchanges
    types = {(t.type_name, t.activities, t.participants) for t in report.activities_by_type}
    assert types == {("Fotboll", 1, 8), ("Konstworkshop", 1, 4), ("Samverkansmöte", 1, 6)}
    assert report.participants_by_gender == {"girl": 7, "boy": 5, "other": 0, "unknown": 6}
    assert report.participants_by_age["10-13"] == 9 and report.participants_by_age["26+"] == 6
    assert report.events == ()  # no activity of the event type this year
    # One activity had two organisations: the one line of the map.
    assert [(e.first, e.second, e.activities) for e in report.network] == [
        ("FC Rosengård", ARABIC_ORG, 1)
    ]
    # 2024: 10 visits on 1 open day, nothing else.
    assert report.previous is not None
    assert (report.previous.visits, report.previous.days_open) == (10, 1)
    assert report.previous.activities == 0


def test_a_year_after_an_empty_one_compares_with_a_dash(
    reports: ReportService, tmp_path: Path
) -> None:
    report = reports.annual(2024)
    assert report.previous is None  # 2023 holds nothing
    pdf = files.write_pdf(report, tmp_path / "2024.pdf")
    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
    assert first.count("2023: –") == 6  # each of the six tiles
    sheet = openpyxl.load_workbook(files.write_xlsx(report, tmp_path / "2024.xlsx"))["Uppföljning"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Besök"] == (10, None, None)


def test_every_format_shows_the_comparison_and_the_names(
    reports: ReportService, tmp_path: Path
) -> None:
    report = reports.annual(2025)
    sheets = openpyxl.load_workbook(files.write_xlsx(report, tmp_path / "år.xlsx"))
    head = sheets["Uppföljning"]
    assert [c.value for c in head[1]] == ["Mått", "2025", "2024", "Förändring"]
    rows = {row[0].value: row for row in head.iter_rows(min_row=2)}
    assert [c.value for c in rows["Besök"]] == ["Besök", 23, 10, 13]  # 23 against 10
    assert rows["Besök"][3].number_format == "+#,##0;-#,##0;0"
    assert [c.value for c in rows["Öppna dagar"]][1:] == [4, 1, 3]
    assert [c.value for c in rows["Kultur- och fritidsaktiviteter"]][1:] == [3, 0, 3]
    matrix = list(sheets["Organisationer per typ, område"].iter_rows(values_only=True))
    assert matrix[-1] == ("Olika organisationer", 1, 0, 0, 3, 3)  # not 1 + 3 = 4
    assert ("förening", 1, 0, 0, 2, 2) in matrix and ("informell grupp", 0, 0, 0, 1, 1) in matrix
    exchanges = list(sheets["Kunskapsutbyten"].iter_rows(min_row=2, values_only=True))
    assert [row[1:] for row in exchanges] == [
        ("Samverkan med föreningarna", "Samverkansmöte", f"{ARABIC_ORG} (förening)"),
        ("Målarverkstad", "Konstworkshop", f"{FORMULA_ORG} (informell grupp)"),
    ]

    pdf = files.write_pdf(report, tmp_path / "år.pdf")
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text() for page in document.pages]
    text = "\n".join(pages)
    flat = " ".join(text.split())  # a title may wrap anywhere
    assert "2024: 10, +13" in pages[0] and "2024: 1, +3" in pages[0]  # visits, open days
    assert "3 olika organisationer; en organisation som verkat inom flera områden" in flat
    assert "Olika organisationer 1 0 0 3 3" in text
    assert "2025-06-19 Målarverkstad Konstworkshop" in text
    # The Arabic name reads right to left, its kind after it (to its left).
    assert f"Samverkansmöte {visual(f'{ARABIC_ORG} (förening)')}" in text
    assert "Samverkansnätverk 2025" in text
    assert "FC Rosengård" in text and "Flicka 7 38,9" in text  # 7 of 18 participants

    word = docx.Document(str(files.write_docx(report, tmp_path / "år.docx")))
    said = "\n".join(p.text for p in word.paragraphs)
    assert "Jämfört med 2024 ökade aktiviteterna med 3" in said
    assert "deltagarna ökade med 18 och besöken ökade med 13 (130,0 %)" in said
    assert "3 olika organisationer; en organisation som verkat inom flera områden" in said
    assert "flest gemensamma aktiviteter hade FC Rosengård och" in said
    assert "räknas en gång). Per typ: förening 2, informell grupp 1." in said
    # Charts: the two months charts and the network map, then the season appendix's five.
    assert len(word.inline_shapes) == 2 + 1 + 5


def test_events_and_the_network_csv_in_swedish_order(
    swedish: ReportService, cli, tmp_path: Path
) -> None:
    report = swedish.annual(2025)
    [event] = report.events
    assert (event.title, event.participants) == ("Luciafest", 12)
    assert [name for name, _ in event.organisations] == ["Zeta", "Åby IK", "Ängby förening"]

    target = tmp_path / "nätverk.csv"
    result = cli("report", "annual", "--year", "2025", "--network-csv", str(target))
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [
        ["Organisation A", "Organisation B", "Aktiviteter tillsammans"],
        ["FC Rosengård", ARABIC_ORG, "1"],
        ["Zeta", "Åby IK", "1"],
        ["Zeta", "Ängby förening", "1"],
        ["Åby IK", "Ängby förening", "1"],  # Å before Ä, as in Swedish
    ]


def test_a_formula_like_name_is_inert_in_the_network_csv(filled: App, cli, tmp_path) -> None:
    _add(filled, "2025-05-05", "Möte", "Samverkansmöte", FORMULA_ORG, ("FC Rosengård",))
    target = tmp_path / "n.csv"
    assert cli("report", "annual", "--year", "2025", "--network-csv", str(target)).code == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert ["'" + FORMULA_ORG, "FC Rosengård", "1"] in rows  # read as text, never run


def test_the_network_option_without_a_year_s_other_output(cli, tmp_path: Path) -> None:
    result = cli("report", "annual", "--year", "2025")
    assert result.code == 2 and "--network-csv" in result.err
    result = cli(
        "report", "annual", "--year", "2025", "--network-csv", str(tmp_path / "saknas" / "n.csv")
    )
    assert result.code == 2 and result.err.count("\n") == 1
    assert not (tmp_path / "saknas").exists()


def _strings(node) -> list[str]:
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Group) or hasattr(node, "contents"):
        return [text for child in node.contents for text in _strings(child)]
    return []


def test_the_map_names_every_organisation_shaped(reports: ReportService) -> None:
    from vanskapshuset.reports.pdf.annual_pdf import network_map

    texts = _strings(network_map(reports.annual(2025)))
    assert visual(ARABIC_ORG) in texts and ARABIC_ORG not in texts  # joined, right to left
    assert "FC Rosengård" in texts
    # A name of one long word cannot break: it ends in "…" (the table beside has it whole).
    assert '=HYPERLINK("http://example…' in texts


def test_long_names_break_between_words_and_end_in_an_ellipsis() -> None:
    name = "Malmö universitet, Institutionen för urbana studier och ännu längre namn"
    lines = label_lines(name, FONT, 7, 110)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert name.startswith(lines[0] + " ")  # broken between words
    assert all(stringWidth(line, FONT, 7) <= 110 for line in lines)
    assert label_lines("Malbas", FONT, 7, 110) == ["Malbas"]
    arabic = label_lines(f"{ARABIC_ORG} {ARABIC_ORG} {ARABIC_ORG}", FONT, 7, 40)
    assert arabic[0] == visual(ARABIC_ORG)  # the first words, shaped, on the first line


SOMALI = "Ururka Haweenka Soomaaliyeed ee Rosengård"


def test_a_map_of_thirty_organisations_stays_readable(app: App, tmp_path: Path) -> None:
    """About as many organisations as the city's 2023 list: every name on the map, none
    smaller than 6 pt, none wider than its room, the map with its heading on one page."""
    app.sites.add("Vänskapshuset", "indoor")
    kinds = ["association", "non_profit", "municipal", "business", "academia"]
    names = [f"Förening nummer {n} i Herrgården" for n in range(27)] + [ARABIC_ORG, SOMALI, "Åby"]
    for number, name in enumerate(names):
        app.organisations.add(name, kinds[number % len(kinds)])
    for number in range(0, 30, 2):  # each activity joins three neighbours in the list
        trio = [names[number], names[(number + 1) % 30], names[(number + 5) % 30]]
        _add(
            app, f"2025-04-{number + 1:02d}", f"Möte {number}", "Samverkansmöte", trio[0], trio[1:]
        )
    reports = report_service(app)
    report = reports.annual(2025)
    assert len(report.organisations) == 30 and len(report.network) == 45

    from vanskapshuset.reports.pdf.annual_pdf import network_map
    from vanskapshuset.reports.pdf.layout import content_width

    drawing = network_map(report)
    strings = _string_nodes(drawing)  # the names, the legend and its note
    texts = {s.text for s in strings}
    for name in names:  # each name whole, or its first words on a first line
        assert visual(name) in texts or any(t and visual(name).startswith(t) for t in texts)
    assert min(s.fontSize for s in strings) >= 6
    assert drawing.width <= content_width() and drawing.height < 600  # fits a page's frame

    pdf = files.write_pdf(report, tmp_path / "år.pdf")
    with pdfplumber.open(pdf) as document:
        [page] = [p for p in document.pages if "Samverkansnätverk 2025" in (p.extract_text())]
        assert len(page.images) == 0 and len(page.curves) >= 45  # drawn, not pasted


def _string_nodes(node) -> list[String]:
    if isinstance(node, String):
        return [node]
    return [s for child in getattr(node, "contents", []) for s in _string_nodes(child)]
