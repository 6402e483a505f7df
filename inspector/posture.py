"""Body posture measures and the arm / body posture classifiers.

Pure functions of one :class:`~inspector.types.PersonObservation`. Geometry that must not depend on
the distance to the camera is taken from the 3-D world landmarks (metres, hip-centred) and scaled by
the shoulder width or the torso length; contacts with the face (phone at the ear, chin on the hand) and
the neck height are taken in the image, made isotropic with the frame aspect estimated from the
person's pixel box. Every measure carries a confidence built from the visibility of the landmarks it
needs, so a counter hiding the hips lowers the stance and trunk-lean confidences instead of guessing.

Classification is by hand-made, mirror-symmetric scores (left and right are always treated alike and
the best side wins); all thresholds live in :class:`PostureConfig`. When the face mesh and hand
landmarks are present, a hand at the face is placed in the face's own frame (beside it: phone at the
ear; under it: chin on hand), and a detected hand held up in front of the chest, away from the face,
counts as holding a phone to look at. A person whose back faces the camera (shoulders in mirrored
order) has no measurable head pitch, and low hands near the midline are behind the back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import Field

from inspector.settings_base import Section
from inspector.types import ArmPosture, BodyPosture, Measure, PersonObservation, PoseLandmarks, Stance

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


_log = logging.getLogger(__name__)


class PostureConfig(Section):
    """Thresholds of the posture measures and classifiers."""

    arm_classifier: Literal["rules", "learned"] = Field("rules", description="Arm-posture classifier: 'rules' (hand-made geometric scores) or 'learned' (logistic regression on mirror-invariant landmark features plus the rules' scores, inspector/data/arm_posture.onnx, run with onnxruntime). 'rules' is the default because it scored higher across photo sources (macro F1 0.81 vs 0.68 leave-one-source-out when the model was trained, see tools/train_arm_posture.py; the rules now score 0.875 with `inspector eval` on the labelled photos). 'learned' falls back to the rules, with a logged warning, when the model file is absent or its SHA-256 does not match.")

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

def _ramp(x: float, lo: float, hi: float) -> float:
    """0 at ``lo``, 1 at ``hi``, linear between (``lo`` > ``hi`` gives a falling ramp)."""
    if hi == lo:
        return float(x >= hi)
    return min(1.0, max(0.0, (float(x) - lo) / (hi - lo)))  # scalar math: called thousands of times a second


def _vis_conf(pose: PoseLandmarks, idxs: tuple[int, ...], cfg: PostureConfig) -> float:
    """Confidence from the least visible of ``idxs``: 0 when hidden, 1 when clearly seen."""
    v = float(np.min(pose.image[list(idxs), 3]))
    return _ramp(v, cfg.hidden_visibility, cfg.min_visibility)


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


def _iso(points: np.ndarray, aspect: float) -> np.ndarray:
    """Normalised image points (..., >=2) to isotropic units (x scaled by the aspect, y as is)."""
    out = np.array(points[..., :2], dtype=np.float64)
    out[..., 0] *= aspect
    return out


def _angle(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
    """Angle at ``b`` between ``a`` and ``c``, degrees."""
    u, v = a - b, c - b
    n = float(np.linalg.norm(u) * np.linalg.norm(v))
    if n < 1e-9:
        return 180.0
    return float(np.degrees(np.arccos(np.clip(float(u @ v) / n, -1.0, 1.0))))


def _world(pose: PoseLandmarks, camera_pitch_deg: float = 0.0) -> np.ndarray:
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
    w = _world(pose, cfg.camera_pitch_deg)
    best: tuple[float, float] | None = None  # (confidence, angle)
    for hip, knee in ((L_HIP, L_KNEE), (R_HIP, R_KNEE)):
        conf = _vis_conf(pose, (hip, knee), cfg)
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
        return Stance.SITTING, conf * _ramp(ang, cfg.stand_thigh_angle_deg, cfg.sit_thigh_angle_deg + 10)
    if ang <= cfg.stand_thigh_angle_deg:
        return Stance.STANDING, conf * _ramp(ang, cfg.sit_thigh_angle_deg, cfg.stand_thigh_angle_deg - 10)
    return Stance.UNKNOWN, 0.0


def _trunk(pose: PoseLandmarks, camera_pitch_deg: float = 0.0) -> np.ndarray:
    """World vector from the hip centre to the shoulder centre (camera pitch undone)."""
    w = _world(pose, camera_pitch_deg)
    return (w[L_SHOULDER] + w[R_SHOULDER]) / 2 - (w[L_HIP] + w[R_HIP]) / 2


def trunk_lean_forward(person: PersonObservation, cfg: PostureConfig) -> Measure | None:
    """Forward trunk lean in degrees (> 0: shoulders nearer the camera than the hips)."""
    if person.pose is None:
        return None
    t = _trunk(person.pose, cfg.camera_pitch_deg)
    value = float(np.degrees(np.arctan2(-t[2], max(-t[1], 1e-6))))
    return Measure(value, _vis_conf(person.pose, (L_SHOULDER, R_SHOULDER, L_HIP, R_HIP), cfg))


def trunk_lean_side(person: PersonObservation, cfg: PostureConfig) -> Measure | None:
    """Sideways trunk lean in degrees (> 0: shoulders toward image right of the hips)."""
    if person.pose is None:
        return None
    t = _trunk(person.pose, cfg.camera_pitch_deg)
    value = float(np.degrees(np.arctan2(t[0], max(-t[1], 1e-6))))
    return Measure(value, _vis_conf(person.pose, (L_SHOULDER, R_SHOULDER, L_HIP, R_HIP), cfg))


def shoulder_tilt(person: PersonObservation, cfg: PostureConfig) -> Measure | None:
    """Shoulder-line tilt in the image, degrees (> 0: the image-right shoulder is lower)."""
    if person.pose is None:
        return None
    aspect = image_aspect(person)
    p = _iso(person.pose.image[[L_SHOULDER, R_SHOULDER]], aspect)
    left, right = (p[0], p[1]) if p[0, 0] <= p[1, 0] else (p[1], p[0])
    dx = max(float(right[0] - left[0]), 1e-6)
    value = float(np.degrees(np.arctan2(right[1] - left[1], dx)))
    # Turned sideways, the shoulders overlap in the image and their line says nothing about tilt:
    # confidence follows the shoulder width seen, relative to the torso length.
    hips = _iso(person.pose.image[[L_HIP, R_HIP]], aspect)
    torso = float(np.linalg.norm((p[0] + p[1]) / 2 - (hips[0] + hips[1]) / 2))
    frontal = 1.0
    if torso > 1e-6 and _vis_conf(person.pose, (L_HIP, R_HIP), cfg) > 0:
        frontal = _ramp(float(np.linalg.norm(p[0] - p[1])) / torso, cfg.tilt_min_frontal, cfg.tilt_full_frontal)
    return Measure(value, _vis_conf(person.pose, (L_SHOULDER, R_SHOULDER), cfg) * frontal)


# --- arm geometry -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ArmSide:
    """Body-size-normalised geometry of one arm.

    Attributes:
        level: Wrist height along the torso (0 shoulders, 1 hips, < 0 above the shoulders).
        wrist_out: Wrist distance from the body midline toward its own side (shoulder widths; < 0 crossed over).
        elbow_out: Elbow distance from the midline toward its own side (shoulder widths).
        forward: Wrist distance in front of the shoulders (shoulder widths; > 0 toward the camera).
        elbow_angle: Shoulder-elbow-wrist angle, degrees (180 straight).
        to_other_elbow: Wrist distance to the other arm's elbow (shoulder widths).
        ear_gap: Nearest hand point to either ear, image plane (shoulder widths).
        chin_gap: Nearest hand point to the chin, image plane (shoulder widths).
        wrist_visibility: Visibility of the wrist.
        face_pos: Centre of this side's detected hand in the face frame ((|x| in half face widths from the
            face centre, y in half face heights, > 0 downward)), or None without a face mesh or hand landmarks.
        hand_level: Height of the centre of this side's detected hand along the image torso (0 shoulders,
            1 hips), or None without hand landmarks.
        hand_out: Distance of that centre from the body midline (image, shoulder widths), or None.
        confidence: Landmark confidence of this arm (shoulder, elbow, wrist).
    """

    level: float
    wrist_out: float
    elbow_out: float
    forward: float
    elbow_angle: float
    to_other_elbow: float
    ear_gap: float
    chin_gap: float
    wrist_visibility: float
    confidence: float
    face_pos: tuple[float, float] | None = None
    hand_level: float | None = None
    hand_out: float | None = None


@dataclass(frozen=True)
class ArmGeometry:
    """Both arms plus whole-person cues.

    Attributes:
        sides: The subject's left and right arm.
        hand_gap: Distance between the wrists (shoulder widths, 3-D).
        head_pitch: Nose drop below the ear line in ear widths (> 0.2 roughly: looking down).
        confidence: Confidence of the shoulders (the frame of reference).
        facing_away: In [0, 1], 1 when the subject's left shoulder is on the image left, i.e. the
            person shows the camera their back.
    """

    sides: tuple[ArmSide, ArmSide]
    hand_gap: float
    head_pitch: float
    confidence: float
    facing_away: float = 0.0


def _hand_points(person: PersonObservation, wrist: int, other_wrist: int, finger_idx: tuple[int, ...],
                 aspect: float) -> np.ndarray:
    """Isotropic image points of one hand: the pose wrist and finger points plus the landmarks of
    every matched hand whose wrist lies nearer this pose wrist than the other one."""
    pose = person.pose
    assert pose is not None
    own = _iso(pose.image[[wrist, *finger_idx]], aspect)
    other = _iso(pose.image[other_wrist], aspect)
    pts = [own]
    for h in person.hands:
        hp = _iso(h.image, aspect)
        if float(np.linalg.norm(hp[0] - own[0])) <= float(np.linalg.norm(hp[0] - other)):
            pts.append(hp)
    return np.concatenate(pts, axis=0)


def _side_hands(person: PersonObservation, wrist: int, other_wrist: int, aspect: float) -> np.ndarray | None:
    """Isotropic image points (n, 2) of the detected hands (hand landmarks) matched to one pose wrist:
    those whose wrist lies nearer this pose wrist than the other one; None when there are none."""
    pose = person.pose
    assert pose is not None
    own = _iso(pose.image[wrist], aspect)
    other = _iso(pose.image[other_wrist], aspect)
    pts = []
    for h in person.hands:
        hp = _iso(h.image, aspect)
        if float(np.linalg.norm(hp[0] - own)) <= float(np.linalg.norm(hp[0] - other)):
            pts.append(hp)
    return np.concatenate(pts, axis=0) if pts else None


def face_frame_position(person: PersonObservation, points: np.ndarray, aspect: float) -> tuple[float, float] | None:
    """Centre of ``points`` (isotropic image units) in the face mesh's own frame.

    The frame's origin is midway between forehead (mesh 10) and chin (152); its x axis runs between
    the two face sides (234, 454) and its y axis from forehead to chin, each in half lengths, so the
    face spans about [-1, 1] on both axes whatever its size, roll or distance. A phone at the ear lies
    beside the face (|x| > 1, y near 0); a hand under the chin lies under it (|x| < 1, y > 1).

    Returns:
        (|x|, y) with y > 0 toward the chin, or None without a usable face mesh.
    """
    face = person.face
    if face is None or len(face.image) <= max(FACE_CHIN, FACE_RIGHT_CHEEK):
        frame = pose_face_frame(person.pose, aspect) if person.pose is not None else None
        if frame is None:
            return None
        centre, axes = frame
    else:
        f = _iso(face.image, aspect)
        centre = (f[FACE_FOREHEAD] + f[FACE_CHIN]) / 2
        axes = np.stack([(f[FACE_RIGHT_CHEEK] - f[FACE_LEFT_CHEEK]) / 2, (f[FACE_CHIN] - f[FACE_FOREHEAD]) / 2], axis=1)
    if abs(float(np.linalg.det(axes))) < 1e-10:
        return None
    local = np.linalg.solve(axes, (points.mean(axis=0) - centre))
    return float(abs(local[0])), float(local[1])


def pose_face_frame(pose: PoseLandmarks, aspect: float, min_visibility: float = 0.5,
                    height_per_eye_mouth: float = 1.15,
                    min_width_ratio: float = 0.7) -> tuple[np.ndarray, np.ndarray] | None:
    """A face frame like the face mesh's, estimated from the pose's head points (no face mesh).

    When a hand covers the face the face landmarker often finds nothing, while the pose still
    places eyes, mouth and ears. The centre is midway between the eye line and the mouth (about the
    nose, as the mesh's forehead-to-chin midpoint); the half height is ``height_per_eye_mouth`` times
    the eye-to-mouth distance along the same direction; the half width is half the ear-to-ear
    vector, at least ``min_width_ratio`` half heights (turned heads bring the ears together).

    Returns:
        (centre (2,), axes (2, 2) with the x and y half axes as columns) in isotropic image units,
        or None when the eyes or the mouth are not seen.
    """
    pts = pose.image
    if float(np.min(pts[[2, 5, MOUTH_L, MOUTH_R], 3])) < min_visibility:
        return None
    img = _iso(pts, aspect)
    eyes = (img[2] + img[5]) / 2
    mouth = (img[MOUTH_L] + img[MOUTH_R]) / 2
    down = (mouth - eyes) * height_per_eye_mouth
    half_h = float(np.linalg.norm(down))
    if half_h < 1e-6:
        return None
    across = (img[R_EAR] - img[L_EAR]) / 2
    # Keep the x axis perpendicular to the face's vertical, pointing the way the ears go.
    perp = np.array([-down[1], down[0]]) / half_h
    if float(perp @ across) < 0:
        perp = -perp
    half_w = max(abs(float(perp @ across)), min_width_ratio * half_h)
    return (eyes + mouth) / 2, np.stack([perp * half_w, down], axis=1)


def _face_points(person: PersonObservation, aspect: float) -> tuple[np.ndarray, np.ndarray]:
    """(ears (2, 2), chin (2,)) in isotropic image units, from the face mesh when present."""
    pose = person.pose
    assert pose is not None
    img = _iso(pose.image, aspect)
    ears = img[[L_EAR, R_EAR]]
    mouth = (img[MOUTH_L] + img[MOUTH_R]) / 2
    chin = mouth + 0.8 * (mouth - img[NOSE])
    if person.face is not None and len(person.face.image) > FACE_CHIN:
        f = _iso(person.face.image, aspect)
        chin = f[FACE_CHIN]
    return ears, chin


class _Unset:
    """Type of :data:`UNSET`."""


UNSET = _Unset()
"""Marks an optional precomputed argument as not given (None is a valid value for it)."""


def arm_geometry(person: PersonObservation) -> ArmGeometry | None:
    """Normalised arm geometry of the person, or None without pose landmarks."""
    pose = person.pose
    if pose is None:
        return None
    w = _world(pose)
    sw = max(float(np.linalg.norm(w[L_SHOULDER] - w[R_SHOULDER])), 1e-3)
    smid = (w[L_SHOULDER] + w[R_SHOULDER]) / 2
    hmid = (w[L_HIP] + w[R_HIP]) / 2
    torso = max(float(np.linalg.norm(smid - hmid)), 0.5 * sw)
    aspect = image_aspect(person)
    img = _iso(pose.image, aspect)
    sw_img = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])),
                 0.6 * float(np.linalg.norm((img[L_SHOULDER] + img[R_SHOULDER]) / 2 - (img[L_HIP] + img[R_HIP]) / 2)),
                 1e-4)
    ears, chin = _face_points(person, aspect)
    smid_img = (img[L_SHOULDER] + img[R_SHOULDER]) / 2
    torso_img = max(float(((img[L_HIP, 1] + img[R_HIP, 1]) - (img[L_SHOULDER, 1] + img[R_SHOULDER, 1])) / 2), 0.5 * sw_img)
    sides = []
    for sh, other_sh, el, other_el, wr, other_wr, fingers in (
            (L_SHOULDER, R_SHOULDER, L_ELBOW, R_ELBOW, L_WRIST, R_WRIST, (L_PINKY, L_INDEX, L_THUMB)),
            (R_SHOULDER, L_SHOULDER, R_ELBOW, L_ELBOW, R_WRIST, L_WRIST, (R_PINKY, R_INDEX, R_THUMB))):
        out_dir = 1.0 if w[sh, 0] >= w[other_sh, 0] else -1.0
        hand = _hand_points(person, wr, other_wr, fingers, aspect)
        ear_gap = float(min(np.linalg.norm(hand - e, axis=1).min() for e in ears)) / sw_img
        chin_gap = float(np.linalg.norm(hand - chin, axis=1).min()) / sw_img
        detected = _side_hands(person, wr, other_wr, aspect)
        face_pos = hand_level = hand_out = None
        if detected is not None:
            face_pos = face_frame_position(person, detected, aspect)
            centre = detected.mean(axis=0)
            hand_level = float((centre[1] - smid_img[1]) / torso_img)
            hand_out = float(abs(centre[0] - smid_img[0]) / sw_img)
        sides.append(ArmSide(
            level=float((w[wr, 1] - smid[1]) / torso),
            wrist_out=float((w[wr, 0] - smid[0]) * out_dir / sw),
            elbow_out=float((w[el, 0] - smid[0]) * out_dir / sw),
            forward=float((smid[2] - w[wr, 2]) / sw),
            elbow_angle=_angle(w[sh], w[el], w[wr]),
            to_other_elbow=float(np.linalg.norm(w[wr] - w[other_el]) / sw),
            ear_gap=ear_gap,
            chin_gap=chin_gap,
            wrist_visibility=float(pose.image[wr, 3]),
            confidence=float(np.min(pose.image[[sh, el], 3])),
            face_pos=face_pos,
            hand_level=hand_level,
            hand_out=hand_out,
        ))
    ew = max(float(np.linalg.norm(img[L_EAR] - img[R_EAR])), 1e-4)
    head_pitch = float((img[NOSE, 1] - (img[L_EAR, 1] + img[R_EAR, 1]) / 2) / ew)
    return ArmGeometry(
        sides=(sides[0], sides[1]),
        hand_gap=float(np.linalg.norm(w[L_WRIST] - w[R_WRIST]) / sw),
        head_pitch=head_pitch,
        confidence=float(np.min(pose.image[[L_SHOULDER, R_SHOULDER], 3])),
        facing_away=_ramp(float(img[R_SHOULDER, 0] - img[L_SHOULDER, 0]) / sw_img, 0.0, 0.3),
    )


# --- arm class scores -------------------------------------------------------------------------

def _face_contact(s: ArmSide, cfg: PostureConfig) -> tuple[float, float]:
    """(phone-at-ear, hand-at-chin) scores of one raised arm."""
    raised = _ramp(s.level, cfg.hand_high_level + 0.25, cfg.hand_high_level - 0.1)
    bent = _ramp(s.elbow_angle, 150.0, 110.0)
    near_ear = _ramp(s.ear_gap, cfg.face_touch_distance, cfg.face_touch_distance * 0.4)
    near_chin = _ramp(s.chin_gap, cfg.face_touch_distance, cfg.face_touch_distance * 0.4)
    # The phone sits at the side of the head (nearer the ear, hand out to the side, at or above the
    # shoulder line); a chin rests on a hand under the face, near the midline. With a face mesh and
    # a detected hand the hand's place in the face's own frame says it directly.
    if s.face_pos is not None:
        fx, fy = s.face_pos
        ear_first = _ramp(fx - 0.6 * fy, cfg.face_side_evidence - 0.2, cfg.face_side_evidence + 0.2)
    else:
        side_evidence = (2.0 * (s.chin_gap - s.ear_gap) + 2.0 * (s.wrist_out - cfg.phone_min_wrist_out)
                         + 2.0 * (cfg.phone_max_level - s.level))
        ear_first = _ramp(side_evidence, -0.3, 0.3)
    chin_first = 1.0 - ear_first
    phone = raised * bent * near_ear * ear_first
    chin = raised * bent * near_chin * chin_first
    return phone, chin


def _held_up(s: ArmSide, cfg: PostureConfig) -> float:
    """Score of one side's detected hand held up in front of the chest, away from the face."""
    if s.hand_level is None or s.hand_out is None:
        return 0.0
    off_face = _ramp(min(s.ear_gap, s.chin_gap), cfg.face_touch_distance, cfg.face_touch_distance * 1.5)
    return (_ramp(s.hand_level, -0.1, 0.05) * _ramp(s.hand_level, cfg.held_max_level + 0.1, cfg.held_max_level - 0.05)
            * _ramp(s.hand_out, cfg.held_max_out + 0.2, cfg.held_max_out) * off_face)


def arm_scores(geo: ArmGeometry, cfg: PostureConfig) -> dict[ArmPosture, float]:
    """Score in [0, 1] of every arm class (UNKNOWN excluded) from the normalised geometry."""
    a, b = geo.sides
    lo = lambda f: min(f(a), f(b))  # noqa: E731 - both arms must agree
    hi = lambda f: max(f(a), f(b))  # noqa: E731 - one arm is enough

    phone_a, chin_a = _face_contact(a, cfg)
    phone_b, chin_b = _face_contact(b, cfg)
    phone = max(phone_a, phone_b)
    chin = max(chin_a, chin_b)

    # Low arms: hanging or in pockets. Hands in pockets sit higher than hanging hands, bend the elbow
    # outward and are often hidden; the evidence decides between the two.
    low_level = lambda s: _ramp(s.level, 0.65, 0.8) * _ramp(s.level, 1.35, 1.2) * _ramp(s.wrist_out, -0.2, 0.0)  # noqa: E731
    low = lo(lambda s: low_level(s)
             * _ramp(s.elbow_out, cfg.hips_min_elbow_out + 0.05, cfg.hips_min_elbow_out - 0.1)
             * _ramp(s.elbow_angle, cfg.hips_max_elbow_angle - 10, cfg.hips_max_elbow_angle + 5))
    # A hand pushed into a pocket bends the elbow more than a hanging arm; hands on the hips bend it
    # further still and push the elbows out (their own score competes).
    pocket_low = lo(low_level) * _ramp((a.elbow_angle + b.elbow_angle) / 2, cfg.pocket_min_elbow_angle - 5, cfg.pocket_min_elbow_angle + 5)
    mean_level = (a.level + b.level) / 2
    bend = (a.elbow_out - a.wrist_out + b.elbow_out - b.wrist_out) / 2
    pocket_evidence = (_ramp(mean_level, cfg.pocket_max_level + 0.04, cfg.pocket_max_level - 0.04)
                       + 0.5 * _ramp(bend, 0.0, 0.15)
                       + 0.3 * _ramp(lo(lambda s: s.wrist_visibility), cfg.pocket_max_wrist_visibility + 0.05, cfg.pocket_max_wrist_visibility - 0.3)) / 1.8
    pockets = max(low, pocket_low) * _ramp(pocket_evidence, 0.3, 0.6)
    hanging = low * _ramp(pocket_evidence, 0.6, 0.3)

    on_hips = lo(lambda s: _ramp(s.elbow_out, cfg.hips_min_elbow_out - 0.12, cfg.hips_min_elbow_out)
                 * _ramp(s.elbow_angle, cfg.hips_max_elbow_angle + 15, cfg.hips_max_elbow_angle - 10)
                 * _ramp(s.level, 0.3, 0.5) * _ramp(s.wrist_out, 0.25, 0.4))

    crossed_side = lambda s: (_ramp(s.level, cfg.crossed_max_level + 0.12, cfg.crossed_max_level)  # noqa: E731
                              * _ramp(s.to_other_elbow, cfg.crossed_max_wrist_to_elbow + 0.2, cfg.crossed_max_wrist_to_elbow)
                              * max(_ramp(s.elbow_angle, 140.0, 120.0),
                                    _ramp(-s.wrist_out, cfg.crossed_min_wrist_across - 0.15, cfg.crossed_min_wrist_across)))
    # Both wrists past the midline are crossed forearms whatever the head does; otherwise a bent head
    # over raised forearms is more likely looking at something held.
    both_over = lo(lambda s: _ramp(s.wrist_out, 0.0, -0.1))
    crossed = lo(crossed_side) * max(_ramp(geo.head_pitch, cfg.head_down_pitch + 0.1, cfg.head_down_pitch - 0.05), both_over)

    together = _ramp(geo.hand_gap, cfg.clasped_max_hand_gap + 0.25, cfg.clasped_max_hand_gap)
    low_front = lo(lambda s: _ramp(s.level, 0.45, 0.6) * _ramp(s.wrist_out, 0.55, 0.4)
                   * _ramp(s.wrist_visibility, cfg.behind_max_wrist_visibility, cfg.behind_max_wrist_visibility + 0.2))
    head_level = _ramp(geo.head_pitch, cfg.head_down_pitch + 0.1, cfg.head_down_pitch - 0.05)
    clasped = together * low_front * head_level * (1.0 - lo(crossed_side))

    mean_vis = (a.wrist_visibility + b.wrist_visibility) / 2
    behind = (lo(lambda s: _ramp(s.level, 0.55, 0.7) * _ramp(s.wrist_out, 0.6, 0.4))
              * max(_ramp(mean_vis, cfg.behind_max_wrist_visibility + 0.15, cfg.behind_max_wrist_visibility - 0.1),
                    geo.facing_away))

    in_front = hi(lambda s: _ramp(s.level, 0.15, 0.3) * _ramp(s.level, 1.0, 0.85) * _ramp(s.wrist_out, 0.6, 0.4))
    # Seen from behind, the nose is guessed and the head pitch means nothing.
    looking = (in_front * _ramp(geo.head_pitch, cfg.head_down_pitch - 0.05, cfg.head_down_pitch + 0.05)
               * (1.0 - both_over * lo(crossed_side)) * (1.0 - geo.facing_away))
    # A detected hand held up in front of the chest, away from the face, holds something to look at
    # (the head need not bend: a phone is often raised to the eyes). Crossed arms also raise the hands,
    # so their score vetoes this cue.
    looking = max(looking, 0.9 * hi(lambda s: _held_up(s, cfg)) * (1.0 - lo(crossed_side)))
    looking *= 1.0 - max(phone, chin)

    counter = lo(lambda s: _ramp(s.forward, cfg.counter_min_forward - 0.15, cfg.counter_min_forward)
                 * _ramp(s.level, 0.2, 0.35) * _ramp(s.elbow_angle, 160.0, 140.0)) * (1 - together) * head_level

    return {
        ArmPosture.ARMS_HANGING: hanging,
        ArmPosture.HANDS_CLASPED_FRONT: clasped,
        ArmPosture.HANDS_BEHIND_BACK: behind,
        ArmPosture.ARMS_CROSSED: crossed,
        ArmPosture.HANDS_ON_HIPS: on_hips,
        ArmPosture.HANDS_IN_POCKETS: pockets,
        ArmPosture.PHONE_TO_EAR: phone,
        ArmPosture.LOOKING_AT_PHONE: looking,
        ArmPosture.CHIN_ON_HAND: chin,
        ArmPosture.HANDS_ON_COUNTER: counter,
    }


def _elbows_optional(best: ArmPosture, top: float, geo: ArmGeometry, cfg: PostureConfig) -> bool:
    """Whether the class's score rests on where a hand is rather than on the arm's shape.

    A hand at the ear or under the chin, and a detected hand (hand landmarks) held up in front of the
    chest, are seen directly; the elbows, often hidden by a desk or cut by the frame, add nothing.
    """
    if best in (ArmPosture.PHONE_TO_EAR, ArmPosture.CHIN_ON_HAND):
        return True
    if best is ArmPosture.LOOKING_AT_PHONE:
        return 0.9 * max(_held_up(s, cfg) for s in geo.sides) >= top - 1e-9
    return False


def classify_arms(person: PersonObservation, cfg: PostureConfig,
                  geo: ArmGeometry | None | _Unset = UNSET) -> tuple[ArmPosture, float, tuple[tuple[str, float], ...]]:
    """Arm posture class of one person.

    Args:
        person: The person.
        cfg: Thresholds.
        geo: The person's :func:`arm_geometry`, when the caller has it already.

    Returns:
        (class, confidence, scores) where scores holds every class's score rounded to 4 places.
        UNKNOWN when there is no pose, the shoulders are hidden, or no class scores well enough.
    """
    geo = arm_geometry(person) if geo is UNSET else geo
    if geo is None:
        return ArmPosture.UNKNOWN, 0.0, ()
    if cfg.arm_classifier == "learned":
        learned = _classify_learned(person, geo, cfg)
        if learned is not None:
            return learned
    scores = arm_scores(geo, cfg)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1]
    pose = person.pose
    assert pose is not None
    # Landmark confidence: shoulders and elbows must be seen; wrists are optional for the classes
    # that hide them (pockets, behind the back), elbows for those a hand's place decides.
    lm = _vis_conf(pose, (L_SHOULDER, R_SHOULDER), cfg)
    lm *= 1.0 if _elbows_optional(best, top, geo, cfg) else 0.5 + 0.5 * _vis_conf(pose, (L_ELBOW, R_ELBOW), cfg)
    margin = 0.5 + 0.5 * _ramp(top - second, 0.0, 0.3)
    conf = float(top * lm * margin)
    table = tuple((k.value, round(float(v), 4)) for k, v in scores.items())
    if conf < cfg.min_arm_confidence:
        return ArmPosture.UNKNOWN, conf, table
    return best, conf, table


