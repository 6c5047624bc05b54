"""A visit row as every writer writes it: an arrival (the door, a paper sheet, the demo) or the
−1 correction of one (an undo at the door, a sheet taken back out).

One id rule: an arrival gets a new id; a correction the id derived from the visit it corrects,
so two laptops undoing the same visit write the same −1, which sync merges into one (and a
second correction of one visit is refused by the key, not counted twice).
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vanskapshuset.domain.vocabulary import VisitSource
from vanskapshuset.services.context import derived_id, new_id


@dataclass(frozen=True)
class Band:
    """An age band as a visit row copies it (its bounds travel with the row)."""

    code: str
    min_age: int
    max_age: int | None


def correction_id(visit_id: str) -> str:
    """The id of the −1 that corrects visit `visit_id`, the same on every laptop."""
    return derived_id("undo", visit_id)


def arrival_rows(
    *,
    site_id: str,
    moment: dt.datetime,
    gender: str,
    band: Band,
    count: int,
    source: VisitSource,
    leader_id: str | None,
    device_id: str,
    new: bool = False,
) -> list[dict[str, Any]]:
    """`count` arriving people in one cell at `moment` (Stockholm time: its date is the day),
    `new` when marked as their first visit this season."""
    return [
        {
            "id": new_id(),
            "site_id": site_id,
            "occurred_at": moment,
            "local_date": moment.date(),
            "gender": gender,
            "age_band": band.code,
            "age_min": band.min_age,
            "age_max": band.max_age,
            "delta": 1,
            "corrects_id": None,
            "leader_id": leader_id,
            "source": source.value,
            "device_id": device_id,
            "is_new": new,
        }
        for _ in range(count)
    ]


# The cell, the day and the new mark: the −1 of a new visit takes a new visit away.
_COPIED = ("site_id", "local_date", "gender", "age_band", "age_min", "age_max", "is_new")


def correction_row(
    original: Mapping[Any, Any], *, at: dt.datetime, device_id: str
) -> dict[str, Any]:
    """The −1 of the +1 visit `original` (its columns by name), made at `at`; it copies the
    original's cell and day (the correction belongs to the counted day)."""
    return {
        **{column: original[column] for column in _COPIED},
        "id": correction_id(original["id"]),
        "occurred_at": at,
        "delta": -1,
        "corrects_id": original["id"],
        "leader_id": original["leader_id"],
        "source": original["source"],
        "device_id": device_id,
    }
