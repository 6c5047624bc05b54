"""Which key counts which cell: one keyboard row per gender, one column per age band."""

from vanskapshuset.domain.vocabulary import Gender

# The rows of a Swedish keyboard, left to right; the number row is the first gender.
KEY_ROWS: dict[Gender, str] = {
    Gender.GIRL: "1234567890",
    Gender.BOY: "QWERTYUIOP",
    Gender.OTHER: "ASDFGHJKL",
    Gender.UNKNOWN: "ZXCVBNM",
}


def key_for(gender: Gender, band_index: int) -> str | None:
    row = KEY_ROWS[gender]
    return row[band_index] if band_index < len(row) else None


def qt_key(key: str) -> int:
    """The `Qt.Key` value of a key shown in a cell: Qt numbers digits and letters by their
    upper-case character code."""
    return ord(key.upper())
