"""What the window shares between its pages: the services, the chosen site, day and leader,
and whether the coordinator has unlocked the protected functions in this session."""

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vanskapshuset.domain.edit_window import is_old_day
from vanskapshuset.domain.localtime import local_date
from vanskapshuset.domain.settings_registry import CURRENT_LEADER, CURRENT_SITE
from vanskapshuset.services.door import DoorChoice, DoorSnapshot, initial_site
from vanskapshuset.ui.language_state import installed_language

if TYPE_CHECKING:  # loading the services is what a window painted from a snapshot waits for
    from vanskapshuset.app import App


class UiSession(QObject):
    """Emits `data_changed` after every write made through the window, so pages refresh.

    Made with the services (`app`), or with only a snapshot of Idag (`door`) while the services
    are still loading: then `ready` is False until `attach(app)`, which emits `services_up`."""

    data_changed = Signal()
    day_changed = Signal()
    services_up = Signal()

    def __init__(
        self, app: "App | None", parent: QObject | None = None, door: DoorSnapshot | None = None
    ) -> None:
        super().__init__(parent)
        if app is None and door is None:
            raise ValueError("a session needs the services or a snapshot")
        self._app = app
        self.door = door
        self.site_id: str | None = self._initial_site()
        self.day: dt.date = self.today()
        self.leader_id: str | None = self._initial_leader()

    @property
    def data_folder(self) -> Path:
        """The data folder in use, known before the services are up."""
        if self._app is None:
            assert self.door is not None
            return self.door.folder
        return self._app.db.path.parent

    def language(self) -> str:
        """The window's language: the one installed (`--language` or as saved in the data)."""
        installed = installed_language()
        if installed:
            return installed
        if self._app is None:
            assert self.door is not None
            return self.door.language
        return self._app.settings.language()

    @property
    def ready(self) -> bool:
        """The services are up: the page may read and write through them."""
        return self._app is not None

    @property
    def app(self) -> "App":
        if self._app is None:
            raise RuntimeError("the services are still loading")
        return self._app

    def attach(self, app: "App") -> None:
        """The services are up: the site and leader are chosen again from them (the same as the
        snapshot's unless the data changed meanwhile), and the window finishes building."""
        self._app = app
        self.site_id = self._initial_site()
        self.day = self.today()  # the date could not be changed meanwhile
        self.leader_id = self._initial_leader()
        self.services_up.emit()

    def _initial_site(self) -> str | None:
        """The site this laptop counted at last, else the first place with a door."""
        if self._app is None:
            assert self.door is not None
            return self.door.site_id
        sites = [DoorChoice(s.id, s.name, s.kind) for s in self._app.sites.list()]
        return initial_site(sites, self._app.settings.get(CURRENT_SITE))

    def _initial_leader(self) -> str | None:
        if self._app is None:
            assert self.door is not None
            return self.door.leader_id
        return self._app.settings.get(CURRENT_LEADER)

    def today(self) -> dt.date:
        if self._app is None:
            assert self.door is not None
            return self.door.today
        return local_date(self._app.context.now())

    def set_site(self, site_id: str | None) -> None:
        if site_id != self.site_id:
            self.site_id = site_id
            self.app.settings.set(CURRENT_SITE, site_id)
            self.day_changed.emit()

    def set_day(self, day: dt.date) -> None:
        if day != self.day:
            self.day = day
            self.day_changed.emit()

    def set_leader(self, leader_id: str | None) -> None:
        self.leader_id = leader_id
        self.app.settings.set(CURRENT_LEADER, leader_id)
        self.app.act_as_leader()  # the audit log names the chosen leader

    @property
    def coordinator_unlocked(self) -> bool:
        """The coordinator has unlocked (the services' lock, services/access.py)."""
        return self._app is not None and self._app.access.unlocked

    def is_locked_day(self, day: dt.date) -> bool:
        """An old day (the rule of services/access.py): the coordinator's to change."""
        return is_old_day(day, self.today())

    def require_coordinator(self, parent: QWidget | None) -> bool:
        """True if the coordinator is (or now becomes) unlocked; asks once per session. The
        dialog unlocks the services' lock, which every service then checks."""
        access = self.app.access
        if access.unlocked:
            return True
        from vanskapshuset.ui.dialogs.password_dialog import PasswordDialog

        PasswordDialog(access, parent).exec()
        return access.unlocked

    def changed(self) -> None:
        self.data_changed.emit()

    def reload(self) -> None:
        """Other data under the same services (a backup was restored): the site and leader are
        chosen again from it, the coordinator lock closes (the password may differ), and every
        page refreshes."""
        self.app.access.lock()
        self.site_id = self._initial_site()
        self.leader_id = self._initial_leader()
        self.day_changed.emit()
        self.data_changed.emit()
