"""The one database file behind every service, which a restore replaces while the app runs.

Every service reaches the data through `context.db` at each call, so swapping that attribute
(and reading the laptop's identity and clock again from the new file) puts the whole running
app on the new data: the window's pages keep their services and only need a refresh. The one
other connection, the change watch, is opened again too.
"""

import platform
from collections.abc import Callable
from pathlib import Path

from vanskapshuset.domain.hlc import HybridLogicalClock, Stamp
from vanskapshuset.domain.rules import DEVICE_NAME
from vanskapshuset.services.changes import ChangeService
from vanskapshuset.services.context import HLC_STATE_KEY, ServiceContext, new_id
from vanskapshuset.store.change_watch import ChangeWatch
from vanskapshuset.store.database import Database
from vanskapshuset.store.models import LocalState

Opener = Callable[[Path], Database]


def device_identity(db: Database) -> tuple[str, str]:
    """This laptop's id and name, made on first start and kept in the local state."""
    with db.read() as session:
        known = session.get(LocalState, "device_id"), session.get(LocalState, "device_name")
    if known[0] is not None and known[1] is not None:
        return known[0].value, known[1].value
    with db.write() as session:
        device_id = session.get(LocalState, "device_id")
        device_name = session.get(LocalState, "device_name")
        if device_id is None:
            device_id = LocalState(key="device_id", value=new_id())
            session.add(device_id)
        if device_name is None:
            # The host name, made fit as a typed name must be: every bundle carries it.
            name = DEVICE_NAME.fit(platform.node()) or "dator"
            device_name = LocalState(key="device_name", value=name)
            session.add(device_name)
        return device_id.value, device_name.value


class LiveDatabase:
    """`open_file` opens a database file ready for use (schema upgraded if it is older)."""

    def __init__(self, context: ServiceContext, changes: ChangeService, open_file: Opener) -> None:
        self.context = context
        self.changes = changes
        self._open = open_file

    def replaced(self, step: Callable[[Path], None]) -> None:
        """Close every connection, run `step` on the closed file's path, and open what is then
        at that path (the same file if the step failed) for every service."""
        path = self.context.db.path
        self.changes.close()
        self.context.db.close()
        try:
            step(path)
        finally:
            self._reopen(path)

    def _reopen(self, path: Path) -> None:
        db = self._open(path)
        context = self.context
        before = context.hlc.last
        context.db = db
        context.device_id, context.device_name = device_identity(db)
        with db.read() as session:
            state = session.get(LocalState, HLC_STATE_KEY)
        stored = Stamp.decode(state.value) if state is not None else None
        # Never a stamp older than one already given out here: an edit made after the restore
        # must still win over what this laptop may have sent to others before it.
        newest = before if stored is None or stored < before else stored
        context.hlc = HybridLogicalClock(context.device_id, newest)
        self.changes.watch_again(ChangeWatch(path))
