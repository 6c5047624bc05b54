"""Alembic environment. No fileConfig: the app's own logging must stay as it is."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from vanskapshuset.store.models import Base

connection = context.config.attributes.get("connection")


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # developers: `alembic -x url=sqlite:///scratch.sqlite revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True)["url"]
    with create_engine(url).connect() as scratch:
        run(scratch)
        scratch.commit()
