"""The inspection session: observations per item, the result, overrides, points and storing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone, tzinfo
from typing import Sequence

import numpy as np

from inspector.badge import BadgeConfig, assess_badge
from inspector.badge.enrolment import BadgeEnrolment
from inspector.badge.uniform import UniformConfig, UniformEnrolment, garment_colour, uniform_delta_e
from inspector.inspection.items import frame_guidance, hair_covering, hands, inspected_people, loose_hair, smile, upright
from inspector.inspection.model import (FRONT_ITEMS, ITEMS, SIDE_ITEMS, Guidance, InspectionConfig, InspectionError,
                                        InspectionResult, ItemResult, ItemStatus, Observation, View)
from inspector.store.records import InspectionOverride
from inspector.types import Badge, FrameResult, PersonObservation

# --- the session ---------------------------------------------------------------------------------

def _combine(item: str, obs: Sequence[Observation], cfg: InspectionConfig, fallback: str) -> ItemResult:
    """Confidence-weighted vote of an item's observations; the evidence is the most confident one."""
    told = [o for o in obs if o.status is not ItemStatus.CANNOT_TELL and o.confidence >= cfg.min_item_confidence]
    if not told:
        detail = next((o.detail for o in reversed(obs) if o.detail), fallback)
        return ItemResult(item, ItemStatus.CANNOT_TELL, 0.0, detail, obs[-1].frame_index if obs else -1)
    weight = {s: sum(o.confidence for o in told if o.status is s) for s in (ItemStatus.PASS, ItemStatus.FAIL)}
    if item == "smile":  # one good smile is enough: the staff member is asked to smile once
        status = ItemStatus.PASS if weight[ItemStatus.PASS] > 0 else ItemStatus.FAIL
    else:
        status = ItemStatus.PASS if weight[ItemStatus.PASS] >= weight[ItemStatus.FAIL] else ItemStatus.FAIL
    best = max((o for o in told if o.status is status), key=lambda o: o.confidence)
    total = weight[ItemStatus.PASS] + weight[ItemStatus.FAIL]
    conf = best.confidence * (weight[status] / total if item != "smile" else 1.0)
    return ItemResult(item, status, float(conf), best.detail, best.frame_index)


class InspectionSession:
    """Collects analysed frames of one staff member and judges the checklist.

    Args:
        staff_code: Who is inspected.
        cfg: Inspection settings.
        badge_cfg: Badge settings.
        uniform_cfg: Uniform settings.
        badge_enrolment: The site's badge, or None (see ``badge_without_enrolment``).
        uniform: The enrolled uniform colour, or None (uniform item: cannot tell).
        at: Start time (UTC now when None).
    """

    def __init__(self, staff_code: str, cfg: InspectionConfig | None = None, badge_cfg: BadgeConfig | None = None,
                 uniform_cfg: UniformConfig | None = None, badge_enrolment: BadgeEnrolment | None = None,
                 uniform: UniformEnrolment | None = None, at: datetime | None = None) -> None:
        if not staff_code or not staff_code.strip():
            raise InspectionError("an inspection needs the staff member's code")
        self.staff_code = staff_code.strip()
        self.cfg = cfg or InspectionConfig()
        self.badge_cfg = badge_cfg or BadgeConfig()
        self.uniform_cfg = uniform_cfg or UniformConfig()
        self.badge_enrolment = badge_enrolment
        self.uniform = uniform
        self.at = at or datetime.now(timezone.utc)
        self._obs: dict[str, list[Observation]] = {k: [] for k in ITEMS}
        self._images: dict[int, np.ndarray] = {}
        self.views: dict[View, int] = {View.FRONT: 0, View.SIDE: 0}
        self.last_guidance = Guidance(False, View.UNUSABLE, "Stand in front of the camera, about 1.5-2 m away, facing it.")

    @property
    def notes(self) -> tuple[str, ...]:
        out = []
        if self.badge_enrolment is None:
            out.append("No badge enrolled: " + ("the generic badge/lanyard detector is used; enrol the site's badge for a stricter check."
                                               if self.cfg.badge_without_enrolment == "generic"
                                               else "the badge item cannot be told; enrol the site's badge first."))
        if self.uniform is None:
            out.append("No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first.")
        return tuple(out)

    def next_instruction(self) -> str:
        """What the staff member should do next (guidance of the last frame first)."""
        if self.last_guidance.message:
            return self.last_guidance.message
        if self.views[View.FRONT] == 0:
            return "Face the camera, arms relaxed, and smile."
        if self.views[View.SIDE] == 0:
            return "Now turn sideways to the camera."
        return "Done: the inspection can be finished."

    def feed(self, result: FrameResult) -> Guidance:
        """Judges one analysed frame; returns the guidance for it."""
        g = frame_guidance(result, self.cfg, self.badge_cfg)
        self.last_guidance = g
        if not g.ok:
            return g
        person = inspected_people(result, self.cfg)[0]
        image, idx = result.frame.image, result.frame.index
        self.views[g.view] += 1
        items = FRONT_ITEMS if g.view is View.FRONT else SIDE_ITEMS
        used = False
        for item in ITEMS:
            if item not in items:
                continue
            status, conf, detail = self._judge(item, person, image)
            self._obs[item].append(Observation(item, status, float(conf), detail, idx))
            used = used or status is not ItemStatus.CANNOT_TELL
        if used:
            self._images[idx] = image
        return g

    def _judge(self, item: str, person: PersonObservation, image: np.ndarray) -> tuple[ItemStatus, float, str]:
        if item == "badge":
            if self.badge_enrolment is None and self.cfg.badge_without_enrolment == "cannot_tell":
                return ItemStatus.CANNOT_TELL, 0.0, "no badge enrolled: enrol the site's badge first"
            a = assess_badge(person, image, self.badge_cfg, self.badge_enrolment)
            mode = "enrolled badge" if self.badge_enrolment is not None else "generic detector (no badge enrolled)"
            if a.badge is Badge.UNKNOWN:
                return ItemStatus.CANNOT_TELL, 0.0, a.reason or "badge cannot be told"
            where = f" at {a.place}" if a.place else ""
            status = ItemStatus.PASS if a.badge is Badge.YES else ItemStatus.FAIL
            return status, a.confidence, f"{'visible' + where if status is ItemStatus.PASS else 'not visible'}, score {a.score:.2f}, {mode}"
        if item == "uniform":
            if self.uniform is None:
                return ItemStatus.CANNOT_TELL, 0.0, "no uniform enrolled"
            g = garment_colour(person, image, self.uniform_cfg, self.badge_cfg)
            if g.lab is None:
                return ItemStatus.CANNOT_TELL, 0.0, g.reason
            de = uniform_delta_e(g.lab, self.uniform)
            limit = self.uniform_cfg.max_delta_e
            conf = min(1.0, 0.5 + abs(de - limit) / limit)
            return (ItemStatus.PASS if de <= limit else ItemStatus.FAIL), conf, f"colour difference {de:.0f} (limit {limit:.0f})"
        if item == "hair_face":
            return hair_covering(person, image, self.cfg)
        if item == "hair_tied":
            return loose_hair(person, image, self.cfg, self.badge_cfg)
        if item == "upright":
            return upright(person, self.cfg)
        if item == "hands":
            return hands(person, self.cfg)
        return smile(person, self.cfg)

    def result(self) -> InspectionResult:
        """The inspection as judged so far (call after the front and side views)."""
        fallback = "no usable frame: " + (self.last_guidance.message or "the staff member was not seen")
        items = tuple(_combine(k, self._obs[k], self.cfg, fallback) for k in ITEMS)
        evidence = {i.evidence_frame: self._images[i.evidence_frame] for i in items if i.evidence_frame in self._images}
        notes = self.notes
        if self.views[View.SIDE] == 0:
            notes += ("No side view was seen: the stance was judged from the front only.",)
        return InspectionResult(self.staff_code, self.at, items, evidence, notes)


