"""The sites a season runs at, as a check list: "Alla platser", or any number of sites.

Checking a site unchecks "Alla platser"; checking "Alla platser" (or unchecking the last site)
unchecks every site. Space toggles the row with the cursor, as in any check list.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

EVERY_SITE = ""  # the item data of "Alla platser"
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class SiteChecklist(QListWidget):
    def __init__(self, every_site_text: str, rows: int = 4) -> None:
        super().__init__()
        self._every_text = every_site_text
        self.setMaximumHeight(self.fontMetrics().height() * (rows + 1) + 12)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.itemChanged.connect(self._changed)
        self.itemActivated.connect(self._toggle)  # Enter or a double click toggles too

    def set_sites(self, sites: Iterable[tuple[str, str]], chosen: Sequence[str] = ()) -> None:
        """`sites` as (id, name) in the order shown; `chosen` ids checked (none: every site)."""
        self.blockSignals(True)
        try:
            self.clear()
            self._add(self._every_text, EVERY_SITE, not chosen)
            for key, name in sites:
                self._add(name, key, key in chosen)
            self.setCurrentRow(0)
        finally:
            self.blockSignals(False)

    def set_chosen(self, chosen: Sequence[str]) -> None:
        self.blockSignals(True)
        try:
            for item in self._items():
                key = item.data(Qt.ItemDataRole.UserRole)
                wanted = not chosen if key == EVERY_SITE else key in chosen
                item.setCheckState(CHECKED if wanted else UNCHECKED)
        finally:
            self.blockSignals(False)

    def chosen(self) -> list[str]:
        """The ids of the checked sites; empty: every site."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.data(Qt.ItemDataRole.UserRole) != EVERY_SITE and item.checkState() == CHECKED
        ]

    def _add(self, text: str, key: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(CHECKED if checked else UNCHECKED)
        self.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(UNCHECKED if item.checkState() == CHECKED else CHECKED)

    def _changed(self, item: QListWidgetItem) -> None:
        """Keep "Alla platser" and the sites consistent after a row was (un)checked."""
        every = item.data(Qt.ItemDataRole.UserRole) == EVERY_SITE
        # "Alla platser" checked clears the sites; otherwise it is checked exactly when no
        # site is (unchecking it alone changes nothing)
        self.set_chosen([] if every and item.checkState() == CHECKED else self.chosen())
