"""Which seasons are "the same kind": "Bästa sommaren 2025" follows "Bästa sommaren 2024"."""

import re

_YEAR = re.compile(r"\b(19|20)\d\d\b")


def season_kind(name: str) -> str:
    """The name without its year, in a form that compares equal however it was typed."""
    return " ".join(_YEAR.sub(" ", name).split()).casefold()