_warned: set[str] = set()


def _classify_learned(person: PersonObservation, geo: ArmGeometry,
                      cfg: PostureConfig) -> tuple[ArmPosture, float, tuple[tuple[str, float], ...]] | None:
    """The learned classifier's answer, or None (after one logged warning) when its model is unusable."""
    from inspector.arm_model import ArmModelError, classify_geometry, load_arm_model

    try:
        model = load_arm_model()
    except ArmModelError as exc:
        msg = f"arm_classifier 'learned' unavailable, using the rules instead: {exc}"
        if msg not in _warned:
            _warned.add(msg)
            _log.warning(msg)
        return None
    assert person.pose is not None
    cls, prob, table = classify_geometry(model, geo, cfg)
    conf = float(prob * _vis_conf(person.pose, (L_SHOULDER, R_SHOULDER), cfg))
    if conf < cfg.min_arm_confidence:
        return ArmPosture.UNKNOWN, conf, table
    return cls, conf, table


# --- body posture -----------------------------------------------------------------------------

def neck_height(person: PersonObservation) -> Measure | None:
    """Shoulder line below the ear line in the image, in ear-to-ear widths.

    Slouching pushes the head forward and down between the shoulders, which shortens this height;
    lying with the head on the desk makes it near zero or negative.
    """
    pose = person.pose
    if pose is None:
        return None
    img = _iso(pose.image, image_aspect(person))
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


