"""Retention: finding old evidence that may be deleted, and deleting it (the event stays)."""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Sequence

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

    def expire_clip(self, event_id: int, reason: str,
                    delete: Callable[[Sequence[str]], int] | None = None) -> EventRecord:
        """Marks an event's evidence as deleted (status ``expired``, paths cleared); the event stays.

        The actor and the event are checked first; only then are its files handed to ``delete``,
        inside the same transaction, so a refusal deletes nothing and a file that cannot be deleted
        leaves the event as it was. A file another unexpired event still refers to (data written
        before clips were named per event) is not handed over: that event's evidence stays whole.

        Args:
            event_id: The event.
            reason: Why (recorded in the audit trail).
            delete: Deletes the files it is given and returns how many it deleted; raises
                ``OSError`` when one cannot be deleted. None: the files are left alone.

        Raises:
            PermissionDenied: The actor may not run retention.
            InvalidInput: The event is confirmed or appealed (its evidence must be kept).
            OSError: From ``delete``; nothing was changed.
        """
        with self._write() as s:
            who = self._authorize(s, Permission.EXPIRE_CLIPS, "delete evidence")
            row = _event_row(s, event_id)
            review = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            if review is not None and review.decision == Decision.CONFIRM.value:
                raise InvalidInput(f"event {event_id} is confirmed; its evidence is kept")
            if s.scalar(select(S.Appeal.id).where(S.Appeal.event_id == row.id)) is not None:
                raise InvalidInput(f"event {event_id} is appealed; its evidence is kept")
            files = [p for p in dict.fromkeys((row.clip_path, row.thumbnail_path)) if p]
            shared = [p for p in files if _referenced_elsewhere(s, row.id, p)]
            deleted = delete([p for p in files if p not in shared]) if delete is not None else 0
            details = {"clip": row.clip_path, "thumbnail": row.thumbnail_path, "old_status": row.clip_status,
                       "reason": reason, "files_deleted": deleted, "kept_for_other_events": shared}
            row.clip_status, row.clip_path, row.thumbnail_path = ClipStatus.EXPIRED.value, None, None
            s.flush()
            self._audit(s, who, "clip.expire", f"event:{row.id}", details)
            return _event_record(s, row)


def _referenced_elsewhere(s, event_id: int, path: str) -> bool:
    """Whether an event other than ``event_id`` whose evidence has not expired refers to ``path``."""
    return s.scalar(select(S.Event.id).where(
        S.Event.id != event_id, S.Event.clip_status != ClipStatus.EXPIRED.value,
        or_(S.Event.clip_path == path, S.Event.thumbnail_path == path)).limit(1)) is not None
