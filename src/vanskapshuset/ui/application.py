"""Starting the desktop app: Qt application, translation, first-run setup, main window.

The usual start paints Idag from a snapshot read with plain sqlite3 (services/door.py) and brings
the services up behind it (ui/services_start.py): the door counts from the first moment, and a
count made before the services are up is saved through them, then shown. A first start, a file
to upgrade or one the snapshot cannot read start as before: the data first, then the window.

VANSKAPSHUSET_EXIT_WHEN_SHOWN=1 (for smoke tests of an installed program, and the start-up
benchmark): once Idag shows the day's figures, "Idag visad" is printed and logged; once the
services are up too, the window closes (exit code 0; 2 if the data could not be opened).
"""

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vanskapshuset.app_log import log
from vanskapshuset.domain.errors import DamagedDatabaseError, UserError
from vanskapshuset.domain.localtime import Clock, SystemClock
from vanskapshuset.messages.languages import qm_file
from vanskapshuset.services.door import DoorSnapshot, read_door
from vanskapshuset.ui.desktop_identity import set_identity
from vanskapshuset.ui.error_hook import install_error_hook
from vanskapshuset.ui.language_state import INSTALLED_LANGUAGE, RUN_LANGUAGE
from vanskapshuset.ui.messages import say
from vanskapshuset.ui.single_instance import Claim, SingleInstance
from vanskapshuset.ui.style import apply_style
from vanskapshuset.ui.worker import run_in_background

if TYPE_CHECKING:  # the services load behind the first paint (see ServicesStart)
    from vanskapshuset.app import App
    from vanskapshuset.ui.main_window import MainWindow

EXIT_UNREACHABLE = 3  # a window runs on this folder but does not answer
EXIT_WHEN_SHOWN = "VANSKAPSHUSET_EXIT_WHEN_SHOWN"
SHOWN_LINE = "Idag visad"


def install_translator(application: QApplication, language: str) -> list[QTranslator]:
    """Qt's own texts (Yes/No, month names) in `language`, and ours (for Swedish, the language
    the program is written in, only the plural forms). `--language` (RUN_LANGUAGE) wins over
    the saved `language`. Returns what was installed."""
    language = str(application.property(RUN_LANGUAGE) or language)
    application.setProperty(INSTALLED_LANGUAGE, language)
    installed = []
    qt_own = QTranslator(application)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        application.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(application)
    # Swedish too: its file holds the plural forms of the texts written in Swedish.
    if qm_file(language).exists() and ours.load(str(qm_file(language))):
        application.installTranslator(ours)
        installed.append(ours)
    locale = window_locale(language)
    QLocale.setDefault(locale)
    application.setLayoutDirection(locale.textDirection())  # Arabic: the whole window mirrored
    return installed


def window_locale(language: str) -> QLocale:
    """Qt's locale for `language`, with the digits 0-9 (the team's choice: the same figures as
    on the reports and on a Swedish colleague's screen). Arabic is Qt's "ar_EG" by default,
    with Arabic-Indic digits; the first Arabic locale with 0-9 (in name order) is taken."""
    locale = QLocale(language)
    if locale.zeroDigit() == "0":
        return locale
    western = sorted(
        (
            candidate
            for candidate in QLocale.matchingLocales(
                locale.language(), QLocale.Script.AnyScript, QLocale.Country.AnyCountry
            )
            if candidate.zeroDigit() == "0"
        ),
        key=QLocale.name,
    )
    return western[0] if western else locale


def build_window(app: "App") -> "MainWindow":
    from vanskapshuset.ui.main_window import MainWindow
    from vanskapshuset.ui.session import UiSession

    return MainWindow(UiSession(app))


def build_door_window(door: DoorSnapshot) -> "MainWindow":
    """The window with Idag from the snapshot, before the services are up."""
    from vanskapshuset.ui.main_window import MainWindow
    from vanskapshuset.ui.session import UiSession

    return MainWindow(UiSession(None, door=door))


def run_gui(folder: Path, clock: Clock | None = None, language: str | None = None) -> int:
    """The window on `folder`; `language` (from `--language`) instead of the saved one."""
    existing = QApplication.instance()
    application = existing if existing is not None else QApplication(sys.argv)
    assert isinstance(application, QApplication)  # a window needs widgets, not a bare core app
    application.setProperty(RUN_LANGUAGE, language)
    set_identity(application)  # name, icon, desktop entry, the shipped fonts
    install_error_hook()
    # Before the database is opened: a second start on the same folder never touches it.
    instance = SingleInstance(folder)
    claim = instance.claim()
    if claim is Claim.RAISED:
        return 0
    if claim is Claim.UNREACHABLE:
        apply_style(application)
        # Swedish (the source text): the saved language is in the database we must not open.
        QMessageBox.warning(None, "Vänskapshuset", _unreachable_text())
        return EXIT_UNREACHABLE
    try:
        return _run_window(application, folder, instance, clock or SystemClock())
    finally:
        instance.release()


