"""Shift-start inspections: the checklist of one staff member, with the manager's overrides."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Mapping

from sqlalchemy import select

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.core import StoreCore
from inspector.store.errors import InvalidInput
from inspector.store.records import InspectionOverride, InspectionRecord, frozen_mapping
from inspector.store.rows import _aware, _clean, _points, _scoped, _staff_row


OVERRIDE_STATUSES = ("pass", "fail", "cannot_tell")
"""What a manager may set an inspection item to."""


class InspectionRepository(StoreCore):
    """The shift-start inspection methods of :class:`~inspector.store.Store`."""

    # --- inspections ---------------------------------------------------------------------------

    def add_inspection(self, staff_code: str, at: datetime, items: Mapping[str, bool], points: float,
                       inspector: str = "",
                       overrides: Mapping[str, InspectionOverride] | None = None) -> InspectionRecord:
        """Records a shift-start checklist; it passes when every item passed.

        Args:
            points: Points this inspection deducts (must be 0 when every item passed).
            overrides: The items the manager overrode, each with its new status, reason and who;
                stored with the inspection (``items`` holds the outcome after the overrides; an
                item overridden to ``cannot_tell`` is not in ``items``).

        Raises:
            InvalidInput: No item, points on a passed inspection; an override without a reason
                (or a reason over 1000 characters), with a status other than pass / fail /
                cannot_tell, whose pass or fail disagrees with ``items``, or set to cannot_tell
                for an item that ``items`` still lists.
        """
        at = _aware(at, "inspection time")
        if not items:
            raise InvalidInput("an inspection needs at least one checklist item")
        clean = {_clean(k, "inspection item"): bool(v) for k, v in items.items()}
        passed = all(clean.values())
        pts = _points(points)
        if passed and pts:
            raise InvalidInput("an inspection where every item passed cannot deduct points")
        ov: dict[str, dict[str, str]] = {}
        for item, o in (overrides or {}).items():
            item = _clean(item, "overridden item")
            if o.status not in OVERRIDE_STATUSES:
                raise InvalidInput(f"override of {item!r}: status {o.status!r} is not one of {', '.join(OVERRIDE_STATUSES)}")
            if o.status == "cannot_tell":  # an item set to "cannot tell" leaves the checklist
                if item in clean:
                    raise InvalidInput(f"override of {item!r} to cannot_tell, but the checklist still lists it")
            elif item not in clean:
                raise InvalidInput(f"override of {item!r}, which is not an item of this inspection")
            elif clean[item] != (o.status == "pass"):
                raise InvalidInput(f"override of {item!r} to {o.status}, but the checklist records it as "
                                   f"{'passed' if clean[item] else 'failed'}")
            if not isinstance(o.reason, str) or not o.reason.strip():
                raise InvalidInput(f"the override of {item!r} needs a reason")
            if len(o.reason.strip()) > 1000:
                raise InvalidInput(f"the reason for overriding {item!r} is longer than 1000 characters")
            by = o.by.strip() if isinstance(o.by, str) else ""
            if len(by) > 200:
                raise InvalidInput(f"the name of who overrode {item!r} is longer than 200 characters")
            ov[item] = {"status": o.status, "reason": o.reason.strip(), "by": by}
        with self._write() as s:
            who = self._authorize(s, Permission.INSPECT, "record an inspection")
            staff = _staff_row(s, staff_code)
            row = S.Inspection(staff_id=staff.id, at=at, items_json=json.dumps(clean, ensure_ascii=False),
                               passed=passed, points=pts, inspector=inspector or "",
                               overrides_json=json.dumps(ov, ensure_ascii=False))
            s.add(row)
            s.flush()
            self._audit(s, who, "inspection.add", f"staff:{staff.code}",
                        {"at": at.isoformat(), "items": clean, "points": pts, "inspector": inspector or "",
                         "overrides": ov})
            return _inspection(row, staff.code)

    def list_inspections(self, *, since: datetime | None = None, until: datetime | None = None,
                         staff_code: str | None = None) -> list[InspectionRecord]:
        """Inspections in [since, until), ordered by time."""
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Inspection, S.Staff.code).join(S.Staff, S.Staff.id == S.Inspection.staff_id)
                 .order_by(S.Inspection.at, S.Inspection.id))
            q = _scoped(s, q, S.Inspection, S.Inspection.at, own, since, until, None, staff_code)
            return [_inspection(r, code) for r, code in s.execute(q)]


def _inspection(r: S.Inspection, code: str) -> InspectionRecord:
    overrides = {k: InspectionOverride(str(v.get("status", "")), str(v.get("reason", "")), str(v.get("by", "")))
                 for k, v in json.loads(r.overrides_json or "{}").items()}
    return InspectionRecord(r.id, r.staff_id, code, r.at, frozen_mapping(json.loads(r.items_json)),
                            bool(r.passed), r.points, r.inspector, frozen_mapping(overrides))
