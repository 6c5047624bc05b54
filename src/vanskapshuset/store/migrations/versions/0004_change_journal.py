"""Sync journal: the rows written since this laptop's last sync segment, kept by triggers.

Revision ID: 0004_change_journal
Revises: 0003_sync
Create Date: 2026-12-07 00:50:00

Every insert or update of a synced table adds (table, id) to `change_journal` while the laptop
is in a team (local_state holds a team key) and has begun its chain of bundles; a part of an
activity (participant, partner) adds its activity, since parts travel with it. The triggers are
written out here as they were at this revision: a later synced table adds its own in its own
migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_change_journal"
down_revision: str | None = "0003_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROW_TABLES = (
    "setting",
    "age_band",
    "site",
    "leader",
    "organisation",
    "activity_type",
    "season",
    "activity_template",
    "day_log",
    "activity",
    "visit",
    "audit_log",
)
PART_TABLES = ("activity_participant", "activity_partner")
# In a team, and its chain of bundles begun (sync/journal.py): before the first bundle is
# written, everything goes into it whole, so nothing needs a journal (a first join takes in a
# million rows without writing a million entries).
IN_A_TEAM = (
    "EXISTS (SELECT 1 FROM local_state WHERE key = 'team_key') "
    "AND EXISTS (SELECT 1 FROM local_state WHERE key = 'sync_chain')"
)


def journal_triggers(table: str, journaled: str, key: str) -> list[str]:
    """SQL for the triggers that journal `journaled`'s row `key` when `table` changes."""
    events = [("insert", "NEW"), ("update", "NEW")]
    if table != journaled:
        events.append(("delete", "OLD"))  # a part removed changes its activity
    return [
        f"CREATE TRIGGER journal_{table}_{event} AFTER {event.upper()} ON {table} "
        f"WHEN {IN_A_TEAM} BEGIN "
        f"INSERT INTO change_journal (table_name, row_id) VALUES ('{journaled}', {row}.{key}); "
        "END"
        for event, row in events
    ]


def _all_triggers() -> list[tuple[str, str]]:
    found = [(table, sql) for table in ROW_TABLES for sql in journal_triggers(table, table, "id")]
    for table in PART_TABLES:
        found += [(table, sql) for sql in journal_triggers(table, "activity", "activity_id")]
    return found


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_journal")),
        sqlite_autoincrement=True,
    )
    for _table, sql in _all_triggers():
        op.execute(sql)


def downgrade() -> None:
    for table in (*ROW_TABLES, *PART_TABLES):
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS journal_{table}_{event}")
    op.drop_table("change_journal")
