"""Which days a leader may still change: today and the week before. Older days are the
coordinator's (services/access.py enforces it; the window marks them by the same rule)."""

import datetime as dt

__all__ = ["FREE_EDIT_DAYS", "is_old_day"]

FREE_EDIT_DAYS = 7


def is_old_day(day: dt.date, today: dt.date) -> bool:
    """Whether `day` is older than the week a leader may change."""
    return (today - day).days > FREE_EDIT_DAYS
