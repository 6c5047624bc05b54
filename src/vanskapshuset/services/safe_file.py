"""Writing files so that they are either whole or not there: temporary names, then renames.

Everything the app saves (reports, sheets, exports, bundles) goes through `replacing` or, for a
set of files, `replacing_folder`. Each file is flushed to the disk (`fsync`) before its rename
and the folder after it, so a USB stick pulled right after "Sparad" holds the whole file. Any
OSError while writing (a full disk, a quota, a read-only or pulled stick) becomes one sentence.
"""

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from vanskapshuset.disk import flush_folder, flush_to_disk
from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import files as said

_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _refusal(target: Path, error: OSError, *, folder_target: bool = False) -> UserError:
    """One sentence for why `target` (a file, or with `folder_target` a folder of files) could
    not be written."""
    folder = target if folder_target else target.parent
    what = said.WHAT_FOLDER(folder=target) if folder_target else said.WHAT_FILE(name=target.name)
    if not folder_target and (isinstance(error, IsADirectoryError) or target.is_dir()):
        return UserError(said.IS_A_FOLDER(path=target))
    if folder_target and target.exists() and not target.is_dir():
        return UserError(said.IS_A_FILE(path=target))
    where = folder.parent if folder_target else folder  # the folder that must already be there
    if not where.exists():
        return UserError(said.NO_FOLDER(folder=where))
    if isinstance(error, NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        return UserError(said.NOT_A_FOLDER(folder=folder))
    if error.errno in _NO_ROOM:
        return UserError(said.DISK_FULL(what=what))
    if error.errno == errno.EFBIG:
        return UserError(said.TOO_BIG(what=what))
    if error.errno == errno.EROFS:
        return UserError(said.READ_ONLY_DISK(what=what))
    if error.errno == errno.EIO:
        return UserError(said.NO_ANSWER(what=what))
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return UserError(said.DENIED(what=what))
    return UserError(said.OTHER(what=what, reason=error.strerror or error))


@contextlib.contextmanager
def replacing(target: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one step.

    If the body fails, the temporary file is removed and an existing `target` is left as it was;
    an OSError from the body becomes one sentence (UserError).
    """
    target = Path(target).expanduser()
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem[:40]}-", suffix=f"{target.suffix}.part", dir=target.parent
        )
        os.close(handle)
    except OSError as error:
        raise _refusal(target, error) from None
    temporary = Path(name)
    try:
        try:
            yield temporary
            flush_to_disk(temporary)
            # mkstemp makes it owner-only; a report is for sharing, personal data is not
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except OSError as error:
            raise _refusal(target, error) from None
        flush_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


def _create_folder(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents; return those created, deepest first."""
    created = []
    for place in [folder, *folder.parents]:
        if place.exists():
            break
        created.append(place)
    folder.mkdir(parents=True, exist_ok=True)
    return created


@contextlib.contextmanager
def replacing_folder(folder: Path) -> Iterator[Path]:
    """Yield an empty temporary folder; on success every file in it appears in `folder` (created
    if needed), replacing files of the same names. On any failure none of them appears, files
    already in `folder` are left as they were, and no temporary file or folder stays behind.

    A new `folder` is staged beside it and renamed into place in one step. An existing one gets
    its staging folder inside it (it may be a mount point: a rename must stay on one disk), and
    the old files of the same names are moved aside until all new ones are in place.
    """
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(said.IS_A_FILE(path=folder))
    new = not folder.exists()
    created: list[Path] = []
    try:
        if new:
            created = _create_folder(folder.parent)
        stage = Path(
            tempfile.mkdtemp(
                prefix=f".{folder.name[:40]}-" if new else ".nya-filer-",
                suffix=".part",
                dir=folder.parent if new else folder,
            )
        )
    except OSError as error:
        for place in created:
            with contextlib.suppress(OSError):
                place.rmdir()
        raise _refusal(folder, error, folder_target=True) from None
    try:
        try:
            yield stage
            for file in stage.iterdir():
                flush_to_disk(file)
                os.chmod(file, 0o644)
            if new:
                os.chmod(stage, 0o755)  # mkdtemp makes it owner-only; reports are for sharing
                os.rename(stage, folder)
                flush_folder(folder)
            else:
                _move_in(stage, folder)
        except OSError as error:
            raise _refusal(folder, error, folder_target=True) from None
        flush_folder(folder.parent if new else folder)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        for place in created:  # the parents made for it, now empty again
            with contextlib.suppress(OSError):
                place.rmdir()
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)  # after a rename into place: already gone


def _move_in(stage: Path, folder: Path) -> None:
    """Move every file of `stage` into `folder`, all or none (old files kept in `stage` until
    every new one is in place, then dropped with it)."""
    old = stage / ".gamla"
    old.mkdir()
    moved: list[Path] = []
    kept: list[Path] = []
    try:
        for file in sorted(stage.iterdir()):
            if file == old:
                continue
            target = folder / file.name
            if target.exists():
                os.rename(target, old / file.name)
                kept.append(target)
            os.rename(file, target)
            moved.append(target)
    except OSError:
        for target in moved:  # put back what was there before, as it was
            with contextlib.suppress(OSError):
                target.unlink()
        for target in kept:
            with contextlib.suppress(OSError):
                os.rename(old / target.name, target)
        raise
