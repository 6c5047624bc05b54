"""run_gui sets things for the whole process (name, icon, font, style, error hook); a test that
runs it puts them back, so the tests after it keep theirs."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


@contextmanager
def application_state_kept(application: QApplication) -> Iterator[None]:
    name, display = application.applicationName(), application.applicationDisplayName()
    desktop = QGuiApplication.desktopFileName()
    font, icon, style = application.font(), application.windowIcon(), application.styleSheet()
    hook = sys.excepthook
    try:
        yield
    finally:
        application.setApplicationName(name)
        application.setApplicationDisplayName(display)
        QGuiApplication.setDesktopFileName(desktop)
        application.setFont(font)
        application.setWindowIcon(icon)
        application.setStyleSheet(style)
        sys.excepthook = hook
