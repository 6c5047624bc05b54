"""What the app is called and how the desktop knows it: one place for the window, the
command line, the desktop entry, the AppStream metainfo and the installers."""

from importlib import resources
from pathlib import Path

from vanskapshuset import __version__

APP_NAME = "Vänskapshuset"
# Reverse-DNS id: the desktop entry's file name, the metainfo's id, Qt's desktop file name
# (Wayland matches a window to its menu entry and icon by it).
APP_ID = "se.vanskapshuset.Vanskapshuset"
VERSION = __version__
LICENCE = "MIT"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def resource_dir(name: str) -> Path:
    """A folder of the package's own resources (fonts, icons, help, licences), installed or
    bundled alike."""
    return Path(str(resources.files("vanskapshuset") / "resources" / name))


def icon_png(size: int) -> Path:
    return resource_dir("icons") / f"vanskapshuset-{size}.png"
