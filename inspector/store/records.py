"""Typed, frozen values that come out of the store (never ORM rows, never dicts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from types import MappingProxyType
from typing import Mapping


class ClipStatus(str, Enum):
    """State of an event's evidence clip."""

    OK = "ok"          # the clip file was written completely
    MISSING = "missing"  # a clip was due but could not be written (disk full, source ended...)
    NONE = "none"      # no clip was asked for (e.g. --no-clips)
    EXPIRED = "expired"  # the clip (and thumbnail) were deleted by retention; the event keeps its data


class Decision(str, Enum):
    """A reviewer's decision on an event."""

    CONFIRM = "confirm"
    DISMISS = "dismiss"


class EventStatus(str, Enum):
    """Where an event stands in review."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class StaffRecord:
    """A staff member."""

    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class StationRecord:
    """A service station: one camera watching one area."""

    id: int
    name: str
    camera_source: str
    area: str
    roi: tuple[float, float, float, float] | None
    """Normalised (x0, y0, x1, y1) region of the frame that is the post, or None for the whole frame."""


@dataclass(frozen=True)
class RosterEntry:
    """Who works at which station from ``start`` (inclusive) to ``end`` (exclusive), UTC."""

    id: int
    staff_id: int
    staff_code: str
    station_id: int
    station_name: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class RosterSpec:
    """A roster entry to be added (staff by code, station by name or id)."""

    staff_code: str
    station: int | str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class ReviewRecord:
    """The one decision taken on an event."""

    id: int
    event_id: int
    decision: Decision
    reviewer: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class AppealRecord:
    """A staff member's appeal against one of their events."""

    id: int
    event_id: int
    user: str
    """Account name of the staff member who appealed."""
    comment: str
    at: datetime
    decision: str | None = None
    """``uphold`` (the event stands) or ``overturn`` (it no longer counts), once decided; None while open."""
    reason: str | None = None
    """Why it was decided so (the staff member reads it)."""
    decided_by: str | None = None
    decided_at: datetime | None = None

    @property
    def overturned(self) -> bool:
        return self.decision == "overturn"


@dataclass(frozen=True)
class UserRecord:
    """A local account (never carries the password hash)."""

    id: int
    name: str
    role: str
    """``manager``, ``auditor`` or ``staff`` (see :class:`inspector.auth.Role`)."""
    staff_code: str | None
    """The staff member a staff account is; None for other roles."""
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class EventRecord:
    """One continuous violation at a station, as stored."""

    id: int
    station_id: int
    station_name: str
    source_id: str
    track_id: int | None
    staff_id: int | None
    """None when no roster entry covered the station at ``start`` (unassigned)."""
    staff_code: str | None
    rule_id: str
    rules_version: str
    start: datetime
    end: datetime
    peak_confidence: float
    features: Mapping[str, float]
    points: float
    clip_path: str | None
    thumbnail_path: str | None
    clip_status: ClipStatus
    review: ReviewRecord | None
    appeal: AppealRecord | None = None

    @property
    def status(self) -> EventStatus:
        """Pending until decided; then confirmed or dismissed (an overturned appeal dismisses it)."""
        if self.appeal is not None and self.appeal.overturned:
            return EventStatus.DISMISSED
        if self.review is None:
            return EventStatus.PENDING
        return EventStatus.CONFIRMED if self.review.decision is Decision.CONFIRM else EventStatus.DISMISSED

    @property
    def duration_s(self) -> float:
        """Length of the episode in seconds."""
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class InspectionRecord:
    """A shift-start grooming/uniform checklist for one staff member."""

    id: int
    staff_id: int
    staff_code: str
    at: datetime
    items: Mapping[str, bool]
    """Checklist item -> passed."""
    passed: bool
    points: float
    """Points this inspection deducts (0 when passed)."""
    inspector: str
    overrides: Mapping[str, "InspectionOverride"] = field(default_factory=dict)
    """Item -> the manager's override of what the camera found (only overridden items)."""
    replaced_by: int | None = None
    """Id of the same-day inspection that replaced this one; None while it is in force."""
    appeal: "InspectionAppealRecord | None" = None
    """The staff member's appeal against it, if any."""

    @property
    def deducted(self) -> float:
        """Points it costs: 0 when passed, replaced by a later inspection, or its appeal was overturned."""
        if self.passed or self.replaced_by is not None or (self.appeal is not None and self.appeal.overturned):
            return 0.0
        return self.points


@dataclass(frozen=True)
class InspectionAppealRecord:
    """A staff member's appeal against one of their inspections (decided like an event's appeal)."""

    id: int
    inspection_id: int
    user: str
    """Account name of the staff member who appealed."""
    comment: str
    at: datetime
    decision: str | None = None
    """``uphold`` (the deduction stands) or ``overturn`` (it no longer counts), once decided; None while open."""
    reason: str | None = None
    """Why it was decided so (the staff member reads it)."""
    decided_by: str | None = None
    decided_at: datetime | None = None

    @property
    def overturned(self) -> bool:
        return self.decision == "overturn"


@dataclass(frozen=True)
class InspectionOverride:
    """A manager's override of one inspection item.

    Attributes:
        status: The status the manager set (pass, fail, cannot_tell).
        reason: Why (required).
        by: Who overrode it.
    """

    status: str
    reason: str
    by: str = ""


@dataclass(frozen=True)
class CachedScore:
    """A row of the monthly score cache (recomputable from events at any time)."""

    staff_id: int
    month: str
    score: float
    deducted: float
    pending: float
    computed_at: datetime


def frozen_mapping(d: Mapping) -> Mapping:
    """Read-only copy of a mapping, for use inside frozen records."""
    return MappingProxyType(dict(d))


class GreetingStatus(str, Enum):
    """The verdict on one customer visit (see :class:`inspector.greeting.GreetingOutcome`)."""

    ON_TIME = "on_time"  # greeted within the window
    LATE = "late"        # greeted after the window, within the late limit
    MISSED = "missed"    # not greeted
    NOT_JUDGED = "not_judged"  # the customer left within the window

    @property
    def greeted(self) -> bool:
        """Whether the customer was greeted (on time or late)."""
        return self in (GreetingStatus.ON_TIME, GreetingStatus.LATE)


@dataclass(frozen=True)
class GreetingRecord:
    """One customer visit at a station and whether the responsible staff member greeted them, as stored."""

    id: int
    station_id: int
    station_name: str
    source_id: str
    customer_track: int
    staff_track: int
    staff_id: int | None
    """None when no roster entry covered the station at ``arrival`` (unassigned)."""
    staff_code: str | None
    kind: str
    """``first`` (greeting on approach) or ``second`` (second customer during service: a nod is due)."""
    status: GreetingStatus
    arrival: datetime
    """When the customer came within greeting range (UTC)."""
    greeted: datetime | None
    """When the greeting was complete (UTC), or None when not greeted."""
    actions: tuple[str, ...]
    """Actions seen (face, stand, nod, smile, speak), in the order they first happened."""
    rules_version: str

    @property
    def delay_s(self) -> float | None:
        """Seconds from arrival to the complete greeting, or None when not greeted."""
        return None if self.greeted is None else (self.greeted - self.arrival).total_seconds()
