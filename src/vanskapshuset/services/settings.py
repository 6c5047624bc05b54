"""Settings: the team's shared ones (synced, stamped) and this laptop's own (local state).

The coordinator password is stored only as an scrypt hash in the shared settings, so every laptop
of the team accepts the same password.
"""

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from sqlalchemy.orm import Session

from vanskapshuset.domain import rules
from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages.languages import available_languages
from vanskapshuset.services.context import ServiceContext, derived_id, snapshot
from vanskapshuset.store.models import LocalState, Setting

COORDINATOR_PASSWORD = "coordinator_password"
LANGUAGE = "language"
ORGANISATION_NAME = "organisation_name"
CURRENT_LEADER = "current_leader_id"
RETENTION_DAYS = "signup_retention_days"
CONSENT_TEXT = "signup_consent_text"
LANGUAGES = tuple(available_languages())  # the translations shipped
SECRET_KEYS = frozenset({COORDINATOR_PASSWORD})
MIN_PASSWORD_LENGTH = 6
# scrypt cost: about 50 ms here, enough against guessing, short enough for a person waiting.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# What a shared setting a person types may hold; sync import checks a bundle's by the same.
SHARED_RULES: dict[str, rules.TextRule | rules.NumberRule] = {
    ORGANISATION_NAME: rules.REPORT_ORGANISATION,
    RETENTION_DAYS: rules.RETENTION_DAYS,
    CONSENT_TEXT: rules.CONSENT_TEXT,
}


def checked_shared(key: str, value: Any) -> Any:
    """`value` for the shared setting `key` as its rule tidies it, or one sentence why not."""
    rule = SHARED_RULES.get(key)
    if isinstance(rule, rules.TextRule):
        return rule.clean(str(value))
    if isinstance(rule, rules.NumberRule):
        return rule.check(int(value))
    return value


def shared_value_accepted(key: str, value: Any) -> bool:
    """Whether a shared setting's value from a bundle is one this laptop could have stored."""
    rule = SHARED_RULES.get(key)
    return True if rule is None else rule.accepts(value)


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def password_matches(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # -- shared ------------------------------------------------------------------------------

    def shared(self, key: str, default: Any = None) -> Any:
        with self.context.db.read() as session:
            setting = session.get(Setting, derived_id("setting", key))
        return default if setting is None or setting.deleted else json.loads(setting.value)

    def set_shared(self, key: str, value: Any) -> None:
        with self.context.db.write() as session:
            self.write_shared(session, key, value)

    def write_shared(self, session: Session, key: str, value: Any) -> None:
        """Set a shared setting inside the caller's transaction."""
        value = checked_shared(key, value)
        setting = session.get(Setting, derived_id("setting", key))
        before = None if setting is None else self._audited(snapshot(setting))
        if setting is None:
            setting = Setting(id=derived_id("setting", key), key=key)
            session.add(setting)
        setting.value = json.dumps(value, ensure_ascii=False)
        setting.deleted = False
        self.context.stamp(session, setting)
        session.flush()
        after = self._audited(snapshot(setting))
        action = "create" if before is None else "update"
        self.context.audit(session, action, "setting", setting.id, before, after)

    @staticmethod
    def _audited(values: dict[str, Any]) -> dict[str, Any]:
        """The audit log shows that a secret changed, never the secret (or its hash)."""
        if values.get("key") in SECRET_KEYS:
            return {**values, "value": "(dolt)"}
        return values

    # -- this laptop ---------------------------------------------------------------------------

    def local(self, key: str, default: str | None = None) -> str | None:
        with self.context.db.read() as session:
            state = session.get(LocalState, key)
        return default if state is None else state.value

    def set_local(self, key: str, value: str | None) -> None:
        with self.context.db.write() as session:
            state = session.get(LocalState, key)
            if value is None:
                if state is not None:
                    session.delete(state)
            else:
                session.merge(LocalState(key=key, value=value))

    def language(self) -> str:
        language = self.local(LANGUAGE, "sv")
        return language if language in LANGUAGES else "sv"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise UserError(f"Okänt språk ”{language}” (finns: {', '.join(LANGUAGES)}).")
        self.set_local(LANGUAGE, language)

    # -- coordinator password ----------------------------------------------------------------

    def has_coordinator_password(self) -> bool:
        return bool(self.shared(COORDINATOR_PASSWORD))

    def check_coordinator_password(self, password: str) -> bool:
        """True if `password` is right, or if no password has been set (nothing is locked)."""
        stored = self.shared(COORDINATOR_PASSWORD)
        return True if not stored else password_matches(password, stored)

    def set_coordinator_password(self, new: str, current: str | None = None) -> None:
        if self.has_coordinator_password() and not self.check_coordinator_password(current or ""):
            raise UserError("Det nuvarande lösenordet stämmer inte.")
        if len(new) < MIN_PASSWORD_LENGTH:
            raise UserError(f"Lösenordet måste ha minst {MIN_PASSWORD_LENGTH} tecken.")
        self.set_shared(COORDINATOR_PASSWORD, hash_password(new))
