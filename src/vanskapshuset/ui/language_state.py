"""Which language the window speaks, kept as properties of the QApplication: the one
`--language` chose for this run, and the one installed (the help opens in it)."""

RUN_LANGUAGE = "vanskapshuset_run_language"
INSTALLED_LANGUAGE = "vanskapshuset_language"
