"""Settings: the team's shared ones (synced, stamped) and this laptop's own (local state), read
and written through the typed keys of domain/settings_registry.py.

Every value is checked here by its key's type and limits (a sync bundle's by the same rules), and
changing a setting marked `coordinator` needs the coordinator (services/access.py).
"""

from typing import TypeVar

from vanskapshuset.domain.settings_registry import LANGUAGE, REGISTRY, SettingKey
from vanskapshuset.messages import access as lock
from vanskapshuset.messages.languages import SOURCE_LANGUAGE, is_known
from vanskapshuset.services import setting_store
from vanskapshuset.services.access import (
    MIN_PASSWORD_LENGTH,
    CoordinatorAccess,
    hash_password,
    password_matches,
)
from vanskapshuset.services.context import ServiceContext

T = TypeVar("T")
__all__ = ["MIN_PASSWORD_LENGTH", "SettingsService", "hash_password", "password_matches"]


class SettingsService:
    def __init__(self, context: ServiceContext, access: CoordinatorAccess | None = None) -> None:
        self.context = context
        self.access = access or CoordinatorAccess(context)

    def get(self, setting: SettingKey[T]) -> T:
        with self.context.db.read() as session:
            return setting_store.read(session, setting)

    def set(self, setting: SettingKey[T], value: T) -> None:
        """Store `value` for `setting`: checked by its type and limits (a UserError naming the
        setting as its field), and by the coordinator's lock for the team's settings."""
        if REGISTRY.get(setting.key) is not setting:
            raise KeyError(setting.key)  # a programming error: every setting is registered
        value = setting.check(value)
        if setting.secret:
            raise PermissionError("passwords are set through CoordinatorAccess")
        if setting.coordinator:
            self.access.require_coordinator(lock.SETTINGS)
        with self.context.db.write() as session:
            setting_store.write(self.context, session, setting, value)

    def language(self) -> str:
        """This laptop's language: a translation present (the .ts files), else Swedish."""
        language = self.get(LANGUAGE)
        return language if is_known(language) else SOURCE_LANGUAGE

    def set_language(self, language: str) -> None:
        self.set(LANGUAGE, language)

    # -- coordinator password (kept here for the callers that ask the settings) ---------------

    def has_coordinator_password(self) -> bool:
        return self.access.is_protected()

    def check_coordinator_password(self, password: str) -> bool:
        """True if `password` is right, or if no password has been set (nothing is locked)."""
        return self.access.check(password)

    def set_coordinator_password(self, new: str, current: str | None = None) -> None:
        self.access.set_password(new, current)
