"""The shift-start grooming inspection (仪容仪表检查), as pure logic.

The staff member stands about 1.5-2 m from the camera, first facing it, then side-on. Frames
(already analysed by the pipeline: pose, face, features, labels) are fed to an
:class:`InspectionSession`, which:

* gives per-frame guidance (:func:`frame_guidance`): nobody in view, two people in view (asks for
  one), too far / too close, turned away, and which view (front / side) is still needed;
* judges each checklist item on the frames where it can be judged, keeping the evidence frame:
  ``badge`` (:mod:`inspector.badge`), ``uniform`` (colour against the enrolled uniform,
  :mod:`calibration.uniform`), ``hair_face`` (hair not covering the forehead and eyes: skin seen on
  the face mesh's forehead / brow-ridge points), ``hair_tied`` (no loose long hair hanging on the
  shoulders beside the neck), ``upright`` (standing, no lean, shoulders level — front and side),
  ``hands`` (an allowed hand position: hanging, clasped in front, behind the back), ``smile``;
* ends in an :class:`InspectionResult` (each item pass / fail / cannot tell with its evidence
  frame); the manager may override an item with a reason (:func:`apply_override`);
* :func:`store_inspection` records it in the conduct database (cannot-tell items are left out of
  the stored checklist; points per failed item come from the scoring settings).

No badge enrolled: the badge item uses the generic badge / lanyard detector and says so in its
detail (``InspectionConfig.badge_without_enrolment = "generic"``), or reports ``cannot tell``
with a message asking to enrol the badge (``"cannot_tell"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from typing import Literal, Mapping, Sequence

import cv2
import numpy as np
from pydantic import Field

from calibration.badge_enrol import BadgeEnrolment
from calibration.uniform import UniformConfig, UniformEnrolment, garment_colour, uniform_delta_e
from inspector.badge import BadgeConfig, assess_badge, chest_frame
from inspector.settings_base import Section
from inspector.store.records import InspectionOverride
from inspector.types import ArmPosture, Badge, FaceExpression, FrameResult, PersonObservation, Stance

ITEMS = ("badge", "uniform", "hair_face", "hair_tied", "upright", "hands", "smile")
ITEM_TITLES = {"badge": "Badge worn and visible", "uniform": "Uniform (colour)", "hair_face": "Hair not covering the face",
               "hair_tied": "Long hair tied", "upright": "Upright stance", "hands": "Allowed hand position",
               "smile": "Smile"}
FRONT_ITEMS = frozenset({"badge", "uniform", "hair_face", "hair_tied", "upright", "hands", "smile"})
SIDE_ITEMS = frozenset({"upright"})
ALLOWED_HANDS = frozenset({ArmPosture.ARMS_HANGING, ArmPosture.HANDS_CLASPED_FRONT, ArmPosture.HANDS_BEHIND_BACK})

# Face-mesh points on the lower forehead (between the brows and the hairline of tidy hair) and on the cheeks.
FOREHEAD_POINTS = (151, 9, 108, 337, 69, 299, 104, 333, 8, 107, 336)
CHEEK_POINTS = (50, 280, 101, 330, 205, 425)


class InspectionError(ValueError):
    """A misuse of the inspection flow (unknown item, empty reason, nothing to store...)."""


class ItemStatus(str, Enum):
    """Outcome of one checklist item."""

    PASS = "pass"
    FAIL = "fail"
    CANNOT_TELL = "cannot_tell"


class View(str, Enum):
    """Which way the staff member faces the camera."""

    FRONT = "front"
    SIDE = "side"
    UNUSABLE = "unusable"


class InspectionConfig(Section):
    """Settings of the shift-start inspection."""

    min_shoulder_frac: float = Field(0.08, gt=0, le=1, description="Shoulder width over frame width below which the person is too far (about 1.5-2 m is wanted).")
    max_shoulder_frac: float = Field(0.45, gt=0, le=1, description="Shoulder width over frame width above which the person is too close.")
    second_person_area: float = Field(0.25, gt=0, le=1, description="Another person whose box is at least this fraction of the largest one counts as a second person in view.")
    front_min_facing: float = Field(0.75, ge=0, le=1, description="Facing ratio (image over 3-D shoulder span) from which the view is the front view.")
    side_max_facing: float = Field(0.5, ge=0, le=1, description="Facing ratio below which the view is the side view.")
    badge_without_enrolment: Literal["generic", "cannot_tell"] = Field("generic", description="Without an enrolled badge: use the generic badge/lanyard detector ('generic') or report the badge item as cannot tell ('cannot_tell').")
    hair_max_covered: float = Field(0.35, ge=0, le=1, description="Fraction of lower-forehead mesh points not skin-coloured above which hair covers the face.")
    skin_delta_e: float = Field(22.0, gt=0, description="CIE Lab distance from the cheek colour above which a face point is not skin.")
    min_face_px: float = Field(50.0, gt=0, description="Faces smaller than this (pixels) cannot be judged for hair.")
    loose_hair_max_fraction: float = Field(0.35, ge=0, le=1, description="Fraction of the shoulder-top regions beside the neck with the hair's colour above which long hair hangs loose.")
    hair_colour_delta_e: float = Field(14.0, gt=0, description="CIE Lab distance to the hair colour within which a pixel counts as hair.")
    max_lean_deg: float = Field(12.0, ge=0, description="Trunk lean (forward or sideways, degrees) above which the stance is not upright.")
    max_shoulder_tilt_deg: float = Field(8.0, ge=0, description="Shoulder tilt (degrees) above which the stance is not upright.")
    min_item_confidence: float = Field(0.4, ge=0, le=1, description="Observations with a lower confidence do not count for an item.")
    counts_in_score: bool = Field(True, description="Whether a failed inspection deducts points from the monthly score.")


@dataclass(frozen=True)
class Guidance:
    """What the screen tells the staff member for this frame.

    Attributes:
        ok: True when the frame can be used.
        view: Front, side or unusable.
        message: Instruction for the staff member ("" when nothing to say).
    """

    ok: bool
    view: View
    message: str


@dataclass(frozen=True)
class Observation:
    """One item judged on one frame."""

    item: str
    status: ItemStatus
    confidence: float
    detail: str
    frame_index: int


@dataclass(frozen=True)
class ItemResult:
    """The outcome of one item, with its evidence frame and any manager override.

    Attributes:
        item: Item name (:data:`ITEMS`).
        status: Outcome as measured.
        confidence: Confidence of ``status``.
        detail: What was measured, or why it cannot be told.
        evidence_frame: Index of the frame that shows it (-1 when none).
        override: Manager's status, or None.
        override_reason: The manager's reason ("" without override).
        override_by: Who overrode it.
    """

    item: str
    status: ItemStatus
    confidence: float
    detail: str
    evidence_frame: int
    override: ItemStatus | None = None
    override_reason: str = ""
    override_by: str = ""

    @property
    def final(self) -> ItemStatus:
        """The status after the manager's override."""
        return self.override if self.override is not None else self.status


