"""The one rounding rule of every figure: one decimal, half up (2,25 → 2,3; −2,25 → −2,3).

`stats` (through domain/open_days.py) and every report format use it, so a figure never shows
2,3 in one place and 2,2 in another. Python's `round()` and the
`.1f` format round half to even on the binary float and are not used for report figures.
"""

from decimal import ROUND_HALF_UP, Decimal

TENTH = Decimal("0.1")


def exact(value: int | float | Decimal) -> Decimal:
    # A float goes through its shortest repr ("2.25", "0.1"), the number a person reads.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def one_decimal(value: int | float | Decimal) -> float:
    """`value` rounded half up (away from zero) to one decimal."""
    return float(exact(value).quantize(TENTH, rounding=ROUND_HALF_UP))


def ratio(part: int | float | Decimal, whole: int | float, scale: int = 1) -> float | None:
    """`scale * part / whole` to one decimal, half up; None when `whole` is zero (no data)."""
    if not whole:
        return None
    return one_decimal(Decimal(scale) * exact(part) / exact(whole))
