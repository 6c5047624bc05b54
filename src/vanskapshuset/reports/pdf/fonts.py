"""The bundled DejaVu Sans font, registered with reportlab.

reportlab draws a string with exactly one font (no per-glyph fallback), so every PDF text uses
DejaVu Sans, which covers Latin (å ä ö), Somali and Arabic presentation forms.
"""

from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["FONT", "FONT_BOLD", "register_fonts"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register DejaVuSans and DejaVuSans-Bold and their family (so `<b>` works). Idempotent."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = files("vanskapshuset.resources") / "fonts"
    for name, filename in _FILES.items():
        if name in registered:
            continue
        # as_file gives a real path even from a zip or frozen bundle; TTFont reads the whole
        # file at once, so the temporary path may disappear afterwards.
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # There is no italic face: map italic to the upright faces rather than fail on <i>. The
    # upright mappings go last because the last mapping of a face decides its own bold/italic.
    for bold, italic in ((1, 1), (0, 1), (1, 0), (0, 0)):
        addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
