"""Face and head measures and the face-expression class, from MediaPipe face landmarks.

Every function here is pure: it reads a :class:`~inspector.types.FaceLandmarks` (478 mesh points,
52 blendshape scores, the 4x4 facial transformation matrix) and returns frozen values.

Head pose comes from the rotation part of the facial transformation matrix (canonical face to
camera; camera axes x to image right, y up, z toward the viewer). It is decomposed as
``R = Ry(yaw) @ Rx(pitch) @ Rz(roll)`` and the signs are turned into the convention of
:class:`~inspector.types.Features`: yaw > 0 turns toward image right, pitch > 0 looks down,
roll > 0 tilts the top of the head toward image right. These signs were checked on the annotated
head-pose videos of the shared data set (see ``tests/test_face.py``). Without a matrix the same
rotation is built from the mesh itself (eye line and forehead-chin line).

Expression measures come from the blendshapes: ``smile`` from mouthSmileLeft/Right,
``brow_knit`` from browDownLeft/Right, ``mouth_open`` from jawOpen, ``eyes_closed`` from
eyeBlinkLeft/Right. Their confidence falls with the face's size in pixels and with strong yaw,
where the face model is less reliable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, Sequence

import numpy as np
from pydantic import Field, model_validator

from inspector.settings_base import Section
from inspector.types import FaceExpression, FaceLandmarks, Measure

# Face-mesh indices (MediaPipe canonical 468 + 10 iris points).
EYE_OUTER_IMAGE_LEFT = 33     # the subject's right eye, outer corner
EYE_OUTER_IMAGE_RIGHT = 263   # the subject's left eye, outer corner
FOREHEAD = 10
CHIN = 152
NOSE_TIP = 1
UPPER_LIP_INNER = 13
LOWER_LIP_INNER = 14
MESH_POINTS = 478


class FaceError(ValueError):
    """Face landmarks of the wrong shape or content."""


class FaceConfig(Section):
    """Thresholds of the face measures and of the face-expression class."""

    expression_classifier: Literal["rules", "learned"] = Field("learned", description="Expression classifier: 'rules' (smile and brow-knit thresholds below) or 'learned' (inspector/data/face_expression.onnx on the mirror-invariant blendshape vector, run with onnxruntime; see tools/train_classifiers.py). The learned class's confidence is its calibrated probability times the expression measures' confidence (face size and yaw). 'learned' falls back to the rules, with a logged warning, when the model file is absent or fails its digest check. Default 'learned': it scores higher than the rules across photo sources (leave-one-source-out; `inspector models list` shows the figures the model file records).")
    eyes_classifier: Literal["rules", "learned"] = Field("learned", description="Eyes-closed measure: 'rules' (mean of the eyeBlink blendshapes) or 'learned' (the calibrated probability that both eyes are shut from inspector/data/eyes.onnx on the mirror-invariant blendshape vector; see tools/train_classifiers.py). Either way the rule table's eyes_closed threshold applies to it. 'learned' falls back to the blendshapes, with a logged warning, when the model file is absent or fails its digest check. Default 'learned' for the same reason as the expression classifier.")
    min_face_px: float = Field(12.0, ge=1, description="Faces smaller than this (pixels, larger side of the mesh box) get confidence 0.")
    full_face_px: float = Field(60.0, ge=2, description="Faces at least this large (pixels, larger side of the mesh box) get full size confidence.")
    yaw_full_deg: float = Field(35.0, ge=0, le=90, description="Expression measures keep full confidence up to this absolute head yaw (degrees).")
    yaw_zero_deg: float = Field(80.0, ge=1, le=90, description="Expression measures reach confidence 0 at this absolute head yaw (degrees; near profile).")
    mesh_pose_confidence: float = Field(0.5, ge=0, le=1, description="Factor on head-pose confidence when the pose comes from the mesh (no transformation matrix); measured against the matrix on 396 real faces the mesh yaw is off by up to ~22 deg (90th percentile), pitch ~5, roll ~3.")
    smile_threshold: float = Field(0.55, ge=0, le=1, description="A face with smile (mean of mouthSmileLeft/Right) at or above this is face_smiling. Measured: neutral faces up to 0.47, smiling faces from 0.60.")
    frown_threshold: float = Field(0.70, ge=0, le=1, description="A face that is not smiling with brow_knit (mean of browDownLeft/Right) at or above this is face_frowning. Serious neutral faces reach about 0.64.")
    decision_margin: float = Field(0.25, gt=0, le=1, description="Distance of a score from its threshold at which the class confidence stops growing (confidence = measure confidence x (0.5 + 0.5 x distance / margin)).")
    min_confidence: float = Field(0.25, ge=0, le=1, description="Below this measure confidence the expression is unknown.")
    mouth_open_full_gap: float = Field(0.18, gt=0, le=1, description="Without blendshapes: inner-lip gap over face height that counts as a fully open mouth.")
    talk_window_s: float = Field(2.0, gt=0, le=30, description="Length of the mouth-opening history (seconds) looked at by the talking measure.")
    talk_min_samples: int = Field(5, ge=3, description="Fewer usable samples than this in the window give a talking score of 0.")
    talk_min_swing: float = Field(0.10, gt=0, le=1, description="A mouth opening or closing counts when mouth_open changes by at least this much (hysteresis against jitter: a still grin on 60-px faces jitters by up to ~0.09).")
    talk_full_rate_hz: float = Field(3.0, gt=0, description="Openings plus closings per second that give a talking score of 1 (speech runs at about 4 syllables/s, i.e. ~8 swings/s).")

    @model_validator(mode="after")
    def _ordered(self) -> "FaceConfig":
        if self.full_face_px <= self.min_face_px:
            raise ValueError(f"full_face_px ({self.full_face_px}) must exceed min_face_px ({self.min_face_px})")
        if self.yaw_zero_deg <= self.yaw_full_deg:
            raise ValueError(f"yaw_zero_deg ({self.yaw_zero_deg}) must exceed yaw_full_deg ({self.yaw_full_deg})")
        return self


@dataclass(frozen=True)
class HeadPose:
    """Head orientation in degrees (signs as in :class:`~inspector.types.Features`).

    Attributes:
        yaw: > 0 when the face turns toward image right.
        pitch: > 0 when the face looks down.
        roll: > 0 when the top of the head tilts toward image right.
        from_matrix: True when taken from the facial transformation matrix, False from the mesh.
    """

    yaw: float
    pitch: float
    roll: float
    from_matrix: bool


@dataclass(frozen=True)
class FaceMeasures:
    """All per-frame face measures of one person (None when not measurable)."""

    head_yaw: Measure | None = None
    head_pitch: Measure | None = None
    head_roll: Measure | None = None
    smile: Measure | None = None
    brow_knit: Measure | None = None
    mouth_open: Measure | None = None
    eyes_closed: Measure | None = None


# --- validation and geometry ------------------------------------------------------------------

def _check_face(face: FaceLandmarks) -> np.ndarray:
    pts = np.asarray(face.image, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[0] < 468 or pts.shape[1] < 3:
        raise FaceError(f"face landmarks must be an (N>=468, 3) array, got shape {pts.shape}")
    if not np.all(np.isfinite(pts[:, :3])):
        raise FaceError("face landmarks contain NaN or infinite values")
    return pts


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise FaceError(f"image size must be positive, got {width}x{height}")


def face_size_px(face: FaceLandmarks, width: int, height: int) -> float:
    """Larger side of the mesh's bounding box, in pixels."""
    _check_size(width, height)
    pts = _check_face(face)
    return float(max(np.ptp(pts[:, 0]) * width, np.ptp(pts[:, 1]) * height))


