"""`check`: is the database file whole and consistent?"""

from dataclasses import dataclass

from vanskapshuset.store.database import Database
from vanskapshuset.store.schema import HEAD_REVISION, current_revision


@dataclass(frozen=True)
class HealthReport:
    integrity: list[str]
    broken_references: int
    revision: str | None

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.broken_references == 0
            and self.revision == HEAD_REVISION
        )


def check_database(db: Database) -> HealthReport:
    with db.engine.connect() as connection:
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return HealthReport(integrity, len(broken), current_revision(db))
