"""An error nobody expected, raised in a slot of the running window: the traceback goes to the
log file, a dialog says it in plain words with where the log is, and the window keeps running."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from vanskapshuset.app_log import start_logging
from vanskapshuset.ui.error_hook import install_error_hook


def test_an_unexpected_error_in_a_slot_is_logged_and_said_in_plain_words(tmp_path, qtbot):
    log_file = start_logging(tmp_path / "logs")
    previous = sys.excepthook
    install_error_hook()
    shown: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_dialog)
            return
        shown.append(box.text())
        box.accept()

    def broken() -> None:
        raise ZeroDivisionError("a bug, not the person's fault")

    button = QPushButton("Räkna")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    try:
        QTimer.singleShot(20, close_dialog)
        button.click()
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        sys.excepthook = previous
    assert "oväntat fel" in shown[0] and str(log_file) in shown[0]
    assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug" in logged and "Traceback" in logged
