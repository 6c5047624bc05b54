"""Starting the desktop app: Qt application, translation, first-run setup, main window."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vanskapshuset.app_log import log
from vanskapshuset.domain.errors import DamagedDatabaseError, UserError
from vanskapshuset.services.app import App, open_app
from vanskapshuset.ui.desktop_identity import set_identity
from vanskapshuset.ui.error_hook import install_error_hook
from vanskapshuset.ui.single_instance import Claim, SingleInstance
from vanskapshuset.ui.style import apply_style
from vanskapshuset.ui.worker import run_in_background

TRANSLATIONS = Path(__file__).with_name("translations")
EXIT_UNREACHABLE = 3  # a window runs on this folder but does not answer


def install_translator(application: QApplication, language: str) -> list[QTranslator]:
    """Qt's own texts (Yes/No, month names) in `language`, and ours unless it is Swedish,
    the language the program is written in. Returns what was installed."""
    installed = []
    qt_own = QTranslator(application)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        application.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(application)
    if language != "sv" and ours.load(str(TRANSLATIONS / f"vanskapshuset_{language}.qm")):
        application.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(QLocale(language))
    return installed


def build_window(app: App):  # noqa: ANN201 - MainWindow imported late to keep start-up lean
    from vanskapshuset.ui.main_window import MainWindow
    from vanskapshuset.ui.session import UiSession

    return MainWindow(UiSession(app))


def run_gui(folder: Path) -> int:
    application = QApplication.instance() or QApplication(sys.argv)
    set_identity(application)  # name, icon, desktop entry, the shipped fonts
    apply_style(application)
    install_error_hook()
    # Before the database is opened: a second start on the same folder never touches it.
    instance = SingleInstance(folder)
    claim = instance.claim()
    if claim is Claim.RAISED:
        return 0
    if claim is Claim.UNREACHABLE:
        # Swedish (the source text): the saved language is in the database we must not open.
        QMessageBox.warning(None, "Vänskapshuset", _unreachable_text())
        return EXIT_UNREACHABLE
    try:
        return _run_window(application, folder, instance)
    finally:
        instance.release()


def open_for_window(folder: Path) -> App | None:
    """The data for the window, or None (said in a message box, or the person chose to quit).
    A damaged database: the person chooses the newest good backup or an empty database (the
    damaged file is moved aside, never deleted), or to quit (it stays as it is)."""
    try:
        # The day's first backup is made once the window shows, off its thread: on a large
        # database it takes longer than the whole start.
        return open_app(folder, backup_now=False)
    except DamagedDatabaseError as error:
        return _start_over(folder, error)
    except UserError as error:
        QMessageBox.critical(None, "Vänskapshuset", str(error))
        return None


def _start_over(folder: Path, error: DamagedDatabaseError) -> App | None:
    from vanskapshuset.services.damaged_database import newest_good_backup, start_over
    from vanskapshuset.ui.dialogs.damaged_database_dialog import Choice, DamagedDatabaseDialog

    log.warning("Start: %s", error)
    backup = newest_good_backup(folder)
    dialog = DamagedDatabaseDialog(error.path, error.directory, backup)
    dialog.exec()
    if dialog.choice is Choice.QUIT:
        return None
    chosen = backup if dialog.choice is Choice.RESTORE else None
    try:
        return start_over(folder, chosen, backup_now=False)
    except UserError as failure:
        QMessageBox.critical(None, "Vänskapshuset", str(failure))
        return None


def _run_window(application: QApplication, folder: Path, instance: SingleInstance) -> int:
    app = open_for_window(folder)
    if app is None:
        return 2
    install_translator(application, app.settings.language())
    if app.is_empty():
        from vanskapshuset.ui.dialogs.first_run import FirstRunDialog

        if not FirstRunDialog(app).exec():
            app.close()
            return 0
    window = build_window(app)
    instance.set_window(window)
    window.geometry_memory.show(window)  # as last closed here; maximised the first time
    run_in_background(window, app.daily_backup, _backed_up, _not_backed_up)
    code = application.exec()
    # Work still running on a worker thread (the day's backup, a report) ends before the data
    # closes: a copy cut off at exit would only leave a temporary file behind.
    QThreadPool.globalInstance().waitForDone()
    app.close()
    return code


def _backed_up(_info: object) -> None:
    pass  # a failure to make it was logged by the app; the window carries on either way


def _not_backed_up(error: Exception) -> None:
    log.error("The day's backup failed", exc_info=error)


def _unreachable_text() -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "Vänskapshuset är redan öppet med den här datamappen men svarar inte; vänta en stund "
        "och försök igen, eller starta om datorn om det inte hjälper.",
    )
