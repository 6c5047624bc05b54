"""Counts and other whole numbers a person types or a file brings, each within its bounds.

Bounds are generous for real use and far below what SQLite can hold (64-bit integers), so a
number a person gives is either refused in a sentence or stored as it is, never overflowed.
"""

from dataclasses import dataclass

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules.dates import EARLIEST_DATE, LATEST_DATE


@dataclass(frozen=True)
class NumberRule:
    """An inclusive range; the sentences may name {low} and {high} (never the value: it may
    have thousands of digits)."""

    low: int
    high: int
    too_low: str
    too_high: str

    def check(self, value: int) -> int:
        """`value` if within the range, else one sentence saying which way it is out."""
        if self.low <= value <= self.high:
            return value
        sentence = self.too_low if value < self.low else self.too_high
        raise UserError(sentence.format(low=self.low, high=self.high))

    def accepts(self, value: object) -> bool:
        """Whether a stored value (from a bundle) is one `check` lets through."""
        return type(value) is int and self.low <= value <= self.high


VISITS_AT_ONCE = NumberRule(
    1,
    10_000,
    "Antalet besök måste vara minst {low}.",
    "Högst {high} besök kan läggas till på en gång.",
)
# One cell of an activity's participants (one gender × one age band): a big festival day.
PARTICIPANTS_PER_CELL = NumberRule(
    0,
    9_999,
    "Antalet deltagare kan inte vara negativt.",
    "Högst {high} deltagare per kön och åldersgrupp kan anges.",
)
LEADERS = NumberRule(
    0, 999, "Antalet ledare kan inte vara negativt.", "Antalet ledare får vara högst {high}."
)
# A paper tally sheet: one cell holds a day's marks, a whole sheet at most a few thousand.
PAPER_PER_CELL = NumberRule(
    0,
    999,
    "Antalet besök kan inte vara negativt.",
    "Högst {high} besök per ruta kan skrivas in från en räknelista.",
)
PAPER_PER_SHEET = NumberRule(
    1,
    5_000,
    "Räknelistan har inga besök att skriva in.",
    "Högst {high} besök kan skrivas in från en räknelista.",
)
# How long sign-ups (personal data) are kept after their activity.
RETENTION_DAYS = NumberRule(
    1,
    365,
    "Sparandetiden ska vara {low}–{high} dagar.",
    "Sparandetiden ska vara {low}–{high} dagar.",
)
# A child signed up for an excursion; the meeting place is for children and youth.
SIGNUP_AGE = NumberRule(
    0,
    25,
    "Åldern måste vara mellan {low} och {high} år.",
    "Åldern måste vara mellan {low} och {high} år.",
)
# The bounds of an age band ("26+" starts at 26 and has no upper bound).
BAND_AGE = NumberRule(
    0,
    120,
    "En åldersgrupp kan inte börja under {low} år.",
    "En åldersgrupp kan inte gå över {high} år.",
)
WEEKDAY = NumberRule(
    0, 6, "Veckodagen måste vara måndag till söndag.", "Veckodagen måste vara måndag till söndag."
)
# A year's report (or demo data) lies where dates may lie.
REPORT_YEAR = NumberRule(
    EARLIEST_DATE.year,
    LATEST_DATE.year,
    "Året ligger utanför {low}–{high}.",
    "Året ligger utanför {low}–{high}.",
)
DEMO_YEARS = NumberRule(
    1, 25, "Demodata behöver minst ett år.", "Demodata kan fyllas i för högst {high} år."
)
DEMO_SITES = NumberRule(
    3, 20, "Demodata behöver minst tre platser.", "Demodata kan fyllas i för högst {high} platser."
)
# Any other whole number a bundle brings must fit SQLite's 64-bit integers.
STORED_INTEGER = NumberRule(
    -(2**63), 2**63 - 1, "Talet är för litet för databasen.", "Talet är för stort för databasen."
)
