"""The Qt binding itself: a leader clicks thousands of times a day, so slots must not leak.

PySide6-Essentials 6.12.0 drops a reference to the slot's return value on every call from a
built-in signal such as `clicked(bool)`; after some thousand clicks Python aborts. This test
keeps that version (or a later one with the same fault) out.
"""

import sys

from PySide6.QtWidgets import QPushButton


def test_clicking_a_button_with_a_slot_keeps_reference_counts(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    calls = [0]

    def count(checked: bool) -> None:
        calls[0] += 1

    button.clicked.connect(count)
    before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(300):
        button.click()
    after = sys.getrefcount(None), sys.getrefcount(False)
    assert calls[0] == 300
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50
