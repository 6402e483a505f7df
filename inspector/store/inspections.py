"""Shift-start inspections: the checklist of one staff member, with the manager's overrides.

One inspection per person and local day counts: a second one on the same day is refused
(:class:`AlreadyInspected`) unless the caller asks to replace the first, which then records the
inspection that replaced it and no longer counts (audited as ``inspection.replace``). A staff
member appeals a deducting inspection like an event (``inspection.appeal``); a manager or auditor
upholds or overturns it with a reason (``inspection.appeal.decide``), and an overturned one deducts
nothing.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta, timezone, tzinfo
from typing import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.auth import Permission
from inspector.store import schema as S
from inspector.store.appeal_decisions import checked_decision, refuse_second_decision
from inspector.store.core import StoreCore
from inspector.store.errors import AlreadyDecided, Duplicate, InvalidInput, NotFound, PermissionDenied
from inspector.store.records import InspectionAppealRecord, InspectionOverride, InspectionRecord, frozen_mapping
from inspector.store.rows import _aware, _clean, _iso, _points, _scoped, _staff_row, _utcnow


OVERRIDE_STATUSES = ("pass", "fail", "cannot_tell")
"""What a manager may set an inspection item to."""


class AlreadyInspected(Duplicate):
    """The staff member already has an inspection in force on that local day.

    Attributes:
        earlier: That inspection (the UI names its time and points when it asks whether to replace it).
    """

    def __init__(self, message: str, earlier: InspectionRecord) -> None:
        super().__init__(message)
        self.earlier = earlier


def local_day_bounds(at: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of the local day (in ``tz``) that contains ``at``."""
    day = at.astimezone(tz).date()
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    return start, end


