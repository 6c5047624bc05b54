"""Gather the licence texts of everything the bundle carries into
src/vanskapshuset/resources/licenses/ (package data; the About dialog lists that folder).

    python installers/collect_licenses.py [--bundle dist/vanskapshuset]

Python packages: the licence files in their installed dist-info folders. Python itself: the
interpreter's LICENSE.txt. Components that ship no licence file in their wheel (Qt/PySide6, ICU)
get a fixed note with the licence text they are under. With --bundle on Debian, the system
libraries PyInstaller copied into the Linux bundle (OpenSSL, SQLite, zlib, ...) get Debian's
copyright file of the package each came from. README.txt indexes it all: component, version,
licence. The result is committed; run this again when a dependency changes.
"""

import argparse
import re
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "vanskapshuset" / "resources" / "licenses"
# Bundled libraries whose licence is in a note above, not in a Debian copyright file.
OWN_NOTES = ("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)

# Python distributions in the bundle: (distribution, licence as its project states it).
PACKAGES = (
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("Mako", "MIT"),
    ("MarkupSafe", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("openpyxl", "MIT"),
    ("et_xmlfile", "MIT"),
    ("python-docx", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("arabic_reshaper", "MIT"),
    ("python-bidi", "LGPL-3.0-only (with its Rust crates' licences)"),
    ("pillow", "MIT-CMU (with its bundled libraries' licences)"),
    ("charset-normalizer", "MIT"),
    ("typing_extensions", "PSF-2.0"),
    ("tzdata", "Apache-2.0 (the time zone data itself: public domain)"),
    ("babel", "BSD-3-Clause"),
    ("PyNaCl", "Apache-2.0 (libsodium inside it: ISC)"),
    ("cffi", "MIT-0 (its _cffi_backend module, which PyNaCl loads)"),
)

QT_NOTE = """\
Qt {qt} and Qt for Python (PySide6-Essentials and shiboken6 {pyside})

Copyright (C) The Qt Company Ltd. and other contributors.

Vänskapshuset uses Qt and Qt for Python under the GNU Lesser General Public License version 3
(LGPL-3.0-only); Qt for Python is also available under GPL-2.0 and GPL-3.0. The full LGPL-3.0
text follows; it incorporates the GNU General Public License version 3, whose text is in
GPL-3.0.txt in this folder.

The Qt libraries are bundled as the PySide6 wheel ships them, only stripped of debug symbols,
as shared libraries in the program's folder (_internal/PySide6), so that they can be replaced
by another compatible build of the same version. Their source code is at
https://download.qt.io/official_releases/qt/ and
https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{pyside}).

Qt contains third-party code under its own licences (for example HarfBuzz, PCRE2, md4c,
libpng in QtGui); they are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html.

----------------------------------------------------------------------------------------------

"""

ICU_NOTE = """\
ICU (International Components for Unicode) {version}, bundled by PySide6 as libicudata,
libicuuc and libicui18n (the data trimmed to the root, Swedish, English and Arabic locales).

Licence: the ICU licence (Unicode, Inc. licence; MIT-style). The text below is Debian's
copyright file for its own ICU package ({debian}), which states that licence; the text for the
version bundled here is upstream at
https://github.com/unicode-org/icu/blob/release-{version}-1/icu4c/LICENSE

----------------------------------------------------------------------------------------------

"""


def _licence_files(distribution: metadata.Distribution) -> list[Path]:
    found = []
    for file in distribution.files or []:
        parts = Path(str(file)).parts
        if ".dist-info" in parts[0] and LICENCE_FILE.search(parts[-1]):
            path = Path(str(distribution.locate_file(file)))
            if path.is_file():
                found.append(path)
    return sorted(found)


def _write(name: str, text: str) -> str:
    (TARGET / name).write_text(text, "utf-8")
    return name


def _python_licence() -> Path:
    for candidate in (
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
    ):
        if candidate.exists():
            return candidate
    raise SystemExit("Python's LICENSE.txt not found")


def _debian_copyright(library: str) -> tuple[str, str, Path] | None:
    """(package, version, copyright file) of the Debian package that holds `library`."""
    owner = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    if owner.returncode != 0:
        return None
    package = owner.stdout.split(":", 1)[0].strip()
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    return (package, version, copyright_file) if copyright_file.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle", type=Path, help="a built Linux bundle, for its system libraries"
    )
    args = parser.parse_args(argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.txt"):
        old.unlink()
    index: list[tuple[str, str, str, str]] = []  # component, version, licence, file

    python = sys.version.split()[0]
    index.append(
        ("Python", python, "PSF-2.0", _write("Python.txt", _python_licence().read_text("utf-8")))
    )

    for name, licence in PACKAGES:
        distribution = metadata.distribution(name)
        texts = [
            f"==> {path.name} <==\n\n{path.read_text('utf-8', errors='replace')}"
            for path in _licence_files(distribution)
        ]
        if not texts:
            raise SystemExit(f"{name} ships no licence file: give it a fixed text here")
        title = distribution.metadata["Name"]
        header = f"{title} {distribution.version}\n\n"
        file = _write(f"{title}.txt", header + "\n\n".join(texts))
        index.append((title, distribution.version, licence, file))

    # rl_renderPM (reportlab's chart renderer for the Word reports) ships no licence file; its
    # metadata says "BSD license, Copyright (c) 2000-2022, ReportLab Inc.": reportlab's own
    # licence text, by the same licensor.
    render = metadata.distribution("rl_renderPM")
    reportlab_texts = _licence_files(metadata.distribution("reportlab"))
    render_text = f"rl_renderPM {render.version}\n\n{render.metadata['License']}\n\n" + "\n\n".join(
        path.read_text("utf-8", errors="replace") for path in reportlab_texts
    )
    index.append(("rl_renderPM", render.version, "BSD", _write("rl_renderPM.txt", render_text)))

    bidi = metadata.distribution("python-bidi")
    lgpl = next(p for p in _licence_files(bidi) if p.name == "COPYING.LESSER").read_text("utf-8")
    gpl = next(p for p in _licence_files(bidi) if p.name == "COPYING").read_text("utf-8")
    pyside = metadata.version("PySide6-Essentials")
    from PySide6 import QtCore

    qt_file = _write("Qt-PySide6.txt", QT_NOTE.format(qt=QtCore.qVersion(), pyside=pyside) + lgpl)
    index.append(("Qt and PySide6-Essentials, shiboken6", pyside, "LGPL-3.0-only", qt_file))
    index.append(
        ("GNU GPL version 3 (part of the LGPL-3.0)", "3", "GPL-3.0", _write("GPL-3.0.txt", gpl))
    )

    icu_library = next(Path(QtCore.__file__).parent.rglob("libicuuc.so.*"), None) or next(
        Path(QtCore.__file__).parent.rglob("icuuc*.dll"), None
    )
    icu_version = icu_library.name.split(".so.")[-1] if icu_library else "(Qt's)"
    icu_copyright = next(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"), None)
    if icu_copyright is not None:
        debian = icu_copyright.parent.name
        text = ICU_NOTE.format(version=icu_version, debian=debian) + icu_copyright.read_text(
            "utf-8"
        )
        index.append(
            ("ICU", icu_version, "ICU (MIT-style Unicode licence)", _write("ICU.txt", text))
        )

    fonts = ROOT / "src" / "vanskapshuset" / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    index.append(
        (
            "DejaVu Sans fonts",
            "2.37",
            "Bitstream Vera / DejaVu (free)",
            _write("DejaVu-fonts.txt", fonts.read_text("utf-8")),
        )
    )

    if args.bundle is not None:
        internal = args.bundle / "_internal"
        seen: dict[str, tuple[str, Path, list[str]]] = {}
        for library in sorted(internal.glob("lib*.so*")):
            if library.name.startswith(
                ("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")
            ):
                continue
            found = _debian_copyright(library.name)
            if found is None:
                continue
            package, version, copyright_file = found
            seen.setdefault(package, (version, copyright_file, []))[2].append(library.name)
        for package, (version, copyright_file, libraries) in sorted(seen.items()):
            header = f"Debian package {package} {version}: {', '.join(libraries)}\n\n"
            file = _write(f"system-{package}.txt", header + copyright_file.read_text("utf-8"))
            text = copyright_file.read_text("utf-8")
            licences = list(dict.fromkeys(re.findall(r"^License: *(\S+)", text, re.M)))
            named = ", ".join(licences[:3]) + (", ..." if len(licences) > 3 else "")
            index.append(
                (f"{', '.join(libraries)} (Debian {package})", version, named or "see file", file)
            )

    width = max(len(component) for component, *_ in index)
    lines = [
        "Licences of the components bundled with Vänskapshuset",
        "(made by installers/collect_licenses.py)",
        "",
        f"{'Component':<{width}}  {'Version':<22}  {'Licence':<48}  File",
    ]
    lines += [f"{c:<{width}}  {v:<22}  {lic:<48}  {f}" for c, v, lic, f in index]
    (TARGET / "README.txt").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(index)} components -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
