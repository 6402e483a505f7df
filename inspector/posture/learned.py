"""Learned arm-posture classifier: mirror-invariant landmark features and an ONNX linear model.

The features are the normalised :class:`~inspector.posture.ArmGeometry` values (heights in torso
fractions, distances in shoulder widths, hand positions relative to the shoulders and to the face
mesh), optionally followed by the hand-made rules' class scores. The two arms are put in a canonical
order (the higher wrist first), so a person and their mirror image give the very same vector.

The model is a standardised multinomial logistic regression trained by ``tools/train_arm_posture.py``
and stored as ONNX in ``inspector/data/arm_posture.onnx`` with its SHA-256 in
``arm_posture.onnx.sha256``; it runs with onnxruntime. :func:`load_arm_model` refuses a missing file or
a wrong digest with :class:`ArmModelError` so the caller can fall back to the rules.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort

from inspector.posture.base import PostureConfig
from inspector.posture.geometry import ArmGeometry, ArmSide
from inspector.posture.scores import arm_scores
from inspector.types import ArmPosture, FaceLandmarks, HandLandmarks, PersonObservation, PoseLandmarks

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
MODEL_PATH = DATA_DIR / "arm_posture.onnx"
CLIP = 3.0  # distances beyond this (shoulder widths, face half-sizes) carry no more information

SIDE_FEATURES = ("level", "wrist_out", "elbow_out", "forward", "elbow_angle", "to_other_elbow", "ear_gap",
                 "chin_gap", "wrist_visibility", "has_hand", "hand_level", "hand_out", "has_face_pos",
                 "face_x", "face_y")
WHOLE_FEATURES = ("hand_gap", "head_pitch", "facing_away")
RULE_CLASSES = tuple(c for c in ArmPosture if c is not ArmPosture.UNKNOWN)


class ArmModelError(RuntimeError):
    """The learned arm model is missing, corrupt, or does not match its recorded digest."""


def feature_names(with_rule_scores: bool) -> tuple[str, ...]:
    """Names of the feature vector's entries, in order."""
    names = [f"{s}_{n}" for s in ("upper", "lower") for n in SIDE_FEATURES] + list(WHOLE_FEATURES)
    if with_rule_scores:
        names += [f"rule_{c.value}" for c in RULE_CLASSES]
    return tuple(names)


def _clip(v: float) -> float:
    return float(np.clip(v, -CLIP, CLIP))


def _side_vector(s: ArmSide) -> list[float]:
    """The features of one arm (missing hand / face cues as 0 with their indicator 0)."""
    has_hand = s.hand_level is not None and s.hand_out is not None
    fx, fy = s.face_pos if s.face_pos is not None else (0.0, 0.0)
    return [_clip(s.level), _clip(s.wrist_out), _clip(s.elbow_out), _clip(s.forward), s.elbow_angle / 180.0,
            _clip(s.to_other_elbow), _clip(s.ear_gap), _clip(s.chin_gap), s.wrist_visibility,
            float(has_hand), _clip(s.hand_level) if has_hand else 0.0, _clip(s.hand_out) if has_hand else 0.0,
            float(s.face_pos is not None), _clip(fx), _clip(fy)]


def arm_features(geo: ArmGeometry, cfg: PostureConfig, with_rule_scores: bool) -> np.ndarray:
    """Mirror-invariant feature vector (float32) of one person's arm geometry.

    Args:
        geo: The person's arm geometry.
        cfg: Posture thresholds (used for the rules' scores).
        with_rule_scores: Append the rules' score of every arm class.
    """
    a, b = geo.sides
    upper, lower = (a, b) if (a.level, a.wrist_out) <= (b.level, b.wrist_out) else (b, a)
    v = _side_vector(upper) + _side_vector(lower) + [_clip(geo.hand_gap), _clip(geo.head_pitch), geo.facing_away]
    if with_rule_scores:
        scores = arm_scores(geo, cfg)
        v += [float(scores[c]) for c in RULE_CLASSES]
    return np.asarray(v, dtype=np.float32)


def file_digest(path: Path) -> str:
    """SHA-256 hex digest of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class ArmModel:
    """A loaded learned arm classifier.

    Attributes:
        session: onnxruntime inference session (input ``features`` (n, d) float32, output ``probabilities``).
        classes: Arm classes of the output columns.
        with_rule_scores: Whether the features end with the rules' scores.
    """

    session: object
    classes: tuple[ArmPosture, ...]
    with_rule_scores: bool

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities (n, len(classes)) of a (n, d) or (d,) feature array."""
        x = np.atleast_2d(np.asarray(features, dtype=np.float32))
        expected = len(feature_names(self.with_rule_scores))
        if x.shape[1] != expected:
            raise ArmModelError(f"arm model expects {expected} features, got {x.shape[1]}")
        return np.asarray(self.session.run(["probabilities"], {"features": x})[0])  # type: ignore[attr-defined]