@dataclass(frozen=True, eq=False)
class InspectionResult:
    """A finished inspection.

    Attributes:
        staff_code: Who was inspected.
        at: When it started (UTC).
        items: One result per item, in :data:`ITEMS` order.
        evidence: Evidence images (BGR) by frame index.
        notes: Messages for the manager (e.g. no badge enrolled).
    """

    staff_code: str
    at: datetime
    items: tuple[ItemResult, ...]
    evidence: Mapping[int, np.ndarray] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def item(self, name: str) -> ItemResult:
        """The result of one item.

        Raises:
            InspectionError: Unknown item.
        """
        for it in self.items:
            if it.item == name:
                return it
        raise InspectionError(f"unknown inspection item {name!r}; items are {', '.join(ITEMS)}")

    @property
    def failed_items(self) -> tuple[str, ...]:
        return tuple(i.item for i in self.items if i.final is ItemStatus.FAIL)

    @property
    def passed(self) -> bool:
        """True when no item failed (cannot-tell items do not fail the inspection)."""
        return not self.failed_items

    def checklist(self) -> dict[str, bool]:
        """Item -> passed, for the items that could be told (what the store records)."""
        return {i.item: i.final is ItemStatus.PASS for i in self.items if i.final is not ItemStatus.CANNOT_TELL}


# --- per-frame guidance ------------------------------------------------------------------------

def _people(result: FrameResult, cfg: InspectionConfig) -> list[PersonObservation]:
    persons = [p for p in result.persons if p.pose is not None]
    if not persons:
        return []
    largest = max(p.area for p in persons)
    return [p for p in persons if p.area >= cfg.second_person_area * largest]


def frame_view(person: PersonObservation, width: int, height: int, cfg: InspectionConfig,
               badge_cfg: BadgeConfig) -> View:
    """Front, side or unusable, from the shoulders."""
    chest = chest_frame(person.pose, width, height, badge_cfg) if person.pose is not None else None
    if chest is None:
        return View.UNUSABLE
    if chest.facing_camera and chest.facing_ratio >= cfg.front_min_facing:
        return View.FRONT
    if chest.facing_ratio <= cfg.side_max_facing:
        return View.SIDE
    return View.UNUSABLE if not chest.facing_camera else View.FRONT


