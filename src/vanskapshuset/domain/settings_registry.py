"""Every setting of the program in one place: its key, type, default, limits, and whether it is
the team's (shared: synced, stamped, changed by the coordinator) or this laptop's own (local).

Services read and write them through `SettingsService.get/set` with these objects, which check
the type and the limits; a sync bundle's shared settings are checked by the same `accepts`.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from vanskapshuset.domain import rules
from vanskapshuset.domain.defaults import DEFAULT_CONSENT_TEXT, DEFAULT_ORGANISATION_NAME
from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import settings as said
from vanskapshuset.messages.languages import SOURCE_LANGUAGE, available_languages

T = TypeVar("T")

DEFAULT_RETENTION_DAYS = 30


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    """One setting. `kind` is the type of its value (str, int or bool); a `default` of None
    means "not set" is a value too (setting None removes it). `coordinator`: changing it
    needs the coordinator's password when one is set."""

    key: str
    kind: type
    default: T
    shared: bool
    rule: rules.TextRule | rules.NumberRule | None = None
    choices: Callable[[], Sequence[str]] | None = None
    secret: bool = False
    coordinator: bool = False

    def check(self, value: object) -> T:
        """`value` as stored (a text tidied by its rule), or a UserError naming this setting."""
        if value is None and self.default is None:
            return None  # type: ignore[return-value]
        if type(value) is not self.kind:
            raise UserError(said.WRONG_TYPE(key=self.key), field=self.key)
        try:
            if isinstance(self.rule, rules.TextRule):
                value = self.rule.clean(str(value))
            elif isinstance(self.rule, rules.NumberRule):
                value = self.rule.check(int(value))  # type: ignore[call-overload]
        except UserError as error:
            raise UserError(error.message, field=self.key) from error
        if self.choices is not None and value not in self.choices():
            shown = ", ".join(self.choices())
            raise UserError(said.NOT_A_CHOICE(value=value, choices=shown), field=self.key)
        return value  # type: ignore[return-value]

    def accepts(self, value: object) -> bool:
        """Whether a stored value (from a sync bundle) is one `check` lets through."""
        try:
            return self.check(value) == value
        except UserError:
            return False

    def encode_local(self, value: T) -> str:
        if isinstance(value, bool | int):
            return str(int(value))
        return str(value)

    def decode_local(self, text: str) -> T:
        if self.kind is int:
            return int(text)  # type: ignore[return-value]
        if self.kind is bool:
            return bool(int(text))  # type: ignore[return-value]
        return text  # type: ignore[return-value]


# -- the team's (shared) ------------------------------------------------------------------------

ORGANISATION_NAME = SettingKey[str](
    "organisation_name",
    str,
    DEFAULT_ORGANISATION_NAME,
    shared=True,
    rule=rules.REPORT_ORGANISATION,
    coordinator=True,
)
RETENTION_DAYS = SettingKey[int](
    "signup_retention_days",
    int,
    DEFAULT_RETENTION_DAYS,
    shared=True,
    rule=rules.RETENTION_DAYS,
    coordinator=True,
)
CONSENT_TEXT = SettingKey[str](
    "signup_consent_text",
    str,
    DEFAULT_CONSENT_TEXT,
    shared=True,
    rule=rules.CONSENT_TEXT,
    coordinator=True,
)
# Only an scrypt hash (services/access.py); set and cleared through CoordinatorAccess.
COORDINATOR_PASSWORD = SettingKey[str | None](
    "coordinator_password", str, None, shared=True, secret=True, coordinator=True
)

# -- this laptop's (local) ----------------------------------------------------------------------

LANGUAGE = SettingKey[str](
    "language", str, SOURCE_LANGUAGE, shared=False, choices=available_languages, coordinator=True
)
CURRENT_LEADER = SettingKey[str | None]("current_leader_id", str, None, shared=False)
CURRENT_SITE = SettingKey[str | None]("current_site_id", str, None, shared=False)
LAST_FOLDER = SettingKey[str | None]("last_sheet_folder", str, None, shared=False)
SHEET_DETAILS = SettingKey[str | None]("signup_sheet_details", str, None, shared=False)
SECOND_BACKUP_FOLDER = SettingKey[str | None]("backup_second_folder", str, None, shared=False)
TEAM_KEY = SettingKey[str | None]("team_key", str, None, shared=False)
SYNC_FOLDER = SettingKey[str | None]("sync_folder", str, None, shared=False)
DEVICE_NAME = SettingKey[str | None]("device_name", str, None, shared=False, rule=rules.DEVICE_NAME)
SEEN_FILES = SettingKey[str | None]("sync_seen_files", str, None, shared=False)
# The wait after wrong passwords (services/access.py), kept across restarts of this laptop.
PASSWORD_FAILURES = SettingKey[int]("password_failures", int, 0, shared=False)
PASSWORD_NEXT_TRY = SettingKey[str | None]("password_next_try", str, None, shared=False)

REGISTRY: dict[str, SettingKey] = {
    setting.key: setting
    for setting in (
        ORGANISATION_NAME,
        RETENTION_DAYS,
        CONSENT_TEXT,
        COORDINATOR_PASSWORD,
        LANGUAGE,
        CURRENT_LEADER,
        CURRENT_SITE,
        LAST_FOLDER,
        SHEET_DETAILS,
        SECOND_BACKUP_FOLDER,
        TEAM_KEY,
        SYNC_FOLDER,
        DEVICE_NAME,
        SEEN_FILES,
        PASSWORD_FAILURES,
        PASSWORD_NEXT_TRY,
    )
}
SHARED_KEYS = frozenset(key for key, setting in REGISTRY.items() if setting.shared)
SECRET_KEYS = frozenset(key for key, setting in REGISTRY.items() if setting.secret)


def shared_value_accepted(key: str, value: object) -> bool:
    """Whether a shared setting's value from a bundle is one this laptop could have stored."""
    setting = REGISTRY.get(key)
    if setting is None or not setting.shared:
        return False
    if setting.secret:  # a password hash: text, or removed (None)
        return value is None or type(value) is str  # the hash's form: sync/value_checks.py
    return setting.accepts(value)