_CACHE: dict[Path, ArmModel] = {}


def load_arm_model(path: Path | None = None) -> ArmModel:
    """Loads (once per path) the ONNX arm model after checking its SHA-256 against ``<path>.sha256``.

    Args:
        path: Model file; None for the committed ``inspector/data/arm_posture.onnx`` (``MODEL_PATH``).

    Raises:
        ArmModelError: File or digest file absent, digest mismatch, or unreadable metadata.
    """
    path = Path(MODEL_PATH if path is None else path)
    if path in _CACHE:
        return _CACHE[path]
    digest_file = path.with_name(path.name + ".sha256")
    if not path.is_file():
        raise ArmModelError(f"arm model file not found: {path} (make it with tools/train_arm_posture.py)")
    if not digest_file.is_file():
        raise ArmModelError(f"arm model digest file not found: {digest_file}")
    words = digest_file.read_text(encoding="utf-8").split()
    want = words[0].lower() if words else ""
    got = file_digest(path)
    if got != want:
        raise ArmModelError(f"arm model {path} has SHA-256 {got}, but {digest_file.name} records {want or 'nothing'}")
    try:
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own types for a corrupt file
        raise ArmModelError(f"arm model {path} cannot be loaded by onnxruntime: {exc}") from exc
    meta = session.get_modelmeta().custom_metadata_map
    try:
        classes = tuple(ArmPosture(c) for c in json.loads(meta["classes"]))
        with_rules = bool(json.loads(meta["with_rule_scores"]))
    except (KeyError, ValueError) as exc:
        raise ArmModelError(f"arm model {path} lacks valid 'classes' / 'with_rule_scores' metadata: {exc}") from exc
    loaded = ArmModel(session=session, classes=classes, with_rule_scores=with_rules)
    _CACHE[path] = loaded
    return loaded


def classify_geometry(model: ArmModel, geo: ArmGeometry, cfg: PostureConfig) -> tuple[ArmPosture, float, tuple[tuple[str, float], ...]]:
    """(class, probability, every class's probability rounded to 4 places) from the learned model."""
    p = model.probabilities(arm_features(geo, cfg, model.with_rule_scores))[0]
    best = int(np.argmax(p))
    table = tuple((c.value, round(float(v), 4)) for c, v in zip(model.classes, p))
    return model.classes[best], float(p[best]), table


# BlazePose mirror pairs (subject's left <-> right).
_POSE_PAIRS = ((1, 4), (2, 5), (3, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
               (23, 24), (25, 26), (27, 28), (29, 30), (31, 32))


def mirror_person(person: PersonObservation) -> PersonObservation:
    """The same person seen in a mirror: image x flipped (and world x), pose left/right swapped.

    Face-mesh and hand points are only flipped: the features use the face's symmetric axes and
    |x| in its frame, so their index order does not matter here.
    """
    pose = person.pose
    new_pose = None
    if pose is not None:
        img = pose.image.copy()
        world = None if pose.world is None else pose.world.copy()
        for a, b in _POSE_PAIRS:
            img[[a, b]] = img[[b, a]]
            if world is not None:
                world[[a, b]] = world[[b, a]]
        img[:, 0] = 1.0 - img[:, 0]
        if world is not None:
            world[:, 0] = -world[:, 0]
        new_pose = PoseLandmarks(image=img, world=world)
    face = None
    if person.face is not None:
        fi = person.face.image.copy()
        fi[:, 0] = 1.0 - fi[:, 0]
        face = FaceLandmarks(image=fi, blendshapes=person.face.blendshapes, transform=None)
    hands = []
    for h in person.hands:
        hi = h.image.copy()
        hi[:, 0] = 1.0 - hi[:, 0]
        hw = None if h.world is None else h.world.copy()
        if hw is not None:
            hw[:, 0] = -hw[:, 0]
        hands.append(HandLandmarks(image=hi, world=hw, handedness=h.handedness, score=h.score))
    w = person.frame_size[0]
    x, y, bw, bh = person.bbox
    bbox = (float(w - x - bw), y, bw, bh) if w > 0 else person.bbox
    return PersonObservation(bbox=bbox, pose=new_pose, face=face, hands=tuple(hands), track_id=person.track_id,
                             frame_size=person.frame_size)
