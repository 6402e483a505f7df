"""Inspection overrides: the manager's overridden items, each with the new status, the reason and who (issue 6).

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column with a server default: existing inspections read as "no override", no table rebuild.
    op.add_column("inspections", sa.Column("overrides_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("inspections") as batch:
        batch.drop_column("overrides_json")
