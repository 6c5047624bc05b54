"""Shrink the bundled ICU data (libicudata, ~31 MB) to the locales the app speaks.

Linux only, optional: needs Debian's icu-devtools (icupkg, genccode) and a C compiler. The
data lives in the library as one symbol, `icudtNN_dat`, in ICU's own package format; icupkg
removes items from it, genccode turns the smaller package back into an object file, and gcc
links it into a library of the same name and soname, which nothing else in the bundle can tell
from the original. Kept: root, Swedish, English and Arabic, and everything that is not a
locale (properties, normalisation, time zones, plural rules). Left out: every other locale,
the legacy character set tables (*.cnv; Qt and Python do their own UTF-8) and the CJK, Thai,
Lao, Khmer and Burmese word dictionaries (README: "Left out").
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"root", "sv", "en", "ar"}
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
TOOLS = ("icupkg", "genccode", "gcc", "readelf")


def tools_missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _dropped(item: str) -> bool:
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".cnv"):
        return True
    if item.startswith("brkitr/") and name.endswith(".dict"):
        return True
    match = LOCALE_ITEM.match(name)
    return bool(match) and match["language"] not in KEEP_LANGUAGES


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, its offset in the file and its size."""
    symbols = subprocess.run(
        ["readelf", "-sW", "--dyn-syms", str(library)], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)",
        symbols,
    )
    if not found:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    address, size, section, name = (
        int(found[1], 16),
        int(found[2], 0),
        int(found[3]),
        found[4],
    )
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], check=True, capture_output=True, text=True
    ).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not row:
        raise RuntimeError(f"section {section} not found in {library}")
    offset = address - int(row[1], 16) + int(row[2], 16)
    return name, offset, size


def _soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(r"SONAME\)\s+Library soname: \[(.+?)\]", dynamic)
    return found[1] if found else library.name


def trim(library: Path) -> tuple[int, int]:
    """Replace `library` with a smaller one; its size before and after, in bytes."""
    before = library.stat().st_size
    symbol, offset, size = _data_symbol(library)
    entry = symbol.removesuffix("_dat")  # icudt73
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        package = work / f"{entry}l.dat"
        package.write_bytes(library.read_bytes()[offset : offset + size])
        items = subprocess.run(
            ["icupkg", "-l", str(package)], check=True, capture_output=True, text=True
        ).stdout.split()
        (work / "remove.txt").write_text("\n".join(i for i in items if _dropped(i)) + "\n")
        # Same file name, other folder: icupkg names the items' tree after the output file
        # (icudt73l/coll/sv.res), and ICU looks them up by that name.
        (work / "out").mkdir()
        small = work / "out" / package.name
        subprocess.run(
            # --ignore-deps: only root's break rules name the word dictionaries, which ICU
            # loads when it meets Thai or Chinese text and does without when they are absent.
            [
                "icupkg",
                "--ignore-deps",
                "-r",
                str(work / "remove.txt"),
                str(package),
                str(small),
            ],
            check=True,
            capture_output=True,
        )
        # genccode writes the package as assembly with the symbol named after the entry point.
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(small)],
            check=True,
            capture_output=True,
        )
        output = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{_soname(library)}", "-o", str(output)]
            + [str(source) for source in work.glob("*.S")],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(output, library)
    return before, library.stat().st_size
