"""The small typed values that flow through every stage.

A :class:`Frame` comes from a source; perception turns it into a
:class:`FrameResult` holding one frozen :class:`PersonObservation` per person;
tracking fills in ``track_id``; the feature stage fills in :class:`Features`
and :class:`Labels`. Stages never mutate: they return copies made with
:func:`dataclasses.replace`.

Landmark arrays are numpy arrays in the MediaPipe layout; image coordinates are
normalised to [0, 1] of the frame width and height, world coordinates are in
metres around the hip centre (x to the subject's left in image terms: +x is
image right, +y is down, +z away from the camera).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np


# --- label vocabularies (exactly the words of the labels file) --------------------------------

class ArmPosture(str, Enum):
    """What the arms and hands are doing."""

    ARMS_HANGING = "arms_hanging"
    HANDS_CLASPED_FRONT = "hands_clasped_front"
    HANDS_BEHIND_BACK = "hands_behind_back"
    ARMS_CROSSED = "arms_crossed"
    HANDS_ON_HIPS = "hands_on_hips"
    HANDS_IN_POCKETS = "hands_in_pockets"
    PHONE_TO_EAR = "phone_to_ear"
    LOOKING_AT_PHONE = "looking_at_phone"
    CHIN_ON_HAND = "chin_on_hand"
    HANDS_ON_COUNTER = "hands_on_counter"
    UNKNOWN = "unknown"


class BodyPosture(str, Enum):
    """Whole-body posture class."""

    SITTING_UPRIGHT = "sitting_upright"
    SITTING_SLOUCHED = "sitting_slouched"
    HEAD_DOWN_ON_DESK = "head_down_on_desk"
    LEANING_ON_COUNTER = "leaning_on_counter"
    STANDING_UPRIGHT = "standing_upright"
    STANDING_LEANING = "standing_leaning"
    STANDING_SLOUCHED = "standing_slouched"
    UNKNOWN = "unknown"


class Stance(str, Enum):
    """Standing or sitting, from leg and hip geometry."""

    STANDING = "standing"
    SITTING = "sitting"
    UNKNOWN = "unknown"


class FaceExpression(str, Enum):
    """Facial expression class."""

    SMILING = "face_smiling"
    NEUTRAL = "face_neutral"
    FROWNING = "face_frowning"
    UNKNOWN = "unknown"


class Role(str, Enum):
    """Who a track is at a station (told by the calibrated zones)."""

    STAFF = "staff"
    CUSTOMER = "customer"
    UNKNOWN = "unknown"


class Badge(str, Enum):
    """Whether the badge is visible at its place."""

    YES = "badge_yes"
    NO = "badge_no"
    UNKNOWN = "unknown"


# --- frames ---------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Frame:
    """One decoded frame.

    Attributes:
        image: BGR uint8 array, H x W x 3.
        index: Frame number from the start of the source (0-based, counts every decoded frame).
        timestamp_ms: Monotonic milliseconds; stream time for files, time since opening for live sources.
        fps: The source's nominal frames per second (0 when unknown, e.g. a still image).
        source: Human-readable name of the source (path, URL or ``camera:N``).
        path: The file this frame came from, for image folders and single images.
    """

    image: np.ndarray
    index: int
    timestamp_ms: int
    fps: float
    source: str
    path: str | None = None

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])


# --- landmarks ------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class PoseLandmarks:
    """33 BlazePose landmarks of one person.

    Attributes:
        image: (33, 5) float32: x, y normalised to the frame, z (relative depth, same scale as x),
            visibility, presence.
        world: (33, 3) float32 metres, origin between the hips; None if not available.
    """

    image: np.ndarray
    world: np.ndarray | None = None

    def visibility(self, idx: int) -> float:
        return float(self.image[idx, 3])


@dataclass(frozen=True, eq=False)
class FaceLandmarks:
    """478 face-mesh landmarks with blendshapes and head transform.

    Attributes:
        image: (478, 3) float32, x, y normalised, z relative.
        blendshapes: 52 ARKit-style blendshape scores keyed by name (e.g. ``mouthSmileLeft``).
        transform: (4, 4) facial transformation matrix (canonical face to camera), or None.
    """

    image: np.ndarray
    blendshapes: tuple[tuple[str, float], ...] = ()
    transform: np.ndarray | None = None

    def blend(self, name: str, default: float = 0.0) -> float:
        for k, v in self.blendshapes:
            if k == name:
                return v
        return default


@dataclass(frozen=True, eq=False)
class HandLandmarks:
    """21 hand landmarks.

    Attributes:
        image: (21, 3) float32 normalised.
        world: (21, 3) metres or None.
        handedness: ``"Left"`` or ``"Right"`` as MediaPipe reports it.
        score: Handedness score.
    """

    image: np.ndarray
    world: np.ndarray | None
    handedness: str
    score: float


# --- features and labels --------------------------------------------------------------------

@dataclass(frozen=True)
class Measure:
    """A measured value with its confidence in [0, 1] (0: the landmarks it needs are hidden)."""

    value: float
    confidence: float


MEASURE_NAMES = ("trunk_lean_forward", "trunk_lean_side", "shoulder_tilt", "head_yaw", "head_pitch", "head_roll",
                 "smile", "brow_knit", "mouth_open", "talking", "eyes_closed")
"""The :class:`Features` fields that are :class:`Measure` values, in output order."""


@dataclass(frozen=True)
class Features:
    """Per-person, per-frame measures.

    Angles are in degrees. Signs: ``trunk_lean_forward`` > 0 leans toward the camera/desk;
    ``trunk_lean_side`` > 0 leans to image right; ``shoulder_tilt`` > 0 when the image-right
    shoulder is lower; ``head_yaw`` > 0 turns toward image right; ``head_pitch`` > 0 looks down;
    ``head_roll`` > 0 tilts toward image right. Scores are in [0, 1].
    """

    stance: Stance = Stance.UNKNOWN
    stance_confidence: float = 0.0
    trunk_lean_forward: Measure | None = None
    trunk_lean_side: Measure | None = None
    shoulder_tilt: Measure | None = None
    head_yaw: Measure | None = None
    head_pitch: Measure | None = None
    head_roll: Measure | None = None
    smile: Measure | None = None
    brow_knit: Measure | None = None
    mouth_open: Measure | None = None
    talking: Measure | None = None
    eyes_closed: Measure | None = None
    arm_scores: tuple[tuple[str, float], ...] = ()

    def as_dict(self) -> dict[str, float | str | None]:
        """Flat JSON-ready values (measures as their value)."""
        out: dict[str, float | str | None] = {"stance": self.stance.value}
        for name in MEASURE_NAMES:
            m = getattr(self, name)
            out[name] = None if m is None else round(float(m.value), 4)
        return out

    def confidences(self) -> dict[str, float]:
        """Confidence of each measure (0 when absent)."""
        out = {"stance": round(self.stance_confidence, 4)}
        for name in MEASURE_NAMES:
            m = getattr(self, name)
            out[name] = 0.0 if m is None else round(float(m.confidence), 4)
        return out


@dataclass(frozen=True)
class Labels:
    """Classes of one person in one frame, each with its confidence."""

    arm_posture: ArmPosture = ArmPosture.UNKNOWN
    arm_confidence: float = 0.0
    body_posture: BodyPosture = BodyPosture.UNKNOWN
    body_confidence: float = 0.0
    face_expression: FaceExpression = FaceExpression.UNKNOWN
    face_confidence: float = 0.0
    badge: Badge = Badge.UNKNOWN
    badge_confidence: float = 0.0


# --- persons and frame results --------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class PersonObservation:
    """Everything known about one person in one frame.

    Attributes:
        bbox: (x, y, w, h) in pixels.
        pose: Pose landmarks, or None when only a face was found.
        face: Face landmarks matched to this person, or None.
        hands: Hand landmarks matched to this person (0 to 2).
        track_id: Stable id from the tracker; -1 before tracking.
        features: Measures, filled by the feature stage.
        labels: Classes, filled by the classification stage.
        frame_size: (width, height) of the frame in pixels, (0, 0) when unknown.
    """

    bbox: tuple[float, float, float, float]
    pose: PoseLandmarks | None = None
    face: FaceLandmarks | None = None
    hands: tuple[HandLandmarks, ...] = ()
    track_id: int = -1
    features: Features | None = None
    labels: Labels | None = None
    frame_size: tuple[int, int] = (0, 0)

    @property
    def area(self) -> float:
        return float(self.bbox[2] * self.bbox[3])


@dataclass(frozen=True, eq=False)
class FrameResult:
    """A frame with the persons found in it.

    Attributes:
        frame: The frame (keeps the image for drawing and clips).
        persons: Persons, largest first.
        inference_ms: Time spent in the models for this frame.
    """

    frame: Frame
    persons: tuple[PersonObservation, ...] = field(default_factory=tuple)
    inference_ms: float = 0.0
