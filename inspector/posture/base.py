"""Posture settings, landmark indices, shared helpers and the trunk measures (stance, lean, tilt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import Field

from inspector.settings_base import Section
from inspector.types import Measure, PersonObservation, PoseLandmarks, Stance

# BlazePose landmark indices.
NOSE = 0
L_EAR, R_EAR = 7, 8
MOUTH_L, MOUTH_R = 9, 10
L_SHOULDER, R_SHOULDER = 11, 12
L_ELBOW, R_ELBOW = 13, 14
L_WRIST, R_WRIST = 15, 16
L_PINKY, R_PINKY = 17, 18
L_INDEX, R_INDEX = 19, 20
L_THUMB, R_THUMB = 21, 22
L_HIP, R_HIP = 23, 24
L_KNEE, R_KNEE = 25, 26
L_ANKLE, R_ANKLE = 27, 28

# Face-mesh indices used for the chin and the sides of the face.
FACE_CHIN = 152
FACE_FOREHEAD = 10
FACE_LEFT_CHEEK, FACE_RIGHT_CHEEK = 234, 454




class PostureConfig(Section):
    """Thresholds of the posture measures and classifiers."""

    arm_classifier: Literal["rules", "learned"] = Field("rules", description="Arm-posture classifier: 'rules' (hand-made geometric scores) or 'learned' (inspector/data/arm_posture.onnx on mirror-invariant landmark features plus the rules' scores, run with onnxruntime; see tools/train_classifiers.py, which reports both on the photo corpus by leave-one-source-out validation). 'learned' falls back to the rules, with a logged warning, when the model file is absent or fails its digest check. Default 'rules' while they score higher across photo sources (`inspector models list`).")

    body_classifier: Literal["rules", "learned", "head_down_learned"] = Field("head_down_learned", description="Body-posture classifier: 'rules' (hand-made thresholds on trunk lean and neck height), 'learned' (the classifier inspector/data/body_posture.onnx on the mirror-invariant body vector, run with onnxruntime; see tools/train_classifiers.py) or 'head_down_learned' (the learned classifier decides only whether the head is down on the desk, where it scores far higher across the corpus's sources than the rules; sitting and standing come from the rules, which hold better on seated staff). The rules' 'leaning on counter' check runs first in every mode. The learned modes fall back to the rules, with a logged warning, when the model file is absent or fails its digest check (`inspector models list` gives both figures).")
    min_visibility: float = Field(0.5, ge=0, le=1, description="Landmark visibility at which a point counts as fully seen; confidence falls linearly below it.")
    hidden_visibility: float = Field(0.15, ge=0, le=1, description="Landmark visibility below which a point counts as hidden (confidence 0 for what needs it).")
    min_arm_confidence: float = Field(0.25, ge=0, le=1, description="Arm classes whose score times landmark confidence is below this are reported as unknown.")
    min_body_confidence: float = Field(0.3, ge=0, le=1, description="Body classes whose confidence is below this are reported as unknown.")
    # stance
    sit_thigh_angle_deg: float = Field(55.0, ge=0, le=90, description="Thigh angle from vertical (hip to knee, 3-D) above which the person is sitting.")
    stand_thigh_angle_deg: float = Field(30.0, ge=0, le=90, description="Thigh angle from vertical below which the person is standing (between the two: unsure).")
    assumed_stance: Stance = Field(Stance.SITTING, description="Stance assumed for the body classes when hips and knees are hidden (e.g. behind a counter): 'sitting', 'standing' or 'unknown'.")
    assumed_stance_confidence: float = Field(0.6, ge=0, le=1, description="Confidence given to the assumed stance.")
    # arms: heights are fractions of the torso (0 = shoulders, 1 = hips); lateral distances in shoulder widths
    face_touch_distance: float = Field(0.55, gt=0, description="A hand point closer than this to the ear / chin (in shoulder widths, image plane) touches it.")
    phone_min_wrist_out: float = Field(0.3, description="Wrist distance from the midline (shoulder widths) at which a raised hand is as likely at the ear as at the chin; further out favours the ear.")
    phone_max_level: float = Field(0.08, description="Wrist height (torso fractions) at which a raised hand is as likely at the ear as at the chin; higher favours the ear.")
    hand_high_level: float = Field(0.35, description="Wrist height (torso fractions) above which a hand is raised toward the face.")
    hips_min_elbow_out: float = Field(0.78, description="Elbow distance from the body midline (shoulder widths) above which the elbow sticks out, as with hands on hips.")
    hips_max_elbow_angle: float = Field(135.0, ge=0, le=180, description="Elbow angle below which a hand on the hip bends the arm.")
    crossed_max_level: float = Field(0.72, description="Wrist height above which (smaller values) crossed forearms lie on the chest.")
    crossed_max_wrist_to_elbow: float = Field(0.75, gt=0, description="Wrist distance to the opposite elbow (shoulder widths) below which the forearms are folded across.")
    crossed_min_wrist_across: float = Field(0.3, gt=0, description="Wrist distance past the body midline, on the other arm's side (shoulder widths), from which a forearm counts as folded across the chest whatever elbow angle the 3-D landmarks give (children and foreshortened arms often measure straighter than they are).")
    clasped_max_hand_gap: float = Field(0.75, gt=0, description="Distance between the two wrists (shoulder widths) below which the hands are together.")
    pocket_max_level: float = Field(0.93, description="Mean wrist height (torso fractions) below which low hands are more likely in pockets than hanging.")
    pocket_min_elbow_angle: float = Field(130.0, ge=0, le=180, description="Elbow angle (degrees) above which low hands may be in pockets (a hand in a pocket bends the arm more than hanging, less than a hand on the hip).")
    pocket_max_wrist_visibility: float = Field(0.8, ge=0, le=1, description="Wrist visibility below which a low wrist may be hidden in a pocket.")
    behind_max_wrist_visibility: float = Field(0.35, ge=0, le=1, description="Mean visibility of the two wrists below which the hands are taken as hidden behind the back (the mean, so that one wrist the pose guesses with middling visibility does not undo a clearly hidden other hand).")
    head_down_pitch: float = Field(0.22, description="Nose drop below the ear line (in ear-to-ear widths) above which the head looks down, as at a phone.")
    counter_min_forward: float = Field(0.45, description="Wrist distance in front of the shoulders (shoulder widths, 3-D) above which forearms reach forward to a counter.")
    face_side_evidence: float = Field(0.4, description="With a face mesh and hand landmarks: the hand's centre in the face frame (|x| in half face widths minus 0.6 x its height below the face centre in half face heights) above which a hand at the face is at the ear (phone) rather than under the chin.")
    looking_max_level: float = Field(0.65, description="Wrist height (torso fractions) up to which a hand in front of the body, with the head bent over it, may hold something to look at; lower hands rest on a desk or the lap (reading, writing), which says nothing about a phone.")
    chin_min_wrist_below: float = Field(1.05, description="With a face frame and hand landmarks: height of the hand's wrist in the face frame (half face heights from the face centre, 1 at the chin) from which the hand can hold the chin from below; a hand whose wrist is higher is held up in front of the face (thumbs-up, wave), not under the chin.")
    chin_min_hand_top: float = Field(-0.25, description="With a face frame and hand landmarks: height in the face frame of the hand's highest point from which it can hold the chin; a hand reaching higher covers the nose and eyes (a thumbs-up or a wave in front of the face).")
    held_max_level: float = Field(0.62, description="Centre of a detected hand (hand landmarks) above this height along the image torso (0 shoulders, 1 hips), in front of the body and away from the face, is held up as when looking at a phone.")
    held_max_out: float = Field(1.2, gt=0, description="A hand held up counts only within this distance of the body midline (image, shoulder widths).")
    # body
    upright_min_neck: float = Field(2.45, gt=0, description="Shoulder line below the ear line, over the eye-to-mouth height (vertical image distances), at or above which a seated person is upright (lower: slouched, head forward).")
    neck_softness: float = Field(0.15, gt=0, description="Width of the soft zone around upright_min_neck, for the confidence.")
    head_down_max_neck: float = Field(0.3, description="Shoulder line below the ear line (ear widths) below which the head is at or under shoulder height: head down on the desk.")
    head_down_max_nose_above: float = Field(0.05, description="Nose height above the shoulder line (shoulder widths) below which the head is down on the desk.")
    camera_pitch_deg: float = Field(0.0, ge=-60, le=80, description="How far the camera looks down (degrees below horizontal); undone before lean and stance are measured. Set it per site with `inspector calibrate posture` or from the camera calibration.")
    tilt_min_frontal: float = Field(0.25, ge=0, le=2, description="Shoulder width seen over torso length at or below which the shoulder tilt has confidence 0 (person turned sideways).")
    tilt_full_frontal: float = Field(0.45, gt=0, le=2, description="Shoulder width seen over torso length from which the shoulder tilt has full confidence.")
    lean_forward_deg: float = Field(30.0, ge=0, le=90, description="Forward trunk lean above which a standing person leans.")
    lean_side_deg: float = Field(12.0, ge=0, le=90, description="Sideways trunk lean above which a standing person leans.")
    counter_lean_deg: float = Field(35.0, ge=0, le=90, description="Forward trunk lean above which, with forearms forward on a surface, the person leans on the counter.")


@dataclass(frozen=True)
class PostureFeatures:
    """The posture measures of one person (merged by the feature stage into ``Features``).

    Attributes:
        stance: Standing or sitting.
        stance_confidence: Confidence of ``stance`` in [0, 1].
        trunk_lean_forward: Degrees, > 0 toward the camera / desk.
        trunk_lean_side: Degrees, > 0 toward image right.
        shoulder_tilt: Degrees, > 0 when the image-right shoulder is lower.
        arm_scores: Score of every arm class, in [0, 1], in ArmPosture order.
    """

    stance: Stance
    stance_confidence: float
    trunk_lean_forward: Measure | None
    trunk_lean_side: Measure | None
    shoulder_tilt: Measure | None
    arm_scores: tuple[tuple[str, float], ...]


# --- small helpers ----------------------------------------------------------------------------

def ramp(x: float, lo: float, hi: float) -> float:
    """0 at ``lo``, 1 at ``hi``, linear between (``lo`` > ``hi`` gives a falling ramp)."""
    if hi == lo:
        return float(x >= hi)
    return min(1.0, max(0.0, (float(x) - lo) / (hi - lo)))  # scalar math: called thousands of times a second


def vis_conf(pose: PoseLandmarks, idxs: tuple[int, ...], cfg: PostureConfig) -> float:
    """Confidence from the least visible of ``idxs``: 0 when hidden, 1 when clearly seen."""
    v = float(np.min(pose.image[list(idxs), 3]))
    return ramp(v, cfg.hidden_visibility, cfg.min_visibility)


def image_aspect(person: PersonObservation) -> float:
    """The frame's width / height: from ``person.frame_size`` when known, else estimated.

    The estimate uses the pixel box and the normalised landmarks.
    The box is drawn around the visible landmarks with the same relative padding on both axes, so
    (box width / landmark x extent) / (box height / landmark y extent) is the frame aspect. Falls
    back to 1 when the estimate is degenerate.
    """
    w, h = person.frame_size
    if w > 0 and h > 0:
        return w / h
    if person.pose is None:
        return 1.0
    pts = person.pose.image
    mask = pts[:, 3] >= 0.3
    if mask.sum() < 3:
        mask = np.ones(len(pts), dtype=bool)
    ex = float(np.ptp(np.clip(pts[mask, 0], 0, 1)))
    ey = float(np.ptp(np.clip(pts[mask, 1], 0, 1)))
    bw, bh = float(person.bbox[2]), float(person.bbox[3])
    if ex < 0.02 or ey < 0.02 or bw <= 4 or bh <= 4:
        return 1.0
    a = ((bw - 4) / ex) / ((bh - 4) / ey)
    return float(a) if 0.25 <= a <= 4.0 else 1.0


def iso(points: np.ndarray, aspect: float) -> np.ndarray:
    """Normalised image points (..., >=2) to isotropic units (x scaled by the aspect, y as is)."""
    out = np.array(points[..., :2], dtype=np.float64)
    out[..., 0] *= aspect
    return out


def angle(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
    """Angle at ``b`` between ``a`` and ``c``, degrees."""
    u, v = a - b, c - b
    n = float(np.linalg.norm(u) * np.linalg.norm(v))
    if n < 1e-9:
        return 180.0
    return float(np.degrees(np.arccos(np.clip(float(u @ v) / n, -1.0, 1.0))))


def world_points(pose: PoseLandmarks, camera_pitch_deg: float = 0.0) -> np.ndarray:
    """World landmarks, or image landmarks (x, y, z) as a stand-in when the model gave none.

    MediaPipe's world landmarks are aligned with the camera, so a camera looking down by
    ``camera_pitch_deg`` makes an upright person seem to lean toward it by that angle. The points
    are rotated about the camera's x axis to undo the pitch (y down along gravity again).
    """
    w = np.asarray(pose.world if pose.world is not None else pose.image[:, :3], dtype=np.float64)
    if camera_pitch_deg:
        t = np.radians(camera_pitch_deg)
        c, s_ = np.cos(t), np.sin(t)
        y, z = w[:, 1].copy(), w[:, 2].copy()
        w = w.copy()
        w[:, 1] = y * c + z * s_
        w[:, 2] = -y * s_ + z * c
    return w


# --- measures ---------------------------------------------------------------------------------

def stance(person: PersonObservation, cfg: PostureConfig) -> tuple[Stance, float]:
    """Standing or sitting from the 3-D thigh angle (hip to knee) of the better-seen leg.

    Returns:
        (stance, confidence); UNKNOWN with confidence 0 when hips or knees are hidden.
    """
    pose = person.pose
    if pose is None:
        return Stance.UNKNOWN, 0.0
    w = world_points(pose, cfg.camera_pitch_deg)
    best: tuple[float, float] | None = None  # (confidence, angle)
    for hip, knee in ((L_HIP, L_KNEE), (R_HIP, R_KNEE)):
        conf = vis_conf(pose, (hip, knee), cfg)
        thigh = w[knee] - w[hip]
        n = float(np.linalg.norm(thigh))
        if n < 1e-6:
            continue
        ang = float(np.degrees(np.arccos(np.clip(thigh[1] / n, -1.0, 1.0))))
        if best is None or conf > best[0]:
            best = (conf, ang)
    if best is None or best[0] <= 0.0:
        return Stance.UNKNOWN, 0.0
    conf, ang = best
    if ang >= cfg.sit_thigh_angle_deg:
        return Stance.SITTING, conf * ramp(ang, cfg.stand_thigh_angle_deg, cfg.sit_thigh_angle_deg + 10)
    if ang <= cfg.stand_thigh_angle_deg:
        return Stance.STANDING, conf * ramp(ang, cfg.sit_thigh_angle_deg, cfg.stand_thigh_angle_deg - 10)
    return Stance.UNKNOWN, 0.0


def _trunk(pose: PoseLandmarks, camera_pitch_deg: float = 0.0) -> np.ndarray:
    """World vector from the hip centre to the shoulder centre (camera pitch undone)."""
    w = world_points(pose, camera_pitch_deg)
    return (w[L_SHOULDER] + w[R_SHOULDER]) / 2 - (w[L_HIP] + w[R_HIP]) / 2


def facing_away(person: PersonObservation) -> float:
    """In [0, 1]: 1 when the person shows the camera their back (their left shoulder on the image left).

    Seen from the front, a person's right shoulder is on the image left; the shoulders' order in the
    image, over the shoulder width (or a share of the torso when they overlap), says which way they face.
    """
    pose = person.pose
    if pose is None:
        return 0.0
    img = iso(pose.image, image_aspect(person))
    sw = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])),
             0.6 * float(np.linalg.norm((img[L_SHOULDER] + img[R_SHOULDER]) / 2 - (img[L_HIP] + img[R_HIP]) / 2)),
             1e-4)
    return ramp(float(img[R_SHOULDER, 0] - img[L_SHOULDER, 0]) / sw, 0.0, 0.3)


def trunk_lean_forward(person: PersonObservation, cfg: PostureConfig) -> Measure | None:
    """Forward trunk lean in degrees (> 0: shoulders nearer the camera than the hips).

    From behind, the camera sees which way the trunk tilts in depth but not whether that is the
    person's forward or backward, and a camera looking down makes any upright back seem to lean:
    the confidence falls to 0 as the person turns their back (:func:`facing_away`), so no rule
    judges a forward lean it cannot see.
    """
    if person.pose is None:
        return None
    t = _trunk(person.pose, cfg.camera_pitch_deg)
    value = float(np.degrees(np.arctan2(-t[2], max(-t[1], 1e-6))))
    seen = vis_conf(person.pose, (L_SHOULDER, R_SHOULDER, L_HIP, R_HIP), cfg)
    return Measure(value, seen * (1.0 - facing_away(person)))


def trunk_lean_side(person: PersonObservation, cfg: PostureConfig) -> Measure | None:
    """Sideways trunk lean in degrees (> 0: shoulders toward image right of the hips)."""
    if person.pose is None:
        return None
    t = _trunk(person.pose, cfg.camera_pitch_deg)
    value = float(np.degrees(np.arctan2(t[0], max(-t[1], 1e-6))))
    return Measure(value, vis_conf(person.pose, (L_SHOULDER, R_SHOULDER, L_HIP, R_HIP), cfg))


def _line_angle(p: np.ndarray) -> float:
    """Image angle (degrees, > 0 when the image-right point is lower) of the line through two points."""
    left, right = (p[0], p[1]) if p[0, 0] <= p[1, 0] else (p[1], p[0])
    return float(np.degrees(np.arctan2(right[1] - left[1], max(float(right[0] - left[0]), 1e-6))))


def shoulder_tilt(person: PersonObservation, cfg: PostureConfig, against_hips: bool = True) -> Measure | None:
    """Shoulder-line tilt in the image, degrees (> 0: the image-right shoulder is lower).

    The shoulder line is taken against the image horizontal and, with the hips seen, against the hip
    line as well; the smaller of the two is the tilt. A camera looking down at a body turned a little
    away from it slants both lines alike (level against the hips), hips the pose model places behind
    a desk slant at random (level against the horizontal), and a trunk leaning sideways tilts both
    (that is the sideways lean); a dropped shoulder shows against both. ``against_hips=False`` gives
    the tilt against the horizontal alone (the learned body classifier was trained on that).
    """
    if person.pose is None:
        return None
    aspect = image_aspect(person)
    p = iso(person.pose.image[[L_SHOULDER, R_SHOULDER]], aspect)
    hips = iso(person.pose.image[[L_HIP, R_HIP]], aspect)
    hips_seen = vis_conf(person.pose, (L_HIP, R_HIP), cfg)
    raw = _line_angle(p)
    relative = raw - hips_seen * _line_angle(hips)
    value = raw if not against_hips or abs(raw) <= abs(relative) else relative
    # Turned sideways, the shoulders overlap in the image and their line says nothing about tilt:
    # confidence follows the shoulder width seen, relative to the torso length.
    torso = float(np.linalg.norm((p[0] + p[1]) / 2 - (hips[0] + hips[1]) / 2))
    frontal = 1.0
    if torso > 1e-6 and hips_seen > 0:
        frontal = ramp(float(np.linalg.norm(p[0] - p[1])) / torso, cfg.tilt_min_frontal, cfg.tilt_full_frontal)
    return Measure(value, vis_conf(person.pose, (L_SHOULDER, R_SHOULDER), cfg) * frontal)


def neck_height(person: PersonObservation) -> Measure | None:
    """Shoulder line below the ear line in the image, in ear-to-ear widths.

    Slouching pushes the head forward and down between the shoulders, which shortens this height;
    lying with the head on the desk makes it near zero or negative.
    """
    pose = person.pose
    if pose is None:
        return None
    img = iso(pose.image, image_aspect(person))
    ear_w = float(np.linalg.norm(img[L_EAR] - img[R_EAR]))
    if ear_w < 1e-4:
        return Measure(0.0, 0.0)
    ear_y = (img[L_EAR, 1] + img[R_EAR, 1]) / 2
    sh_y = (img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2
    v = float(np.min(pose.image[[L_EAR, R_EAR, L_SHOULDER, R_SHOULDER], 3]))
    return Measure(float((sh_y - ear_y) / ear_w), v)


def neck_ratio(person: PersonObservation) -> Measure | None:
    """Shoulder line below the ear line over the eye-to-mouth height, both vertical image distances.

    Only vertical distances are used, so the ratio does not depend on the frame aspect or the distance
    to the camera; a slouch pushes the head forward and down and shortens it.
    """
    pose = person.pose
    if pose is None:
        return None
    img = pose.image
    eye_y = (img[2, 1] + img[5, 1]) / 2
    mouth_y = (img[MOUTH_L, 1] + img[MOUTH_R, 1]) / 2
    face_h = float(mouth_y - eye_y)
    v = float(np.min(img[[L_EAR, R_EAR, L_SHOULDER, R_SHOULDER, 2, 5, MOUTH_L, MOUTH_R], 3]))
    if face_h < 1e-4:
        return Measure(0.0, 0.0)
    ear_y = (img[L_EAR, 1] + img[R_EAR, 1]) / 2
    sh_y = (img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2
    return Measure(float((sh_y - ear_y) / face_h), v)
