"""Reading a bundle's bytes from a folder other laptops (or anyone) can write to.

Only a regular file is read, and never more than a bound: a symlink to /dev/zero would be read
until memory runs out, and a FIFO would block the sync forever. The file is opened with
O_NOFOLLOW (a symlink is refused, not followed) and O_NONBLOCK (opening a FIFO does not wait for
a writer), and the opened descriptor is checked, so a file swapped after a check is still caught.

Windows has neither flag: there a symlink (or junction) is refused by `lstat` before opening,
FIFOs cannot live in a folder, and a device (`NUL.vhsync` on old Windows) is refused by the
`fstat` of the opened descriptor; the read itself is bounded whatever was opened.
"""

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from vanskapshuset.messages import sync as said
from vanskapshuset.messages.text import Message
from vanskapshuset.sync.bundle_reader import BundleRefused

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NO_BLOCK = getattr(os, "O_NONBLOCK", 0)
_FLAGS = os.O_RDONLY | _NO_FOLLOW | _NO_BLOCK | getattr(os, "O_BINARY", 0)
_CHUNK = 1024 * 1024


def _size(count: int) -> Message:
    if count >= 1_000_000:
        # One decimal with a decimal comma, as Swedish writes it.
        return said.SIZE_MB(number=f"{count / 1_000_000:.1f}".replace(".", ","))
    if count >= 1000:
        return said.SIZE_KB(number=max(1, round(count / 1000)))
    return said.SIZE_BYTES(count)


def _not_a_file(path: Path) -> BundleRefused:
    return BundleRefused(said.NOT_A_REGULAR_FILE(file=path.name))


def too_big(path: Path, size: int, limit: int) -> BundleRefused:
    shown, bound = _size(size), _size(limit)
    # Just over the bound rounds to the bound: "257 MB; at most 257 MB" would read as a mistake.
    if shown == bound:
        return BundleRefused(said.FILE_OVER_LIMIT(file=path.name, limit=bound))
    return BundleRefused(said.FILE_TOO_BIG(file=path.name, size=shown, limit=bound))


def open_regular_file(path: Path, limit: int) -> BinaryIO:
    """The regular file `path` opened for reading (the caller closes it), if it is at most
    `limit` bytes; one sentence otherwise.

    Raises OSError as `open` does (a missing file, no permission); a symlink opened with
    O_NOFOLLOW raises ELOOP, which is reported as not a regular file.
    """
    if not _NO_FOLLOW and path.is_symlink():  # Windows: no O_NOFOLLOW to refuse it at open
        raise _not_a_file(path)
    try:
        descriptor = os.open(path, _FLAGS)
    except OSError:
        if _NO_FOLLOW and path.is_symlink():  # ELOOP (EMLINK, EFTYPE on some BSDs)
            raise _not_a_file(path) from None
        raise
    file = os.fdopen(descriptor, "rb", buffering=0)
    try:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(path)
        if status.st_size > limit:
            raise too_big(path, status.st_size, limit)
    except BaseException:
        file.close()
        raise
    return file


def bounded_chunks(file: BinaryIO, path: Path, limit: int) -> Iterator[bytes]:
    """The file's bytes from where it stands, a chunk at a time, up to `limit` in all: a file
    that grows while being read is refused rather than read without end."""
    total = 0
    while chunk := file.read(min(_CHUNK, limit + 1 - total)):
        total += len(chunk)
        if total > limit:
            raise too_big(path, total, limit)
        yield chunk


def read_bundle_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; one sentence otherwise."""
    with open_regular_file(path, limit) as file:
        return b"".join(bounded_chunks(file, path, limit))
