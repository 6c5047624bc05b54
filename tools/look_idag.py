"""Pictures of Idag as a person sees it, for looking at before calling door work done.

    xvfb-run -s "-screen 0 1366x768x24" python tools/look_idag.py OUT_DIR [LANGUAGE]
    QT_SCALE_FACTOR=1.5 xvfb-run -s "-screen 0 1366x768x24" python tools/look_idag.py OUT_DIR

Fills a fresh folder with a demo year, opens the real window maximised on the screen and saves
Idag in three states: keys counting, typing in the day note, and a save that failed (the
database file deleted under the running window, a real fault).
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vanskapshuset.app import open_app
from vanskapshuset.cli import main as cli
from vanskapshuset.paths import database_path
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.style import apply_style


def settle(application: QApplication, ms: int = 300) -> None:
    QTest.qWait(ms)
    application.processEvents()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp()) / "data"
    cli(["--data-dir", str(folder), "demo", "--year", "2025"])
    application = QApplication(sys.argv)
    apply_style(application)
    language = sys.argv[2] if len(sys.argv) > 2 else "sv"
    install_translator(application, language)
    app = open_app(folder)
    window = MainWindow(UiSession(app))
    window.setGeometry(application.primaryScreen().availableGeometry())
    window.show()
    window.activateWindow()
    settle(application, 800)
    ratio = application.primaryScreen().devicePixelRatio()
    tag = f"{language}-{ratio:g}x"
    page = window.today
    for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_W, Qt.Key.Key_S):
        QTest.keyClick(QApplication.focusWidget(), key)
        QTest.qWait(60)
    settle(application)
    application.primaryScreen().grabWindow(0).save(str(out / f"idag-{tag}-keys-count.png"))
    page.day_note.note.setFocus()
    QTest.keyClicks(page.day_note.note, "Regn efter lunch, fotbollen inomhus")
    settle(application)
    application.primaryScreen().grabWindow(0).save(str(out / f"idag-{tag}-typing-note.png"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    path = database_path(folder)
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    settle(application)
    application.primaryScreen().grabWindow(0).save(str(out / f"idag-{tag}-save-failed.png"))
    print(f"window {window.width()}x{window.height()} logical, ratio {ratio:g}; {out}")
    window.hide()
    app.close()


if __name__ == "__main__":
    main()
