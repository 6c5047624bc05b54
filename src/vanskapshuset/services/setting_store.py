"""Reading and writing one setting of the registry (domain/settings_registry.py) inside a
transaction: shared ones as stamped, audited JSON records, local ones as this laptop's state.
No permission checks here: SettingsService and CoordinatorAccess make them."""

import json
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from vanskapshuset.domain.settings_registry import SECRET_KEYS, SettingKey
from vanskapshuset.services.context import ServiceContext, derived_id, snapshot
from vanskapshuset.store.models import LocalState, Setting

T = TypeVar("T")


def read(session: Session, setting: SettingKey[T]) -> T:
    if setting.shared:
        row = session.get(Setting, derived_id("setting", setting.key))
        if row is None or row.deleted:
            return setting.default
        value = json.loads(row.value)
        return setting.default if value is None else value
    state = session.get(LocalState, setting.key)
    return setting.default if state is None else setting.decode_local(state.value)


def write(context: ServiceContext, session: Session, setting: SettingKey[T], value: T) -> None:
    """`value`, already checked by the caller (setting.check), into the caller's transaction."""
    if not setting.shared:
        state = session.get(LocalState, setting.key)
        if value is None:
            if state is not None:
                session.delete(state)
        else:
            session.merge(LocalState(key=setting.key, value=setting.encode_local(value)))
        return
    row = session.get(Setting, derived_id("setting", setting.key))
    before = None if row is None else _audited(snapshot(row))
    if row is None:
        row = Setting(id=derived_id("setting", setting.key), key=setting.key)
        session.add(row)
    row.value = json.dumps(value, ensure_ascii=False)
    row.deleted = False
    context.stamp(session, row)
    session.flush()
    after = _audited(snapshot(row))
    action = "create" if before is None else "update"
    context.audit(session, action, "setting", row.id, before, after)


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    """The audit log shows that a secret changed, never the secret (or its hash)."""
    if values.get("key") in SECRET_KEYS:
        return {**values, "value": "(dolt)"}
    return values
