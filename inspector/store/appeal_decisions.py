"""Deciding appeals: a manager or auditor upholds or overturns a staff member's appeal, with a reason.

An overturned appeal makes its event count as dismissed (:attr:`EventRecord.status`), so every
score, report and filter follows; an upheld one leaves it as it is. An appeal of an event nobody
had reviewed yet decides the event too (upheld: confirmed; overturned: dismissed). Each decision
is recorded in the audit trail (``appeal.decide``) in the same transaction, and is final.
"""

from __future__ import annotations

from sqlalchemy import select

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import AlreadyDecided, InvalidInput, NotFound
from inspector.store.records import AppealRecord, Decision
from inspector.store.rows import _appeal, _clean, _event_row, _iso, _utcnow

APPEAL_DECISIONS = ("uphold", "overturn")


def checked_decision(decision: str, reason: str) -> str:
    """The cleaned reason of an appeal decision (events and inspections alike).

    Raises:
        InvalidInput: Another decision than ``uphold``/``overturn``, or no reason.
    """
    if decision not in APPEAL_DECISIONS:
        raise InvalidInput(f"an appeal is upheld or overturned, not {decision!r}")
    return _clean(reason, "reason for the appeal decision")


def refuse_second_decision(appeal: S.Appeal | S.InspectionAppeal, what: str) -> None:
    """Raises AlreadyDecided when the appeal against ``what`` (e.g. "event 4") was decided before."""
    if appeal.decision is not None:
        done = {"uphold": "upheld", "overturn": "overturned"}.get(appeal.decision, appeal.decision)
        raise AlreadyDecided(f"the appeal against {what} was already {done} by "
                             f"{appeal.decided_by} at {_iso(appeal.decided_at)}")


class AppealDecisionRepository(StoreCore):
    """The appeal decision method of :class:`~inspector.store.Store`."""

    def decide_appeal(self, event_id: int, decision: str, reason: str) -> AppealRecord:
        """Upholds or overturns the appeal against an event, once, with the reason the staff member reads.

        Raises:
            PermissionDenied: The actor may not review events (managers and auditors may).
            NotFound: The event was not appealed.
            AlreadyDecided: The appeal was decided before.
            InvalidInput: Another decision than ``uphold``/``overturn``, or no reason.
        """
        reason = checked_decision(decision, reason)
        with self._write() as s:
            who = self._authorize(s, Permission.REVIEW, "decide appeals")
            row = _event_row(s, event_id)
            ap = s.scalar(select(S.Appeal).where(S.Appeal.event_id == row.id))
            if ap is None:
                raise NotFound(f"event {event_id} was not appealed")
            refuse_second_decision(ap, f"event {event_id}")
            now = _utcnow()
            review = s.scalar(select(S.Review).where(S.Review.event_id == row.id))
            decided_event = None
            if review is None:  # nobody had reviewed it: the appeal's decision is the event's too
                decided_event = (Decision.CONFIRM if decision == "uphold" else Decision.DISMISS).value
                s.add(S.Review(event_id=row.id, decision=decided_event, reviewer=who.actor, at=now,
                               comment=reason))
            ap.decision, ap.reason, ap.decided_by, ap.decided_at = decision, reason, who.actor, now
            s.flush()
            self._audit(s, who, "appeal.decide", f"event:{row.id}",
                        {"decision": decision, "reason": reason, "at": now.isoformat(),
                         "event_decided": decided_event})
            user = s.scalar(select(S.User.name).where(S.User.id == ap.user_id)) or ""
            return _appeal(ap, user)