def size_confidence(face_px: float, cfg: FaceConfig) -> float:
    """Confidence in [0, 1] from the face size: 0 at ``min_face_px``, 1 from ``full_face_px``."""
    return float(np.clip((face_px - cfg.min_face_px) / (cfg.full_face_px - cfg.min_face_px), 0.0, 1.0))


def yaw_confidence(yaw_deg: float, cfg: FaceConfig) -> float:
    """Confidence factor in [0, 1] from the head yaw: 1 up to ``yaw_full_deg``, 0 at ``yaw_zero_deg``."""
    a = abs(yaw_deg)
    return float(np.clip(1.0 - (a - cfg.yaw_full_deg) / (cfg.yaw_zero_deg - cfg.yaw_full_deg), 0.0, 1.0))


# --- head pose -------------------------------------------------------------------------------

def rotation_to_head_pose(rot: np.ndarray) -> tuple[float, float, float]:
    """Yaw, pitch, roll (degrees, Features signs) of a face-to-camera rotation.

    The rotation is taken as ``Ry(a) @ Rx(b) @ Rz(c)`` in camera axes (x image right, y up,
    z toward the viewer). Then the face's forward axis is the third column: its x component gives
    yaw (toward image right is positive), its y component pitch (pointing down is looking down,
    positive); ``c`` is counter-clockwise as seen by the camera, i.e. the top of the head toward
    image left, so roll = -c.

    Args:
        rot: (3, 3) rotation, possibly scaled uniformly (the matrix carries the face scale).

    Raises:
        FaceError: Not a finite 3x3 matrix with non-zero columns.
    """
    r = np.asarray(rot, dtype=np.float64)
    if r.shape != (3, 3) or not np.all(np.isfinite(r)):
        raise FaceError(f"rotation must be a finite 3x3 matrix, got shape {r.shape}")
    norms = np.linalg.norm(r, axis=0)
    if np.any(norms < 1e-9):
        raise FaceError("rotation matrix has a zero column")
    r = r / norms
    yaw = math.degrees(math.atan2(r[0, 2], r[2, 2]))
    pitch = math.degrees(math.asin(float(np.clip(-r[1, 2], -1.0, 1.0))))
    c = math.degrees(math.atan2(r[1, 0], r[1, 1]))
    return yaw, pitch, -c


