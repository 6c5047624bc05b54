"""Uppföljning: surveys of actors and collaboration initiatives (agreement section 8).

Revision ID: 0008_follow_up
Revises: 0007_season_sites
Create Date: 2026-12-07 06:00:00

Two editable records that travel in sync like the others: their inserts and updates are
journaled while the laptop is in a team, by triggers of 0004's shape written out here as they
are at this revision. Organisations are named by id in a JSON list (as a template's partners),
so a merge of two organisations rewrites them (sync/name_merge.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_follow_up"
down_revision: str | None = "0007_season_sites"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("follow_up_survey", "follow_up_initiative")
# In a team, and its chain of bundles begun (sync/journal.py), as in 0004 and 0005.
IN_A_TEAM = (
    "EXISTS (SELECT 1 FROM local_state WHERE key = 'team_key') "
    "AND EXISTS (SELECT 1 FROM local_state WHERE key = 'sync_chain')"
)
EVENTS = ("insert", "update")


def _record_columns() -> list[sa.Column[object]]:
    """The columns every editable record carries (store/models.py: EditableRecord)."""
    return [
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("history", sa.Text(), server_default="[]", nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "follow_up_survey",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("organisation_ids", sa.Text(), nullable=False),
        sa.Column("with_text", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_survey")),
    )
    op.create_index(
        op.f("ix_follow_up_survey_held_on"), "follow_up_survey", ["held_on"], unique=False
    )
    op.create_table(
        "follow_up_initiative",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("partner_ids", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_initiative")),
    )
    for table in TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER journal_{table}_{event} AFTER {event.upper()} ON {table} "
                f"WHEN {IN_A_TEAM} BEGIN "
                f"INSERT INTO change_journal (table_name, row_id) VALUES ('{table}', NEW.id); "
                "END"
            )


def downgrade() -> None:
    for table in TABLES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS journal_{table}_{event}")
    op.drop_index(op.f("ix_follow_up_survey_held_on"), table_name="follow_up_survey")
    op.drop_table("follow_up_initiative")
    op.drop_table("follow_up_survey")
