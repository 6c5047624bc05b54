"""Rapporter → Samarbetspartner through the real widgets, and the charts saved as PNG images:
the figures agree with the organisation's activities as the activity list gives them, the
images open and have the size of the report's charts at the Word file's resolution."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage

from vanskapshuset.reports import files
from vanskapshuset.reports.chart_images import report_charts
from vanskapshuset.reports.docx_writer import CHART_DPI
from vanskapshuset.reports.figures import PartnerReport
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.ui.pages import reports as reports_module
from vanskapshuset.ui.pages.report_choice import ReportKind
from vanskapshuset.ui.pages.reports import ReportsPage
from vanskapshuset.ui.session import UiSession

LEFT = Qt.MouseButton.LeftButton
START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)


@pytest.fixture
def demo(app):
    generate_demo(app, DemoOptions(seed=2025, year=2025))
    return app


@pytest.fixture(autouse=True)
def forget_last_folder(monkeypatch):
    monkeypatch.setattr(reports_module, "_last_folder", None)


def wait(qtbot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15_000)


def open_page(qtbot, app) -> ReportsPage:
    page = ReportsPage(UiSession(app))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    wait(qtbot, page)
    return page


def whole(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def busiest_partner(app) -> str:
    """The organisation in most of the year's activities (as organiser or partner)."""
    listed = app.activities.list(START, END)
    names = [o.name for o in app.organisations.list()]
    return max(names, key=lambda n: sum(n == a.organiser or n in a.partners for a in listed))


def choose_partner(qtbot, page: ReportsPage, name: str) -> None:
    """As a person does: click Samarbetspartner, pick the organisation with the keys, set the
    dates."""
    choice = page.choice
    qtbot.mouseClick(choice.kind_buttons[ReportKind.PARTNER], LEFT)
    wait(qtbot, page)
    combo = choice.organisation
    combo.setFocus()
    # Home, then Down to the name (QTest types no å, ä, ö, so not the name itself).
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findText(name)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    choice.partner_start.setDate(QDate(START.year, START.month, START.day))
    choice.partner_end.setDate(QDate(END.year, END.month, END.day))
    page.update_preview()
    wait(qtbot, page)


def test_choosing_a_partner_shows_what_we_did_together(qtbot, demo):
    page = open_page(qtbot, demo)
    name = busiest_partner(demo)
    choose_partner(qtbot, page, name)
    choice = page.choice
    assert choice.organisation.currentText() == name
    assert choice.organisation.isEnabled() and not choice.site.isEnabled()  # every site
    assert not choice.season.isEnabled() and not choice.start.isEnabled()
    report = page.report
    assert isinstance(report, PartnerReport) and report.partner == name
    assert page.message.isHidden(), page.message.text()
    assert page.heading.text() == f"Samarbete med {name}"
    assert page.subheading.text().startswith("2025-01-01 – 2025-12-31 · Alla platser")

    # The same figures by another path: the activity list of the activities service.
    joint = [a for a in demo.activities.list(START, END) if name in (a.organiser, *a.partners)]
    preview = page.preview
    assert whole(preview.figure("activities")) == len(joint) > 0
    assert whole(preview.figure("participants")) == sum(a.participants_total for a in joint)
    assert whole(preview.figure("days")) == len({a.date for a in joint})
    exchanges = sum(a.knowledge_exchange for a in joint)
    assert whole(preview.figure("knowledge_exchanges")) == exchanges
    assert whole(preview.figure("as_organiser")) == sum(a.organiser == name for a in joint)
    genders, ages, months, types = preview.charts
    total = sum(a.participants_total for a in joint)
    assert sum(genders.values()) == sum(ages.values()) == total
    assert sum(months.values()) == sum(types.values()) == len(joint)
    assert preview.table_names() == [t.name for t in files.tables_of(report)]
    for button in (*page.buttons.values(), page.charts_button):
        assert button.isEnabled()


