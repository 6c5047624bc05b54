"""Merged names: which named record (site, organisation, …) was merged into which after sync.

Revision ID: 0005_record_alias
Revises: 0004_change_journal
Create Date: 2026-12-07 01:00:00

`record_alias` is a synced, append-only table (sync/name_merge.py); like every synced table its
inserts and updates are journaled while the laptop is in a team, by triggers of 0004's shape,
written out here as they are at this revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_record_alias"
down_revision: str | None = "0004_change_journal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "record_alias"
# In a team, and its chain of bundles begun (sync/journal.py): before the first bundle is
# written, everything goes into it whole, so nothing needs a journal (a first join takes in a
# million rows without writing a million entries).
IN_A_TEAM = (
    "EXISTS (SELECT 1 FROM local_state WHERE key = 'team_key') "
    "AND EXISTS (SELECT 1 FROM local_state WHERE key = 'sync_chain')"
)
EVENTS = ("insert", "update")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("canonical_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_alias")),
    )
    for event in EVENTS:
        op.execute(
            f"CREATE TRIGGER journal_{TABLE}_{event} AFTER {event.upper()} ON {TABLE} "
            f"WHEN {IN_A_TEAM} BEGIN "
            f"INSERT INTO change_journal (table_name, row_id) VALUES ('{TABLE}', NEW.id); "
            "END"
        )


def downgrade() -> None:
    for event in EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS journal_{TABLE}_{event}")
    op.drop_table(TABLE)
