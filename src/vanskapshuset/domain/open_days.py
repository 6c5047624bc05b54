"""Which days count as open, and the measures per open day and per open hour (DESIGN section 6).

The one place of the rule. `services/period_facts.py` reads a period's rows once and hands them
to the functions below; `stats --json` and every report sum those same rows.

The rule, per site and date (a *site-day*):

* A site-day is **open** when its live day log says open, or when visits were counted there
  (the net visits of that site and date are above zero). This follows the issue text
  literally: a day log saying *closed* does not cancel visits that were counted — a day with
  visits is open whatever the log says.
* Activities alone never open a day: a site-day with live activities that is not open is an
  **activity day** (a 09:00 coordination meeting, a partner's evening course).
* `days_open` counts the distinct *dates* with at least one open site-day (so two sites open
  on the same date are one open day, as before); `activity_days` counts the distinct dates
  with an activity day at some site and no open site-day at all. A date is never both.

The averages:

* `avg_visits_per_open_day` = all net visits of the period / `days_open`, rounded half up to
  one decimal; 0.0 when no day was open.
* `visits_per_open_hour` = the net visits of the open site-days whose day log gives opening
  hours / the sum of those hours, rounded half up to one decimal. A day log gives opening
  hours when it does not say closed and has both `opens_at` and `closes_at`, with closing
  later than opening (hours = closes_at − opens_at, to the minute). It is None when no open
  site-day of the period has opening hours.
* `girls_share` = visits by girls / visits with a stated gender (girl, boy, other — not
  unknown), as a percent rounded half up to one decimal; None when no visit has a stated
  gender.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from vanskapshuset.domain.rounding import one_decimal
from vanskapshuset.domain.vocabulary import Gender

SiteDay = tuple[dt.date, str]  # (date, site id)

STATED_GENDERS = (Gender.GIRL.value, Gender.BOY.value, Gender.OTHER.value)


@dataclass(frozen=True)
class DayKinds:
    """The distinct dates of a period that were open, and those with activities only."""

    open_dates: frozenset[dt.date]
    activity_dates: frozenset[dt.date]
    open_site_days: frozenset[SiteDay]


def classify_days(
    net_visits: Mapping[SiteDay, int],
    open_logs: Iterable[SiteDay],
    activities: Iterable[SiteDay],
) -> DayKinds:
    """Open dates and activity-only dates (see the module docstring).

    `net_visits` maps a site-day to its net visits, `open_logs` are the site-days whose live
    day log says open, `activities` the site-days with at least one live activity.
    """
    open_site_days = frozenset(open_logs) | {sd for sd, net in net_visits.items() if net > 0}
    open_dates = frozenset(day for day, _ in open_site_days)
    activity_dates = frozenset(day for day, _ in activities) - open_dates
    return DayKinds(open_dates, activity_dates, open_site_days)


def average_per_open_day(visits: int, days_open: int) -> float:
    if not days_open:
        return 0.0
    return one_decimal(Decimal(visits) / Decimal(days_open))


def opening_hours(
    is_open: bool | None, opens_at: dt.time | None, closes_at: dt.time | None
) -> Decimal | None:
    """The hours a day log says the site was open; None when it gives none (or says closed)."""
    if is_open is False or opens_at is None or closes_at is None:
        return None
    minutes = (closes_at.hour * 60 + closes_at.minute) - (opens_at.hour * 60 + opens_at.minute)
    if minutes <= 0:
        return None
    return Decimal(minutes) / Decimal(60)


def visits_per_open_hour(
    net_visits: Mapping[SiteDay, int],
    open_site_days: Iterable[SiteDay],
    hours: Mapping[SiteDay, Decimal],
) -> float | None:
    """Visits per opening hour over the open site-days whose day log gives opening hours."""
    with_hours = [sd for sd in open_site_days if sd in hours]
    total_hours = sum((hours[sd] for sd in with_hours), Decimal(0))
    if not total_hours:
        return None
    visits = sum(net_visits.get(sd, 0) for sd in with_hours)
    return one_decimal(Decimal(visits) / total_hours)


def girls_share(visits_by_gender: Mapping[str, int]) -> float | None:
    """Percent of the visits with a stated gender that were girls'; None when none stated."""
    stated = sum(visits_by_gender.get(gender, 0) for gender in STATED_GENDERS)
    if stated <= 0:
        return None
    girls = visits_by_gender.get(Gender.GIRL.value, 0)
    return one_decimal(Decimal(100) * Decimal(girls) / Decimal(stated))
