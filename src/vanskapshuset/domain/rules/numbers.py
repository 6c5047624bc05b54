"""Counts and other whole numbers a person types or a file brings, each within its bounds.

Bounds are generous for real use and far below what SQLite can hold (64-bit integers), so a
number a person gives is either refused in a sentence or stored as it is, never overflowed.
"""

from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules.dates import EARLIEST_DATE, LATEST_DATE
from vanskapshuset.messages import rules as said
from vanskapshuset.messages.text import Text


@dataclass(frozen=True)
class NumberRule:
    """An inclusive range; the sentences may name {low} and {high} (never the value: it may
    have thousands of digits). A plural sentence counts (%n) the bound it is about: `high` in
    the too-high sentence (and in one sentence given for both ends), else `low`."""

    low: int
    high: int
    too_low: Text
    too_high: Text

    def check(self, value: int) -> int:
        """`value` if within the range, else one sentence saying which way it is out."""
        if self.low <= value <= self.high:
            return value
        sentence = self.too_low if value < self.low else self.too_high
        bounds = {"low": self.low, "high": self.high}
        values = {name: bounds[name] for name in sentence.names}
        if not sentence.plural:
            raise UserError(sentence(**values))
        count = self.high if sentence is self.too_high else self.low
        raise UserError(sentence(count, **values))

    def accepts(self, value: object) -> bool:
        """Whether a stored value (from a bundle) is one `check` lets through."""
        return type(value) is int and self.low <= value <= self.high


VISITS_AT_ONCE = NumberRule(1, 10_000, said.VISITS_AT_ONCE_TOO_FEW, said.VISITS_AT_ONCE_TOO_MANY)
# One cell of an activity's participants (one gender × one age band): a big festival day.
PARTICIPANTS_PER_CELL = NumberRule(0, 9_999, said.PARTICIPANTS_NEGATIVE, said.PARTICIPANTS_TOO_MANY)
LEADERS = NumberRule(0, 999, said.LEADERS_NEGATIVE, said.LEADERS_TOO_MANY)
# A paper tally sheet: one cell holds a day's marks, a whole sheet at most a few thousand.
PAPER_PER_CELL = NumberRule(0, 999, said.PAPER_CELL_NEGATIVE, said.PAPER_CELL_TOO_MANY)
PAPER_PER_SHEET = NumberRule(1, 5_000, said.PAPER_SHEET_EMPTY, said.PAPER_SHEET_TOO_MANY)
# How long sign-ups (personal data) are kept after their activity.
RETENTION_DAYS = NumberRule(1, 365, said.RETENTION_DAYS_RANGE, said.RETENTION_DAYS_RANGE)
# A child signed up for an excursion; the meeting place is for children and youth.
SIGNUP_AGE = NumberRule(0, 25, said.SIGNUP_AGE_RANGE, said.SIGNUP_AGE_RANGE)
# The bounds of an age band ("26+" starts at 26 and has no upper bound).
BAND_AGE = NumberRule(0, 120, said.BAND_AGE_TOO_LOW, said.BAND_AGE_TOO_HIGH)
WEEKDAY = NumberRule(0, 6, said.WEEKDAY_RANGE, said.WEEKDAY_RANGE)
# A year's report (or demo data) lies where dates may lie.
REPORT_YEAR = NumberRule(
    EARLIEST_DATE.year, LATEST_DATE.year, said.REPORT_YEAR_RANGE, said.REPORT_YEAR_RANGE
)
DEMO_YEARS = NumberRule(1, 25, said.DEMO_YEARS_TOO_FEW, said.DEMO_YEARS_TOO_MANY)
DEMO_SITES = NumberRule(3, 20, said.DEMO_SITES_TOO_FEW, said.DEMO_SITES_TOO_MANY)
# Any other whole number a bundle brings must fit SQLite's 64-bit integers.
STORED_INTEGER = NumberRule(
    -(2**63), 2**63 - 1, said.STORED_INTEGER_TOO_SMALL, said.STORED_INTEGER_TOO_LARGE
)
