"""The period the Aktiviteter page shows: from/to dates and quick choices (week, month, season)."""

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from vanskapshuset.domain.rules import EARLIEST_DATE, LATEST_DATE
from vanskapshuset.messages.text import fill_numbered
from vanskapshuset.services.registry import SeasonInfo
from vanskapshuset.ui.qt_dates import to_date, to_qdate
from vanskapshuset.ui.widgets.date_field import DateField

# Typing a date fires a change per key; wait this long for the person to finish first.
RELOAD_DELAY_MS = 250


@dataclass(frozen=True)
class PeriodChoice:
    label: str
    start: dt.date
    end: dt.date


def current_season(seasons: Sequence[SeasonInfo], today: dt.date) -> SeasonInfo | None:
    """The season running today, else the latest that has started, else the next one."""
    running = [s for s in seasons if s.start <= today <= s.end]
    started = sorted((s for s in seasons if s.start <= today), key=lambda s: s.start)
    upcoming = sorted((s for s in seasons if s.start > today), key=lambda s: s.start)
    for candidates in (running, started[::-1], upcoming):
        if candidates:
            return candidates[0]
    return None


class _Words(QObject):
    """Owns the translatable words (a plain function has no `tr`)."""

    def choices(self, today: dt.date, seasons: Sequence[SeasonInfo]) -> list[PeriodChoice]:
        monday = today - dt.timedelta(days=today.weekday())
        last_day = calendar.monthrange(today.year, today.month)[1]
        result = [
            PeriodChoice(self.tr("Denna vecka"), monday, monday + dt.timedelta(days=6)),
            PeriodChoice(self.tr("Denna månad"), today.replace(day=1), today.replace(day=last_day)),
            PeriodChoice(
                self.tr("Detta år"), dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
            ),
        ]
        current = current_season(seasons, today)
        others = sorted((s for s in seasons if s != current), key=lambda s: s.start, reverse=True)
        for season in [current, *others] if current else others:
            label = fill_numbered(self.tr("Säsong: %1"), season.name)
            result.append(PeriodChoice(label, season.start, season.end))
        return result


class PeriodBar(QWidget):
    """Emits `period_changed` once the person has settled on a period."""

    period_changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = _Words(self)
        self._choices: list[PeriodChoice] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.quick = QComboBox()
        self.quick.setAccessibleName(self.tr("Välj period"))
        self.quick.activated.connect(self._quick_chosen)
        self.start = self._date_edit(self.tr("Från datum"))
        self.end = self._date_edit(self.tr("Till datum"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.quick)
        from_label = QLabel(self.tr("&från"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("t&ill"))
        to_label.setBuddy(self.end)
        for widget in (period_label, self.quick, from_label, self.start, to_label, self.end):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.period_changed)
        self.set_choices(today, [])
        self.choose(1)  # this month

    def _date_edit(self, name: str) -> QDateEdit:
        edit = DateField()
        edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))  # as the services take
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._typed)
        return edit

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def set_choices(self, today: dt.date, seasons: Sequence[SeasonInfo]) -> None:
        self._choices = self._words.choices(today, seasons)
        self.quick.clear()
        self.quick.addItem(self.tr("Egen period"))
        for choice in self._choices:
            self.quick.addItem(choice.label)
        self._show_matching_choice()

    def choose(self, number: int) -> None:
        """Pick quick choice `number` (0 this week, 1 this month, 2 this year, 3… seasons)."""
        self._quick_chosen(number + 1)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._show_matching_choice()
        self._timer.stop()
        self.period_changed.emit()

    def _quick_chosen(self, index: int) -> None:
        if 1 <= index <= len(self._choices):
            choice = self._choices[index - 1]
            self.set_period(choice.start, choice.end)

    def _typed(self) -> None:
        self._show_matching_choice()
        self._timer.start()

    def _show_matching_choice(self) -> None:
        period = self.period()
        matches = [i for i, c in enumerate(self._choices) if (c.start, c.end) == period]
        self.quick.setCurrentIndex(matches[0] + 1 if matches else 0)