def frame_guidance(result: FrameResult, cfg: InspectionConfig, badge_cfg: BadgeConfig | None = None) -> Guidance:
    """Whether a frame is usable for the inspection, and what to tell the staff member."""
    badge_cfg = badge_cfg or BadgeConfig()
    people = _people(result, cfg)
    if not people:
        return Guidance(False, View.UNUSABLE, "Nobody in view: stand in front of the camera, about 1.5-2 m away.")
    if len(people) > 1:
        return Guidance(False, View.UNUSABLE, f"{len(people)} people in view: only the staff member being inspected should stand in front of the camera.")
    p = people[0]
    w, h = result.frame.width, result.frame.height
    pts = p.pose.image
    if min(pts[11, 3], pts[12, 3]) < badge_cfg.min_shoulder_visibility:
        return Guidance(False, View.UNUSABLE, "Shoulders not visible: step back so that your upper body is in the picture.")
    span = float(np.hypot((pts[11, 0] - pts[12, 0]) * w, (pts[11, 1] - pts[12, 1]) * h))
    chest = chest_frame(p.pose, w, h, badge_cfg)
    facing = chest.facing_ratio if chest else 0.0
    shoulder_3d = span / max(facing, 0.3)  # shoulder width as if square to the camera
    if shoulder_3d / w < cfg.min_shoulder_frac:
        return Guidance(False, View.UNUSABLE, "Too far from the camera: come closer (about 1.5-2 m).")
    if shoulder_3d / w > cfg.max_shoulder_frac or pts[0, 1] < 0.0:
        return Guidance(False, View.UNUSABLE, "Too close to the camera: step back (about 1.5-2 m).")
    if chest is not None and not chest.facing_camera and facing >= cfg.side_max_facing:
        return Guidance(False, View.UNUSABLE, "You are turned away: face the camera.")
    view = frame_view(p, w, h, cfg, badge_cfg)
    return Guidance(view is not View.UNUSABLE, view, "")


# --- per-item judgements -------------------------------------------------------------------------

def _lab_at(image: np.ndarray, pts_xy: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    xs = np.clip(np.round(pts_xy[:, 0] * w).astype(int), 0, w - 1)
    ys = np.clip(np.round(pts_xy[:, 1] * h).astype(int), 0, h - 1)
    blurred = cv2.GaussianBlur(image, (5, 5), 0)
    bgr = blurred[ys, xs].astype(np.float32)[None] / 255.0
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2LAB)[0]


def hair_covering(person: PersonObservation, image: np.ndarray, cfg: InspectionConfig) -> tuple[ItemStatus, float, str]:
    """Hair over the forehead / eyes: forehead and upper-eyelid mesh points that are not skin-coloured."""
    if person.face is None:
        return ItemStatus.CANNOT_TELL, 0.0, "face not found"
    h, w = image.shape[:2]
    mesh = person.face.image
    size = float(max(np.ptp(mesh[:, 0]) * w, np.ptp(mesh[:, 1]) * h))
    if size < cfg.min_face_px:
        return ItemStatus.CANNOT_TELL, 0.0, f"face too small ({size:.0f} px)"
    skin = np.median(_lab_at(image, mesh[list(CHEEK_POINTS), :2]), axis=0)
    top = _lab_at(image, mesh[list(FOREHEAD_POINTS), :2])
    covered = float(np.mean(np.linalg.norm(top - skin, axis=1) > cfg.skin_delta_e))
    conf = float(min(1.0, 0.5 + abs(covered - cfg.hair_max_covered) / max(cfg.hair_max_covered, 1e-6)))
    detail = f"{covered:.0%} of lower-forehead points not skin-coloured"
    return (ItemStatus.FAIL if covered > cfg.hair_max_covered else ItemStatus.PASS), conf, detail


