"""Time in Malmö: every event keeps its Europe/Stockholm local date explicitly."""

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that only moves when told to (tests, demo generation)."""

    def __init__(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._moment = moment

    def now(self) -> dt.datetime:
        return self._moment

    def set(self, moment: dt.datetime) -> None:
        self._moment = moment

    def advance(self, delta: dt.timedelta) -> None:
        self._moment += delta


def to_local(moment: dt.datetime) -> dt.datetime:
    """The same instant expressed in Stockholm time (with its +01:00/+02:00 offset)."""
    if moment.tzinfo is None:
        raise ValueError("to_local needs an aware datetime")
    return moment.astimezone(STOCKHOLM)


def local_date(moment: dt.datetime) -> dt.date:
    return to_local(moment).date()


def epoch_ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def format_time_of_day(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
