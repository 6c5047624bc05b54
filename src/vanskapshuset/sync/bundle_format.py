"""The exchange bundle on disk: a zip, encrypted and authenticated with libsodium's streaming AEAD.

Format 2 (written since the bundles lie in shared and cloud folders):

    header  = "VHSYNC" "2" <team id, 16 hex digits> <secretstream header, 24 bytes>
    chunks  = (<length of the ciphertext, 4 bytes big-endian> <ciphertext>)*
    trailer = "VHSYNC2 <team id> " + 64 zeros  (what a format-1 reader takes for a newer seal)

The zip (manifest.json, one <table>.json per synced table) is cut into chunks of 1 MiB and each
is encrypted with crypto_secretstream_xchacha20poly1305 under a key derived from the team key
(keyed BLAKE2b, its own personalisation: apart from the team id's derivation); the last chunk
carries TAG_FINAL, so a file cut at a chunk's end is known to be incomplete, and chunks cannot be
dropped, repeated or reordered unnoticed. Every chunk authenticates the header's first 23 bytes
as associated data. Only the team id is readable before decrypting: a file of another team is
recognised without the key. Nothing is parsed, not even as a zip, before every chunk is
authenticated and the final tag seen.

Format 1 (laptops not yet upgraded write it; still read): the zip in the clear, with a seal in
its comment at the very end of the file:

    comment = "VHSYNC1 <team id> <HMAC-SHA256, 64 hex digits>"

The HMAC covers every byte of the file before its last 64 characters. A format-1 reader reads a
format-2 file's trailer as the seal of a newer format, and asks for an update.
"""

import hashlib
import hmac

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_KEYBYTES,
)
from nacl.encoding import RawEncoder
from nacl.hash import blake2b

FORMAT_VERSION = 2  # written; format 1 is still read
LEGACY_VERSION = 1
MAGIC = b"VHSYNC"
TEAM_ID_CHARS = 16
FILE_SUFFIX = ".vhsync"
MANIFEST = "manifest.json"
FORMAT_NAME = "vanskapshuset-synk"

# Format 2.
STREAM_HEADER = crypto_secretstream_xchacha20poly1305_HEADERBYTES
PREFIX_LENGTH = len(MAGIC) + 1 + TEAM_ID_CHARS  # "VHSYNC2<id>": the associated data
HEADER_LENGTH = PREFIX_LENGTH + STREAM_HEADER
CHUNK_PLAIN = 1024 * 1024
CHUNK_OVERHEAD = crypto_secretstream_xchacha20poly1305_ABYTES
LENGTH_BYTES = 4
# A chunk written by any version has at most this much ciphertext; a longer length is damage.
MAX_CHUNK_CIPHER = CHUNK_PLAIN + CHUNK_OVERHEAD
_KEY_PERSON = b"vhsync bundle v2"  # 16 bytes: BLAKE2b's personalisation

# Format 1.
MAC_HEX = 64
SEAL_LENGTH = len(MAGIC) + 1 + 1 + TEAM_ID_CHARS + 1 + MAC_HEX  # "VHSYNC1 <id> <mac>"

# A bundle is read whole: ~44 MB holds a busy team's ten years, ~90 MB twenty. 256 MB leaves room
# for almost three times that, and reading it (and its decrypted copy) stays a small part of a
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


def encryption_key(team_key: bytes) -> bytes:
    """The key bundles are encrypted with: keyed BLAKE2b of the team key, personalised so it
    shares nothing with the team id (an HMAC-SHA256 of the same key, team_code.team_id)."""
    return blake2b(
        b"",
        digest_size=crypto_secretstream_xchacha20poly1305_KEYBYTES,
        key=team_key,
        person=_KEY_PERSON,
        encoder=RawEncoder,
    )


def prefix(team_id: str, version: int = FORMAT_VERSION) -> bytes:
    """The readable start of a format-2 file, authenticated with every chunk."""
    return MAGIC + str(version).encode() + team_id.encode("ascii")


def trailer(team_id: str) -> bytes:
    """The end of a format-2 file: a format-1 seal of version 2 without a MAC."""
    return seal_text(team_id, "0" * MAC_HEX, FORMAT_VERSION)


def mac_key(team_key: bytes) -> bytes:
    """A key used only for sealing format-1 bundles, derived from the team key."""
    return hmac.new(team_key, b"vanskapshuset bundle seal", hashlib.sha256).digest()


def seal_text(team_id: str, mac_hex: str, version: int = LEGACY_VERSION) -> bytes:
    return MAGIC + str(version).encode() + b" " + team_id.encode() + b" " + mac_hex.encode()


def mac_of(team_key: bytes, sealed_part: bytes) -> str:
    return hmac.new(mac_key(team_key), sealed_part, hashlib.sha256).hexdigest()
