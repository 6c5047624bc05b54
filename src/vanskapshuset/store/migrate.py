"""Running the alembic migrations shipped inside the package (imported only when due).

SQLite traps handled here: the whole upgrade is one transaction (transactional DDL through the
recipe in database.py); foreign keys are switched off outside that transaction, because batch
migrations copy and drop tables, and `foreign_key_check` must be clean before the commit.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

from vanskapshuset.domain.errors import UserError
from vanskapshuset.messages import store as said
from vanskapshuset.store.database import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(db: Database) -> None:
    with db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.execution_options(vanskapshuset_begin="IMMEDIATE").begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise UserError(said.UPGRADE_WOULD_BREAK(len(broken)))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
