"""Counting keys at the door: real key events to whatever widget has focus, at a leader's speed.

Every press counts (20 a second → 20 visits), a key held down counts once, a text field takes
the keys as text until Esc, and Tab walks through the whole of Idag.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from by_name import template_input
from vanskapshuset.domain.vocabulary import Gender
from vanskapshuset.ui.main_window import MainWindow
from vanskapshuset.ui.session import UiSession
from vanskapshuset.ui.widgets.counting_keys import KeyState

DAY = dt.date(2025, 7, 3)  # the clock fixture's day, a Thursday
KEY_2, KEY_W, KEY_S = Qt.Key.Key_2, Qt.Key.Key_W, Qt.Key.Key_S  # girl, boy, other: 7-9 years


@pytest.fixture
def window(app, qtbot):
    app.sites.add("Vänskapsparken", "outdoor")
    app.leaders.add("Amina")
    app.leaders.add("Bilal")
    app.templates.add(
        template_input(
            app, "Vänskapsparken", DAY.weekday(), dt.time(15), dt.time(17), "Fotboll", "Fotboll"
        )
    )
    window = MainWindow(UiSession(app))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def stored(app) -> dict[tuple[str, str], int]:
    """Net visits per (gender, age band) of the day, read back from the database."""
    site = app.sites.list()[0]
    return {(g.value, band): n for (g, band), n in app.visits.day_grid(site.id, DAY).cells.items()}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, keys, between_ms: int = 60) -> None:
    """Each key pressed and released on whatever has focus now, as a keyboard would."""
    for key in keys:
        qtbot.keyClick(focused(), key)
        qtbot.wait(between_ms)


def give_focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize(
    "target",
    ["site", "day", "today_button", "leader", "activity_list", "undo_button", "navigation"],
)
def test_counting_keys_count_whatever_has_focus(app, window, qtbot, target):
    page = window.today
    widget = window.navigation if target == "navigation" else getattr(page, target)
    if target == "undo_button":
        qtbot.mouseClick(page.grid.buttons[(Gender.GIRL, "0-6")], Qt.MouseButton.LeftButton)
    before = stored(app)
    give_focus(qtbot, widget)
    assert page.keys.state() is KeyState.COUNTING
    press(qtbot, [KEY_2, KEY_W, KEY_S])
    after = stored(app)
    for cell in (("girl", "7-9"), ("boy", "7-9"), ("other", "7-9")):
        assert after.get(cell, 0) == before.get(cell, 0) + 1
    assert page.total.text() == str(sum(after.values()))
    assert focused() is widget  # the keys counted; they did not move the focus
    assert page.leader.currentIndex() == 0 and page.day.date().toPython() == DAY


def test_a_leader_chosen_with_the_mouse_then_keys_count(app, window, qtbot):
    """The walk-through that lost arrivals: a name chosen in "Ledare i tjänst", then keys."""
    page = window.today
    give_focus(qtbot, page.leader)
    page.leader.setCurrentIndex(1)
    press(qtbot, [KEY_2, KEY_2])
    assert stored(app) == {("girl", "7-9"): 2}
    assert page.leader.currentIndex() == 1  # "2" did not search the list of names


def test_twenty_presses_ten_ms_apart_count_twenty(app, window, qtbot):
    give_focus(qtbot, window.today.grid.buttons[(Gender.GIRL, "0-6")])
    press(qtbot, [KEY_2] * 20, between_ms=10)
    assert stored(app) == {("girl", "7-9"): 20}
    assert window.today.grid.count_of((Gender.GIRL, "7-9")) == 20
    assert window.today.total.text() == "20"


def test_siblings_arriving_together_each_count_at_twenty_a_second(app, window, qtbot):
    give_focus(qtbot, window.today.site)
    press(qtbot, [KEY_2, KEY_2, KEY_2, KEY_W, KEY_W], between_ms=50)
    assert stored(app) == {("girl", "7-9"): 3, ("boy", "7-9"): 2}


def test_a_key_held_down_counts_once(app, window, qtbot):
    """A held key sends one press, then auto-repeated presses until it is let go."""
    give_focus(qtbot, window.today.day)
    target = focused()
    QApplication.sendEvent(
        target, QKeyEvent(QEvent.Type.KeyPress, KEY_2, Qt.KeyboardModifier.NoModifier, "2")
    )
    for _ in range(15):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, KEY_2, Qt.KeyboardModifier.NoModifier, "2", autorep=True
        )
        QApplication.sendEvent(focused(), repeat)
        qtbot.wait(30)
    QApplication.sendEvent(
        focused(), QKeyEvent(QEvent.Type.KeyRelease, KEY_2, Qt.KeyboardModifier.NoModifier, "2")
    )
    assert stored(app) == {("girl", "7-9"): 1}
    assert window.today.day.date().toPython() == DAY  # nor did the held key change the date


def test_keys_type_in_the_day_note_until_esc_then_count_again(app, window, qtbot):
    page = window.today
    note = page.day_note.note
    give_focus(qtbot, note)
    assert page.keys.state() is KeyState.TYPING
    assert "Esc" in page.key_state.text()
    qtbot.keyClicks(note, "2 barn kom sent")
    assert note.toPlainText() == "2 barn kom sent" and stored(app) == {}
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert page.keys.state() is KeyState.COUNTING
    assert "räknar" in page.key_state.text()
    press(qtbot, [KEY_2])
    assert stored(app) == {("girl", "7-9"): 1}
    assert note.toPlainText() == "2 barn kom sent"


def test_a_click_on_the_grid_returns_the_keys_to_counting(app, window, qtbot):
    page = window.today
    give_focus(qtbot, page.day_note.note)
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.rect().topLeft())
    assert page.keys.state() is KeyState.COUNTING
    press(qtbot, [KEY_S])
    assert stored(app) == {("other", "7-9"): 1}


def test_time_fields_of_the_day_note_take_digits(app, window, qtbot):
    page = window.today
    give_focus(qtbot, page.day_note.opens)
    assert page.keys.state() is KeyState.TYPING
    press(qtbot, [Qt.Key.Key_1, Qt.Key.Key_4])
    assert stored(app) == {}


def test_keys_do_not_count_on_another_page(app, window, qtbot):
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1)
    assert window.today.keys.state() is KeyState.ELSEWHERE
    press(qtbot, [KEY_2, KEY_W])
    assert stored(app) == {}
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0)
    press(qtbot, [KEY_2])
    assert stored(app) == {("girl", "7-9"): 1}


def test_ctrl_z_undoes_the_last_key_wherever_the_focus_is_on_idag(app, window, qtbot):
    give_focus(qtbot, window.today.leader)
    press(qtbot, [KEY_2, KEY_W])
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(app) == {("girl", "7-9"): 1}


def test_delete_on_a_cell_is_its_minus_one_and_arrows_move_between_cells(app, window, qtbot):
    grid = window.today.grid
    give_focus(qtbot, grid.buttons[(Gender.GIRL, "0-6")])
    press(qtbot, [KEY_2, KEY_2, Qt.Key.Key_Right])
    assert focused() is grid.buttons[(Gender.GIRL, "7-9")]
    press(qtbot, [Qt.Key.Key_Delete, Qt.Key.Key_Down])
    assert stored(app) == {("girl", "7-9"): 1}
    assert focused() is grid.buttons[(Gender.BOY, "7-9")]


def test_tab_walks_through_all_of_idag_and_leaves_the_day_note(app, window, qtbot):
    page = window.today
    give_focus(qtbot, page.site)
    seen: list[QWidget] = [focused()]
    for _ in range(80):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is page.site:
            break
        seen.append(focused())
    note = page.day_note
    wanted = [
        page.site,
        page.day,
        page.today_button,
        page.leader,
        page.grid.buttons[(Gender.GIRL, "0-6")],
        page.grid.buttons[(Gender.UNKNOWN, "26+")],
        page.undo_button,
        page.paper_button,
        note.opens,
        note.note,
        note.save_button,
        page.activity_list,
        *page.activities.template_buttons,
        page.new_activity,
    ]
    positions = [seen.index(widget) for widget in wanted if widget.isEnabled()]
    assert positions == sorted(positions), "Tab goes through Idag top to bottom"
    assert note.note.toPlainText() == ""  # Tab left the note without typing a tab character
    assert len(page.activities.template_buttons) == 1


def test_idag_fits_a_1366x768_screen_at_150_percent_scaling(app, window, qtbot):
    """At 1.5× a 1366×768 screen is 911×512 logical pixels; less a taskbar and a title bar,
    the window gets about 911×465. The counter shows whole; the side panel scrolls down but is
    never cut off at its side."""
    width, height = 1366 * 2 // 3, 768 * 2 // 3 - 47
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(50)
    page = window.today
    visible = page.rect()
    for widget in [*page.grid.buttons.values(), page.undo_button, page.paper_button, page.status]:
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert visible.contains(widget.mapTo(page, widget.rect().topLeft()))
        assert visible.contains(corner), f"{widget.accessibleName()} is cut off"
    side = page.side_scroll
    assert side.widget().minimumSizeHint().width() <= side.viewport().width()
    assert not side.horizontalScrollBar().isVisible()
    cell = page.grid.buttons[(Gender.GIRL, "7-9")]
    number = cell.findChildren(type(page.total))[0]
    assert cell.height() >= number.sizeHint().height()  # the count is not clipped


def test_alt_letters_on_idag_jump_to_site_date_and_leader(app, window, qtbot):
    page = window.today
    give_focus(qtbot, page.grid.buttons[(Gender.GIRL, "0-6")])
    alt = Qt.KeyboardModifier.AltModifier
    for letter, target in (
        (Qt.Key.Key_L, page.leader),
        (Qt.Key.Key_D, page.day),
        (Qt.Key.Key_P, page.site),
    ):
        qtbot.keyClick(focused(), letter, alt)
        assert focused() is target
    assert stored(app) == {}  # Alt+letters never count


def test_idag_fits_at_150_percent_in_english_too(app, qtbot, qapp):
    """English words are longer ("Prefer not to say", "14-17 years", "Leader on duty")."""
    from PySide6.QtCore import QLocale

    from vanskapshuset.ui.application import install_translator

    app.sites.add("Vänskapsparken", "outdoor")
    locale = QLocale()
    translators = install_translator(qapp, "en")
    try:
        window = MainWindow(UiSession(app))
        qtbot.addWidget(window)
        hint = window.minimumSizeHint()
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert "keys" in window.today.key_state.text()  # built in English
    assert hint.width() <= 1366 * 2 // 3 and hint.height() <= 768 * 2 // 3 - 47
