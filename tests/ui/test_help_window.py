"""Användarguide: F1 opens the guide in the window's language; its pictures load, its links
lead somewhere, and the Swedish and English guides have the same sections."""

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from tests.ui.main_window_shown import shown_window

from vanskapshuset.identity import resource_dir
from vanskapshuset.ui.application import install_translator
from vanskapshuset.ui.help_window import HelpWindow, guide_path
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.widgets.tally_keys import KEY_ROWS

HELP = resource_dir("help")
LANGUAGES = ("sv", "en")


class Guide(HTMLParser):
    """What the tests look at in a guide: headings, pictures, links and anchors."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: list[str] = []
        self.scaled = False  # a picture given a width in the HTML
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("h1", "h2", "h3"):
            self.headings.append(tag)
        if tag == "img":
            self.images.append(values["src"] or "")
            self.scaled = self.scaled or "width" in values or "height" in values
        if tag == "a" and values.get("href") is not None:
            self.links.append(values["href"] or "")
        if tag == "a" and values.get("name") is not None:
            self.anchors.append(values["name"] or "")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The window in English for one test, as application.py installs it; Swedish after."""
    translators = install_translator(qapp, "en")
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    install_translator(qapp, "sv")


def press_f1(window: MainWindow, qtbot) -> HelpWindow:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None, "F1 opened no help window"
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def test_f1_on_idag_opens_the_swedish_guide(app, qtbot):
    window = shown_window(app, qtbot)
    assert QApplication.focusWidget() in window.today.grid.buttons.values()
    help_window = press_f1(window, qtbot)
    assert help_window.windowTitle() == "Användarguide – Vänskapshuset"
    assert help_window.isWindow() and not help_window.isModal()
    source = help_window.browser.source()
    assert source == QUrl.fromLocalFile(str(HELP / "sv" / "index.html"))
    text = help_window.browser.toPlainText()
    assert "En ledares första dag" in text and "Samordnarens år" in text
    # Keys typed in the guide stay there: a "2" does not count a visit at the door.
    before = window.today.total.text()
    qtbot.keyClick(help_window.browser, "2")
    assert window.today.total.text() == before
    # Ctrl+W closes it; F1 again brings the same window back rather than opening a second.
    qtbot.waitUntil(help_window.isActiveWindow)
    qtbot.keyClick(help_window.browser, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not help_window.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert press_f1(window, qtbot) is help_window


def test_f1_opens_the_english_guide_when_the_language_is_english(app, qtbot, english):
    app.settings.set_language("en")
    window = shown_window(app, qtbot)
    window.today.day_note.note.setFocus()  # typing in the day note: F1 still opens the guide
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.day_note.note)
    help_window = press_f1(window, qtbot)
    assert help_window.windowTitle() == "User guide – Vänskapshuset"
    assert help_window.browser.source() == QUrl.fromLocalFile(str(HELP / "en" / "index.html"))
    text = help_window.browser.toPlainText()
    assert "A leader's first day" in text and "The coordinator's year" in text
    assert "En ledares första dag" not in text


def test_a_language_without_a_guide_gets_the_english_one():
    assert guide_path("sv") == HELP / "sv" / "index.html"
    assert guide_path("ar") == HELP / "en" / "index.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_exists_loads_and_is_shown(language, qtbot):
    guide = Guide(guide_path(language))
    folder = guide_path(language).parent
    assert len(guide.images) >= 5
    for source in guide.images:
        image = QImage(str(folder / source))
        assert not image.isNull(), f"{language}: {source} does not load"
        # Shown as they are (the help window's scaling is not smooth: text in them would blur),
        # so made to fit a window on a 1366 px screen.
        assert 800 <= image.width() <= 900, f"{language}: {source} is {image.width()} px wide"
    assert not guide.scaled, "a picture is scaled by the HTML"
    # Every picture in the folder is used, so none is shipped for nothing.
    shipped = {f"images/{path.name}" for path in (folder / "images").glob("*.png")}
    assert shipped == set(guide.images)
    # The help window finds them beside the HTML file.
    help_window = HelpWindow(language)
    qtbot.addWidget(help_window)
    document = help_window.browser.document()
    for source in guide.images:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
        assert resource is not None and not resource.isNull(), source  # a QPixmap


def test_the_pictures_together_stay_small():
    total = sum(path.stat().st_size for path in HELP.rglob("*.png"))
    assert total < 1_500_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_leads_to_an_anchor_in_the_guide(language, qtbot):
    guide = Guide(guide_path(language))
    assert guide.links, "no table of contents"
    for link in guide.links:
        assert link.startswith("#"), f"{language}: a link out of the guide: {link}"
        assert link[1:] in guide.anchors, f"{language}: {link} leads nowhere"
    assert len(set(guide.anchors)) == len(guide.anchors), "an anchor name is used twice"
    # Followed in the window: the coordinator's part is far down, so the view scrolls to it.
    help_window = HelpWindow(language)
    qtbot.addWidget(help_window)
    help_window.show()
    qtbot.waitExposed(help_window)
    browser = help_window.browser
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    # Tab to the second link of the contents (the coordinator's part), Enter follows it.
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert browser.source().fragment() == guide.links[1][1:]


def test_both_guides_have_the_same_sections():
    swedish, english = (Guide(guide_path(language)) for language in LANGUAGES)
    assert swedish.headings == english.headings
    assert swedish.headings.count("h2") == 2
    assert swedish.images == english.images
    assert len(swedish.anchors) == len(english.anchors)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_names_the_counting_keys(language):
    text = guide_path(language).read_text(encoding="utf-8")
    for row in KEY_ROWS.values():  # the keys of the six default age bands, as in the app
        assert " ".join(row[:6]) in text
    assert "Ctrl+Z" in text and "Ctrl+Y" in text
