"""Dates, times of day, moments and periods a person types or a file brings.

- Every date lies in 2000-01-01 … 2100-12-31. The program was written in 2025 and keeps no
  history from before the century (the organisation is younger), and nothing is planned as far
  as 2100; both bounds are far enough to never refuse a real date, near enough that every date
  computed from them (a week's Monday, the year of a period) stays valid in Python and SQLite.
  The same range bounds what a bundle may bring and which periods are asked for, so a period
  of any length within it is fine (101 years at most: a report of it takes seconds).
- A new event (a visit, an activity, a day log, a season's first day) lies at most a year
  ahead of today: an activity is planned at most a season or so in advance, and a date years
  ahead is a typing error. This is a rule for what is typed on a laptop, at that laptop's
  today; sync import checks only the fixed range, since another laptop's today differs (the
  sync clock guard refuses bundles written more than a day ahead of this laptop's clock).
- A moment with an offset has one between −12:00 and +14:00, as every real time zone does.
"""

import datetime as dt

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.localtime import STOCKHOLM, to_local
from vanskapshuset.domain.rules.text import shown
from vanskapshuset.messages import rules as said
from vanskapshuset.messages.text import Message, Text

EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
PLANNING_HORIZON = dt.timedelta(days=366)
_WEST_MOST, _EAST_MOST = dt.timedelta(hours=-12), dt.timedelta(hours=14)


def in_date_range(day: dt.date) -> bool:
    return EARLIEST_DATE <= day <= LATEST_DATE


def check_date(day: dt.date) -> dt.date:
    """`day` if within the range every date lies in, else one sentence."""
    if day < EARLIEST_DATE:
        raise UserError(said.DATE_TOO_EARLY(date=day, earliest=EARLIEST_DATE))
    if day > LATEST_DATE:
        raise UserError(said.DATE_TOO_LATE(date=day, latest=LATEST_DATE))
    return day


def check_event_date(day: dt.date, today: dt.date) -> dt.date:
    """The date of a new or changed event: within the range and at most a year from today."""
    check_date(day)
    latest = today + PLANNING_HORIZON
    if day > latest:
        raise UserError(said.DATE_TOO_FAR_AHEAD(date=day, latest=latest))
    return day


def check_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A period asked for (statistics, a report, an export): within the range, in order."""
    check_date(start)
    check_date(end)
    if end < start:
        raise UserError(said.PERIOD_REVERSED(end=end, start=start))
    return start, end


def check_time_span(
    start: dt.time, end: dt.time, sentence: Message | Text, field: str | None = None
) -> None:
    """Something that starts at `start` ends after it the same day; `sentence` says it if not
    (about `field`, the end's input)."""
    if end <= start:
        raise UserError(sentence, field=field)


def moment_in_range(moment: dt.datetime) -> bool:
    """An aware moment whose offset is a real one and whose Stockholm date is in the range."""
    offset = moment.utcoffset()
    if offset is None or not _WEST_MOST <= offset <= _EAST_MOST:
        return False
    # The moment's own date first: converting one near year 1 or 9999 would overflow.
    if not EARLIEST_DATE - dt.timedelta(days=1) <= moment.date() <= LATEST_DATE:
        return False
    return in_date_range(to_local(moment).date())


def check_moment(moment: dt.datetime) -> dt.datetime:
    """`moment` (aware) as Stockholm time, or one sentence on why it cannot be stored."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("check_moment needs an aware datetime")
    if not _WEST_MOST <= offset <= _EAST_MOST:
        raise UserError(said.MOMENT_BAD_OFFSET(moment=moment.isoformat()))
    if not moment_in_range(moment):
        check_date(moment.date())  # says which way it is out
        check_date(to_local(moment).date())
    return to_local(moment)


# -- parsing what is typed ------------------------------------------------------------------


def parse_date(text: str) -> dt.date:
    """ÅÅÅÅ-MM-DD, within the range."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(said.DATE_BAD_FORMAT(text=shown(text))) from None
    return check_date(day)


def parse_time_of_day(text: str) -> dt.time:
    """Parse "HH:MM" (24-hour)."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise UserError(said.TIME_BAD_FORMAT(text=shown(text))) from None


def parse_moment(text: str) -> dt.datetime:
    """Parse an ISO date-time; without an offset it is Stockholm local time.

    A local time that does not exist (the skipped hour in spring) is refused rather than
    silently moved; in the repeated autumn hour the first occurrence is meant.
    """
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(said.MOMENT_BAD_FORMAT(text=shown(text))) from None
    if moment.tzinfo is not None:
        return check_moment(moment)
    check_date(moment.date())
    local = moment.replace(tzinfo=STOCKHOLM)
    if to_local(local.astimezone(dt.UTC)).replace(tzinfo=None) != moment:
        raise UserError(said.MOMENT_SKIPPED(time=f"{moment:%H:%M}", date=f"{moment:%Y-%m-%d}"))
    return check_moment(local)
