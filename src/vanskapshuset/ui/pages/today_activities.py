"""Dagens aktiviteter on Idag: the day's list, one button per weekly template, a new activity
and the sign-ups of the chosen one."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vanskapshuset.domain.errors import UserError
from vanskapshuset.ui.dialogs.template_use import confirm_repeat
from vanskapshuset.ui.models.labels import weekday_names
from vanskapshuset.ui.pages.vocabulary_text import fill
from vanskapshuset.ui.session import UiSession


class TodayActivities(QGroupBox):
    def __init__(self, session: UiSession, say: Callable[[str], None]) -> None:
        super().__init__()
        self.session, self.app, self._say = session, session.app, say
        self.signups_dialog: QDialog | None = None  # the last Anmälningar opened from here
        self.setTitle(self.tr("Dagens aktiviteter"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Dagens aktiviteter"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.list.itemActivated.connect(self._edit_activity)
        self.list.currentItemChanged.connect(self._activity_chosen)
        layout.addWidget(self.list)
        self.template_row = QHBoxLayout()
        layout.addLayout(self.template_row)
        self.template_buttons: list[QPushButton] = []
        self._shown_templates: list[tuple[str, str]] = []
        self.new_activity = QPushButton(self.tr("Ny aktivitet…"))
        self.new_activity.clicked.connect(lambda: self._edit_activity(None))
        self.signups_button = QPushButton(self.tr("Anmälningar…"))
        self.signups_button.setAccessibleName(self.tr("Anmälningar till vald aktivitet"))
        self.signups_button.setToolTip(
            self.tr("Barnen som anmält sig till vald aktivitet, och listan att skriva ut")
        )
        self.signups_button.clicked.connect(self.open_signups)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_activity)
        buttons.addWidget(self.signups_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits here, in order."""
        return [self.list, *self.template_buttons, self.new_activity, self.signups_button]

    def refresh(self, site: str) -> bool:
        """Show the session's day at `site` (the name the page shows). True if the template
        buttons were rebuilt (the page then renews its Tab order)."""
        chosen = self.list.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.list.clear()
        site_id = self.session.site_id
        if site_id is None or not site:
            return False
        for activity in self.app.activities.list(self.session.day, self.session.day, site_id):
            text = fill(
                self.tr("%1–%2  %3 (%4 deltagare)"),
                f"{activity.start:%H:%M}",
                f"{activity.end:%H:%M}",
                activity.title,
                activity.participants_total,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            self.list.addItem(item)
            if activity.id == keep:
                self.list.setCurrentItem(item)
        self._activity_chosen()
        return self._show_templates(site_id)

    def _show_templates(self, site_id: str) -> bool:
        weekday = self.session.day.weekday()
        templates = self.app.templates.list(weekday=weekday, site_id=site_id)
        labels = [
            # Not the service's `template.label`: its weekday is Swedish in every language.
            (
                t.id,
                fill(
                    self.tr("%1, %2 %3–%4"),
                    t.title,
                    weekday_names()[t.weekday],
                    f"{t.start:%H:%M}",
                    f"{t.end:%H:%M}",
                ),
            )
            for t in templates
        ]
        if labels == self._shown_templates:
            return False  # unchanged: keep the buttons, and the focus on one of them
        self._shown_templates = labels
        for button in self.template_buttons:
            self.template_row.removeWidget(button)
            button.deleteLater()
        self.template_buttons = []
        for template_id, label in labels:
            button = QPushButton(fill(self.tr("+ %1"), label))
            button.setAccessibleName(fill(self.tr("Lägg till %1 idag"), label))
            button.clicked.connect(lambda _=False, t=template_id: self.from_template(t))
            self.template_row.addWidget(button)
            self.template_buttons.append(button)
        return True

    def from_template(self, template_id: str) -> str | None:
        """The template's activity on the page's day; asks first if it is there already."""
        day = self.session.day
        try:
            if not confirm_repeat(self.app, template_id, day, self):
                return None
            activity_id = self.app.templates.create_activity(template_id, day)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Aktivitet"), str(error))
            return None
        self.session.changed()
        return activity_id

    def _activity_chosen(self) -> None:
        self.signups_button.setEnabled(self.list.currentItem() is not None)

    def open_signups(self) -> None:
        """Anmälningar for the chosen activity (a past day's only for the coordinator)."""
        from vanskapshuset.ui.dialogs.signups_dialog import open_signups

        item = self.list.currentItem()
        if item is None:
            return
        activity = self.app.activities.get(item.data(Qt.ItemDataRole.UserRole))
        dialog = open_signups(self.session, activity, self)
        if dialog is None:
            self._say(self.tr("Anmälningar till tidigare aktiviteter får bara samordnaren se."))
            return
        self.signups_dialog = dialog
        dialog.exec()

    def _edit_activity(self, item: QListWidgetItem | None) -> None:
        from vanskapshuset.ui.dialogs.activity_dialog import ActivityDialog

        activity = None
        if item is not None:
            activity = self.app.activities.get(item.data(Qt.ItemDataRole.UserRole))
        dialog = ActivityDialog(self.session, activity=activity, day=self.session.day, parent=self)
        if dialog.exec():
            self.session.changed()
