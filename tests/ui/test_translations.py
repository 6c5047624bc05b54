"""English: the translation loads and reaches every page; the committed .ts is complete, keeps
its placeholders and key hints, and is up to date with the code."""

import datetime as dt
import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

import vanskapshuset.messages
from by_name import activity_input, template_input
from vanskapshuset.messages.languages import TRANSLATIONS, available_languages, ts_file
from vanskapshuset.messages.text import CONTEXT, registered
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession

TS_FILE = TRANSLATIONS / "vanskapshuset_en.ts"
PACKAGE = TRANSLATIONS.parent
DAY = dt.date(2025, 7, 3)  # the clock fixture's day, a Thursday
HOW_TO_FIX = (
    "run `python tools/translations.py`, translate the new entries in every "
    'src/vanskapshuset/translations/vanskapshuset_*.ts (remove type="unfinished"), '
    "then run it again"
)

Message = tuple[str, str]  # (context, source)


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translations() -> dict[Message, str]:
    return {key: message.findtext("translation", "") for key, message in messages(TS_FILE).items()}


# -- the window in English -----------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """English for one test; Swedish (and the default locale) again for the tests after it."""
    locale = QLocale()
    translators = install_translator(qapp, "en")
    assert len(translators) == 2, "qtbase_en.qm or vanskapshuset_en.qm did not load"
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_swedish_loads_qts_own_swedish_texts(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    locale = QLocale()
    translators = install_translator(qapp, "sv")
    try:
        assert len(translators) == 2  # Qt's own, and ours with the Swedish plural forms
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture
def records(app):
    """A little of everything, so that every page has rows to show."""
    app.sites.add("Vänskapshuset", "indoor")
    app.leaders.add("Amina")
    app.organisations.add("Rädda Barnen", "non_profit")
    for start in (dt.time(15), dt.time(17)):
        app.activities.create(
            activity_input(
                app,
                site="Vänskapshuset",
                date=DAY,
                start=start,
                end=start.replace(hour=start.hour + 1),
                title="Läxhjälp",
                type_name="Läxhjälp",
                organiser="Rädda Barnen",
            )
        )
    app.settings.set_coordinator_password("hemligt1")
    app.templates.add(
        template_input(
            app, "Vänskapshuset", DAY.weekday(), dt.time(15), dt.time(18), "Öppet hus", "Läxhjälp"
        )
    )
    return app


def show(app, qtbot) -> MainWindow:
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def open_page(window: MainWindow, row: int) -> QWidget:
    window.navigation.setCurrentRow(row)
    return window.pages.currentWidget()


def button_texts(widget) -> set[str]:
    return {b.text() for b in widget.findChildren(QAbstractButton)}


def test_every_page_is_english_with_the_english_translator(records, qtbot, english):
    window = show(records, qtbot)
    navigation = [window.navigation.item(row).text() for row in range(5)]
    assert navigation == [
        "Today\n(Ctrl+1)",
        "Activities\n(Ctrl+2)",
        "Reports\n(Ctrl+3)",
        "Register\n(Ctrl+4)",
        "History\n(Ctrl+5)",
    ]

    today = open_page(window, 0)
    assert today.today_button.text() == "Today"
    assert today.undo_button.text() == "Undo last (Ctrl+Z)"
    assert today.day_note.title() == "Day log"
    assert today.leader.itemText(0) == "(choose leader)"
    assert "Girl: 0" in today.by_gender.text()
    assert "Prefer not to say: 0" in today.by_gender.text()
    assert "7-9\N{NO-BREAK SPACE}years:\N{NO-BREAK SPACE}0" in today.by_age.text()
    buttons = button_texts(today)
    assert {"−1 correct", "New activity…"} <= buttons
    # The template's weekday is translated too (the service's own label says "torsdagar").
    assert "+ Öppet hus, Thursdays 15:00–18:00" in buttons
    assert "participants" in today.activity_list.item(0).text()

    activities = open_page(window, 1)
    model = activities.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Date", "Time", "Site", "Title"]
    assert model.index(0, 5).data() == "Children and young people's development and leisure"
    assert activities.summary.text() == "2 activities · 0 participants"
    assert activities.period.quick.currentText() == "This month"
    assert {"&New activity", "&Edit", "&Delete", "From te&mplate"} <= button_texts(activities)

    register = open_page(window, 3)
    tabs = [register.tabs.tabText(i) for i in range(register.tabs.count())]
    assert tabs == [
        "Sites",
        "Seasons",
        "Organisations",
        "Activity types",
        "Leaders",
        "Age groups",
        "Follow-up",
        "Settings",
        "Personal data",
        "Backups",
    ]
    # Written in the shared base class, shown by its subclasses: still translated.
    for tab in (register.sites, register.seasons, register.leaders):
        assert tab.rename_button.text() == "Rename… (F2)"
        assert tab.delete_button.text() == "Delete… (Delete)"
    assert register.sites.model.index(0, 1).data() == "indoor"
    assert register.settings.language_button.text() == "Save language"
    assert register.age_bands.model.index(5, 2).data() == "and older"

    window.session.app.access.unlock("hemligt1")
    history = open_page(window, 4)
    assert history.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    what = {history.model.index(row, 3).data() for row in range(history.model.rowCount())}
    assert {"created site", "created activity", "created weekly template"} <= what
    changes = {history.model.index(row, 4).data() for row in range(history.model.rowCount())}
    assert "setting: coordinator password; value: (hidden)" in changes
    count = records.audit.count()
    assert history.shown.text() == f"Showing {count} of {count} changes."

    # Swedish again once the translator is removed (as for every other test).
    for translator in english:
        QApplication.removeTranslator(translator)
    swedish = show(records, qtbot)
    assert swedish.navigation.item(0).text() == "Idag\n(Ctrl+1)"
    assert swedish.today.today_button.text() == "Idag"


# -- the committed .ts files, one per language ------------------------------------------------

# Every .ts file: Swedish's holds only the plural forms of the Swedish source texts.
LANGUAGES = [code for code in available_languages() if ts_file(code).exists()]
assert "sv" in LANGUAGES


def forms(message: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        key
        for key, message in messages(ts_file(language)).items()
        if message.find("translation").get("type") or not all(forms(message))
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}: {HOW_TO_FIX}"


PLACEHOLDER = re.compile(r"%\d|\{\w+\}|%\(\w+\)[sr]|%[sr]")  # Qt, ours, argparse's
ACCELERATOR = re.compile(r"&(?!&)\w")
KEY_HINT = re.compile(r"\((?:Ctrl\+\w+|F\d+|Delete|Enter)\)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_key_hints(language):
    problems = []
    for (context, source), message in messages(ts_file(language)).items():
        every_form = forms(message)
        for translation in every_form:
            for what, pattern in (("placeholders", PLACEHOLDER), ("key hints", KEY_HINT)):
                if sorted(pattern.findall(source)) != sorted(pattern.findall(translation)):
                    problems.append(f"{context}: {source!r} → {translation!r} ({what})")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
                problems.append(f"{context}: {source!r} → {translation!r} (& accelerator)")
        # A plural's count: in its general form at least (Arabic says "one"/"two" in words).
        if "%n" in source and "%n" not in every_form[-1]:
            problems.append(f"{context}: {source!r} → {every_form[-1]!r} (%n)")
    assert not problems, "\n".join(problems)


def test_every_catalogue_message_is_in_every_language():
    """Each code declared in messages/ (imported all) is in each .ts under its code."""
    package = Path(vanskapshuset.messages.__file__).parent
    for module in pkgutil.iter_modules([str(package)]):
        importlib.import_module(f"vanskapshuset.messages.{module.name}")
    declared = {(text.source, text.code) for text in registered().values()}
    plurals = {(text.source, text.code) for text in registered().values() if text.plural}
    assert len(declared) > 10 and plurals
    for language in LANGUAGES:
        root = ET.parse(ts_file(language)).getroot()
        in_file = {
            (message.findtext("source", ""), message.findtext("comment", ""))
            for context in root.iter("context")
            if context.findtext("name") == CONTEXT
            for message in context.iter("message")
        }
        missing = sorted((plurals if language == "sv" else declared) - in_file)
        assert not missing, f"{language}: {len(missing)} codes missing, e.g. {missing[:3]}"


def lupdate() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_is_up_to_date_with_the_code(tmp_path, language):
    """A string added to (or changed in) the code without a translation fails here."""
    committed_file = ts_file(language)
    fresh = tmp_path / committed_file.name
    shutil.copy(committed_file, fresh)
    sources = sorted(  # as tools/translations.py does
        str(path) for part in ("ui", "messages") for path in (PACKAGE / part).rglob("*.py")
    )
    subprocess.run(
        [
            lupdate(),
            *sources,
            *("-source-language", "sv_SE", "-target-language", language),
            *("-no-obsolete", "-silent", *(["-pluralonly"] if language == "sv" else [])),
            *("-ts", str(fresh)),
        ],
        check=True,
        capture_output=True,
    )
    in_code, committed = set(messages(fresh)), set(messages(committed_file))
    missing = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not missing and not gone, (
        f"{committed_file.name} is out of date: {len(missing)} string(s) in the code are not in it "
        f"(e.g. {missing[:3]}), {len(gone)} in it are no longer in the code "
        f"(e.g. {gone[:3]}): {HOW_TO_FIX}"
    )


def test_placeholders_are_filled_once_and_counts_use_plural_forms():
    """No chained `.replace("%1", …)` (a title holding "%2" would be filled again), and no
    hand-made plural ("1 aktiviteter"): `fill_numbered` and Qt's `tr(text, "", n)` instead."""
    chained = re.compile(r"""\.replace\(\s*["']%\d""")
    hand_made = re.compile(r"""tr\("1 \w""")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if chained.search(line) or hand_made.search(line)
    ]
    assert not found, found
