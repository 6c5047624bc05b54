"""This laptop's own sync memos in local_state (they never travel): read one, write one."""

from sqlalchemy.engine import Connection

from vanskapshuset.services.context import ServiceContext
from vanskapshuset.store.models import LocalState


def read_local(context: ServiceContext, key: str) -> str | None:
    with context.db.read() as session:
        state = session.get(LocalState, key)
    return None if state is None else state.value


def write_local(connection: Connection, key: str, value: str) -> None:
    """In the caller's transaction: a memo is kept with what it remembers, or not at all."""
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)", (key, value)
    )
