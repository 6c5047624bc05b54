"""Dates and times between Qt and Python, spelled out for the type checker.

PySide6 converts a `datetime.date` to a QDate by itself, and its stubs type `toPython()` as
`object`; these say what goes in and comes out.
"""

import datetime as dt

from PySide6.QtCore import QDate, QTime


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> dt.date:
    day = value.toPython()
    assert isinstance(day, dt.date)
    return day


def to_time(value: QTime) -> dt.time:
    moment = value.toPython()
    assert isinstance(moment, dt.time)
    return moment