def apply_override(result: InspectionResult, item: str, status: ItemStatus | str, reason: str, by: str = "") -> InspectionResult:
    """The result with one item overridden by the manager.

    Raises:
        InspectionError: Unknown item or status, or an empty reason.
    """
    if not reason or not reason.strip():
        raise InspectionError(f"overriding '{item}' needs a reason")
    try:
        new = ItemStatus(status)
    except ValueError:
        raise InspectionError(f"unknown status {status!r}; use pass, fail or cannot_tell") from None
    old = result.item(item)
    items = tuple(replace(i, override=new, override_reason=reason.strip(), override_by=by) if i is old else i
                  for i in result.items)
    return replace(result, items=items)


def inspection_points(result: InspectionResult, cfg: InspectionConfig, per_failed_item: float, max_points: float) -> float:
    """Points the inspection deducts (0 when passed or when inspections do not count)."""
    if not cfg.counts_in_score or result.passed:
        return 0.0
    return float(min(max_points, per_failed_item * len(result.failed_items)))


def store_inspection(store, result: InspectionResult, cfg: InspectionConfig, per_failed_item: float,
                     max_points: float, inspector: str = "", *, day_tz: tzinfo = timezone.utc,
                     replace: bool = False):
    """Records the inspection in the conduct database (``inspector.store.Store.add_inspection``),
    with the manager's overrides (new status, reason, who) on the inspection row.

    Args:
        day_tz: Time zone of the local day in which one inspection per person counts.
        replace: Replace an inspection of the same person that day; without it a second one is
            refused (``inspector.store.inspections.AlreadyInspected``).

    Returns:
        The stored ``InspectionRecord``.

    Raises:
        InspectionError: Nothing could be told (no item to store).
    """
    items = result.checklist()
    if not items:
        raise InspectionError("no item could be checked: nothing to store; repeat the inspection facing the camera")
    points = inspection_points(result, cfg, per_failed_item, max_points)
    overrides = {i.item: InspectionOverride(i.override.value, i.override_reason, i.override_by or inspector)
                 for i in result.items if i.override is not None}
    return store.add_inspection(result.staff_code, result.at, items, points, inspector, overrides,
                                day_tz=day_tz, replace=replace)
