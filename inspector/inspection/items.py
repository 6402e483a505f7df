"""Per-frame guidance and the judgement of each checklist item on one analysed frame."""

from __future__ import annotations

import cv2
import numpy as np

from inspector.badge import BadgeConfig, chest_crop, chest_frame, crop_valid_mask, uv_to_crop
from inspector.badge.uniform import UniformConfig, garment_colour
from inspector.inspection.model import (ALLOWED_HANDS, CHEEK_POINTS, FOREHEAD_POINTS, Guidance, InspectionConfig, ItemStatus,
                                        View)
from inspector.types import ArmPosture, FaceExpression, FrameResult, PersonObservation, Stance

# --- per-frame guidance ------------------------------------------------------------------------

def inspected_people(result: FrameResult, cfg: InspectionConfig) -> list[PersonObservation]:
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
    people = inspected_people(result, cfg)
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

