"""Every value at its limit prints: reports, exports and sheets hold the longest names, titles
and notes the rules let through (issue 12: a 100 KB site name broke the annual PDF; now a name
stops at 120 characters, and that fits)."""

import datetime as dt
from pathlib import Path

import pytest

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.domain import rules
from vanskapshuset.domain.participants import ParticipantCount
from vanskapshuset.domain.settings_registry import ORGANISATION_NAME
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.reports import files
from vanskapshuset.reports.service import report_service
from vanskapshuset.services.day_logs import DayLogEntry
from vanskapshuset.services.signups import SignUpInput
from vanskapshuset.sheets.service import SheetDetails, SheetService
from vanskapshuset.sheets.signup_pdf import write_signup_sheet
from vanskapshuset.sheets.tally_pdf import write_tally_sheet

DAY = dt.date(2025, 7, 3)  # the clock fixture's today
SITE = "Vänskapsparken i Herrgården " + "å" * (rules.SITE_NAME.limit - 28)
ORGANISATION = "ل" * rules.ORGANISATION_NAME.limit
TITLE = "Fotboll och dans för alla " + "W" * (rules.ACTIVITY_TITLE.limit - 26)
NOTES = ["rad\n" * (rules.NOTE.limit // 4), "ord " * (rules.NOTE.limit // 4)]


@pytest.fixture
def full(app: App) -> App:
    """A day at one site where every name, title and note is as long as the rules allow."""
    assert len(SITE) == 120 and len(TITLE) == 200
    app.sites.add(SITE, "outdoor")
    app.organisations.add(ORGANISATION, "municipal")
    app.activity_types.add("T" * rules.ACTIVITY_TYPE_NAME.limit, "presence")
    app.leaders.add("L" * rules.LEADER_NAME.limit)
    app.seasons.add(
        "S" * rules.SEASON_NAME.limit, DAY, DAY + dt.timedelta(days=40), [app.sites.id_of(SITE)]
    )
    app.settings.set(ORGANISATION_NAME, "O" * rules.REPORT_ORGANISATION.limit)
    app.signups.set_consent_text(("Samtycke\n" * 400)[: rules.CONSENT_TEXT.limit])
    for note in NOTES:
        app.activities.create(
            activity_input(app,
                site=SITE, date=DAY, start=dt.time(10), end=dt.time(12), title=TITLE,
                type_name="T" * 120, organiser=ORGANISATION, partners=(ORGANISATION,),
                participants=(ParticipantCount(Gender.GIRL, "7-9", 9999),), leader_count=999,
                note=note,
            )
        )  # fmt: skip
    site_id = app.sites.by_name(SITE).id
    app.day_logs.save(DayLogEntry(site_id, DAY, True, dt.time(9), dt.time(21), (), NOTES[0]))
    app.visits.add(site_id, "girl", "7-9", rules.VISITS_AT_ONCE.high)
    return app


def test_reports_and_exports_hold_values_at_the_limits(full: App, tmp_path: Path) -> None:
    reports = report_service(full)
    for name, report in [
        ("år", reports.annual(DAY.year)),
        ("säsong", reports.season("S" * 120)),
        ("period", reports.period(DAY, DAY)),
    ]:
        assert files.write_pdf(report, tmp_path / f"{name}.pdf").stat().st_size > 0
        assert files.write_xlsx(report, tmp_path / f"{name}.xlsx").stat().st_size > 0
        assert list(files.write_csv(report, tmp_path / f"{name}-csv"))
    assert files.write_pdf(reports.day(DAY), tmp_path / "dag.pdf").stat().st_size > 0
    export = reports.export(DAY, DAY)
    assert files.write_xlsx(export, tmp_path / "export.xlsx").stat().st_size > 0
    assert list(files.write_csv(export, tmp_path / "export-csv"))


def test_sheets_hold_values_at_the_limits(full: App, tmp_path: Path) -> None:
    activity = full.activities.list(DAY, DAY)[0].id
    for note in NOTES:
        full.signups.add(
            activity,
            SignUpInput(
                "B" * 200, rules.SIGNUP_AGE.high, "G" * 200, "+46 70 123 45 67", True, note
            ),
        )
    details = SheetDetails(*(["M" * rules.MEETING_POINT.limit] * 4))
    sheets = SheetService(full)
    for which in (activity, None):
        target = tmp_path / f"anmälan-{which is None}.pdf"
        assert write_signup_sheet(sheets.signup_sheet(which, details), target).stat().st_size > 0
    tally = write_tally_sheet(sheets.tally_sheet(DAY, SITE), tmp_path / "räknelista.pdf")
    assert tally.stat().st_size > 0