def classify_body(person: PersonObservation, cfg: PostureConfig,
                  geo: ArmGeometry | None | _Unset = UNSET) -> tuple[BodyPosture, float]:
    """Whole-body posture class of one person (``geo``: its :func:`arm_geometry` when the caller
    has it already).

    Returns:
        (class, confidence); UNKNOWN when the head and shoulders are not seen well enough.
    """
    pose = person.pose
    if pose is None:
        return BodyPosture.UNKNOWN, 0.0
    upper = _vis_conf(pose, (L_SHOULDER, R_SHOULDER), cfg)
    neck = neck_height(person)
    st, st_conf = stance(person, cfg)
    if st is Stance.UNKNOWN and cfg.assumed_stance is not Stance.UNKNOWN:
        st, st_conf = cfg.assumed_stance, cfg.assumed_stance_confidence
    fwd = trunk_lean_forward(person, cfg)
    side = trunk_lean_side(person, cfg)
    head_seen = _vis_conf(pose, (NOSE,), cfg)
    geo = arm_geometry(person) if geo is UNSET else geo

    # Head down on the desk: the head sinks to shoulder height or lower.
    if neck is not None and head_seen > 0 and upper > 0:
        down = _ramp(neck.value, cfg.head_down_max_neck + 0.3, cfg.head_down_max_neck - 0.2)
        img = _iso(pose.image, image_aspect(person))
        sw_img = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])), 1e-4)
        nose_above = float(((img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2 - img[NOSE, 1]) / sw_img)
        down = max(down, _ramp(nose_above, cfg.head_down_max_nose_above + 0.1, cfg.head_down_max_nose_above - 0.1))
        if down >= 0.5:
            return BodyPosture.HEAD_DOWN_ON_DESK, float(down * upper)

    # Leaning on the counter: trunk far forward with forearms reaching onto a surface.
    if fwd is not None and geo is not None and fwd.confidence > 0:
        reach = max(s.forward for s in geo.sides)
        lean = _ramp(fwd.value, cfg.counter_lean_deg - 10, cfg.counter_lean_deg) * _ramp(reach, cfg.counter_min_forward - 0.2, cfg.counter_min_forward)
        if lean >= 0.5:
            return BodyPosture.LEANING_ON_COUNTER, float(lean * fwd.confidence * upper)

    if st is Stance.STANDING:
        lean_f = 0.0 if fwd is None else _ramp(abs(fwd.value), cfg.lean_forward_deg - 10, cfg.lean_forward_deg + 5) * fwd.confidence
        lean_s = 0.0 if side is None else _ramp(abs(side.value), cfg.lean_side_deg - 4, cfg.lean_side_deg + 4) * side.confidence
        lean = max(lean_f, lean_s)
        if lean >= 0.5:
            return BodyPosture.STANDING_LEANING, float(lean * st_conf)
        return BodyPosture.STANDING_UPRIGHT, float((1 - lean) * st_conf)

    if st is Stance.SITTING:
        ratio = neck_ratio(person)
        if ratio is None or ratio.confidence < cfg.hidden_visibility:
            return BodyPosture.UNKNOWN, 0.0
        neck = ratio
        margin = (ratio.value - cfg.upright_min_neck) / cfg.neck_softness
        strength = float(np.clip(0.5 + 0.5 * abs(margin), 0.5, 1.0))
        conf = strength * _ramp(neck.confidence, cfg.hidden_visibility, cfg.min_visibility) * upper * max(st_conf, 0.5)
        if conf < cfg.min_body_confidence:
            return BodyPosture.UNKNOWN, float(conf)
        return (BodyPosture.SITTING_UPRIGHT if margin >= 0 else BodyPosture.SITTING_SLOUCHED), float(conf)
    return BodyPosture.UNKNOWN, 0.0


def posture_features(person: PersonObservation, cfg: PostureConfig,
                     geo: ArmGeometry | None | _Unset = UNSET) -> PostureFeatures:
    """All posture measures of one person, for the feature stage (``geo``: its :func:`arm_geometry`
    when the caller has it already)."""
    st, st_conf = stance(person, cfg)
    geo = arm_geometry(person) if geo is UNSET else geo
    scores: tuple[tuple[str, float], ...] = ()
    if geo is not None:
        scores = tuple((k.value, round(float(v), 4)) for k, v in arm_scores(geo, cfg).items())
    return PostureFeatures(
        stance=st,
        stance_confidence=float(st_conf),
        trunk_lean_forward=trunk_lean_forward(person, cfg),
        trunk_lean_side=trunk_lean_side(person, cfg),
        shoulder_tilt=shoulder_tilt(person, cfg),
        arm_scores=scores,
    )
