"""The single writer of the conduct database.

Every write is a method of :class:`Store` and runs in exactly one transaction (on SQLite
``BEGIN IMMEDIATE``, so the write lock is taken up front and concurrent writers queue for
up to the busy timeout instead of failing half-way). Everything that comes out is a frozen
record from :mod:`inspector.store.records`.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import or_, select

from inspector import audit as A
from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.accounts import AccountRepository
from inspector.store.errors import InvalidInput, PermissionDenied
from inspector.store.events import EventRepository
from inspector.store.greetings import GreetingRepository
from inspector.store.inspections import InspectionRepository
from inspector.store.people import PeopleRepository
from inspector.store.records import ClipStatus, Decision, EventRecord, frozen_mapping
from inspector.store.rows import _aware, _event_record, _event_row, _to_event
from inspector.store.scores import ScoreRepository


class Store(PeopleRepository, EventRepository, GreetingRepository, InspectionRepository, ScoreRepository, AccountRepository):
    """The conduct database: staff, stations, roster, events, reviews, inspections, score cache,
    accounts, appeals and the audit trail.

    Create with :meth:`open`; close with :meth:`close` or use as a context manager.

    Every write checks the permission of :attr:`actor` (see :mod:`inspector.auth`) inside its
    transaction and, for human decisions and configuration, appends a hash-chained audit row in
    the same transaction. ``actor=None`` is allowed only while the database has no account yet
    (open mode). A staff actor reads only its own events, inspections and scores.
    """

    # --- retention -----------------------------------------------------------------------------

    def retention_candidates(self, before: datetime) -> list[EventRecord]:
        """Events that started before ``before`` and still hold a clip or thumbnail, and are neither
        confirmed nor appealed (their evidence may be deleted)."""
        before = _aware(before, "retention cut-off")
        with self._read() as s:
            q = (select(S.Event, S.Station.name, S.Staff.code, S.Review)
                 .join(S.Station, S.Station.id == S.Event.station_id)
                 .outerjoin(S.Staff, S.Staff.id == S.Event.staff_id)
                 .outerjoin(S.Review, S.Review.event_id == S.Event.id)
                 .outerjoin(S.Appeal, S.Appeal.event_id == S.Event.id)
                 .where(S.Event.start_at < before, S.Event.clip_status != ClipStatus.EXPIRED.value,
                        or_(S.Event.clip_path.is_not(None), S.Event.thumbnail_path.is_not(None)),
                        S.Appeal.id.is_(None),
                        or_(S.Review.id.is_(None), S.Review.decision != Decision.CONFIRM.value))
                 .order_by(S.Event.start_at, S.Event.id))
            return [_to_event(e, sname, scode, rv) for e, sname, scode, rv in s.execute(q)]

    def expire_clip(self, event_id: int, reason: str) -> EventRecord:
        """Marks an event's evidence as deleted (status ``expired``, paths cleared); the event stays.

        Raises:
            PermissionDenied: The actor may not run retention.
            InvalidInput: The event is confirmed or appealed (its evidence must be kept).
        """
        with self._write() as s:
            who = self._authorize(s, Permission.EXPIRE_CLIPS, "delete evidence")
            row = _event_row(s, event_id)
            review = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if review is not None and review.decision == Decision.CONFIRM.value:
                raise InvalidInput(f"event {event_id} is confirmed; its evidence is kept")
            if s.scalar(select(S.Appeal.id).where(S.Appeal.event_id == row.id)) is not None:
                raise InvalidInput(f"event {event_id} is appealed; its evidence is kept")
            details = {"clip": row.clip_path, "thumbnail": row.thumbnail_path, "old_status": row.clip_status,
                       "reason": reason}
            row.clip_status, row.clip_path, row.thumbnail_path = ClipStatus.EXPIRED.value, None, None
            s.flush()
            self._audit(s, who, "clip.expire", f"event:{row.id}", details)
            return _event_record(s, row)

    # --- audit trail ---------------------------------------------------------------------------

    def list_audit(self, *, limit: int | None = None) -> list[A.AuditRecord]:
        """Audit rows in chain order (newest ``limit`` when given). Managers and auditors; open mode."""
        if not self.can(Permission.READ_AUDIT):
            raise PermissionDenied(f"{self.actor.label} may not read the audit trail")
        with self._read() as s:
            q = select(S.AuditEntry).order_by(S.AuditEntry.id.desc() if limit else S.AuditEntry.id)
            if limit:
                q = q.limit(int(limit))
            rows = [_audit_record(r) for r in s.scalars(q)]
        return sorted(rows, key=lambda r: r.id)

    def audit_head(self) -> tuple[int, str] | None:
        """(last id, last hash) recorded by the head row, or None when nothing was audited yet."""
        with self._read() as s:
            h = s.get(S.AuditHead, 1)
            return None if h is None else (h.last_id, h.last_hash)

    def verify_audit(self) -> tuple[A.AuditProblem, ...]:
        """Checks the whole audit chain (see :func:`inspector.audit.verify_chain`)."""
        return A.verify_chain(self.list_audit(), self.audit_head())


# --- row lookups and conversions ---------------------------------------------------------------

def _audit_record(r: S.AuditEntry) -> A.AuditRecord:
    try:
        details = json.loads(r.details_json)
    except ValueError:
        details = {"unreadable": r.details_json}
    if not isinstance(details, dict):
        details = {"value": details}
    return A.AuditRecord(r.id, r.at, r.actor, r.role, r.os_user, r.action, r.target, frozen_mapping(details),
                         r.prev_hash, r.hash)