def mesh_rotation(face: FaceLandmarks, width: int, height: int) -> np.ndarray:
    """Face-to-camera rotation built from the mesh (for faces without a transformation matrix).

    The face's x axis runs from the image-left outer eye corner (33) to the image-right one (263),
    its y axis from the chin (152) to the forehead (10); both are taken in pixel-scaled camera axes
    (x right, y up, z toward the viewer; MediaPipe's z grows away from the camera and shares x's scale).
    """
    _check_size(width, height)
    pts = _check_face(face)
    cam = np.stack([pts[:, 0] * width, -pts[:, 1] * height, -pts[:, 2] * width], axis=1)
    x_axis = cam[EYE_OUTER_IMAGE_RIGHT] - cam[EYE_OUTER_IMAGE_LEFT]
    y_axis = cam[FOREHEAD] - cam[CHIN]
    nx = np.linalg.norm(x_axis)
    if nx < 1e-9 or np.linalg.norm(y_axis) < 1e-9:
        raise FaceError("degenerate face mesh (eye corners or forehead and chin coincide)")
    x_axis = x_axis / nx
    y_axis = y_axis - x_axis * float(x_axis @ y_axis)
    y_axis = y_axis / max(np.linalg.norm(y_axis), 1e-12)
    z_axis = np.cross(x_axis, y_axis)
    return np.stack([x_axis, y_axis, z_axis], axis=1)


def head_pose(face: FaceLandmarks, width: int, height: int) -> HeadPose:
    """Head yaw, pitch and roll, from the transformation matrix or else from the mesh.

    Raises:
        FaceError: Landmarks, matrix or image size unusable.
    """
    tf = face.transform
    if tf is not None:
        m = np.asarray(tf, dtype=np.float64)
        if m.shape != (4, 4):
            raise FaceError(f"facial transformation matrix must be 4x4, got shape {m.shape}")
        y, p, r = rotation_to_head_pose(m[:3, :3])
        return HeadPose(y, p, r, from_matrix=True)
    y, p, r = rotation_to_head_pose(mesh_rotation(face, width, height))
    return HeadPose(y, p, r, from_matrix=False)


# --- expression measures ----------------------------------------------------------------------

def _blend_pair(face: FaceLandmarks, left: str, right: str) -> float | None:
    names = {k for k, _ in face.blendshapes}
    if left not in names or right not in names:
        return None
    vals = (face.blend(left), face.blend(right))
    if not all(math.isfinite(v) for v in vals):
        raise FaceError(f"blendshape {left}/{right} is not a finite number")
    return float(np.clip(0.5 * (vals[0] + vals[1]), 0.0, 1.0))


def smile_value(face: FaceLandmarks) -> float | None:
    """Mean of mouthSmileLeft and mouthSmileRight, or None without blendshapes."""
    return _blend_pair(face, "mouthSmileLeft", "mouthSmileRight")


def brow_knit_value(face: FaceLandmarks) -> float | None:
    """Mean of browDownLeft and browDownRight (knitted, lowered brows), or None without blendshapes."""
    return _blend_pair(face, "browDownLeft", "browDownRight")


def eyes_closed_value(face: FaceLandmarks) -> float | None:
    """Mean of eyeBlinkLeft and eyeBlinkRight, or None without blendshapes."""
    return _blend_pair(face, "eyeBlinkLeft", "eyeBlinkRight")


