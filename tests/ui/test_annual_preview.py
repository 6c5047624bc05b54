"""The window's yearly report shows the year's names and the change from the year before."""

import datetime as dt

from PySide6.QtCore import Qt

from vanskapshuset.domain.localtime import STOCKHOLM
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.ui.pages.report_choice import ReportKind
from vanskapshuset.ui.pages.reports import ReportsPage
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.bar_chart import number_text


def test_the_year_s_tables_show_the_change_with_its_sign(qtbot, app, tmp_path) -> None:
    generate_demo(app, DemoOptions(seed=2025, year=2025))
    park = app.sites.id_of("Vänskapsparken")
    app.visits.add(park, "girl", "7-9", 12, dt.datetime(2024, 7, 1, 14, tzinfo=STOCKHOLM))
    page = ReportsPage(UiSession(app))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.choice.set_kind(ReportKind.YEAR)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)

    names = page.preview.table_names()
    for name in ("Kunskapsutbyten", "Organisationer per typ, område", "Samverkansnätverk"):
        assert name in names
    page.preview.show_table("Uppföljning")
    model = page.preview.model
    rows = {
        model.index(row, 0).data(): [model.index(row, c).data() for c in range(1, 4)]
        for row in range(model.rowCount())
    }
    visits = app.statistics.period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)).visits
    assert visits > 12
    assert rows["Besök"][1] == "12" and rows["Besök"][2] == "+" + number_text(visits - 12)
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    page.grab().save(str(tmp_path / "år.png"))
