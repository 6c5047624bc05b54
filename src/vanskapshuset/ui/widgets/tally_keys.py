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


# Shift with a digit gives the shifted character's key on a real keyboard (Shift+1 is "!"), not
# the digit's: the number row's shifted characters on a Swedish keyboard, as typed.
SHIFTED_DIGITS = dict(zip('!"#¤%&/()=', "1234567890", strict=True))


def unshifted(key: int, text: str) -> int:
    """The `Qt.Key` of the key pressed with Shift: a shifted digit read as its digit; a letter
    is already its own key (Qt gives the upper-case letter with or without Shift)."""
    digit = SHIFTED_DIGITS.get(text)
    return qt_key(digit) if digit is not None else key