def open_for_window(
    folder: Path, open_data: "Callable[[], App] | None" = None, clock: Clock | None = None
) -> "App | None":
    """The data for the window, or None (said in a message box, or the person chose to quit).
    A damaged database: the person chooses the newest good backup or an empty database (the
    damaged file is moved aside, never deleted), or to quit (it stays as it is)."""
    try:
        if open_data is None:
            from vanskapshuset.app import open_app

            # The day's first backup is made once the window shows, off its thread: on a large
            # database it takes longer than the whole start.
            return open_app(folder, backup_now=False)
        return open_data()
    except DamagedDatabaseError as error:
        return _start_over(folder, error, clock)
    except UserError as error:
        QMessageBox.critical(None, "Vänskapshuset", say(error))
        return None


def _start_over(folder: Path, error: DamagedDatabaseError, clock: Clock | None) -> "App | None":
    from vanskapshuset.app import start_over
    from vanskapshuset.services.damaged_database import newest_good_backup
    from vanskapshuset.ui.dialogs.damaged_database_dialog import Choice, DamagedDatabaseDialog

    log.warning("Start: %s", error)
    backup = newest_good_backup(folder)
    dialog = DamagedDatabaseDialog(error.path, error.directory, backup)
    dialog.exec()
    if dialog.choice is Choice.QUIT:
        return None
    chosen = backup if dialog.choice is Choice.RESTORE else None
    try:
        return start_over(folder, chosen, clock, backup_now=False)
    except UserError as failure:
        QMessageBox.critical(None, "Vänskapshuset", str(failure))
        return None


def _run_window(
    application: QApplication, folder: Path, instance: SingleInstance, clock: Clock
) -> int:
    smoke_test = os.environ.get(EXIT_WHEN_SHOWN) == "1"  # read here only
    door = read_door(folder, clock)
    if door is None:
        instance.listen()  # a second start raises the setup or damaged-data dialog too
        return _run_after_opening(application, folder, instance, clock, smoke_test)
    from vanskapshuset.ui.services_start import ServicesStart

    install_translator(application, door.language)
    window = build_door_window(door)
    # Styled once built: set before, every widget put into its parent is polished again.
    apply_style(application)

    def opened(app: "App") -> None:
        _services_up(window, app, smoke_test)

    start = ServicesStart(folder, clock, window, open_for_window, opened)
    _show(application, window, instance, smoke_test)
    instance.listen()  # painted: now a second start can ring
    QTimer.singleShot(0, start.begin)  # after the first paint
    code = application.exec()
    # Work still running on a worker thread (the day's backup, a report, the services still
    # loading) ends before the data closes: a copy cut off at exit would leave a stray file.
    QThreadPool.globalInstance().waitForDone()
    start.close()
    return start.exit_code if start.exit_code is not None else code


def _run_after_opening(
    application: QApplication,
    folder: Path,
    instance: SingleInstance,
    clock: Clock,
    smoke_test: bool,
) -> int:
    """The start without a snapshot: the data first (upgrade, checks, dialogs), then the window."""
    from vanskapshuset.app import open_app

    apply_style(application)  # before any dialog: the first run's, a damaged file's
    app = open_for_window(folder, lambda: open_app(folder, clock, backup_now=False), clock)
    if app is None:
        return 2
    translators = install_translator(application, app.settings.language())
    if app.is_empty():
        from vanskapshuset.ui.dialogs.first_run import FirstRunDialog

        while True:
            language = str(application.property(INSTALLED_LANGUAGE))
            answer = FirstRunDialog(app, language=language).exec()
            if answer != FirstRunDialog.LANGUAGE_CHOSEN:
                break
            application.setProperty(RUN_LANGUAGE, None)  # the choice just made wins
            for translator in translators:
                application.removeTranslator(translator)
            translators = install_translator(application, app.settings.language())
        if not answer:
            app.close()
            return 0
    window = build_window(app)
    _show(application, window, instance, smoke_test)
    _services_up(window, app, smoke_test)
    code = application.exec()
    QThreadPool.globalInstance().waitForDone()  # as in _run_window
    app.close()
    return code


def _show(
    application: QApplication, window: "MainWindow", instance: SingleInstance, smoke_test: bool
) -> None:
    instance.set_window(window)
    window.geometry_memory.show(window)  # as last closed here; maximised the first time
    application.processEvents()  # painted: Idag shows the day's figures
    if smoke_test:
        if sys.stdout is not None:  # a windowed program on Windows has none
            print(SHOWN_LINE, flush=True)
        log.info(SHOWN_LINE)  # after: the first line written loads the log's module


def _services_up(window: QWidget, app: "App", smoke_test: bool) -> None:
    run_in_background(window, app.daily_backup, _backed_up, _not_backed_up)
    if smoke_test:
        QTimer.singleShot(0, window.close)


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
