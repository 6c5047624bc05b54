"""Cell values for spreadsheets: formula-like text is made inert (CSV/formula injection)."""

# Text a spreadsheet program would read as a formula or a DDE call (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def inert_text(text: str) -> str:
    """For CSV: a leading apostrophe, which Excel shows as text and never evaluates."""
    return "'" + text if looks_like_formula(text) else text
