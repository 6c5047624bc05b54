"""The window's last line of defence: an error nobody expected is written to the log file with
its traceback and shown in plain words, and the program keeps running where it safely can."""

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from vanskapshuset.app_log import log, log_path
from vanskapshuset.ui.pages.vocabulary_text import fill

_showing: list[bool] = []  # one dialog at a time, however many errors arrive together


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """`sys.excepthook` for the window: log it, say it, carry on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("Unexpected error in the window", exc_info=(kind, error, trace))
    if _showing:
        return
    translate = QCoreApplication.translate
    where = log_path()
    text = translate(
        "ErrorHook",
        "Något gick oväntat fel. Det du redan har sparat finns kvar; kontrollera det senaste du "
        "gjorde och försök igen.",
    )
    if where is not None:
        text += "\n\n" + fill(
            translate("ErrorHook", "Detaljer för den som hjälper till: %1"), where
        )
    _showing.append(True)
    try:
        QMessageBox.critical(None, translate("ErrorHook", "Vänskapshuset"), text)
    finally:
        _showing.clear()


def install_error_hook() -> None:
    sys.excepthook = report_unexpected