def loose_hair(person: PersonObservation, image: np.ndarray, cfg: InspectionConfig,
               badge_cfg: BadgeConfig) -> tuple[ItemStatus, float, str]:
    """Long hair hanging loose on the shoulders: the hair's colour on the shoulder tops beside the neck.

    The hair colour is sampled just above the top of the face mesh. When it is close to the skin or
    the garment colour the check cannot tell.
    """
    if person.face is None or person.pose is None:
        return ItemStatus.CANNOT_TELL, 0.0, "face or body not found"
    h, w = image.shape[:2]
    mesh = person.face.image
    top = mesh[10, :2]
    chin = mesh[152, :2]
    above = top + (top - chin) * 0.12
    if not (0 <= above[0] < 1 and 0 <= above[1] < 1):
        return ItemStatus.CANNOT_TELL, 0.0, "top of the head outside the picture"
    hair = _lab_at(image, above[None])[0]
    skin = np.median(_lab_at(image, mesh[list(CHEEK_POINTS), :2]), axis=0)
    if np.linalg.norm(hair - skin) < cfg.hair_colour_delta_e * 1.5:
        return ItemStatus.CANNOT_TELL, 0.0, "hair colour not distinct from skin (short hair, cap or bald)"
    chest = chest_frame(person.pose, w, h, badge_cfg)
    if chest is None:
        return ItemStatus.CANNOT_TELL, 0.0, "shoulders not visible"
    garment = garment_colour(person, image, UniformConfig(), badge_cfg)
    if garment.lab is not None and np.linalg.norm(hair - np.array(garment.lab)) < cfg.hair_colour_delta_e * 1.5:
        return ItemStatus.CANNOT_TELL, 0.0, "hair colour too close to the garment colour"
    from inspector.badge import chest_crop, crop_valid_mask, uv_to_crop

    crop = chest_crop(image, chest, badge_cfg)
    valid = crop_valid_mask(image.shape, chest, badge_cfg)
    lab = cv2.cvtColor(crop.astype(np.float32) / 255.0, cv2.COLOR_BGR2LAB)
    fractions = []
    for u0, u1 in ((-1.0, -0.45), (0.45, 1.0)):  # shoulder tops beside the neck
        x0, y0 = uv_to_crop(u0, -0.1, badge_cfg)
        x1, y1 = uv_to_crop(u1, 0.6, badge_cfg)
        sl = (slice(int(y0), int(y1)), slice(int(x0), int(x1)))
        m = valid[sl]
        if m.sum() < 10:
            continue
        d = np.linalg.norm(lab[sl][m] - hair, axis=1)
        fractions.append(float(np.mean(d < cfg.hair_colour_delta_e)))
    if not fractions:
        return ItemStatus.CANNOT_TELL, 0.0, "shoulders outside the picture"
    frac = max(fractions)
    conf = float(min(1.0, 0.5 + abs(frac - cfg.loose_hair_max_fraction) / max(cfg.loose_hair_max_fraction, 1e-6)))
    detail = f"hair colour on {frac:.0%} of a shoulder top"
    return (ItemStatus.FAIL if frac > cfg.loose_hair_max_fraction else ItemStatus.PASS), conf, detail


def upright(person: PersonObservation, cfg: InspectionConfig) -> tuple[ItemStatus, float, str]:
    """Standing upright: not sitting, no forward/side lean, shoulders level (feature-stage measures)."""
    f = person.features
    if f is None:
        return ItemStatus.CANNOT_TELL, 0.0, "no measures for this person"
    if f.stance is Stance.SITTING and f.stance_confidence >= cfg.min_item_confidence:
        return ItemStatus.FAIL, f.stance_confidence, "sitting: stand for the inspection"
    checks = [("forward lean", f.trunk_lean_forward, cfg.max_lean_deg), ("side lean", f.trunk_lean_side, cfg.max_lean_deg),
              ("shoulder tilt", f.shoulder_tilt, cfg.max_shoulder_tilt_deg)]
    usable = [(n, m, t) for n, m, t in checks if m is not None and m.confidence >= cfg.min_item_confidence]
    if not usable:
        return ItemStatus.CANNOT_TELL, 0.0, "trunk and shoulders not measurable"
    bad = [(n, m) for n, m, t in usable if abs(m.value) > t]
    conf = float(min(m.confidence for _, m, _ in usable))
    if bad:
        return ItemStatus.FAIL, conf, ", ".join(f"{n} {m.value:.0f} deg" for n, m in bad)
    return ItemStatus.PASS, conf, ", ".join(f"{n} {m.value:.0f} deg" for n, m, _ in usable)


def hands(person: PersonObservation, cfg: InspectionConfig) -> tuple[ItemStatus, float, str]:
    """An allowed hand position (hanging, clasped in front, behind the back) from the arm class."""
    lab = person.labels
    if lab is None or lab.arm_posture is ArmPosture.UNKNOWN:
        return ItemStatus.CANNOT_TELL, 0.0, "arms not classified"
    status = ItemStatus.PASS if lab.arm_posture in ALLOWED_HANDS else ItemStatus.FAIL
    return status, float(lab.arm_confidence), lab.arm_posture.value


def smile(person: PersonObservation, cfg: InspectionConfig) -> tuple[ItemStatus, float, str]:
    """Smiling, from the face-expression class."""
    lab = person.labels
    if lab is None or lab.face_expression is FaceExpression.UNKNOWN:
        return ItemStatus.CANNOT_TELL, 0.0, "face expression not measurable"
    status = ItemStatus.PASS if lab.face_expression is FaceExpression.SMILING else ItemStatus.FAIL
    return status, float(lab.face_confidence), lab.face_expression.value


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
        person = _people(result, self.cfg)[0]
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
                     max_points: float, inspector: str = ""):
    """Records the inspection in the conduct database (``inspector.store.Store.add_inspection``),
    with the manager's overrides (new status, reason, who) on the inspection row.

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
    return store.add_inspection(result.staff_code, result.at, items, points, inspector, overrides)
