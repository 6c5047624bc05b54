"""Fixtures: the hand-worked data set of report_data.py in a real database."""

from collections.abc import Iterator

import pytest
from report_data import fill

from vanskapshuset.app import App
from vanskapshuset.reports.service import ReportService, report_service


@pytest.fixture
def filled(app: App) -> App:
    fill(app)
    return app


@pytest.fixture
def reports(filled: App) -> Iterator[ReportService]:
    yield report_service(filled)
