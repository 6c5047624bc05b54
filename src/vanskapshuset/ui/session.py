"""What the window shares between its pages: the services, the chosen site, day and leader,
and whether the coordinator has unlocked the protected functions in this session."""

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vanskapshuset.domain.localtime import local_date
from vanskapshuset.domain.vocabulary import SiteKind
from vanskapshuset.services.app import App

# Days older than this are the coordinator's to change (a leader corrects today and this week).
FREE_EDIT_DAYS = 7


class UiSession(QObject):
    """Emits `data_changed` after every write made through the window, so pages refresh."""

    data_changed = Signal()
    day_changed = Signal()

    def __init__(self, app: App, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.coordinator_unlocked = False
        self.site_id: str | None = self._initial_site()
        self.day: dt.date = self.today()
        self.leader_id: str | None = app.settings.local("current_leader_id")

    def _initial_site(self) -> str | None:
        """The site this laptop counted at last, else the first place with a door."""
        sites = self.app.sites.list()
        remembered = self.app.settings.local("current_site_id")
        if any(site.id == remembered for site in sites):
            return remembered
        doors = [site for site in sites if site.kind != SiteKind.EXCURSION] or sites
        return doors[0].id if doors else None

    def today(self) -> dt.date:
        return local_date(self.app.context.now())

    def set_site(self, site_id: str | None) -> None:
        if site_id != self.site_id:
            self.site_id = site_id
            self.app.settings.set_local("current_site_id", site_id)
            self.day_changed.emit()

    def set_day(self, day: dt.date) -> None:
        if day != self.day:
            self.day = day
            self.day_changed.emit()

    def set_leader(self, leader_id: str | None) -> None:
        self.leader_id = leader_id
        self.app.settings.set_local("current_leader_id", leader_id)
        leaders = {leader.id: leader.name for leader in self.app.leaders.list()}
        self.app.context.actor = leaders.get(leader_id or "", self.app.context.actor)

    def is_locked_day(self, day: dt.date) -> bool:
        return (self.today() - day).days > FREE_EDIT_DAYS

    def require_coordinator(self, parent: QWidget | None) -> bool:
        """True if the coordinator is (or now becomes) unlocked; asks once per session."""
        if self.coordinator_unlocked or not self.app.settings.has_coordinator_password():
            return True
        from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.app.settings.check_coordinator_password, parent)
        if dialog.exec():
            self.coordinator_unlocked = True
        return self.coordinator_unlocked

    def changed(self) -> None:
        self.data_changed.emit()

    def reload(self) -> None:
        """Other data under the same services (a backup was restored): the site and leader are
        chosen again from it, the coordinator lock closes (the password may differ), and every
        page refreshes."""
        self.coordinator_unlocked = False
        self.site_id = self._initial_site()
        self.leader_id = self.app.settings.local("current_leader_id")
        self.day_changed.emit()
        self.data_changed.emit()
