"""The exchange bundle on disk: a zip whose comment, at the very end of the file, is its seal.

    <zip: manifest.json, one <table>.json per synced table> + comment
    comment = "VHSYNC<format> <team id> <HMAC-SHA256, 64 hex digits>"

The HMAC covers every byte of the file before its last 64 characters (so also the team id and
the comment's length field). Checking it needs nothing but byte slicing: no byte of a bundle is
parsed, not even as a zip, before it is known to come from a laptop of the team, unchanged.
"""

import hashlib
import hmac

FORMAT_VERSION = 1
MAGIC = b"VHSYNC"
MAC_HEX = 64
TEAM_ID_CHARS = 16
SEAL_LENGTH = len(MAGIC) + 1 + 1 + TEAM_ID_CHARS + 1 + MAC_HEX  # "VHSYNC1 <id> <mac>"
FILE_SUFFIX = ".vhsync"
MANIFEST = "manifest.json"
FORMAT_NAME = "vanskapshuset-synk"

# A bundle is read whole (the seal covers every byte): ~44 MB holds a busy team's ten years, ~90 MB
# twenty. 256 MB leaves room for almost three times that, and reading it stays a small part of a
# laptop's memory; a bigger file is refused unread.
MAX_BUNDLE_BYTES = 256_000_000
# Unpacked, a real bundle is ~6 times its size (ten years: 44 MB to 257 MB; densest member 8.7
# times). What a bundle may unpack to is bounded by 30 times its size plus a little for tiny
# bundles, and never more than 2 GB, counted while unpacking (the sizes a zip declares are not
# trusted): a zip bomb is stopped after a few tens of MB per MB of file.
UNPACK_RATIO = 30
UNPACK_SLACK = 16_000_000
MAX_UNPACKED_BYTES = 2_000_000_000


def unpack_budget(bundle_bytes: int) -> int:
    """How many bytes a bundle of `bundle_bytes` may unpack to, all members together."""
    return min(MAX_UNPACKED_BYTES, UNPACK_RATIO * bundle_bytes + UNPACK_SLACK)


def mac_key(team_key: bytes) -> bytes:
    """A key used only for sealing bundles, derived from the team key."""
    return hmac.new(team_key, b"vanskapshuset bundle seal", hashlib.sha256).digest()


def seal_text(team_id: str, mac_hex: str, version: int = FORMAT_VERSION) -> bytes:
    return MAGIC + str(version).encode() + b" " + team_id.encode() + b" " + mac_hex.encode()


def mac_of(team_key: bytes, sealed_part: bytes) -> str:
    return hmac.new(mac_key(team_key), sealed_part, hashlib.sha256).hexdigest()
