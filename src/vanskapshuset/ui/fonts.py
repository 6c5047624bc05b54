"""The fonts the window ships with (DejaVu Sans and DejaVu Sans Mono, licence beside them), so
it looks the same on every laptop: the system's own fonts differ, and some "monospace" fonts
are not monospaced to Qt (Noto Sans Mono reports no fixed pitch)."""

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from vanskapshuset.app_log import log
from vanskapshuset.identity import resource_dir

SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
)


@cache
def register_fonts() -> frozenset[str]:
    """Add the shipped fonts to Qt's font database once; returns the families added. A file
    that cannot be read is logged and the system's fonts stand in: the window still works."""
    families: set[str] = set()
    folder = resource_dir("fonts")
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("Font %s could not be loaded; the system font stands in", name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return frozenset(families)


def use_shipped_font(application: QApplication) -> None:
    """DejaVu Sans for the whole window, at the size the system chose (its size is honoured).
    It covers Latin and Arabic; Qt falls back per glyph for anything else."""
    if SANS not in register_fonts():
        return
    font = QFont(application.font())
    font.setFamilies([SANS])
    application.setFont(font)


def mono_font(point_size: float) -> QFont:
    """The shipped monospaced font (the team code: every character in its own column), or the
    system's fixed font if the shipped one could not be loaded."""
    if MONO in register_fonts():
        font = QFont(MONO)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
    else:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    return font
