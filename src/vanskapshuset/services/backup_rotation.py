"""Which backups to keep: the rotation rule, plain data in and out.

Every regular copy (the day's first start, before a sync, made by hand) takes part in one
rotation, counted over days, weeks and months that have a copy (a laptop left in a drawer over
the summer still has its seven last days of work):

- the 3 newest copies (three syncs today can each be undone),
- the newest copy of each of the 7 newest days,
- the newest of each of the 4 newest ISO weeks,
- the newest of each of the 12 newest months.

Copies made before a schema upgrade or before a restore stand apart: each is kept for 60 days
(the way back from an upgrade or a restore gone wrong), then deleted whatever else is kept.
"""

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

KEEP_LAST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_APART_DAYS = 60


@dataclass(frozen=True)
class Dated:
    """A backup as the rule sees it: its name, local time, and whether it stands apart."""

    name: str
    moment: dt.datetime
    apart: bool = False
    number: int = 1  # orders copies made in the same second


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return year, week


def _month(moment: dt.datetime) -> Hashable:
    return moment.year, moment.month


_PERIODS: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
    (_day, KEEP_DAILY),
    (_week, KEEP_WEEKLY),
    (_month, KEEP_MONTHLY),
)


def to_keep(backups: Iterable[Dated], today: dt.date) -> set[str]:
    """The names of the backups the rotation keeps; every other one may be deleted."""
    backups = list(backups)
    regular = sorted(
        (b for b in backups if not b.apart), key=lambda b: (b.moment, b.number), reverse=True
    )
    keep = {b.name for b in regular[:KEEP_LAST]}
    for period, count in _PERIODS:
        seen: set[Hashable] = set()
        for backup in regular:  # newest first: the first of a period is its newest
            key = period(backup.moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(backup.name)
    keep.update(
        b.name for b in backups if b.apart and (today - b.moment.date()).days <= KEEP_APART_DAYS
    )
    return keep