def test_the_partner_report_saved_as_excel_through_the_page(qtbot, demo, tmp_path, monkeypatch):
    page = open_page(qtbot, demo)
    name = busiest_partner(demo)
    choose_partner(qtbot, page, name)
    asked: list[Path] = []

    def ask_file(kind: str, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / f"partner.{kind}"

    monkeypatch.setattr(page, "ask_file", ask_file)
    qtbot.mouseClick(page.buttons["xlsx"], LEFT)
    wait(qtbot, page)
    assert asked[0].name == f"Samarbete med {name}.xlsx"
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(tmp_path / "partner.xlsx")["Nyckeltal"]
    figures = dict(sheet.iter_rows(min_row=2, values_only=True))
    assert figures["Aktiviteter tillsammans"] == whole(page.preview.figure("activities"))
    assert str(tmp_path / "partner.xlsx") in page.saved_label.text()


@pytest.mark.parametrize("kind", [ReportKind.PARTNER, ReportKind.SEASON, ReportKind.YEAR])
def test_the_charts_saved_as_png_images(qtbot, demo, tmp_path, monkeypatch, kind):
    page = open_page(qtbot, demo)
    if kind is ReportKind.PARTNER:
        choose_partner(qtbot, page, busiest_partner(demo))
    else:
        page.choice.set_kind(kind)
        wait(qtbot, page)
    folder = tmp_path / "diagram"
    asked: list[Path] = []
    monkeypatch.setattr(
        page, "ask_chart_folder", lambda suggested: asked.append(suggested) or folder
    )
    qtbot.mouseClick(page.charts_button, LEFT)
    assert not page.charts_button.isEnabled()  # one job at a time
    wait(qtbot, page)
    assert page.message.isHidden(), page.message.text()
    charts = report_charts(page.report)
    written = sorted(folder.iterdir())
    assert len(written) == len(charts) == len(page.saved) > 0
    stem = page.file_stem()
    for title, drawing in charts:
        path = folder / f"{stem} – {title}.png"
        image = QImage(str(path))
        assert not image.isNull(), path
        # The drawing's size in points at the resolution the Word file uses.
        assert image.width() == int(drawing.width * CHART_DPI / 72 + 0.5)
        assert image.height() == int(drawing.height * CHART_DPI / 72 + 0.5)
    assert str(folder) in page.saved_label.text()
    assert page.saved_bar.isVisibleTo(page) and not page.open_file_button.isVisibleTo(page)
    assert not list(folder.glob(".*part"))


def test_charts_that_cannot_be_written_are_one_sentence_and_no_file(
    qtbot, demo, tmp_path, monkeypatch
):
    page = open_page(qtbot, demo)
    out = tmp_path / "ut"
    out.mkdir()
    blocker = out / "inte-en-mapp"
    blocker.write_text("en fil, ingen mapp")
    monkeypatch.setattr(page, "ask_chart_folder", lambda suggested: blocker)
    shown = page.report
    qtbot.mouseClick(page.charts_button, LEFT)
    wait(qtbot, page)
    message = page.message.text()
    assert page.message.isVisibleTo(page) and message.endswith(".") and "\n" not in message
    assert str(blocker) in message
    assert page.saved_bar.isHidden() and page.report is shown
    assert [p.name for p in out.iterdir()] == ["inte-en-mapp"]
    assert page.charts_button.isEnabled()


def test_a_cancelled_folder_dialog_writes_nothing(qtbot, demo, tmp_path, monkeypatch):
    page = open_page(qtbot, demo)
    monkeypatch.setattr(page, "ask_chart_folder", lambda suggested: None)
    qtbot.mouseClick(page.charts_button, LEFT)
    assert not page.is_busy() and page.saved_bar.isHidden()


def test_a_day_report_has_no_charts_to_save(qtbot, demo):
    page = open_page(qtbot, demo)
    page.choice.set_kind(ReportKind.DAY)
    wait(qtbot, page)
    assert page.buttons["pdf"].isEnabled() and not page.charts_button.isEnabled()


def test_no_organisation_yet_says_where_to_add_one(qtbot, app):
    app.sites.add("Vänskapshuset")
    page = open_page(qtbot, app)
    qtbot.mouseClick(page.choice.kind_buttons[ReportKind.PARTNER], LEFT)
    wait(qtbot, page)
    assert page.report is None
    assert "Register → Organisationer" in page.message.text()
    assert not page.charts_button.isEnabled() and not page.buttons["pdf"].isEnabled()
