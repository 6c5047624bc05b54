"""A season covers the sites it runs at: `season.site_ids` replaces `season.site_id`.

Revision ID: 0007_season_sites
Revises: 0006_visit_new
Create Date: 2026-12-07 06:10:00

`site_ids` is a JSON list of site ids, sorted; an empty list means every site, as a NULL
`site_id` did. Each existing season keeps its one site. The old column is dropped: a laptop
still on 0005 refuses bundles of a newer schema anyway (it asks to be updated), and a bundle
it wrote is read by converting its `site_id` (sync/old_columns.py). SQLite copies the table
to drop a column, which drops its triggers: the two journal triggers of 0004 are written
again, as they are at this revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_season_sites"
down_revision: str | None = "0006_visit_new"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "season"
IN_A_TEAM = (
    "EXISTS (SELECT 1 FROM local_state WHERE key = 'team_key') "
    "AND EXISTS (SELECT 1 FROM local_state WHERE key = 'sync_chain')"
)
EVENTS = ("insert", "update")


def _triggers() -> None:
    for event in EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS journal_{TABLE}_{event}")
        op.execute(
            f"CREATE TRIGGER journal_{TABLE}_{event} AFTER {event.upper()} ON {TABLE} "
            f"WHEN {IN_A_TEAM} BEGIN "
            f"INSERT INTO change_journal (table_name, row_id) VALUES ('{TABLE}', NEW.id); "
            "END"
        )


def upgrade() -> None:
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.add_column(sa.Column("site_ids", sa.Text(), server_default="[]", nullable=False))
    # json_array writes '["<id>"]', the text json.dumps writes for a list of one id
    op.execute(f"UPDATE {TABLE} SET site_ids = json_array(site_id) WHERE site_id IS NOT NULL")
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_constraint("fk_season_site_id_site", type_="foreignkey")
        batch_op.drop_column("site_id")
    _triggers()


def downgrade() -> None:
    """Back to one site: a season of several sites keeps its first (every site when none)."""
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.add_column(sa.Column("site_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key("fk_season_site_id_site", "site", ["site_id"], ["id"])
    op.execute(f"UPDATE {TABLE} SET site_id = json_extract(site_ids, '$[0]')")
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_column("site_ids")
    _triggers()
