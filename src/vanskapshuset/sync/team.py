"""This laptop's team: create, join, leave; its name and shared folder; the team key."""

from pathlib import Path

from vanskapshuset.domain.errors import UserError
from vanskapshuset.domain.rules import DEVICE_NAME as DEVICE_NAME_RULE
from vanskapshuset.domain.settings_registry import DEVICE_NAME, SYNC_FOLDER, TEAM_KEY
from vanskapshuset.messages import sync as said
from vanskapshuset.services.context import ServiceContext
from vanskapshuset.services.settings import SettingsService
from vanskapshuset.store.models import LocalState
from vanskapshuset.sync.results import TeamStatus
from vanskapshuset.sync.team_code import key_from_code, new_team_key, team_code, team_id

MAX_DEVICE_NAME = DEVICE_NAME_RULE.limit


class Team:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.settings = SettingsService(context)  # this laptop's own values, in local_state

    def key(self) -> bytes | None:
        value = self.settings.get(TEAM_KEY)
        return None if value is None else bytes.fromhex(value)

    def require_key(self) -> bytes:
        key = self.key()
        if key is None:
            raise UserError(said.NOT_IN_TEAM)
        return key

    def status(self) -> TeamStatus:
        key = self.key()
        folder = self.settings.get(SYNC_FOLDER)
        return TeamStatus(
            in_team=key is not None,
            team_id=None if key is None else team_id(key),
            code=None if key is None else team_code(key),
            device_id=self.context.device_id,
            device_name=self.context.device_name,
            folder=None if folder is None else Path(folder),
        )

    def _join(self, key: bytes, device_name: str | None) -> TeamStatus:
        name = DEVICE_NAME_RULE.clean(device_name) if device_name is not None else None
        with self.context.db.write() as session:
            session.merge(LocalState(key=TEAM_KEY.key, value=key.hex()))
            if name is not None:
                session.merge(LocalState(key=DEVICE_NAME.key, value=name))
        if name is not None:
            self.context.device_name = name
        return self.status()

    def create(self, device_name: str | None = None) -> TeamStatus:
        """Make a new team on this laptop (the coordinator's); others join with its code."""
        if self.key() is not None:
            raise UserError(said.ALREADY_IN_TEAM)
        return self._join(new_team_key(), device_name)

    def join(self, code: str, device_name: str | None = None) -> TeamStatus:
        key = key_from_code(code)
        current = self.key()
        if current is not None and current != key:
            raise UserError(said.IN_OTHER_TEAM)
        return self._join(key, device_name)

    def leave(self) -> None:
        """Forget the team key (the data stays); bundles are then neither written nor read."""
        self.settings.set(TEAM_KEY, None)

    def rename_device(self, name: str) -> None:
        cleaned = DEVICE_NAME_RULE.clean(name)
        self.settings.set(DEVICE_NAME, cleaned)
        self.context.device_name = cleaned

    def set_folder(self, folder: Path | None) -> None:
        value = None if folder is None else str(Path(folder).expanduser())
        self.settings.set(SYNC_FOLDER, value)