class InspectionRepository(StoreCore):
    """The shift-start inspection methods of :class:`~inspector.store.Store`."""

    # --- inspections ---------------------------------------------------------------------------

    def add_inspection(self, staff_code: str, at: datetime, items: Mapping[str, bool], points: float,
                       inspector: str = "",
                       overrides: Mapping[str, InspectionOverride] | None = None, *,
                       day_tz: tzinfo = timezone.utc, replace: bool = False) -> InspectionRecord:
        """Records a shift-start checklist; it passes when every item passed.

        Args:
            points: Points this inspection deducts (must be 0 when every item passed).
            overrides: The items the manager overrode, each with its new status, reason and who;
                stored with the inspection (``items`` holds the outcome after the overrides; an
                item overridden to ``cannot_tell`` is not in ``items``).
            day_tz: Time zone of the local day in which one inspection per person counts (the
                scores' time zone).
            replace: Replace the inspection already in force that day (it then no longer counts);
                without it a second inspection that day is refused.

        Raises:
            AlreadyInspected: The staff member was already inspected that local day and ``replace``
                is false.
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
            earlier = _in_force_on_day(s, staff.id, at, day_tz)
            if earlier and not replace:
                first = _inspection_record(s, earlier[0], staff.code)
                local = first.at.astimezone(day_tz)
                raise AlreadyInspected(
                    f"{staff.code} was already inspected on {local:%Y-%m-%d} at {local:%H:%M} (inspection "
                    f"{first.id}, deducting {first.points:g} point(s)); a second inspection that day replaces "
                    "the first only when asked to (command line: --replace)", first)
            row = S.Inspection(staff_id=staff.id, at=at, items_json=json.dumps(clean, ensure_ascii=False),
                               passed=passed, points=pts, inspector=inspector or "",
                               overrides_json=json.dumps(ov, ensure_ascii=False))
            s.add(row)
            s.flush()
            self._audit(s, who, "inspection.add", f"staff:{staff.code}",
                        {"at": at.isoformat(), "items": clean, "points": pts, "inspector": inspector or "",
                         "overrides": ov})
            for old in earlier:
                old.replaced_by = row.id
                self._audit(s, who, "inspection.replace", f"inspection:{old.id}",
                            {"staff": staff.code, "replaced_by": row.id, "old_points": old.points,
                             "new_points": pts})
            s.flush()
            return _inspection(row, staff.code)

    def inspections_on_day(self, staff_code: str, at: datetime,
                           day_tz: tzinfo = timezone.utc) -> list[InspectionRecord]:
        """The inspections in force of a staff member on the local day (in ``day_tz``) containing ``at``."""
        at = _aware(at, "inspection time")
        with self._read() as s:
            staff = _staff_row(s, staff_code)
            return [_inspection_record(s, r, staff.code) for r in _in_force_on_day(s, staff.id, at, day_tz)]

    def list_inspections(self, *, since: datetime | None = None, until: datetime | None = None,
                         staff_code: str | None = None, include_replaced: bool = False) -> list[InspectionRecord]:
        """Inspections in [since, until), ordered by time, each with its appeal (a staff actor sees its own).

        Args:
            include_replaced: Also those a later same-day inspection replaced (they do not count).
        """
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Inspection, S.Staff.code, S.InspectionAppeal, S.User.name)
                 .join(S.Staff, S.Staff.id == S.Inspection.staff_id)
                 .outerjoin(S.InspectionAppeal, S.InspectionAppeal.inspection_id == S.Inspection.id)
                 .outerjoin(S.User, S.User.id == S.InspectionAppeal.user_id)
                 .order_by(S.Inspection.at, S.Inspection.id))
            if not include_replaced:
                q = q.where(S.Inspection.replaced_by.is_(None))
            q = _scoped(s, q, S.Inspection, S.Inspection.at, own, since, until, None, staff_code)
            return [_inspection(r, code, None if ap is None else _appeal(ap, user or ""))
                    for r, code, ap, user in s.execute(q)]

    def get_inspection(self, inspection_id: int) -> InspectionRecord:
        """One inspection with its appeal (a staff actor only its own).

        Raises:
            NotFound: No such inspection (or not the staff actor's own).
        """
        own = self._own_staff_id()
        with self._read() as s:
            row = _inspection_row(s, inspection_id)
            if own is not None and row.staff_id != own:
                raise NotFound(f"no inspection {inspection_id} of yours")
            return _inspection_record(s, row)

    # --- appeals -------------------------------------------------------------------------------

    def appeal_inspection(self, inspection_id: int, comment: str) -> InspectionAppealRecord:
        """A staff member appeals one of their own deducting inspections with a comment (once).

        Raises:
            PermissionDenied: Not a staff account, or not the staff member's own inspection.
            InvalidInput: No comment, or the inspection deducts nothing (passed or replaced).
            AlreadyDecided: It was appealed before.
            NotFound: No such inspection.
        """
        comment = _clean(comment, "appeal comment")
        with self._write() as s:
            who = self._authorize(s, Permission.APPEAL, "appeal inspections")
            row = _inspection_row(s, inspection_id)
            if self.actor is None or row.staff_id != self.actor.staff_id:
                raise PermissionDenied(f"inspection {inspection_id} is not an inspection of {who.actor}; only "
                                       "one's own inspections can be appealed")
            if row.passed or row.replaced_by is not None or not row.points:
                raise InvalidInput(f"inspection {inspection_id} deducts no points: there is nothing to appeal")
            prior = s.scalar(select(S.InspectionAppeal).where(S.InspectionAppeal.inspection_id == row.id))
            if prior is not None:
                raise AlreadyDecided(f"inspection {inspection_id} was already appealed at {_iso(prior.at)}")
            ap = S.InspectionAppeal(inspection_id=row.id, user_id=self.actor.user_id, comment=comment, at=_utcnow())
            s.add(ap)
            s.flush()
            self._audit(s, who, "inspection.appeal", f"inspection:{row.id}", {"comment": comment})
            return _appeal(ap, who.actor)

    def decide_inspection_appeal(self, inspection_id: int, decision: str, reason: str) -> InspectionAppealRecord:
        """Upholds or overturns the appeal against an inspection, once, with the reason the staff member reads.

        An overturned appeal makes the inspection deduct nothing (:attr:`InspectionRecord.deducted`).

        Raises:
            PermissionDenied: The actor may not review (managers and auditors may).
            NotFound: The inspection was not appealed.
            AlreadyDecided: The appeal was decided before.
            InvalidInput: Another decision than ``uphold``/``overturn``, or no reason.
        """
        reason = checked_decision(decision, reason)
        with self._write() as s:
            who = self._authorize(s, Permission.REVIEW, "decide appeals")
            row = _inspection_row(s, inspection_id)
            ap = s.scalar(select(S.InspectionAppeal).where(S.InspectionAppeal.inspection_id == row.id))
            if ap is None:
                raise NotFound(f"inspection {inspection_id} was not appealed")
            refuse_second_decision(ap, f"inspection {inspection_id}")
            now = _utcnow()
            ap.decision, ap.reason, ap.decided_by, ap.decided_at = decision, reason, who.actor, now
            s.flush()
            self._audit(s, who, "inspection.appeal.decide", f"inspection:{row.id}",
                        {"decision": decision, "reason": reason, "at": now.isoformat(), "points": row.points})
            user = s.scalar(select(S.User.name).where(S.User.id == ap.user_id)) or ""
            return _appeal(ap, user)

    def list_inspection_appeals(self) -> list[InspectionAppealRecord]:
        """Appeals against inspections in force, oldest first (a staff actor sees its own).

        The appeal of an inspection a later same-day one replaced is moot (it deducts nothing) and
        left out; :meth:`get_inspection` still shows it.
        """
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.InspectionAppeal, S.User.name).join(S.User, S.User.id == S.InspectionAppeal.user_id)
                 .join(S.Inspection, S.Inspection.id == S.InspectionAppeal.inspection_id)
                 .where(S.Inspection.replaced_by.is_(None))
                 .order_by(S.InspectionAppeal.at, S.InspectionAppeal.id))
            if own is not None:
                q = q.where(S.Inspection.staff_id == own)
            return [_appeal(a, n) for a, n in s.execute(q)]


def _in_force_on_day(s: Session, staff_id: int, at: datetime, tz: tzinfo) -> list[S.Inspection]:
    start, end = local_day_bounds(at, tz)
    return list(s.scalars(select(S.Inspection).where(
        S.Inspection.staff_id == staff_id, S.Inspection.at >= start, S.Inspection.at < end,
        S.Inspection.replaced_by.is_(None)).order_by(S.Inspection.at, S.Inspection.id)))


def _inspection_row(s: Session, inspection_id: int) -> S.Inspection:
    row = s.get(S.Inspection, inspection_id) if isinstance(inspection_id, int) else None
    if row is None:
        raise NotFound(f"no inspection {inspection_id!r} (see the scores' drill-down or `inspector report`)")
    return row


def _inspection_record(s: Session, row: S.Inspection, code: str | None = None) -> InspectionRecord:
    """The record of a row read in session ``s``, with its appeal."""
    code = code or s.scalar(select(S.Staff.code).where(S.Staff.id == row.staff_id)) or ""
    found = s.execute(select(S.InspectionAppeal, S.User.name).join(S.User, S.User.id == S.InspectionAppeal.user_id)
                      .where(S.InspectionAppeal.inspection_id == row.id)).first()
    return _inspection(row, code, None if found is None else _appeal(found[0], found[1]))


def _appeal(a: S.InspectionAppeal, user: str) -> InspectionAppealRecord:
    return InspectionAppealRecord(a.id, a.inspection_id, user, a.comment, a.at, a.decision, a.reason,
                                  a.decided_by, a.decided_at)


def _inspection(r: S.Inspection, code: str, appeal: InspectionAppealRecord | None = None) -> InspectionRecord:
    overrides = {k: InspectionOverride(str(v.get("status", "")), str(v.get("reason", "")), str(v.get("by", "")))
                 for k, v in json.loads(r.overrides_json or "{}").items()}
    return InspectionRecord(r.id, r.staff_id, code, r.at, frozen_mapping(json.loads(r.items_json)),
                            bool(r.passed), r.points, r.inspector, frozen_mapping(overrides), r.replaced_by, appeal)