def mouth_open_value(face: FaceLandmarks, cfg: FaceConfig) -> float:
    """jawOpen when blendshapes exist, else the inner-lip gap over the face height (scaled to [0, 1])."""
    if any(k == "jawOpen" for k, _ in face.blendshapes):
        v = face.blend("jawOpen")
        if not math.isfinite(v):
            raise FaceError("blendshape jawOpen is not a finite number")
        return float(np.clip(v, 0.0, 1.0))
    pts = _check_face(face)
    face_h = float(np.linalg.norm(pts[FOREHEAD, :2] - pts[CHIN, :2]))
    if face_h < 1e-9:
        raise FaceError("degenerate face mesh (forehead and chin coincide)")
    gap = float(np.linalg.norm(pts[UPPER_LIP_INNER, :2] - pts[LOWER_LIP_INNER, :2])) / face_h
    return float(np.clip(gap / cfg.mouth_open_full_gap, 0.0, 1.0))


def face_measures(face: FaceLandmarks, width: int, height: int, cfg: FaceConfig | None = None) -> FaceMeasures:
    """Every per-frame face measure of one face.

    Head-pose confidence is the size confidence (times ``mesh_pose_confidence`` without a
    transformation matrix); expression confidence is the size confidence
    times the yaw factor (near-profile faces give unreliable blendshapes).

    Args:
        face: The face landmarks.
        width: Frame width in pixels (the landmarks are normalised to it).
        height: Frame height in pixels.
        cfg: Thresholds; defaults when None.

    Raises:
        FaceError: Landmarks, blendshapes, matrix or image size unusable.
    """
    cfg = cfg or FaceConfig()
    return _measures(face, width, height, cfg, size_confidence(face_size_px(face, width, height), cfg))


def _measures(face: FaceLandmarks, width: int, height: int, cfg: FaceConfig, size_c: float) -> FaceMeasures:
    pose = head_pose(face, width, height)
    expr_c = size_c * yaw_confidence(pose.yaw, cfg)
    pose_c = size_c if pose.from_matrix else size_c * cfg.mesh_pose_confidence

    def m(v: float | None, c: float) -> Measure | None:
        return None if v is None else Measure(float(v), float(c))

    return FaceMeasures(
        head_yaw=Measure(pose.yaw, pose_c), head_pitch=Measure(pose.pitch, pose_c), head_roll=Measure(pose.roll, pose_c),
        smile=m(smile_value(face), expr_c), brow_knit=m(brow_knit_value(face), expr_c),
        mouth_open=m(mouth_open_value(face, cfg), expr_c), eyes_closed=m(eyes_closed_value(face), expr_c),
    )


# --- expression class -------------------------------------------------------------------------

def _decision_confidence(value: float, threshold: float, measure_conf: float, cfg: FaceConfig) -> float:
    closeness = min(1.0, abs(value - threshold) / cfg.decision_margin)
    return float(measure_conf * (0.5 + 0.5 * closeness))


def classify_measures(smile: Measure | None, brow_knit: Measure | None,
                      cfg: FaceConfig | None = None) -> tuple[FaceExpression, float]:
    """Face expression from the smile and brow-knit measures.

    Smiling wins when ``smile >= smile_threshold`` (a smile often lowers the brows too); else a
    face with ``brow_knit >= frown_threshold`` is frowning; else neutral. Unknown when the smile
    is missing or its confidence is below ``min_confidence``.

    Returns:
        The class and its confidence in [0, 1].
    """
    cfg = cfg or FaceConfig()
    if smile is None or smile.confidence < cfg.min_confidence:
        return FaceExpression.UNKNOWN, 0.0 if smile is None else float(smile.confidence)
    if smile.value >= cfg.smile_threshold:
        return FaceExpression.SMILING, _decision_confidence(smile.value, cfg.smile_threshold, smile.confidence, cfg)
    not_smiling = _decision_confidence(smile.value, cfg.smile_threshold, smile.confidence, cfg)
    if brow_knit is not None and brow_knit.confidence >= cfg.min_confidence and brow_knit.value >= cfg.frown_threshold:
        c = _decision_confidence(brow_knit.value, cfg.frown_threshold, brow_knit.confidence, cfg)
        return FaceExpression.FROWNING, min(c, not_smiling)
    if brow_knit is not None and brow_knit.confidence >= cfg.min_confidence:
        c = _decision_confidence(brow_knit.value, cfg.frown_threshold, brow_knit.confidence, cfg)
        return FaceExpression.NEUTRAL, min(c, not_smiling)
    return FaceExpression.NEUTRAL, not_smiling


