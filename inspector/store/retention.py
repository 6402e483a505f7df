"""Retention: finding old evidence that may be deleted, and deleting it (the event stays)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import InvalidInput
from inspector.store.records import ClipStatus, Decision, EventRecord
from inspector.store.rows import _aware, _event_record, _event_row, _to_event


class RetentionRepository(StoreCore):
    """The evidence retention methods of :class:`~inspector.store.Store`."""

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
