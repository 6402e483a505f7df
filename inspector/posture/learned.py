"""Mirror-invariant vectors of a person's arms and body, for the learned posture classifiers.

The arm vector holds the normalised :class:`~inspector.posture.ArmGeometry` values (heights in torso
fractions, distances in shoulder widths, hand positions relative to the shoulders and to the face
frame), optionally followed by the hand-made rules' class scores; the two arms are put in a
canonical order (the higher wrist first). The body vector holds the trunk lean, neck height, head
position and leg angles, each in body-relative units. A person and their mirror image
(:func:`mirror_person`) give the very same vectors. The classifiers themselves are ONNX files run
by :mod:`inspector.learned.model`; they are trained by ``tools/train_classifiers.py``.
"""

from __future__ import annotations

import numpy as np

from inspector.face import FaceError, head_pose
from inspector.posture.base import (L_ANKLE, L_EAR, L_HIP, L_KNEE, L_SHOULDER, NOSE, R_ANKLE, R_EAR, R_HIP, R_KNEE,
                                    R_SHOULDER, PostureConfig, angle, image_aspect, iso, neck_height, neck_ratio,
                                    shoulder_tilt,
                                    trunk_lean_forward, trunk_lean_side, world_points)
from inspector.posture.geometry import ArmGeometry, ArmSide, arm_geometry
from inspector.posture.scores import arm_scores
from inspector.types import ArmPosture, FaceLandmarks, HandLandmarks, PersonObservation, PoseLandmarks

MIN_SHOULDER_VISIBILITY = 0.3
"""Both shoulders must be at least this visible for the arm and body vectors (else: too little seen)."""
CLIP = 3.0  # distances beyond this (shoulder widths, face half-sizes) carry no more information

SIDE_FEATURES = ("level", "wrist_out", "elbow_out", "forward", "elbow_angle", "to_other_elbow", "ear_gap",
                 "chin_gap", "wrist_visibility", "has_hand", "hand_level", "hand_out", "has_face_pos",
                 "face_x", "face_y")
WHOLE_FEATURES = ("hand_gap", "head_pitch", "facing_away")
RULE_CLASSES = tuple(c for c in ArmPosture if c is not ArmPosture.UNKNOWN)


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


BODY_FEATURES = ("lean_forward", "lean_side_abs", "tilt_abs", "neck_height", "neck_ratio", "nose_above",
                 "head_x_abs", "head_y", "head_z", "ears_y", "ears_z", "thigh_upper", "thigh_lower",
                 "knee_upper", "knee_lower", "hip_vis", "knee_vis", "ankle_vis", "wrist_level_upper",
                 "wrist_level_lower", "wrist_forward_upper", "wrist_forward_lower", "head_pitch", "facing_away",
                 "box_aspect", "face_pitch", "has_face_pitch")


def upper_body_seen(person: PersonObservation) -> bool:
    """Whether both shoulders are seen well enough for the arm and body vectors."""
    pose = person.pose
    return pose is not None and float(np.min(pose.image[[L_SHOULDER, R_SHOULDER], 3])) >= MIN_SHOULDER_VISIBILITY


def arm_vector(person: PersonObservation, geo: ArmGeometry | None = None) -> np.ndarray | None:
    """The learned arm classifier's input (geometry and the rules' scores at default thresholds), or
    None without both shoulders in view."""
    if not upper_body_seen(person):
        return None
    geo = arm_geometry(person) if geo is None else geo
    return None if geo is None else arm_features(geo, PostureConfig(), with_rule_scores=True)


def body_vector(person: PersonObservation, geo: ArmGeometry | None = None) -> np.ndarray | None:
    """The learned body classifier's input, or None without both shoulders in view."""
    return body_features(person, geo) if upper_body_seen(person) else None


def body_feature_names() -> tuple[str, ...]:
    """Names of the body vector's entries, in order."""
    return BODY_FEATURES


def body_features(person: PersonObservation, geo: ArmGeometry | None = None) -> np.ndarray | None:
    """Mirror-invariant vector (float32) of one person's trunk, head and legs, or None without a pose.

    Heights and distances are in shoulder widths (world) or ear-to-ear / face heights (image), so
    the vector does not depend on the person's size or distance; hidden legs show as low visibility
    and their angles as 0.
    """
    pose = person.pose
    if pose is None:
        return None
    cfg = PostureConfig()
    geo = arm_geometry(person) if geo is None else geo
    w = world_points(pose)
    sw = max(float(np.linalg.norm(w[L_SHOULDER] - w[R_SHOULDER])), 1e-3)
    smid = (w[L_SHOULDER] + w[R_SHOULDER]) / 2
    ears = (w[L_EAR] + w[R_EAR]) / 2
    img = iso(pose.image, image_aspect(person))
    sw_img = max(float(np.linalg.norm(img[L_SHOULDER] - img[R_SHOULDER])), 1e-4)
    nose_above = float(((img[L_SHOULDER, 1] + img[R_SHOULDER, 1]) / 2 - img[NOSE, 1]) / sw_img)

    def measure(m) -> float:
        return 0.0 if m is None else float(m.value)

    thighs, knees = [], []
    for hip, knee, ankle in ((L_HIP, L_KNEE, L_ANKLE), (R_HIP, R_KNEE, R_ANKLE)):
        t = w[knee] - w[hip]
        n = float(np.linalg.norm(t))
        seen = float(min(pose.image[hip, 3], pose.image[knee, 3]))
        thighs.append(seen * (float(np.degrees(np.arccos(np.clip(t[1] / n, -1, 1)))) / 90.0 if n > 1e-6 else 0.0))
        knees.append(seen * angle(w[hip], w[knee], w[ankle]) / 180.0)
    vis = pose.image[:, 3]
    a, b = geo.sides if geo is not None else (None, None)
    levels = sorted([s.level for s in (a, b)]) if geo is not None else [0.0, 0.0]
    forwards = sorted([s.forward for s in (a, b)]) if geo is not None else [0.0, 0.0]
    face_pitch, has_pitch = 0.0, 0.0
    if person.face is not None and person.face.transform is not None:
        try:
            fw, fh = person.frame_size
            face_pitch, has_pitch = head_pose(person.face, max(fw, 1), max(fh, 1)).pitch / 90.0, 1.0
        except FaceError:
            pass
    bw, bh = person.bbox[2], person.bbox[3]
    v = [measure(trunk_lean_forward(person, cfg)) / 90.0, abs(measure(trunk_lean_side(person, cfg))) / 90.0,
         abs(measure(shoulder_tilt(person, cfg, against_hips=False))) / 90.0,
         measure(neck_height(person)), measure(neck_ratio(person)),
         nose_above, abs(float(w[NOSE, 0] - smid[0])) / sw, float(w[NOSE, 1] - smid[1]) / sw,
         float(w[NOSE, 2] - smid[2]) / sw, float(ears[1] - smid[1]) / sw, float(ears[2] - smid[2]) / sw,
         *sorted(thighs, reverse=True), *sorted(knees, reverse=True),
         float(vis[[L_HIP, R_HIP]].max()), float(vis[[L_KNEE, R_KNEE]].max()), float(vis[[L_ANKLE, R_ANKLE]].max()),
         *levels, *forwards, geo.head_pitch if geo is not None else 0.0, geo.facing_away if geo is not None else 0.0,
         float(bh / bw) if bw > 0 else 1.0, face_pitch, has_pitch]
    return np.clip(np.nan_to_num(np.asarray(v, dtype=np.float32)), -CLIP * 3, CLIP * 3)


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
