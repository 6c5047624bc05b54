"""Which key counts which cell: one keyboard row per gender, one column per age band."""

import sys

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


# Shift with a digit gives the shifted character's key (Shift+1 is "!"), not the digit's. The
# physical key is read where the platform says which it was: on Windows the virtual key is the
# unshifted digit's ('0'..'9'); on Linux (X11 and Wayland) the digit row is keycodes 10..19.
# Elsewhere, the number row's shifted characters on a Swedish keyboard, as typed.
SHIFTED_DIGITS = dict(zip('!"#¤%&/()=', "1234567890", strict=True))
DIGIT_ROW = "1234567890"
_LINUX_DIGIT_CODES = range(10, 20)  # XKB keycodes of the keys 1..0 (evdev + 8)
_WINDOWS_DIGIT_KEYS = range(0x30, 0x3A)  # VK_0..VK_9


def unshifted(
    key: int, text: str, scan_code: int = 0, virtual_key: int = 0, platform: str = sys.platform
) -> int:
    """The `Qt.Key` of the key pressed with Shift: a shifted digit read as its digit; a letter
    is already its own key (Qt gives the upper-case letter with or without Shift)."""
    if platform == "win32" and virtual_key in _WINDOWS_DIGIT_KEYS:
        return virtual_key  # Qt numbers Key_0..Key_9 as VK_0..VK_9: their character codes
    if platform.startswith("linux") and scan_code in _LINUX_DIGIT_CODES:
        return qt_key(DIGIT_ROW[scan_code - _LINUX_DIGIT_CODES.start])
    digit = SHIFTED_DIGITS.get(text)
    return qt_key(digit) if digit is not None else key
