"""Which language the window speaks, kept as properties of the QApplication: the one
`--language` chose for this run, and the one installed (the help opens in it)."""

from PySide6.QtCore import QCoreApplication

RUN_LANGUAGE = "vanskapshuset_run_language"
INSTALLED_LANGUAGE = "vanskapshuset_language"


def installed_language() -> str | None:
    """The language the window speaks, once install_translator has run."""
    application = QCoreApplication.instance()
    installed = application.property(INSTALLED_LANGUAGE) if application else None
    return str(installed) if installed else None
