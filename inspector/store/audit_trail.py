"""Reading and verifying the hash-chained audit trail (:meth:`inspector.store.core.StoreCore._audit` writes it)."""

from __future__ import annotations

import json

from sqlalchemy import select

from inspector import audit as A
from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.records import frozen_mapping


class AuditRepository(StoreCore):
    """The audit trail reading methods of :class:`~inspector.store.Store`."""

    # --- audit trail ---------------------------------------------------------------------------

    def list_audit(self, *, limit: int | None = None) -> list[A.AuditRecord]:
        """Audit rows in chain order (newest ``limit`` when given). Managers and auditors; open mode."""
        if not self.can(Permission.READ_AUDIT):
            raise self._refusal("read the audit trail")
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
        """Checks the whole audit chain (:func:`inspector.audit.verify_chain`), then the reviews,
        appeals and reviewed events' points against the rows that recorded them
        (:func:`inspector.audit.cross_check`), so a direct edit of those tables is named too."""
        rows = self.list_audit()
        reviews, appeals, events = self._audited_tables(rows)
        return A.verify_chain(rows, self.audit_head()) + A.cross_check(rows, reviews, appeals, events,
                                                                       self._inspection_appeal_facts())

    def _inspection_appeal_facts(self) -> list[A.AppealFact]:
        """Every appeal against an inspection, as the cross-check reads it."""
        with self._read() as s:
            return [A.AppealFact(ap.inspection_id, name or "", ap.comment, ap.decision, ap.reason, ap.decided_by,
                                 ap.decided_at)
                    for ap, name in s.execute(select(S.InspectionAppeal, S.User.name)
                                              .outerjoin(S.User, S.User.id == S.InspectionAppeal.user_id)
                                              .order_by(S.InspectionAppeal.inspection_id))]

    def _audited_tables(self, rows: list[A.AuditRecord]) -> tuple[list[A.ReviewFact], list[A.AppealFact],
                                                                  dict[int, A.EventFact]]:
        """Every review and appeal, and the events the reviews and audit rows name, as the cross-check reads them."""
        named = {int(r.target.partition(":")[2]) for r in rows
                 if r.target.startswith("event:") and r.target.partition(":")[2].isdigit()}
        with self._read() as s:
            reviews = [A.ReviewFact(r.event_id, r.decision, r.reviewer, r.comment or "", r.at)
                       for r in s.scalars(select(S.Review).order_by(S.Review.event_id))]
            appeals = [A.AppealFact(ap.event_id, name or "", ap.comment, ap.decision, ap.reason, ap.decided_by,
                                    ap.decided_at)
                       for ap, name in s.execute(select(S.Appeal, S.User.name)
                                                 .outerjoin(S.User, S.User.id == S.Appeal.user_id)
                                                 .order_by(S.Appeal.event_id))]
            wanted = sorted(named | {r.event_id for r in reviews})
            events: dict[int, A.EventFact] = {}
            for chunk in range(0, len(wanted), 500):
                q = select(S.Event.id, S.Event.rule_id, S.Event.points).where(S.Event.id.in_(wanted[chunk:chunk + 500]))
                events.update({i: A.EventFact(i, rule, float(pts)) for i, rule, pts in s.execute(q)})
        return reviews, appeals, events


def _audit_record(r: S.AuditEntry) -> A.AuditRecord:
    try:
        details = json.loads(r.details_json)
    except ValueError:
        details = {"unreadable": r.details_json}
    if not isinstance(details, dict):
        details = {"value": details}
    return A.AuditRecord(r.id, r.at, r.actor, r.role, r.os_user, r.action, r.target, frozen_mapping(details),
                         r.prev_hash, r.hash)
