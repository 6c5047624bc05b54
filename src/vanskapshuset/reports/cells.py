"""Cell values for spreadsheets: formula-like text is made inert (CSV/formula injection)."""

# Text a spreadsheet program would read as a formula or a DDE call (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def inert_text(text: str) -> str:
    """For CSV: a leading apostrophe, which Excel shows as text and never evaluates."""
    return "'" + text if looks_like_formula(text) else text


class Change(int):
    """A change from an earlier figure: printed with its sign ("+37", "−3", "0") in every
    format, and still a number in the spreadsheet."""

    __slots__ = ()
