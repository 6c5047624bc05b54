"""The user guide's pictures: the real window with a demo year, in Swedish and in English.

    PYTHONPATH=src python tools/help_screenshots.py [OUT_ROOT]

OUT_ROOT defaults to src/vanskapshuset/resources/help; the pictures go to OUT_ROOT/<lang>/images/.
Runs offscreen. Each language gets a fresh data folder with the demo year 2025, a clock fixed on a
summer afternoon (Thursday 3 July 2025, 14:30) and a window of a fixed size, so the pictures are
the same every time and their text stays readable when the guide scales them down. pngquant (if
installed) makes the files small; without it they are saved as 8-bit PNG by Qt.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Drawn at twice the size and then made smaller smoothly: sharper text than a 1:1 picture
# scaled down (the guide shows them smaller than the window was).
os.environ["QT_SCALE_FACTOR"] = "2"

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from vanskapshuset.app import App, open_app
from vanskapshuset.domain.localtime import STOCKHOLM, FixedClock
from vanskapshuset.services.backups import BackupReason
from vanskapshuset.services.demo import DemoOptions, generate_demo
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.style import apply_style

ROOT = Path(__file__).resolve().parents[1]
HELP = ROOT / "src" / "vanskapshuset" / "resources" / "help"
SIZE = (1100, 650)  # the window, in the pixels a person's screen has
SHOWN_WIDTH = 880  # the picture: shown 1:1 in the guide, no scaling by the help window
NOW = dt.datetime(2025, 7, 3, 14, 30, tzinfo=STOCKHOLM)
SUMMER_SITE = "Vänskapsparken"
LANGUAGES = ("sv", "en")


def settle(ms: int = 200) -> None:
    QTest.qWait(ms)
    QApplication.processEvents()


def save(widget: QWidget, target: Path) -> None:
    """The widget as drawn, made small: 256 colours is plenty for a window's flat colours."""
    image = widget.grab().toImage().scaledToWidth(SHOWN_WIDTH, Qt.SmoothTransformation)
    image.setDevicePixelRatio(1)
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        image.convertToFormat(QImage.Format.Format_Indexed8).save(str(target))
    else:
        image.save(str(target))
        subprocess.run(
            [
                pngquant,
                "--force",
                "--skip-if-larger",
                "--strip",
                "--output",
                str(target),
                "128",
                str(target),
            ],
            check=False,
        )
    print(
        f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
        f"{target.stat().st_size // 1024} kB"
    )


def demo_app(base: Path) -> App:
    """The coordinator's laptop with the demo year, in a team with a second laptop (the door in
    the park) that has counted a few visits; both synced through a shared folder."""
    clock = FixedClock(NOW)
    app = open_app(base / "data", clock=clock, actor="Maria (samordnare)")
    generate_demo(app, DemoOptions(seed=2025, year=2025))
    site = next(site for site in app.sites.list() if site.name == SUMMER_SITE)
    app.settings.set_local("current_site_id", site.id)
    app.settings.set_local("current_leader_id", app.leaders.list()[0].id)
    app.backups.create(BackupReason.DAILY)
    shared = base / "Delad mapp"
    shared.mkdir()
    code = app.sync.create_team("Samordnarens dator").code
    app.sync.set_folder(shared)
    app.sync.sync_folder()
    door = open_app(base / "laptop-2", clock=clock, actor="Amina")
    try:
        door.sync.join_team(code or "", "Dörren i parken")
        door.sync.sync_folder(shared)
        door.visits.add(site.id, "girl", "7-9", count=3)
        door.sync.sync_folder(shared)
    finally:
        door.close()
    app.sync.sync_folder()
    return app


def show_page(window: MainWindow, row: int) -> QWidget:
    window.navigation.setCurrentRow(row)
    page = window.pages.currentWidget()
    settle()
    busy = getattr(page, "is_busy", None)
    if busy is not None:
        for _ in range(100):
            if not busy():
                break
            settle(100)
    settle(300)
    return page


def shots(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Each picture's file name and how to bring the window there; returns what to grab."""

    def idag() -> QWidget:
        show_page(window, 0)
        grid = window.today.grid
        for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_W):
            QTest.keyClick(QApplication.focusWidget() or grid, key)
            QTest.qWait(40)
        settle()
        return window

    def aktiviteter() -> QWidget:
        page = show_page(window, 1)
        page.table.selectRow(0)
        return window

    def rapporter() -> QWidget:
        show_page(window, 2)
        return window

    def register() -> QWidget:
        page = show_page(window, 3)
        tabs = page.tabs
        tabs.setCurrentIndex(1)  # Säsonger
        settle()
        return window

    def register_backups() -> QWidget:
        page = show_page(window, 3)
        page.tabs.setCurrentIndex(page.tabs.count() - 1)  # Säkerhetskopior
        settle(500)
        return window

    def synk() -> QWidget:
        show_page(window, 5)
        return window

    return {
        "idag.png": idag,
        "aktiviteter.png": aktiviteter,
        "rapporter.png": rapporter,
        "register.png": register,
        "sakerhetskopior.png": register_backups,
        "synk.png": synk,
    }


def take(application: QApplication, language: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    translators: list[QTranslator] = install_translator(application, language)
    # A fixed, short folder name: the Säkerhetskopior and Synk pages show it.
    base = Path(tempfile.gettempdir()) / "Vanskapshuset-guide"
    shutil.rmtree(base, ignore_errors=True)
    app = demo_app(base)
    try:
        window = MainWindow(UiSession(app))
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        settle(500)
        for name, bring in shots(window).items():
            save(bring(), out / name)
        window.close()
        window.deleteLater()
        settle()
    finally:
        app.close()
        for translator in translators:
            QApplication.removeTranslator(translator)
        shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HELP
    application = QApplication.instance() or QApplication(sys.argv)
    apply_style(application)
    for language in LANGUAGES:
        take(application, language, root / language / "images")


if __name__ == "__main__":
    main()
