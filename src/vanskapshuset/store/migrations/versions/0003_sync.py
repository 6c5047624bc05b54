"""Sync: the exchange log, lost conflicts, and the edit history of every editable record.

Revision ID: 0003_sync
Revises: 0002_activity_template
Create Date: 2026-11-23 18:10:17.790700
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync"
down_revision: str | None = "0002_activity_template"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EDITABLE_TABLES = (
    "activity",
    "activity_template",
    "activity_type",
    "age_band",
    "day_log",
    "leader",
    "organisation",
    "season",
    "setting",
    "site",
)


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("found_at", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("lost_hlc", sa.String(length=80), nullable=False),
        sa.Column("lost_device_id", sa.String(length=36), nullable=False),
        sa.Column("lost_values", sa.Text(), nullable=False),
        sa.Column("won_hlc", sa.String(length=80), nullable=False),
        sa.Column("won_device_id", sa.String(length=36), nullable=False),
        sa.Column("won_values", sa.Text(), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint(
            "table_name",
            "record_id",
            "lost_hlc",
            name=op.f("uq_sync_conflict_table_name_record_id_lost_hlc"),
        ),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_found_at"), ["found_at"], unique=False)

    op.create_table(
        "sync_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=120), nullable=False),
        sa.Column("bundle_created_at", sa.String(length=40), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("visits_new", sa.Integer(), nullable=False),
        sa.Column("records_new", sa.Integer(), nullable=False),
        sa.Column("records_updated", sa.Integer(), nullable=False),
        sa.Column("records_unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_log_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_log_digest"), ["digest"], unique=False)

    # ADD COLUMN, no table copy: SQLite supports it for a column with a constant default.
    for table in EDITABLE_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("history", sa.Text(), server_default="[]", nullable=False)
            )


def downgrade() -> None:
    for table in EDITABLE_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("history")

    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_log_digest"))
        batch_op.drop_index(batch_op.f("ix_sync_log_device_id"))
        batch_op.drop_index(batch_op.f("ix_sync_log_at"))

    op.drop_table("sync_log")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_found_at"))

    op.drop_table("sync_conflict")
