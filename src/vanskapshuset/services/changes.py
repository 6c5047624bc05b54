"""Whether the data changed behind the window's back (a command, a sync, another program)."""

from vanskapshuset.store.change_watch import ChangeWatch


class ChangeService:
    """Asked about once a second by the window; each answer costs one query on an open
    connection. Commits made through this app's own engine count too (they are other
    connections to SQLite), so a caller may refresh once more than needed, never once less."""

    def __init__(self, watch: ChangeWatch) -> None:
        self._watch = watch

    def changed_since_last_poll(self) -> bool:
        return self._watch.changed()

    def watch_again(self, watch: ChangeWatch) -> None:
        """The database file was replaced (a restore): watch the new one from now on."""
        self._watch.close()
        self._watch = watch

    def close(self) -> None:
        self._watch.close()
