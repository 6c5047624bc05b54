"""Weekly activity templates (activity_template).

Revision ID: 0002_activity_template
Revises: 0001_initial
Create Date: 2026-11-23 16:59:32.944909
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_activity_template"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("type_id", sa.String(length=36), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=True),
        sa.Column("organiser_id", sa.String(length=36), nullable=True),
        sa.Column("partner_ids", sa.Text(), nullable=False),
        sa.Column("leader_count", sa.Integer(), nullable=False),
        sa.Column("knowledge_exchange", sa.Boolean(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisation.id"],
            name=op.f("fk_activity_template_organiser_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_activity_template_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["activity_type.id"],
            name=op.f("fk_activity_template_type_id_activity_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_template")),
    )


def downgrade() -> None:
    op.drop_table("activity_template")
