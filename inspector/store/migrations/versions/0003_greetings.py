"""Greeting outcomes: one row per customer visit judged by the greeting monitor (issue 5).

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # A new table only: no rebuild of existing tables, so existing rows are untouched.
    op.create_table(
        "greetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(500), nullable=False),
        sa.Column("customer_track", sa.Integer(), nullable=False),
        sa.Column("staff_track", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("arrival_at", TS, nullable=False),
        sa.Column("greeted_at", TS, nullable=True),
        sa.Column("actions", sa.String(200), nullable=False),
        sa.Column("rules_version", sa.String(100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_greetings"),
        sa.ForeignKeyConstraint(["station_id"], ["stations.id"], name="fk_greetings_station_id_stations"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_greetings_staff_id_staff"),
        sa.UniqueConstraint("station_id", "source_id", "customer_track", "arrival_at",
                            name="uq_greetings_natural_key"),
        sa.CheckConstraint("kind IN ('first', 'second')", name="ck_greetings_kind_valid"),
        sa.CheckConstraint("status IN ('on_time', 'late', 'missed', 'not_judged')", name="ck_greetings_status_valid"),
        sa.CheckConstraint("greeted_at IS NULL OR greeted_at >= arrival_at", name="ck_greetings_ordered"),
        sa.CheckConstraint("(greeted_at IS NOT NULL) = (status IN ('on_time', 'late'))",
                           name="ck_greetings_greeted_iff_greeted_at"),
    )
    op.create_index("ix_greetings_arrival", "greetings", ["arrival_at"])
    op.create_index("ix_greetings_staff_arrival", "greetings", ["staff_id", "arrival_at"])


def downgrade() -> None:
    op.drop_index("ix_greetings_staff_arrival", table_name="greetings")
    op.drop_index("ix_greetings_arrival", table_name="greetings")
    op.drop_table("greetings")
