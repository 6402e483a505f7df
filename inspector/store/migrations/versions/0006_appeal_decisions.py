"""Appeal decisions: a manager or auditor upholds or overturns an appeal, with a reason (issue 14).

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: existing appeals read as open, no table rebuild.
    op.add_column("appeals", sa.Column("decision", sa.String(16), nullable=True))
    op.add_column("appeals", sa.Column("reason", sa.Text(), nullable=True))
    op.add_column("appeals", sa.Column("decided_by", sa.String(200), nullable=True))
    op.add_column("appeals", sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appeals") as batch:
        for name in ("decided_at", "decided_by", "reason", "decision"):
            batch.drop_column(name)
