"""Time in Malmö: every event keeps its Europe/Stockholm local date explicitly."""

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

from vanskapshuset.domain.errors import UserError

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


def parse_moment(text: str) -> dt.datetime:
    """Parse an ISO date-time; without an offset it is Stockholm local time.

    A local time that does not exist (the skipped hour in spring) is refused rather than
    silently moved; in the repeated autumn hour the first occurrence is meant.
    """
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"Tidpunkten ”{text}” ska skrivas som ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2025-07-03T14:30."
        ) from None
    if moment.tzinfo is not None:
        return to_local(moment)
    local = moment.replace(tzinfo=STOCKHOLM)
    if to_local(local.astimezone(dt.UTC)).replace(tzinfo=None) != moment:
        raise UserError(
            f"Klockslaget {moment:%H:%M} den {moment:%Y-%m-%d} finns inte i svensk tid "
            "(klockan ställdes fram)."
        )
    return to_local(local)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Datumet ”{text}” ska skrivas som ÅÅÅÅ-MM-DD, t.ex. 2025-07-03.") from None


def parse_time_of_day(text: str) -> dt.time:
    """Parse "HH:MM" (24-hour)."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise UserError(f"Klockslaget ”{text}” ska skrivas som tt:mm, t.ex. 15:30.") from None


def format_time_of_day(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
