"""The sign-up dialog's "Språk på listan": the languages named in their own words, and the
choice reaching the printed sheet."""

import datetime as dt

import pytest

from by_name import activity_input
from vanskapshuset.app import App
from vanskapshuset.sheets.service import SheetDetails, SheetService
from vanskapshuset.sheets.sheet_texts import second_languages, sheet_texts
from vanskapshuset.ui.dialogs.signups_dialog import SignUpsDialog
from vanskapshuset.ui.session import UiSession

TODAY = dt.date(2025, 7, 3)  # the clock fixture's day


@pytest.fixture
def dialog(qtbot, app: App) -> SignUpsDialog:
    app.sites.add("Vänskapshuset")
    app.activities.create(
        activity_input(app,
            site="Vänskapshuset", date=TODAY, start=dt.time(15), end=dt.time(17),
            title="Utflykt", type_name="Utflykt",
        )
    )  # fmt: skip
    [activity] = app.activities.list(TODAY, TODAY)
    shown = SignUpsDialog(UiSession(app), activity)
    qtbot.addWidget(shown)
    return shown


def test_the_language_choice_lists_every_file_in_its_own_words(dialog: SignUpsDialog) -> None:
    choice = dialog.sheet_language
    items = [(choice.itemText(i), choice.itemData(i)) for i in range(choice.count())]
    assert items[0] == ("Svenska", None)
    assert items[1:] == [(f"Svenska + {sheet_texts(c).name}", c) for c in second_languages()]
    assert "Svenska + العربية" in dict(items) and "Svenska + Soomaali" in dict(items)
    assert choice.currentData() is None  # Swedish only unless chosen


def test_the_chosen_language_is_printed(dialog: SignUpsDialog, monkeypatch) -> None:
    asked: list[object] = []
    real = SheetService.signup_sheet

    def signup_sheet(self, activity_id, details, language=None):
        asked.append(language)
        return real(self, activity_id, details, language)

    monkeypatch.setattr(SheetService, "signup_sheet", signup_sheet)
    monkeypatch.setattr(dialog, "ask_details", lambda blank: SheetDetails())
    monkeypatch.setattr(dialog.saver, "save", lambda *args: False)
    dialog.sheet_language.setCurrentIndex(dialog.sheet_language.findData("so"))
    dialog.print_sheet(blank=True)
    assert asked == ["so"]
