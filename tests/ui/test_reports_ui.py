"""Rapporter through the real widgets: the figures agree with `stats`, files are written (or
refused in one sentence), empty periods, the inputs of each kind, English, the busy bar."""

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from vanskapshuset.domain.defaults import DEFAULT_ORGANISATION_NAME
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.reports import files
from vanskapshuset.reports.figures import AnnualReport, DayReport
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog
from vanskapshuset.ui.pages import reports as reports_module
from vanskapshuset.ui.pages.register import RegisterPage
from vanskapshuset.ui.pages.report_choice import ReportChoice, ReportKind, ReportRequest
from vanskapshuset.ui.pages.reports import ReportsPage
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.bar_chart import BarChart

SEASON = "Bästa sommaren 2025"
LEFT = Qt.MouseButton.LeftButton
FIGURES = ("visits", "days_open", "activities", "participants")


@pytest.fixture
def demo(app):
    generate_demo(app, DemoOptions(seed=2025, year=2025))
    return app


def wait(qtbot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def open_page(qtbot, app) -> ReportsPage:
    page = ReportsPage(UiSession(app))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()  # as the main window does when it shows the page
    wait(qtbot, page)
    return page


@pytest.fixture
def page(qtbot, demo) -> ReportsPage:
    return open_page(qtbot, demo)


@pytest.fixture(autouse=True)
def forget_last_folder(monkeypatch):
    monkeypatch.setattr(reports_module, "_last_folder", None)


def whole(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def decimal(text: str) -> float:
    value, ok = QLocale().toDouble(text.replace("\N{NO-BREAK SPACE}", ""))
    assert ok, text
    return value


# -- the figures --------------------------------------------------------------------------------


def test_the_season_preview_shows_the_figures_of_stats_json(page, demo, cli):
    """The demo's summer runs in the park and on excursions: the preview sums both sites, each
    as `stats --json --site` gives it (the excursions count no visits and no open days)."""
    season = next(s for s in demo.seasons.list() if s.name == SEASON)
    sites = sorted((s for s in demo.sites.list() if s.id in season.site_ids), key=lambda s: s.name)
    assert [site.name for site in sites] == ["Utflykt", "Vänskapsparken"]
    assert page.choice.season.currentText() == SEASON  # the latest season that has started
    assert page.choice.site.currentText() == "Säsongens platser (Utflykt, Vänskapsparken)"
    printed = [
        json.loads(
            cli("stats", "--from", "2025-06-16", "--to", "2025-08-08", "--site", site.name,
                "--json").out
        )
        for site in sites
    ]  # fmt: skip
    trip, park = printed
    assert (trip["visits"], trip["days_open"], trip["activities"] > 0) == (0, 0, True)
    stats = page.report.stats
    preview = page.preview
    for key in FIGURES:
        assert whole(preview.figure(key)) == getattr(stats, key) == trip[key] + park[key], key
    assert decimal(preview.figure("average")) == stats.avg_visits_per_open_day
    assert park["avg_visits_per_open_day"] == stats.avg_visits_per_open_day
    # The key figures every file has, in the window too (as stats --json gives them).
    everywhere = json.loads(
        cli("stats", "--from", "2025-06-16", "--to", "2025-08-08", "--json").out
    )  # the season's sites hold all the season's visits (Vänskapshuset: none in the summer)
    assert preview.figure("girls_share").endswith("%")
    assert decimal(preview.figure("girls_share").rstrip(" %")) == park["girls_share"]
    assert decimal(preview.figure("visits_per_open_hour")) == park["visits_per_open_hour"]
    assert whole(preview.figure("new_visitors")) == trip["new_visitors"] + park["new_visitors"]
    assert everywhere["visits"] == stats.visits
    rows = {tile.y() for tile in preview.tiles if tile.isVisible()}
    assert len(rows) == 2  # eleven tiles share two rows
    assert preview.figure("peak_day") == stats.peak_day.isoformat() == park["peak_day"]["date"]
    organisations = whole(preview.figure("active_organisations"))
    assert max(trip["active_organisations"], park["active_organisations"]) <= organisations
    assert organisations <= trip["active_organisations"] + park["active_organisations"]
    assert page.heading.text() == SEASON
    assert "Utflykt och Vänskapsparken" in page.subheading.text()
    assert DEFAULT_ORGANISATION_NAME in page.subheading.text()
    # The charts show the same sums, and the tables are the files' own tables.
    weeks, weekdays, genders, ages = page.preview.charts
    assert sum(weeks.values()) == sum(weekdays.values()) == stats.visits
    assert genders.values() == list(map(float, stats.visits_by_gender.values()))
    assert ages.labels() == list(stats.visits_by_age)
    first_week = page.report.visits_by_week[0]
    assert weeks.accessibleDescription().startswith(f"v. {first_week.week}: ")
    assert page.preview.table_names() == [t.name for t in files.tables_of(page.report)]
    assert (
        page.preview.model.rowCount() == 12
    )  # Nyckeltal first (Nya besökare, Andel flickor, Besök per öppen timme too)
    for name in ("pdf", "docx", "xlsx", "csv"):
        assert page.buttons[name].isEnabled()


def test_all_sites_of_a_season_and_the_year_cover_every_site(qtbot, page, demo):
    page.choice.site.setCurrentIndex(page.choice.site.findData("\x00all"))
    wait(qtbot, page)
    season = next(s for s in demo.seasons.list() if s.name == SEASON)
    everywhere = demo.statistics.period(season.start, season.end)
    assert whole(page.preview.figure("visits")) == everywhere.visits
    assert page.report.title == SEASON and page.report.stats.site is None
    page.choice.set_kind(ReportKind.YEAR)
    wait(qtbot, page)
    assert isinstance(page.report, AnnualReport)
    year = demo.statistics.period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # The four section-8 measures come first.
    assert page.preview.figure_keys()[:4] == [
        "knowledge_exchanges",
        "active_organisations",
        "activities",
        "participants",
    ]
    assert whole(page.preview.figure("visits")) == year.visits
    assert whole(page.preview.figure("knowledge_exchanges")) == year.knowledge_exchanges
    by_month, by_area, _, _ = page.preview.charts
    assert sum(by_month.values()) == sum(by_area.values()) == year.activities


def test_an_empty_period_shows_zeros(qtbot, app):
    app.sites.add("Vänskapshuset")
    page = open_page(qtbot, app)
    assert page.choice.kind() is ReportKind.YEAR  # no season yet: the year instead
    page.choice.set_kind(ReportKind.PERIOD)
    wait(qtbot, page)
    for key in (*FIGURES, "knowledge_exchanges", "active_organisations"):
        assert page.preview.figure(key) == "0"
    assert decimal(page.preview.figure("average")) == 0
    assert page.preview.figure("peak_day") == "–"
    for chart in page.preview.charts:
        assert not any(chart.values())
        chart.grab()  # paints without dividing by zero
    assert page.message.isHidden()
    page.choice.set_kind(ReportKind.SEASON)  # there is none: said, nothing to save
    assert "säsong" in page.message.text()
    assert not page.buttons["pdf"].isEnabled()


def test_an_empty_database_opens_the_page(qtbot, app):
    page = open_page(qtbot, app)
    for kind in ReportKind:
        page.choice.set_kind(kind)
        wait(qtbot, page)
        if kind is ReportKind.DAY:
            assert isinstance(page.report, DayReport)
    assert page.report is None  # a partner report needs an organisation first
    assert "Register → Organisationer" in page.message.text()


def test_a_period_ending_before_it_starts_is_one_sentence_and_nothing_to_save(qtbot, page):
    page.choice.set_kind(ReportKind.PERIOD)
    wait(qtbot, page)
    page.choice.start.setDate(QDate(2025, 7, 10))
    page.choice.end.setDate(QDate(2025, 7, 1))
    page.update_preview()
    wait(qtbot, page)
    assert page.message.text() == "Perioden slutar (2025-07-01) före den börjar (2025-07-10)."
    assert page.report is None and not page.preview.isEnabled()
    assert not any(button.isEnabled() for button in page.buttons.values())


def test_each_kind_enables_its_own_inputs(qtbot, page):
    choice = page.choice
    inputs = {
        ReportKind.SEASON: [choice.season],
        ReportKind.YEAR: [choice.year],
        ReportKind.PERIOD: [choice.start, choice.end],
        ReportKind.DAY: [choice.day],
    }
    for kind in inputs:
        choice.set_kind(kind)
        wait(qtbot, page)
        for other, widgets in inputs.items():
            for widget in widgets:
                assert widget.isEnabled() == (other is kind), (kind, other)
                assert widget.isVisibleTo(page) == (other is kind), (kind, other)
        assert choice.site.isEnabled() == (kind is not ReportKind.YEAR)
        first = choice.site.itemText(0)
        assert first.startswith("Säsongens plats") == (kind is ReportKind.SEASON)
        if kind is not ReportKind.SEASON:
            assert first == "Alla platser"
        day = kind is ReportKind.DAY
        assert page.buttons["pdf"].isEnabled() and page.buttons["docx"].isEnabled()
        assert page.buttons["xlsx"].isEnabled() == page.buttons["csv"].isEnabled() == (not day)
    assert isinstance(page.report, DayReport)
    assert choice.day.date().toPython() == dt.date(2025, 7, 3)  # today
    assert whole(page.preview.figure("visits")) == sum(p.total for p in page.report.pages)
    assert page.preview.table_names()[:2] == ["Besök per plats", "Aktiviteter"]
    choice.set_kind(ReportKind.PERIOD)
    assert (choice.start.date().toPython(), choice.end.date().toPython()) == (
        dt.date(2025, 7, 1),
        dt.date(2025, 7, 31),
    )
    assert choice.year.value() == 2025


def test_only_the_newest_choice_is_shown(qtbot, page):
    page.choice.set_kind(ReportKind.DAY)
    page.choice.set_kind(ReportKind.YEAR)  # before the day report is back
    wait(qtbot, page)
    assert isinstance(page.report, AnnualReport)


# -- saving ---------------------------------------------------------------------------------------


def test_saving_excel_pdf_and_csv_through_the_page(qtbot, page, tmp_path, monkeypatch):
    asked: list[Path] = []

    def ask_file(kind: str, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / f"rapport.{kind}"

    monkeypatch.setattr(page, "ask_file", ask_file)
    monkeypatch.setattr(page, "ask_folder", lambda suggested: asked.append(suggested) or tmp_path)
    qtbot.mouseClick(page.buttons["xlsx"], LEFT)
    assert not page.buttons["pdf"].isEnabled()  # one job at a time
    wait(qtbot, page)
    assert asked[0].name == f"{SEASON}.xlsx"
    assert (tmp_path / "rapport.xlsx").read_bytes()[:2] == b"PK"
    assert page.saved_bar.isVisibleTo(page) and page.message.isHidden()
    assert str(tmp_path / "rapport.xlsx") in page.saved_label.text()
    assert page.buttons["pdf"].isEnabled()

    qtbot.mouseClick(page.buttons["csv"], LEFT)
    wait(qtbot, page)
    assert asked[1] == tmp_path  # the folder used last time
    written = sorted((tmp_path / SEASON).glob("*.csv"))
    assert len(written) == len(files.tables_of(page.report)) == len(page.saved)
    assert not page.open_file_button.isVisibleTo(page)  # many files: the folder only

    pytest.importorskip("reportlab")
    qtbot.mouseClick(page.buttons["pdf"], LEFT)
    wait(qtbot, page)
    assert page.message.isHidden(), page.message.text()
    assert (tmp_path / "rapport.pdf").read_bytes()[:5] == b"%PDF-"
    assert page.open_file_button.isVisibleTo(page)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.open_file_button, LEFT)
    qtbot.mouseClick(page.open_folder_button, LEFT)
    assert [url.toLocalFile() for url in opened] == [
        str(tmp_path / "rapport.pdf"),
        str(tmp_path),
    ]
    assert not list(tmp_path.glob(".*part"))


def test_saving_word_through_the_page(qtbot, page, tmp_path, monkeypatch):
    asked: list[tuple[str, Path]] = []

    def ask_file(kind: str, suggested: Path) -> Path:
        asked.append((kind, suggested))
        return tmp_path / "rapport.docx"

    monkeypatch.setattr(page, "ask_file", ask_file)
    qtbot.mouseClick(page.buttons["docx"], LEFT)
    wait(qtbot, page)
    assert page.message.isHidden(), page.message.text()
    assert asked == [("docx", asked[0][1])] and asked[0][1].name == f"{SEASON}.docx"
    docx = pytest.importorskip("docx")
    document = docx.Document(str(tmp_path / "rapport.docx"))
    assert len(document.tables) >= len([t for t in files.tables_of(page.report) if t.rows])
    assert str(tmp_path / "rapport.docx") in page.saved_label.text()
    assert page.open_file_button.isVisibleTo(page)


def test_default_file_names_name_the_report_and_a_chosen_site(qtbot, page, monkeypatch):
    asked: list[Path] = []
    monkeypatch.setattr(page, "ask_file", lambda kind, suggested: asked.append(suggested))
    page.choice.set_kind(ReportKind.YEAR)
    wait(qtbot, page)
    page.export("xlsx")
    page.choice.set_kind(ReportKind.SEASON)
    page.choice.site.setCurrentIndex(page.choice.site.findData("Vänskapshuset"))
    wait(qtbot, page)
    page.export("pdf")
    page.choice.set_kind(ReportKind.DAY)
    wait(qtbot, page)
    page.export("pdf")
    assert [path.name for path in asked] == [
        "Årlig uppföljning 2025.xlsx",
        f"{SEASON} – Vänskapshuset.pdf",
        "Dagrapport 3 juli 2025 – Vänskapshuset.pdf",
    ]
    assert not page.is_busy()  # cancelled dialogs start nothing


def test_an_unwritable_target_is_one_sentence_and_leaves_no_file(
    qtbot, page, tmp_path, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "inte-en-mapp"
    blocker.write_text("a file, not a folder")
    target = blocker / "rapport.xlsx"
    monkeypatch.setattr(page, "ask_file", lambda kind, suggested: target)
    monkeypatch.setattr(page, "ask_folder", lambda suggested: blocker)
    shown = page.report
    for kind in ("xlsx", "csv"):
        page.export(kind)
        wait(qtbot, page)
        message = page.message.text()
        assert page.message.isVisibleTo(page) and message.endswith(".") and "\n" not in message
        assert str(blocker) in message
        assert page.saved_bar.isHidden()
        assert page.report is shown  # nothing else changes
        assert page.buttons[kind].isEnabled()
    assert [p.name for p in folder.iterdir()] == ["inte-en-mapp"]
    assert blocker.read_text() == "a file, not a folder"


def test_the_busy_bar_shows_only_when_a_job_takes_a_while(qtbot, page, monkeypatch):
    assert page.busy.isHidden()  # the quick first computation showed none
    release = threading.Event()
    original = ReportRequest.build

    def slow(request: ReportRequest, reports):
        release.wait(10)
        return original(request, reports)

    monkeypatch.setattr(ReportRequest, "build", slow)
    try:
        page.choice.set_kind(ReportKind.YEAR)
        assert page.is_busy() and page.busy.isHidden()
        assert not page.buttons["pdf"].isEnabled()
        qtbot.waitUntil(page.busy.isVisible, timeout=3000)
        assert page.busy.minimum() == page.busy.maximum() == 0
    finally:
        release.set()
    wait(qtbot, page)
    assert page.busy.isHidden() and page.buttons["pdf"].isEnabled()


# -- the window in English and the organisation's name ----------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    translators = install_translator(qapp, "en")
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_page_in_english(qtbot, demo, english):
    # The summer at the park only: "Säsongens plats (%1)" is translated; the wording of a
    # season at several sites ("Säsongens platser (%1)") is new (issue 16) and not yet.
    summer = demo.seasons.by_name(SEASON)
    demo.seasons.edit(summer.id, site_ids=[demo.sites.id_of("Vänskapsparken")])
    page = open_page(qtbot, demo)
    page.saved_bar.show()
    buttons = {b.text() for b in page.findChildren(QAbstractButton)} - {""}  # the table corner
    assert buttons == {
        "&Season",
        "&Year",
        "&Custom period",
        "&Day",
        "Part&ner",  # the English of "Sa&marbetspartner"
        "Charts as images…",  # the English of "Diagram som bild…"
        "PDF…",
        "Word…",
        "Excel…",
        "CSV…",
        "Open file",
        "Open folder",
    }
    labels = {label.text() for label in page.choice.findChildren(QLabel)}
    assert {"Report:", "Season:", "S&ite:"} <= labels
    assert page.choice.site.itemText(0).startswith("Site of the season (")
    assert page.preview.charts[0].title() == "Visits per week"
    assert page.preview.tiles[0].caption.text() == "Visits"
    assert page.preview.figure("visits") == "1,412"  # English digit grouping
    page.choice.set_kind(ReportKind.YEAR)
    wait(qtbot, page)
    assert page.heading.text() == "Annual follow-up 2025"
    swedish = set("åäöÅÄÖ")
    for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]:
        if widget.isVisibleTo(page) and widget is not page.subheading:
            assert not swedish & set(widget.text()), widget.text()


def test_the_organisation_name_is_set_behind_the_lock_and_printed(qtbot, app, monkeypatch):
    app.sites.add("Vänskapshuset")
    app.settings.set_coordinator_password("hemligt1")
    session = UiSession(app)
    register = RegisterPage(session)
    qtbot.addWidget(register)
    register.refresh()
    tab = register.settings
    assert tab.organisation.text() == DEFAULT_ORGANISATION_NAME
    monkeypatch.setattr(PasswordDialog, "exec", lambda dialog: 0)  # cancelled
    tab.organisation.setText("Föreningen Vänskapshuset")
    tab.save_organisation()
    assert app.settings.get(ORGANISATION_NAME) == DEFAULT_ORGANISATION_NAME
    tab.organisation.setText("   ")
    tab.save_organisation()
    assert tab.organisation_error.text().startswith("Skriv organisationens namn")
    session.app.access.unlock("hemligt1")
    tab.organisation.setText("  Föreningen   Vänskapshuset ")
    tab.save_organisation()
    assert app.settings.get(ORGANISATION_NAME) == "Föreningen Vänskapshuset"
    assert tab.organisation_error.isHidden()
    assert tab.organisation_status.text() == "Namnet är sparat."
    page = open_page(qtbot, app)
    assert page.report.organisation == "Föreningen Vänskapshuset"
    assert "Föreningen Vänskapshuset" in page.subheading.text()


# -- the bar chart on its own ---------------------------------------------------------------------


@pytest.mark.parametrize("horizontal", [False, True])
def test_the_bar_chart_copes_with_nothing_zeros_and_many(qtbot, horizontal):
    chart = BarChart("Besök", horizontal)
    qtbot.addWidget(chart)
    chart.resize(300, 180)
    chart.grab()
    assert chart.accessibleDescription() == "Inga uppgifter"
    chart.set_data(["a", "b"], [0, 0])
    chart.grab()
    assert chart.accessibleDescription() == "a: 0, b: 0"
    chart.set_data([f"rad {n}" for n in range(60)], range(60), "Många")
    chart.grab()
    assert chart.accessibleName() == "Många"
    assert chart.accessibleDescription().startswith("rad 0: 0, rad 1: 1")
    with pytest.raises(ValueError):
        chart.set_data(["a"], [1, 2])


@pytest.mark.parametrize(
    ("today", "year"), [(dt.date(2026, 3, 31), 2025), (dt.date(2026, 4, 1), 2026)]
)
def test_the_year_choice_is_the_previous_year_until_april(qtbot, today, year):
    choice = ReportChoice(today)
    qtbot.addWidget(choice)
    assert choice.year.value() == year
