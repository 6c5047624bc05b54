"""New visitors: a visit can be marked as the child's first visit this season.

Revision ID: 0006_visit_new
Revises: 0005_record_alias
Create Date: 2026-12-07 06:00:00

`visit.is_new` is 0 for every visit counted before (nothing was marked then). The covering
index the statistics read (`ix_visit_stats`) takes the column last, so the new visitors are
summed from the index as the visits are, without touching the table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_visit_new"
down_revision: str | None = "0005_record_alias"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_INDEX = ["local_date", "site_id", "gender", "age_band", "delta"]


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite allows NOT NULL with a default): no copy of a large table.
    op.add_column(
        "visit",
        sa.Column("is_new", sa.Boolean(), server_default=sa.text("0"), nullable=False),
    )
    op.drop_index("ix_visit_stats", table_name="visit")
    op.create_index("ix_visit_stats", "visit", [*OLD_INDEX, "is_new"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_stats", table_name="visit")
    op.create_index("ix_visit_stats", "visit", OLD_INDEX, unique=False)
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy: the copy would lose the
    # journal triggers on visit (0004).
    op.drop_column("visit", "is_new")
