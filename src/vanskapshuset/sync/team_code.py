"""The team code: the team's secret key written so a person can read it out, type and print it.

Crockford's base32 (no I, L, O or U; reading I/L as 1 and O as 0, any case, spaces and dashes
ignored) carries the 128-bit key in 26 characters; two more check characters catch a typing
error before it turns into "the bundle is not from your team". Shown in groups of four:
"7KQM-3XPD-…" (seven groups).
"""

import hashlib
import hmac
import secrets
import unicodedata

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import sync as said

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 16
KEY_CHARS = 26  # ceil(128 / 5)
CHECK_CHARS = 2
GROUP = 4
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


def new_team_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def team_id(key: bytes) -> str:
    """A public name of the team (16 hex digits), written on every bundle; reveals no key."""
    return hmac.new(key, b"vanskapshuset team id", hashlib.sha256).hexdigest()[:16]


def _encode_number(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def _check(key: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"team code check" + key).digest()[:2], "big")
    return _encode_number(digest >> 6, CHECK_CHARS)  # the top 10 bits


def team_code(key: bytes) -> str:
    text = _encode_number(int.from_bytes(key, "big"), KEY_CHARS) + _check(key)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def key_from_code(code: str) -> bytes:
    """The key in a typed code; one sentence if it is not a whole, correctly typed code."""
    # Dashes of any kind (a code pasted from a letter has en dashes) and spaces separate groups.
    kept = "".join(
        char for char in code if not char.isspace() and unicodedata.category(char) != "Pd"
    )
    text = kept.upper().translate(_READ_AS)
    if not text:
        raise UserError(said.CODE_EMPTY, field="code")
    wrong = sorted({char for char in text if char not in ALPHABET})
    if wrong:
        raise UserError(said.CODE_WRONG_CHARACTERS(characters=" ".join(wrong)))
    if len(text) != KEY_CHARS + CHECK_CHARS:
        raise UserError(said.CODE_LENGTH(len(text), expected=KEY_CHARS + CHECK_CHARS))
    number = 0
    for char in text[:KEY_CHARS]:
        number = number * 32 + ALPHABET.index(char)
    if number >> (8 * KEY_BYTES):
        raise UserError(said.CODE_MISTYPED)
    key = number.to_bytes(KEY_BYTES, "big")
    if _check(key) != text[KEY_CHARS:]:
        raise UserError(said.CODE_MISTYPED)
    return key
