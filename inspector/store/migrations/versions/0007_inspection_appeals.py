"""Inspection appeals and same-day replacement (issue 14).

A staff member appeals an inspection like an event (``inspection_appeals``, decided by a manager
or auditor); a second inspection of the same person on the same day replaces the first only when
asked to, and the first then records which inspection replaced it (``inspections.replaced_by``).

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # A nullable column: existing inspections read as in force, no table rebuild.
    op.add_column("inspections", sa.Column("replaced_by", sa.Integer(), nullable=True))
    op.create_table(
        "inspection_appeals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("decision", sa.String(16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_inspection_appeals"),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name="fk_inspection_appeals_inspection_id_inspections"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_inspection_appeals_user_id_users"),
        sa.UniqueConstraint("inspection_id", name="uq_inspection_appeals_inspection_id"),
    )


def downgrade() -> None:
    op.drop_table("inspection_appeals")
    with op.batch_alter_table("inspections") as batch:
        batch.drop_column("replaced_by")
