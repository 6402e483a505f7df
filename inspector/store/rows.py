"""What several repositories of the store share: the station key, time and text checks, the
filters the listings share, row lookups, and the conversion of event rows into records."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from inspector.store import schema as S
from inspector.store.errors import InvalidInput, UnknownEvent, UnknownStaff, UnknownStation
from inspector.store.records import AppealRecord, ClipStatus, Decision, EventRecord, ReviewRecord, frozen_mapping


StationKey = int | str
"""A station by id (int) or by name (str; an all-digit name that matches no station is taken as an id)."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime, what: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidInput(f"{what} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(f"{what} {value.isoformat()} has no time zone; give an aware datetime")
    return value.astimezone(timezone.utc)


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


# --- validation --------------------------------------------------------------------------------

def _clean(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{what} must be a non-empty text, got {value!r}")
    return value.strip()


NAME_MAX = 100
"""Longest staff code, staff name or account name accepted."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _clean_name(value: str, what: str, max_len: int = NAME_MAX) -> str:
    """A name to store and print: control characters (terminal escapes, bidirectional overrides)
    removed, surrounding spaces trimmed, at most ``max_len`` characters.

    Raises:
        InvalidInput: Not text, empty once cleaned, or too long.
    """
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be a non-empty text, got {value!r}")
    cleaned = _CONTROL.sub("", value).strip()
    if not cleaned:
        raise InvalidInput(f"{what} must be a non-empty text, got {value!r}")
    if len(cleaned) > max_len:
        raise InvalidInput(f"{what} must have at most {max_len} characters, got {len(cleaned)}")
    return cleaned


def _points(value: float) -> float:
    v = float(value)
    if not math.isfinite(v) or v < 0:
        raise InvalidInput(f"points must be a finite number >= 0, got {value!r}")
    return v


def _scoped(s: Session, q, table, time_col, own: int | None, since: datetime | None, until: datetime | None,
            station: StationKey | None, staff_code: str | None):
    """``q`` narrowed by the filters the listings share: a staff actor's own rows (``own``), a time
    span [since, until) on ``time_col``, a station and a staff member (``table`` has ``staff_id``
    and, when ``station`` is given, ``station_id``)."""
    if own is not None:
        q = q.where(table.staff_id == own)
    if since is not None:
        q = q.where(time_col >= _aware(since, "since"))
    if until is not None:
        q = q.where(time_col < _aware(until, "until"))
    if station is not None:
        q = q.where(table.station_id == _station_row(s, station).id)
    if staff_code is not None:
        q = q.where(table.staff_id == _staff_row(s, staff_code).id)
    return q


# --- row lookups and conversions ---------------------------------------------------------------

def _staff_row(s: Session, code: str) -> S.Staff:
    row = s.scalar(select(S.Staff).where(S.Staff.code == str(code).strip()))
    if row is None:
        raise UnknownStaff(f"unknown staff code {code!r} (see `inspector staff list`)")
    return row


def _station_row(s: Session, key: StationKey) -> S.Station:
    row = None
    if isinstance(key, int) and not isinstance(key, bool):
        row = s.get(S.Station, key)
    elif isinstance(key, str):
        row = s.scalar(select(S.Station).where(S.Station.name == key.strip()))
        if row is None and key.strip().isdigit():
            row = s.get(S.Station, int(key))
    if row is None:
        names = ", ".join(s.scalars(select(S.Station.name).order_by(S.Station.name))) or "none defined"
        raise UnknownStation(f"unknown station {key!r} (known: {names}; add one with `inspector stations add`)")
    return row


def _event_row(s: Session, event_id: int) -> S.Event:
    row = s.get(S.Event, int(event_id))
    if row is None:
        raise UnknownEvent(f"unknown event id {event_id} (see `inspector review list`)")
    return row


def _rostered(s: Session, station_id: int, at: datetime) -> S.Staff | None:
    return s.scalar(select(S.Staff).join(S.Roster, S.Roster.staff_id == S.Staff.id).where(
        and_(S.Roster.station_id == station_id, S.Roster.start_at <= at, S.Roster.end_at > at)).limit(1))


def _staff_code(s: Session, staff_id: int | None) -> str | None:
    return None if staff_id is None else s.scalar(select(S.Staff.code).where(S.Staff.id == staff_id))


def _review(r: S.Review) -> ReviewRecord:
    return ReviewRecord(r.id, r.event_id, Decision(r.decision), r.reviewer, r.at, r.comment)


def _appeal(a: S.Appeal, user_name: str) -> AppealRecord:
    return AppealRecord(a.id, a.event_id, user_name, a.comment, a.at, a.decision, a.reason, a.decided_by,
                        a.decided_at)


def _to_event(e: S.Event, station_name: str, staff_code: str | None, review: S.Review | None,
              appeal: AppealRecord | None = None) -> EventRecord:
    return EventRecord(
        id=e.id, station_id=e.station_id, station_name=station_name, source_id=e.source_id,
        track_id=e.track_id, staff_id=e.staff_id, staff_code=staff_code, rule_id=e.rule_id,
        rules_version=e.rules_version, start=e.start_at, end=e.end_at, peak_confidence=e.peak_confidence,
        features=frozen_mapping(json.loads(e.features_json)), points=e.points, clip_path=e.clip_path,
        thumbnail_path=e.thumbnail_path, clip_status=ClipStatus(e.clip_status),
        review=None if review is None else _review(review), appeal=appeal)


def _event_record(s: Session, e: S.Event) -> EventRecord:
    station_name = s.scalar(select(S.Station.name).where(S.Station.id == e.station_id))
    staff_code = None if e.staff_id is None else s.scalar(select(S.Staff.code).where(S.Staff.id == e.staff_id))
    review = s.scalar(select(S.Review).where(S.Review.event_id == e.id))
    ap = s.execute(select(S.Appeal, S.User.name).join(S.User, S.User.id == S.Appeal.user_id)
                   .where(S.Appeal.event_id == e.id)).first()
    return _to_event(e, station_name, staff_code, review, None if ap is None else _appeal(*ap))
