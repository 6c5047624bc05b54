"""Draw the app's icon in every size from its SVG source (resources/vanskapshuset.svg).

    python tools/make_icons.py

Writes src/vanskapshuset/resources/icons/: vanskapshuset-<N>.png for the hicolor sizes, a copy
of the SVG (the scalable icon), and vanskapshuset.ico (Windows: the sizes 16-256 in one file).
Qt's SVG renderer draws; Pillow (already here, reportlab needs it) writes the multi-size .ico.
"""

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from vanskapshuset.identity import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "vanskapshuset.svg"
TARGET = ROOT / "src" / "vanskapshuset" / "resources" / "icons"
ICO_SIZES = tuple(size for size in ICON_SIZES if size <= 256)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _application = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        draw(renderer, size).save(str(TARGET / f"vanskapshuset-{size}.png"))
    shutil.copyfile(SOURCE, TARGET / "vanskapshuset.svg")
    largest = Image.open(TARGET / "vanskapshuset-256.png")
    largest.save(TARGET / "vanskapshuset.ico", sizes=[(size, size) for size in ICO_SIZES])
    print(f"{len(ICON_SIZES)} PNGs, the SVG and the .ico in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
