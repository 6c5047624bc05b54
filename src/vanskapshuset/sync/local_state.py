"""Writing one of this laptop's own sync memos in local_state (they never travel) inside the
caller's transaction; reading one is SettingsService.local."""

from sqlalchemy.engine import Connection


def write_local(connection: Connection, key: str, value: str) -> None:
    """In the caller's transaction: a memo is kept with what it remembers, or not at all."""
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)", (key, value)
    )
