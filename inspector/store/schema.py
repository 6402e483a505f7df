"""ORM tables. Private to the store: nothing outside :mod:`inspector.store` sees these rows.

The migration scripts in ``migrations/versions`` create exactly these tables; a test
compares the migrated database with this metadata.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (Boolean, CheckConstraint, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Text, TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timestamps stored in UTC; naive datetimes are refused, values come back UTC-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"timestamp {value.isoformat()} has no time zone; give an aware datetime")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Station(Base):
    __tablename__ = "stations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    camera_source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    area: Mapped[str] = mapped_column(Text, nullable=False, default="")
    roi_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class Roster(Base):
    __tablename__ = "roster"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="positive_span"),
        Index("ix_roster_station_span", "station_id", "start_at", "end_at"),
        Index("ix_roster_staff_span", "staff_id", "start_at", "end_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), nullable=False)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("station_id", "source_id", "rule_id", "start_at", name="uq_events_natural_key"),
        CheckConstraint("end_at >= start_at", name="ordered_span"),
        CheckConstraint("clip_status IN ('ok', 'missing', 'none', 'expired')", name="clip_status_valid"),
        Index("ix_events_start", "start_at"),
        Index("ix_events_staff_start", "staff_id", "start_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), nullable=False)
    source_id: Mapped[str] = mapped_column(String(500), nullable=False)
    track_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    rule_id: Mapped[str] = mapped_column(String(100), nullable=False)
    rules_version: Mapped[str] = mapped_column(String(100), nullable=False)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    peak_confidence: Mapped[float] = mapped_column(Float, nullable=False)
    features_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    points: Mapped[float] = mapped_column(Float, nullable=False)
    clip_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    thumbnail_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    clip_status: Mapped[str] = mapped_column(String(16), nullable=False, default="none")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint("decision IN ('confirm', 'dismiss')", name="decision_valid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), unique=True, nullable=False)
    decision: Mapped[str] = mapped_column(String(16), nullable=False)
    reviewer: Mapped[str] = mapped_column(String(200), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Inspection(Base):
    __tablename__ = "inspections"
    __table_args__ = (Index("ix_inspections_staff_at", "staff_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    items_json: Mapped[str] = mapped_column(Text, nullable=False)
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    points: Mapped[float] = mapped_column(Float, nullable=False)
    inspector: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    overrides_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}", server_default="{}")
    replaced_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """Id of the same-day inspection that replaced this one (it then no longer counts); None while in force."""


class MonthlyScore(Base):
    __tablename__ = "monthly_scores"
    __table_args__ = (UniqueConstraint("staff_id", "month", name="uq_monthly_scores_staff_month"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    deducted: Mapped[float] = mapped_column(Float, nullable=False)
    pending: Mapped[float] = mapped_column(Float, nullable=False)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


# --- trust and safety (migration 0002) ---------------------------------------------------------

class User(Base):
    """A local account: a role, a slow salted password hash and, for staff, the staff member it is."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('manager', 'auditor', 'staff')", name="role_valid"),
        CheckConstraint("role != 'staff' OR staff_id IS NOT NULL", name="staff_linked"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Appeal(Base):
    """A staff member's appeal against one of their events (one per event)."""

    __tablename__ = "appeals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), unique=True, nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """``uphold`` or ``overturn`` once a manager or auditor decided the appeal; None while open."""
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class InspectionAppeal(Base):
    """A staff member's appeal against one of their inspections (one per inspection)."""

    __tablename__ = "inspection_appeals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), unique=True, nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """``uphold`` or ``overturn`` once a manager or auditor decided the appeal; None while open."""
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    """One append-only audit row; ``hash`` = SHA-256 of ``prev_hash`` and the row's canonical content."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    os_user: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    target: Mapped[str] = mapped_column(String(200), nullable=False)
    details_json: Mapped[str] = mapped_column(Text, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditHead(Base):
    """The single row naming the newest audit entry (so a deleted tail is detected too)."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, nullable=False)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


# --- greeting outcomes (migration 0003) --------------------------------------------------------

class Source(Base):
    """Analysed footage: the wall-clock time of its stream time 0, fixed when it is first analysed."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(500), unique=True, nullable=False)
    origin_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Greeting(Base):
    """One customer visit judged by the greeting monitor, attributed through the roster at arrival."""

    __tablename__ = "greetings"
    __table_args__ = (
        UniqueConstraint("station_id", "source_id", "customer_track", "arrival_at", name="uq_greetings_natural_key"),
        CheckConstraint("kind IN ('first', 'second')", name="kind_valid"),
        CheckConstraint("status IN ('on_time', 'late', 'missed', 'not_judged')", name="status_valid"),
        CheckConstraint("greeted_at IS NULL OR greeted_at >= arrival_at", name="ordered"),
        CheckConstraint("(greeted_at IS NOT NULL) = (status IN ('on_time', 'late'))",
                        name="greeted_iff_greeted_at"),
        Index("ix_greetings_arrival", "arrival_at"),
        Index("ix_greetings_staff_arrival", "staff_id", "arrival_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), nullable=False)
    source_id: Mapped[str] = mapped_column(String(500), nullable=False)
    customer_track: Mapped[int] = mapped_column(Integer, nullable=False)
    staff_track: Mapped[int] = mapped_column(Integer, nullable=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    arrival_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    greeted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    actions: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    rules_version: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
