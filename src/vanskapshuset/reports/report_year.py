"""Which year the yearly follow-up is about when nobody says: one rule for window and CLI.

The City of Malmö asks for the follow-up in March, and then means the year just ended; so until
the end of March the default is the previous year, and from 1 April the current one.
"""

import datetime as dt

LAST_MONTH_FOR_THE_PREVIOUS_YEAR = 3  # March


def default_report_year(today: dt.date) -> int:
    """January–March: the previous year; April–December: this year."""
    return today.year - 1 if today.month <= LAST_MONTH_FOR_THE_PREVIOUS_YEAR else today.year
