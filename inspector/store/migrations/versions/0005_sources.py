"""Sources: the wall-clock time first given to each analysed footage, so a touched or copied file
keeps its event times (issue 15).

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # A new table only: existing rows are untouched.
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.String(500), nullable=False),
        sa.Column("origin_at", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("source_id", name="uq_sources_source_id"),
    )


def downgrade() -> None:
    op.drop_table("sources")