def classify_expression(face: FaceLandmarks, cfg: FaceConfig | None = None,
                        image_size: tuple[int, int] | None = None) -> tuple[FaceExpression, float]:
    """Face expression of one face: smiling, neutral, frowning or unknown.

    Args:
        face: The face landmarks (needs blendshapes; without them the class is unknown).
        cfg: Thresholds; defaults when None.
        image_size: (width, height) of the frame, so that small faces get less confidence. When
            None, the face is taken as full size (confidence then reflects only yaw and margins)
            and a face without transformation matrix is measured as if the frame were square.

    Returns:
        The class and its confidence in [0, 1].

    Raises:
        FaceError: Landmarks, blendshapes, matrix or image size unusable.
    """
    cfg = cfg or FaceConfig()
    if image_size is None:
        m = _measures(face, 1, 1, cfg, size_c=1.0)
    else:
        m = face_measures(face, image_size[0], image_size[1], cfg)
    return classify_measures(m.smile, m.brow_knit, cfg)


# --- talking ---------------------------------------------------------------------------------

def count_swings(values: Sequence[float], min_swing: float) -> int:
    """Number of alternating rises and falls of at least ``min_swing`` (zig-zag with hysteresis).

    Jitter smaller than ``min_swing`` never counts; a single opening then closing counts 2.
    """
    if min_swing <= 0:
        raise ValueError(f"min_swing must be positive, got {min_swing}")
    it = iter(values)
    try:
        lo = hi = float(next(it))
    except StopIteration:
        return 0
    direction = 0  # +1 rising, -1 falling, 0 undecided
    swings = 0
    for v in it:
        v = float(v)
        if direction >= 0:
            hi = max(hi, v)
            if direction == 0:
                lo = min(lo, v)
                if v - lo >= min_swing:
                    direction, swings, hi = 1, swings + 1, v
                elif hi - v >= min_swing:
                    direction, swings, lo = -1, swings + 1, v
            elif hi - v >= min_swing:
                direction, swings, lo = -1, swings + 1, v
        else:
            lo = min(lo, v)
            if v - lo >= min_swing:
                direction, swings, hi = 1, swings + 1, v
    return swings


def talking_score(mouth_open_history: Sequence[float], fps: float, cfg: FaceConfig | None = None) -> float:
    """How much the mouth moves like speech over the last ``talk_window_s`` seconds, in [0, 1].

    Speech opens and closes the mouth several times a second; a yawn or a held-open mouth opens
    it once. The score is the rate of openings and closings of at least ``talk_min_swing`` in the
    window, divided by ``talk_full_rate_hz`` and capped at 1.

    Args:
        mouth_open_history: Mouth-open values in [0, 1], oldest first, one per frame at ``fps``.
        fps: Frames per second of the history.
        cfg: Thresholds; defaults when None.

    Raises:
        ValueError: fps not positive, or a value outside [0, 1] or not finite.
    """
    cfg = cfg or FaceConfig()
    if not (math.isfinite(fps) and fps > 0):
        raise ValueError(f"fps must be a positive number, got {fps}")
    n = max(1, int(round(cfg.talk_window_s * fps)))
    window = [float(v) for v in list(mouth_open_history)[-n:]]
    for v in window:
        if not (math.isfinite(v) and 0.0 <= v <= 1.0):
            raise ValueError(f"mouth_open values must be finite and in [0, 1], got {v}")
    if len(window) < cfg.talk_min_samples:
        return 0.0
    duration = len(window) / fps
    rate = count_swings(window, cfg.talk_min_swing) / duration
    return float(min(1.0, rate / cfg.talk_full_rate_hz))


def talking_measure(mouth_open_history: Sequence[Measure | None], fps: float,
                    cfg: FaceConfig | None = None) -> Measure | None:
    """The ``talking`` measure of a track from its per-frame mouth_open measures, oldest first.

    Frames without a mouth measure (None) are dropped; the confidence is the mean confidence of
    the measures in the window times the fraction of the window that had one.

    Returns:
        None when no frame of the window has a mouth measure.
    """
    cfg = cfg or FaceConfig()
    if not (math.isfinite(fps) and fps > 0):
        raise ValueError(f"fps must be a positive number, got {fps}")
    n = max(1, int(round(cfg.talk_window_s * fps)))
    window = list(mouth_open_history)[-n:]
    present = [m for m in window if m is not None]
    if not present:
        return None
    score = talking_score([m.value for m in present], fps, cfg)
    conf = float(np.mean([m.confidence for m in present])) * len(present) / n
    return Measure(score, float(min(1.0, conf)))
