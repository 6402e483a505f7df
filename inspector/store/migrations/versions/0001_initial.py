"""Initial schema: staff, stations, roster, events, reviews, inspections, monthly scores.

Revision ID: 0001
Revises:
"""

from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("code", name="uq_staff_code"),
    )
    op.create_table(
        "stations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("camera_source", sa.Text(), nullable=False),
        sa.Column("area", sa.Text(), nullable=False),
        sa.Column("roi_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_stations"),
        sa.UniqueConstraint("name", name="uq_stations_name"),
    )
    op.create_table(
        "roster",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("start_at", TS, nullable=False),
        sa.Column("end_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_roster"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_roster_staff_id_staff"),
        sa.ForeignKeyConstraint(["station_id"], ["stations.id"], name="fk_roster_station_id_stations"),
        sa.CheckConstraint("end_at > start_at", name="ck_roster_positive_span"),
    )
    op.create_index("ix_roster_station_span", "roster", ["station_id", "start_at", "end_at"])
    op.create_index("ix_roster_staff_span", "roster", ["staff_id", "start_at", "end_at"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(500), nullable=False),
        sa.Column("track_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("rule_id", sa.String(100), nullable=False),
        sa.Column("rules_version", sa.String(100), nullable=False),
        sa.Column("start_at", TS, nullable=False),
        sa.Column("end_at", TS, nullable=False),
        sa.Column("peak_confidence", sa.Float(), nullable=False),
        sa.Column("features_json", sa.Text(), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("clip_path", sa.Text(), nullable=True),
        sa.Column("thumbnail_path", sa.Text(), nullable=True),
        sa.Column("clip_status", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(["station_id"], ["stations.id"], name="fk_events_station_id_stations"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_events_staff_id_staff"),
        sa.UniqueConstraint("station_id", "source_id", "rule_id", "start_at", name="uq_events_natural_key"),
        sa.CheckConstraint("end_at >= start_at", name="ck_events_ordered_span"),
        sa.CheckConstraint("clip_status IN ('ok', 'missing', 'none')", name="ck_events_clip_status_valid"),
    )
    op.create_index("ix_events_start", "events", ["start_at"])
    op.create_index("ix_events_staff_start", "events", ["staff_id", "start_at"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_reviews_event_id_events"),
        sa.UniqueConstraint("event_id", name="uq_reviews_event_id"),
        sa.CheckConstraint("decision IN ('confirm', 'dismiss')", name="ck_reviews_decision_valid"),
    )
    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("items_json", sa.Text(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("inspector", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inspections"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_inspections_staff_id_staff"),
    )
    op.create_index("ix_inspections_staff_at", "inspections", ["staff_id", "at"])
    op.create_table(
        "monthly_scores",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("deducted", sa.Float(), nullable=False),
        sa.Column("pending", sa.Float(), nullable=False),
        sa.Column("computed_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_monthly_scores"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_monthly_scores_staff_id_staff"),
        sa.UniqueConstraint("staff_id", "month", name="uq_monthly_scores_staff_month"),
    )


def downgrade() -> None:
    for table in ("monthly_scores", "inspections", "reviews", "events", "roster", "stations", "staff"):
        op.drop_table(table)
