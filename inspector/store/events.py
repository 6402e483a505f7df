"""Events (rule breaks found in footage) with their evidence and staff member, and the reviews that
confirm or dismiss them."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Mapping

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import AlreadyDecided, Duplicate, InvalidInput, UnknownEvent
from inspector.store.records import ClipStatus, Decision, EventRecord, EventStatus, ReviewRecord
from inspector.store.rows import (StationKey, _appeal, _aware, _clean, _event_record, _event_row, _iso, _points,
                                  _review, _rostered, _scoped, _staff_row, _station_row, _to_event, _utcnow)


class EventRepository(StoreCore):
    """The event and review methods of :class:`~inspector.store.Store`: evidence, attribution, decisions."""

    # --- events --------------------------------------------------------------------------------

    def add_event(self, *, station: StationKey, source_id: str, rule_id: str, rules_version: str,
                  start: datetime, end: datetime, peak_confidence: float, features: Mapping[str, float],
                  points: float, track_id: int | None = None, clip_path: str | None = None,
                  thumbnail_path: str | None = None,
                  clip_status: ClipStatus | str = ClipStatus.NONE) -> tuple[EventRecord, bool]:
        """Records an event, attributing it through the roster at its start.

        Idempotent: the natural key (station, source_id, rule_id, start) identifies an event,
        so analysing the same file twice returns the stored event and ``False``.

        Args:
            station: Station id or name.
            source_id: Stable id of the footage (e.g. file content hash or camera source name).
            rule_id: The rule broken. rules_version: Version of the rules config that judged it.
            start, end: Aware timestamps of the episode (stored in UTC).
            peak_confidence: Highest confidence seen during the episode, 0..1.
            features: Feature values that triggered the rule (name -> number).
            points: Points the rule deducts if the event is confirmed.
            track_id: Tracker id of the person within the source, if known.
            clip_path, thumbnail_path, clip_status: Evidence (see :meth:`set_clip`).

        Returns:
            (the stored event, True if it was new).

        Raises:
            UnknownStation, InvalidInput, DatabaseLocked.
        """
        start, end = _aware(start, "event start"), _aware(end, "event end")
        if end < start:
            raise InvalidInput(f"event end {_iso(end)} is before start {_iso(start)}")
        source_id, rule_id = _clean(source_id, "source id"), _clean(rule_id, "rule id")
        rules_version = _clean(rules_version, "rules version")
        conf = _unit(peak_confidence, "peak confidence")
        pts = _points(points)
        feats = _features_json(features)
        status = _clip_status(clip_status, clip_path)
        with self._write() as s:
            self._authorize(s, Permission.RECORD_EVENTS, "record events")
            st = _station_row(s, station)
            existing = s.scalar(select(S.Event).where(
                S.Event.station_id == st.id, S.Event.source_id == source_id,
                S.Event.rule_id == rule_id, S.Event.start_at == start))
            if existing is not None:
                return _event_record(s, existing), False
            _refuse_shared_evidence(s, None, clip_path, thumbnail_path)
            staff = _rostered(s, st.id, start)
            row = S.Event(station_id=st.id, source_id=source_id, track_id=track_id,
                          staff_id=None if staff is None else staff.id, rule_id=rule_id,
                          rules_version=rules_version, start_at=start, end_at=end, peak_confidence=conf,
                          features_json=feats, points=pts, clip_path=clip_path, thumbnail_path=thumbnail_path,
                          clip_status=status.value, created_at=_utcnow())
            s.add(row)
            s.flush()
            return _event_record(s, row), True

    def source_origin(self, source_id: str, proposed: datetime) -> datetime:
        """The wall-clock time of a footage's stream time 0: the one fixed when it was first analysed,
        else ``proposed`` (which is then fixed).

        A file's content identifies it (:func:`inspector.analyze.file_source_id`), so the same
        recording touched, copied or renamed gets its first times back and its events are not
        counted twice.

        A source already known is only read (which never waits for another writer).

        Raises:
            PermissionDenied: The actor may not record events.
            InvalidInput: Empty source id or a naive ``proposed``.
            DatabaseLocked: The source is new and the database stayed locked.
        """
        source_id, proposed = _clean(source_id, "source id"), _aware(proposed, "source origin")
        with self._read() as s:
            known = s.scalar(select(S.Source.origin_at).where(S.Source.source_id == source_id))
        if known is not None:
            return known
        with self._write() as s:
            self._authorize(s, Permission.RECORD_EVENTS, "record events")
            row = s.scalar(select(S.Source).where(S.Source.source_id == source_id))
            if row is None:
                row = S.Source(source_id=source_id, origin_at=proposed, created_at=_utcnow())
                s.add(row)
                s.flush()
            return row.origin_at

    def update_event_end(self, event_id: int, end: datetime, *, peak_confidence: float | None = None,
                         features: Mapping[str, float] | None = None) -> EventRecord:
        """Moves an event's end (it never moves before the start); keeps the higher peak confidence.

        ``features`` replaces the stored trigger values when given (e.g. at the new peak).
        """
        end = _aware(end, "event end")
        with self._write() as s:
            self._authorize(s, Permission.RECORD_EVENTS, "record events")
            row = _event_row(s, event_id)
            if end < row.start_at:
                raise InvalidInput(f"event {event_id}: end {_iso(end)} is before its start {_iso(row.start_at)}")
            row.end_at = end
            if peak_confidence is not None:
                row.peak_confidence = max(row.peak_confidence, _unit(peak_confidence, "peak confidence"))
            if features is not None:
                row.features_json = _features_json(features)
            s.flush()
            return _event_record(s, row)

    def set_clip(self, event_id: int, status: ClipStatus | str, clip_path: str | None = None,
                 thumbnail_path: str | None = None) -> EventRecord:
        """Records the evidence of an event: ``ok`` needs the clip path; ``missing``/``none`` keep paths given.

        Raises:
            Duplicate: Another event already refers to the clip or thumbnail file (a file belongs to
                one event only, so that deleting one event's evidence never deletes another's).
        """
        st = _clip_status(status, clip_path)
        with self._write() as s:
            self._authorize(s, Permission.RECORD_EVENTS, "record evidence")
            row = _event_row(s, event_id)
            if row.clip_status == ClipStatus.EXPIRED.value:
                raise InvalidInput(f"event {event_id}: its evidence expired under retention and cannot be replaced")
            _refuse_shared_evidence(s, row.id, clip_path, thumbnail_path)
            row.clip_status = st.value
            row.clip_path = clip_path
            row.thumbnail_path = thumbnail_path
            s.flush()
            return _event_record(s, row)

    def assign_event(self, event_id: int, staff_code: str | None) -> EventRecord:
        """Sets (or clears, with None) the staff member of an event that is not yet decided."""
        with self._write() as s:
            who = self._authorize(s, Permission.REVIEW, "re-assign an event")
            row = _event_row(s, event_id)
            review = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if review is not None:
                raise AlreadyDecided(f"event {event_id} was already {review.decision}ed by {review.reviewer} "
                                     f"at {_iso(review.at)}; its staff member can no longer change")
            old = None if row.staff_id is None else s.scalar(select(S.Staff.code).where(S.Staff.id == row.staff_id))
            row.staff_id = None if staff_code is None else _staff_row(s, staff_code).id
            s.flush()
            self._audit(s, who, "event.assign", f"event:{row.id}", {"old": old, "new": staff_code})
            return _event_record(s, row)

    def reattribute_unassigned(self) -> int:
        """Attributes unassigned events through the roster (after a late roster import).

        Returns:
            How many events got a staff member.
        """
        n = 0
        with self._write() as s:
            who = self._authorize(s, Permission.CONFIGURE, "re-attribute events")
            changed = []
            for row in s.scalars(select(S.Event).where(S.Event.staff_id.is_(None))):
                staff = _rostered(s, row.station_id, row.start_at)
                if staff is not None:
                    row.staff_id = staff.id
                    changed.append([row.id, staff.code])
                    n += 1
            if changed:
                self._audit(s, who, "event.reattribute", "events", {"assigned": changed})
        return n

    def get_event(self, event_id: int) -> EventRecord:
        """One event. Raises UnknownEvent."""
        own = self._own_staff_id()
        with self._read() as s:
            row = _event_row(s, event_id)
            if own is not None and row.staff_id != own:
                raise UnknownEvent(f"unknown event id {event_id} (see `inspector review list`)")
            return _event_record(s, row)

    def list_events(self, *, since: datetime | None = None, until: datetime | None = None,
                    station: StationKey | None = None, staff_code: str | None = None,
                    status: EventStatus | str | None = None, unassigned: bool = False,
                    rule_id: str | None = None, source_id: str | None = None,
                    limit: int | None = None) -> list[EventRecord]:
        """Events starting in [since, until), ordered by start then id, with every filter optional.

        A staff actor gets only its own events whatever the filters say.
        """
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Event, S.Station.name, S.Staff.code, S.Review, S.Appeal, S.User.name)
                 .join(S.Station, S.Station.id == S.Event.station_id)
                 .outerjoin(S.Staff, S.Staff.id == S.Event.staff_id)
                 .outerjoin(S.Review, S.Review.event_id == S.Event.id)
                 .outerjoin(S.Appeal, S.Appeal.event_id == S.Event.id)
                 .outerjoin(S.User, S.User.id == S.Appeal.user_id)
                 .order_by(S.Event.start_at, S.Event.id))
            q = _scoped(s, q, S.Event, S.Event.start_at, own, since, until, station, staff_code)
            if unassigned:
                q = q.where(S.Event.staff_id.is_(None))
            if rule_id is not None:
                q = q.where(S.Event.rule_id == rule_id)
            if source_id is not None:
                q = q.where(S.Event.source_id == source_id)
            if status is not None:
                st = _event_status(status)
                overturned = S.Appeal.decision == "overturn"  # an overturned appeal dismisses its event
                if st is EventStatus.PENDING:
                    q = q.where(S.Review.id.is_(None), ~overturned | S.Appeal.decision.is_(None))
                elif st is EventStatus.CONFIRMED:
                    q = q.where(S.Review.decision == Decision.CONFIRM.value,
                                ~overturned | S.Appeal.decision.is_(None))
                else:
                    q = q.where((S.Review.decision == Decision.DISMISS.value) | overturned)
            if limit is not None:
                q = q.limit(int(limit))
            return [_to_event(e, sname, scode, rv, None if ap is None else _appeal(ap, uname))
                    for e, sname, scode, rv, ap, uname in s.execute(q)]

    # --- reviews -------------------------------------------------------------------------------

    def decide(self, event_id: int, decision: Decision | str, reviewer: str, comment: str = "",
               at: datetime | None = None) -> ReviewRecord:
        """Confirms or dismisses an event, once.

        Raises:
            AlreadyDecided: The event was decided before (the message names who and when).
            UnknownEvent, InvalidInput.
        """
        dec = _decision(decision)
        if self.actor is not None:  # a signed-in reviewer decides under their own name
            reviewer = self.actor.name if not self.actor.local_admin else f"local-admin ({self.actor.os_user})"
        reviewer = _clean(reviewer, "reviewer")
        when = _utcnow() if at is None else _aware(at, "review time")
        with self._write() as s:
            who = self._authorize(s, Permission.REVIEW, f"{dec.value} events")
            row = _event_row(s, event_id)
            prior = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if prior is not None:
                raise AlreadyDecided(
                    f"event {event_id} was already {prior.decision}ed by {prior.reviewer} at {_iso(prior.at)}"
                    + (f" ({prior.comment})" if prior.comment else "") + "; a decision is final")
            rv = S.Review(event_id=row.id, decision=dec.value, reviewer=reviewer, at=when, comment=comment or "")
            s.add(rv)
            try:
                s.flush()
            except IntegrityError:  # pragma: no cover - only reachable on a non-serialised backend race
                raise AlreadyDecided(f"event {event_id} was decided by someone else at the same moment") from None
            self._audit(s, who, f"review.{dec.value}", f"event:{row.id}",
                        {"reviewer": reviewer, "comment": comment or "", "at": when.isoformat(),
                         "rule_id": row.rule_id, "points": row.points})
            return _review(rv)


# --- validation --------------------------------------------------------------------------------

def _unit(value: float, what: str) -> float:
    v = float(value)
    if not (0.0 <= v <= 1.0):
        raise InvalidInput(f"{what} must be between 0 and 1, got {value!r}")
    return v


def _features_json(features: Mapping[str, float]) -> str:
    out = {}
    for k, v in features.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise InvalidInput(f"feature {k!r} must map a name to a finite number, got {v!r}")
        out[k] = float(v)
    return json.dumps(out, sort_keys=True)


def _clip_status(status: ClipStatus | str, clip_path: str | None) -> ClipStatus:
    try:
        st = ClipStatus(status)
    except ValueError:
        raise InvalidInput(f"clip status must be one of {[c.value for c in ClipStatus]}, got {status!r}") from None
    if st is ClipStatus.OK and not clip_path:
        raise InvalidInput("clip status 'ok' needs the clip path")
    return st


def _decision(decision: Decision | str) -> Decision:
    try:
        return Decision(decision)
    except ValueError:
        raise InvalidInput(f"decision must be 'confirm' or 'dismiss', got {decision!r}") from None


def _event_status(status: EventStatus | str) -> EventStatus:
    try:
        return EventStatus(status)
    except ValueError:
        raise InvalidInput(f"status must be one of {[s.value for s in EventStatus]}, got {status!r}") from None


def _refuse_shared_evidence(s, event_id: int | None, *paths: str | None) -> None:
    """Raises :class:`Duplicate` when an event other than ``event_id`` refers to one of ``paths``."""
    for path in filter(None, paths):
        other = s.scalar(select(S.Event.id).where(
            or_(S.Event.clip_path == path, S.Event.thumbnail_path == path),
            S.Event.id != (event_id if event_id is not None else -1)).limit(1))
        if other is not None:
            raise Duplicate(f"evidence file {path} already belongs to event {other}; "
                            "a file is the evidence of one event only")
