"""Build the app for the platform this runs on, in one command (installers/README.md):

    pip install -e ".[installers]"
    python installers/build.py [--dist DIR] [--work DIR] [--no-deb] [--no-icu-trim]

Makes the one-folder bundle DIST/vanskapshuset/ with PyInstaller (installers/vanskapshuset.spec);
on Linux also shrinks ICU's data to the app's locales (when Debian's icu-devtools are there) and
wraps the bundle as DIST/vanskapshuset_<version>_<arch>.deb. Prints the sizes and, on Linux,
the newest glibc version the bundle needs.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "src"), str(HERE), str(HERE / "linux")]
LINUX = sys.platform.startswith("linux")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "vanskapshuset.spec"),
        ],
        check=True,
        cwd=ROOT,
        # Its own cache in the work folder: `--clean` empties the cache, and the shared one in
        # the home folder would be emptied under another build running at the same time.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")},
    )
    return dist / "vanskapshuset"


def trim_icu(bundle: Path) -> None:
    import icu_trim

    missing = icu_trim.tools_missing()
    if missing:
        print(
            f"ICU data left whole: {', '.join(missing)} not found (apt-get install icu-devtools)."
        )
        return
    for library in bundle.rglob("libicudata.so.*"):
        if library.is_file() and not library.is_symlink():
            before, after = icu_trim.trim(library)
            print(f"ICU data {library.name}: {megabytes(before)} -> {megabytes(after)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the result goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    parser.add_argument("--no-deb", action="store_true", help="Linux: the bundle only")
    parser.add_argument("--no-icu-trim", action="store_true", help="Linux: keep all ICU locales")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()

    bundle = run_pyinstaller(dist, work)
    if LINUX and not args.no_icu_trim:
        trim_icu(bundle)
    print(f"Bundle: {bundle} ({megabytes(folder_size(bundle))} unpacked)")
    if LINUX:
        from glibc_needed import newest_glibc

        if shutil.which("objdump") is None:
            raise SystemExit("objdump not found (apt-get install binutils): cannot tell the glibc")
        glibc, files = newest_glibc(bundle)
        print(f"Needs glibc >= {glibc} (asked for by {', '.join(files)})")
        if not args.no_deb:
            if shutil.which("dpkg-deb") is None:
                print("No .deb: dpkg-deb not found.")
            else:
                from deb_package import build_deb

                deb = build_deb(bundle, dist, glibc)
                print(f"Package: {deb} ({megabytes(deb.stat().st_size)})")
    print(f"Built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
