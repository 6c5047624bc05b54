"""The newest GNU C library version any ELF file in a folder asks for (`objdump -T`).

A program runs on a Linux distribution whose glibc is at least the newest GLIBC_x.y symbol
version any of its files needs; that number, not the distribution it was built on, decides
where the bundle runs.
"""

import re
import subprocess
from pathlib import Path

VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_ versions of the symbols `path` takes from elsewhere (undefined ones)."""
    dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    versions = set()
    for line in dump.splitlines():
        if "*UND*" in line:
            versions.update(
                tuple(int(part) for part in match.groups() if part is not None)
                for match in VERSION.finditer(line)
            )
    return versions


def newest_glibc(folder: Path) -> tuple[str, list[str]]:
    """The newest version needed, as "2.34", and the files (relative) that need it."""
    by_file = {
        path: needed_versions(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and _is_elf(path)
    }
    newest = max((v for versions in by_file.values() for v in versions), default=(0, 0))
    files = [str(p.relative_to(folder)) for p, versions in by_file.items() if newest in versions]
    return ".".join(map(str, newest)), files
