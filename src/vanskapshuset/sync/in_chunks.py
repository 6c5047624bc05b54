"""Asking for rows by a list of values of any length: SQLite binds a bounded number of
parameters per statement, so the list is asked for a few hundred values at a time."""

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
CHUNK = 500


def in_chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[tuple[str, tuple[T, ...]]]:
    """(`?, ?, …` for an IN list, the values) for each chunk of `values`."""
    for start in range(0, len(values), size):
        chunk = tuple(values[start : start + size])
        yield ", ".join("?" for _ in chunk), chunk
