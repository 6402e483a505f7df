"""Trust and safety: accounts, appeals, hash-chained audit trail, and the 'expired' clip status.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # On SQLite ``events`` is rebuilt (copy, drop, rename) to widen its CHECK; Store._migrate runs
    # migrations with foreign keys off and checks them (PRAGMA foreign_key_check) before committing.
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_users_staff_id_staff"),
        sa.UniqueConstraint("name", name="uq_users_name"),
        sa.CheckConstraint("role IN ('manager', 'auditor', 'staff')", name="ck_users_role_valid"),
        sa.CheckConstraint("role != 'staff' OR staff_id IS NOT NULL", name="ck_users_staff_linked"),
    )
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_appeals"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_appeals_event_id_events"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_appeals_user_id_users"),
        sa.UniqueConstraint("event_id", name="uq_appeals_event_id"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("details_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
        sa.CheckConstraint("id = 1", name="ck_audit_head_single_row"),
    )
    _set_clip_statuses("'ok', 'missing', 'none', 'expired'")


def _set_clip_statuses(values: str) -> None:
    """Replaces the check constraint on events.clip_status.

    SQLite cannot alter constraints, so the table is rebuilt (batch mode); other databases
    (PostgreSQL) drop and add the constraint in place — rebuilding there would drop the primary
    key that reviews and appeals reference.
    """
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("events", recreate="always") as batch:
            batch.drop_constraint("ck_events_clip_status_valid", type_="check")
            batch.drop_constraint("ck_events_ordered_span", type_="check")
            batch.create_check_constraint(op.f("ck_events_ordered_span"), "end_at >= start_at")
            batch.create_check_constraint(op.f("ck_events_clip_status_valid"), f"clip_status IN ({values})")
    else:
        op.drop_constraint("ck_events_clip_status_valid", "events", type_="check")
        op.create_check_constraint(op.f("ck_events_clip_status_valid"), "events", f"clip_status IN ({values})")


def downgrade() -> None:
    op.execute("UPDATE events SET clip_status = 'missing' WHERE clip_status = 'expired'")
    _set_clip_statuses("'ok', 'missing', 'none'")
    for table in ("audit_head", "audit_log", "appeals", "users"):
        op.drop_table(table)
