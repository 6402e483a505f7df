"""Mirror-invariant face vectors from MediaPipe's blendshapes, for the learned expression and eye classes.

The Face Landmarker scores 52 ARKit-style blendshapes. Most come in subject-left / subject-right
pairs (``mouthSmileLeft`` / ``mouthSmileRight``, ``jawLeft`` / ``jawRight``...), which a mirror image
swaps. The vector keeps every unpaired score, the mean of each pair and the absolute difference of
each pair, so a face and its mirror image give the very same vector; it ends with the head's
absolute yaw and its pitch (degrees / 90), because blendshapes of a turned or bowed head read
differently.
"""

from __future__ import annotations

import math

import numpy as np

from inspector.face import FaceError, head_pose
from inspector.learned.model import usable_classifier
from inspector.types import FaceExpression, FaceLandmarks, PersonObservation

BLENDSHAPES = ("_neutral", "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
               "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight", "eyeLookDownLeft",
               "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft", "eyeLookOutRight",
               "eyeLookUpLeft", "eyeLookUpRight", "eyeSquintLeft", "eyeSquintRight", "eyeWideLeft", "eyeWideRight",
               "jawForward", "jawLeft", "jawOpen", "jawRight", "mouthClose", "mouthDimpleLeft", "mouthDimpleRight",
               "mouthFrownLeft", "mouthFrownRight", "mouthFunnel", "mouthLeft", "mouthLowerDownLeft",
               "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight", "mouthPucker", "mouthRight",
               "mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper", "mouthSmileLeft",
               "mouthSmileRight", "mouthStretchLeft", "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight",
               "noseSneerLeft", "noseSneerRight")
"""The Face Landmarker's blendshape names."""

PAIRS = tuple((n, n[:-4] + "Right") for n in BLENDSHAPES if n.endswith("Left"))
SINGLES = tuple(n for n in BLENDSHAPES if not n.endswith(("Left", "Right")))


def face_feature_names() -> tuple[str, ...]:
    """Names of the face vector's entries, in order."""
    return (SINGLES + tuple(f"{a[:-4]}_mean" for a, _ in PAIRS) + tuple(f"{a[:-4]}_asym" for a, _ in PAIRS)
            + ("head_abs_yaw", "head_pitch"))


def face_vector(face: FaceLandmarks, width: int, height: int) -> np.ndarray | None:
    """The mirror-invariant vector (float32) of one face, or None without a full set of blendshapes.

    Args:
        face: The face landmarks with blendshapes.
        width: Frame width in pixels (for the head pose from the mesh when there is no matrix).
        height: Frame height in pixels.
    """
    scores = dict(face.blendshapes)
    if any(n not in scores for n in BLENDSHAPES):
        return None
    if not all(math.isfinite(float(scores[n])) for n in BLENDSHAPES):
        return None
    try:
        pose = head_pose(face, max(width, 1), max(height, 1))
        yaw, pitch = abs(pose.yaw) / 90.0, pose.pitch / 90.0
    except FaceError:
        yaw = pitch = 0.0
    v = ([scores[n] for n in SINGLES] + [(scores[a] + scores[b]) / 2 for a, b in PAIRS]
         + [abs(scores[a] - scores[b]) for a, b in PAIRS] + [yaw, pitch])
    return np.asarray(v, dtype=np.float32)


def person_face_vector(person: PersonObservation) -> np.ndarray | None:
    """:func:`face_vector` of a person's face, or None without a face."""
    if person.face is None:
        return None
    w, h = person.frame_size
    return face_vector(person.face, w, h)


def learned_expression(face: FaceLandmarks, width: int, height: int) -> tuple[FaceExpression, float] | None:
    """The learned expression classifier's class and calibrated probability; None when its file
    cannot be used (the caller's rules answer then) or the face has no blendshapes."""
    clf = usable_classifier("face_expression", face_feature_names())
    v = face_vector(face, width, height) if clf is not None else None
    if clf is None or v is None:
        return None
    cls, prob = clf.predict(v)
    return FaceExpression(cls), prob


def learned_eyes_closed(face: FaceLandmarks, width: int, height: int) -> float | None:
    """The learned eyes classifier's calibrated probability that both eyes are shut; None when its
    file cannot be used (the caller's blink measure stands then) or the face has no blendshapes."""
    clf = usable_classifier("eyes", face_feature_names())
    v = face_vector(face, width, height) if clf is not None else None
    if clf is None or v is None:
        return None
    return float(clf.probabilities(v)[0][clf.classes.index("eyes_closed")])
