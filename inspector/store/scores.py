"""The monthly score cache: scores computed by :mod:`inspector.scoring`, saved per month."""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import select

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import InvalidInput
from inspector.store.records import CachedScore
from inspector.store.rows import _aware


class ScoreRepository(StoreCore):
    """The monthly score cache methods of :class:`~inspector.store.Store`."""

    # --- monthly score cache -------------------------------------------------------------------

    def save_monthly_scores(self, month: str, scores: Sequence[CachedScore]) -> None:
        """Replaces the cached scores of a month (one transaction)."""
        with self._write() as s:
            who = self._authorize(s, Permission.RECALCULATE, "recalculate scores")
            for old in s.scalars(select(S.MonthlyScore).where(S.MonthlyScore.month == month)):
                s.delete(old)
            s.flush()
            for c in scores:
                if c.month != month:
                    raise InvalidInput(f"cached score for {c.month} given while saving {month}")
                s.add(S.MonthlyScore(staff_id=c.staff_id, month=month, score=c.score, deducted=c.deducted,
                                     pending=c.pending, computed_at=_aware(c.computed_at, "computed_at")))
            s.flush()
            self._audit(s, who, "scores.recalculate", f"month:{month}",
                        {"scores": {str(c.staff_id): [c.score, c.deducted, c.pending] for c in scores}})

    def list_monthly_scores(self, month: str) -> list[CachedScore]:
        """Cached scores of a month (may be stale; recompute with :mod:`inspector.scoring`)."""
        own = self._own_staff_id()
        with self._read() as s:
            q = select(S.MonthlyScore).where(S.MonthlyScore.month == month).order_by(S.MonthlyScore.staff_id)
            if own is not None:
                q = q.where(S.MonthlyScore.staff_id == own)
            return [CachedScore(r.staff_id, r.month, r.score, r.deducted, r.pending, r.computed_at)
                    for r in s.scalars(q)]
