"""The Linux .deb: the bundle under /opt/vanskapshuset, a /usr/bin symlink, the desktop entry,
the AppStream metainfo and the hicolor icons. The desktop entry and the metainfo are made from
the templates beside this file with the app's name, id and version from vanskapshuset.identity,
so that they are said in one place."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from string import Template

from vanskapshuset.identity import APP_ID, APP_NAME, ICON_SIZES, LICENCE, VERSION, resource_dir

HERE = Path(__file__).resolve().parent
PACKAGE_NAME = "vanskapshuset"
INSTALL_DIR = Path("opt") / PACKAGE_NAME
# Release dates of the versions the metainfo lists (AppStream wants one per release).
RELEASE_DATES = {"0.1.0": "2026-12-06"}
# Qt on X11 sets WM_CLASS to ("vanskapshuset", "Vänskapshuset"): the program's file name, then
# QCoreApplication.applicationName() (seen with xprop on the bundle under Xvfb). The desktop
# matches StartupWMClass against either; the ASCII instance name is the one no encoding can
# spoil, and it is the same for /usr/bin/vanskapshuset and /opt/vanskapshuset/vanskapshuset.
WM_CLASS = "vanskapshuset"
# What the bundle takes from the system rather than carrying (installers/vanskapshuset.spec):
# the X11/Wayland, D-Bus, fontconfig and GLib libraries, OpenGL/EGL for Qt's GUI library, and
# the C++ runtime (PySide6 needs GLIBCXX_3.4.29, GCC 11).
DEPENDS = (
    "libstdc++6 (>= 11)",
    "libgcc-s1",
    "libexpat1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libwayland-client0",
    "libwayland-cursor0",
)


def _fields() -> dict[str, str]:
    return {
        "app_id": APP_ID,
        "name": APP_NAME,
        "version": VERSION,
        "licence": LICENCE,
        "wm_class": WM_CLASS,
        "release_date": RELEASE_DATES[VERSION],
    }


def desktop_entry() -> str:
    return Template((HERE / "app.desktop.in").read_text("utf-8")).substitute(_fields())


def metainfo() -> str:
    return Template((HERE / "app.metainfo.xml.in").read_text("utf-8")).substitute(_fields())


def write_desktop_files(folder: Path) -> tuple[Path, Path]:
    """The desktop entry and the metainfo under their installed names, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    desktop = folder / f"{APP_ID}.desktop"
    desktop.write_text(desktop_entry(), "utf-8")
    info = folder / f"{APP_ID}.metainfo.xml"
    info.write_text(metainfo(), "utf-8")
    return desktop, info


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _control(installed_kib: int, glibc: str) -> str:
    return (
        f"Package: {PACKAGE_NAME}\n"
        f"Version: {VERSION}\n"
        f"Architecture: {_architecture()}\n"
        "Maintainer: Vänskapshuset <info@vanskapshuset.se>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join((f'libc6 (>= {glibc})', *DEPENDS))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://vanskapshuset.se/\n"
        "Description: visitor tally, activity register and reports for a youth meeting place\n"
        " Vänskapshuset counts the visitors of a youth meeting place by gender and age,\n"
        " keeps the register of its activities and writes the season and annual reports\n"
        " as PDF and Excel files.\n"
    )


def _copyright() -> str:
    licences = f"/{INSTALL_DIR}/_internal/vanskapshuset/resources/licenses"
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        "Source: https://vanskapshuset.se/\n"
        "Comment: The program bundles Python, Qt and other components; their licence texts\n"
        f" and an index (README.txt) are in {licences}/.\n"
        "\n"
        "Files: *\n"
        f"Copyright: {APP_NAME}\n"
        f"License: {LICENCE}\n"
    )


def _size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*")) // 1024 + 1


def build_deb(bundle: Path, dist: Path, glibc: str) -> Path:
    """Wrap the one-folder bundle as dist/vanskapshuset_<version>_<arch>.deb (xz); `glibc` is
    the newest C library version the bundle's files ask for."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
        (root / "usr/bin").mkdir(parents=True)
        os.symlink(f"/{INSTALL_DIR}/{PACKAGE_NAME}", root / "usr/bin" / PACKAGE_NAME)
        desktop, info = write_desktop_files(Path(scratch) / "desktop")
        (root / "usr/share/applications").mkdir(parents=True)
        shutil.copy(desktop, root / "usr/share/applications" / desktop.name)
        (root / "usr/share/metainfo").mkdir(parents=True)
        shutil.copy(info, root / "usr/share/metainfo" / info.name)
        icons = resource_dir("icons")
        for size in ICON_SIZES:
            target = root / f"usr/share/icons/hicolor/{size}x{size}/apps"
            target.mkdir(parents=True)
            shutil.copy(icons / f"vanskapshuset-{size}.png", target / f"{APP_ID}.png")
        scalable = root / "usr/share/icons/hicolor/scalable/apps"
        scalable.mkdir(parents=True)
        shutil.copy(icons / "vanskapshuset.svg", scalable / f"{APP_ID}.svg")
        doc = root / "usr/share/doc" / PACKAGE_NAME
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(_copyright(), "utf-8")
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(_control(_size_kib(root), glibc), "utf-8")
        for script in ("postinst", "postrm"):
            shutil.copy(HERE / script, control / script)
            (control / script).chmod(0o755)
        for path in root.rglob("*"):  # whatever umask the build ran with
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        dist.mkdir(parents=True, exist_ok=True)
        output = dist / f"{PACKAGE_NAME}_{VERSION}_{_architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(output)],
            check=True,
            capture_output=True,
        )
    return output
