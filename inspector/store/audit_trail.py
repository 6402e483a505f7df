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
        """Checks the whole audit chain (see :func:`inspector.audit.verify_chain`)."""
        return A.verify_chain(self.list_audit(), self.audit_head())


def _audit_record(r: S.AuditEntry) -> A.AuditRecord:
    try:
        details = json.loads(r.details_json)
    except ValueError:
        details = {"unreadable": r.details_json}
    if not isinstance(details, dict):
        details = {"value": details}
    return A.AuditRecord(r.id, r.at, r.actor, r.role, r.os_user, r.action, r.target, frozen_mapping(details),
                         r.prev_hash, r.hash)
