"""Writing a file so that it is either whole or not there: a temporary name, then a rename."""

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from vanskapshuset.domain.errors import UserError


def _refusal(target: Path, error: OSError) -> UserError:
    folder = target.parent
    if isinstance(error, IsADirectoryError) or target.is_dir():
        return UserError(f"”{target}” är en mapp; välj ett filnamn i den.")
    if not folder.exists():
        return UserError(f"Mappen ”{folder}” finns inte.")
    if isinstance(error, NotADirectoryError) or not folder.is_dir():
        return UserError(f"”{folder}” är ingen mapp.")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return UserError(
            f"Kunde inte skriva ”{target.name}”: mappen är skrivskyddad eller filen är öppen i "
            "ett annat program (stäng den och försök igen)."
        )
    if error.errno == errno.ENOSPC:
        return UserError(f"Det finns inte plats att spara ”{target.name}” (disken är full).")
    return UserError(f"Kunde inte skriva ”{target}”: {error.strerror or error}.")


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one step.

    If the body fails, the temporary file is removed and an existing `target` is left as it was.
    """
    target = Path(target).expanduser()
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=f"{target.suffix}.part", dir=target.parent
        )
        os.close(handle)
    except OSError as error:
        raise _refusal(target, error) from None
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.chmod(temporary, 0o644)  # mkstemp makes it owner-only; a report is for sharing
            os.replace(temporary, target)
        except OSError as error:
            raise _refusal(target, error) from None
    finally:
        temporary.unlink(missing_ok=True)
