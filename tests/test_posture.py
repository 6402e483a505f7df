"""Tests of inspector.posture on synthetic BlazePose landmark sets (and, when present, the real cache)."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import numpy as np
import pytest

from inspector.perception import pose_bbox
from inspector.posture import (PostureConfig, arm_geometry, classify_arms, classify_body, face_frame_position, facing_away,
                               pose_face_frame, posture_features, shoulder_tilt, stance,
                               trunk_lean_forward, trunk_lean_side)
from inspector.types import (ArmPosture, BodyPosture, FaceLandmarks, HandLandmarks, PersonObservation, PoseLandmarks,
                             Stance)

CFG = PostureConfig()
RULES = PostureConfig(body_classifier="rules")
"""The hand-made body rules alone (the default lets the learned model decide head down on the desk)."""
FRAME = 1000
# Mirror pairs of BlazePose indices (subject's left <-> right).
PAIRS = [(1, 4), (2, 5), (3, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
         (23, 24), (25, 26), (27, 28), (29, 30), (31, 32)]


def standing_world() -> np.ndarray:
    """World landmarks (metres, hip centre origin, +x image right, +y down, +z away) of a frontal person
    standing with arms hanging; the subject's left side is at image right."""
    w = np.zeros((33, 3))
    w[0] = (0, -0.62, -0.08)
    for i, x in ((1, 0.02), (2, 0.03), (3, 0.045), (4, -0.02), (5, -0.03), (6, -0.045)):
        w[i] = (x, -0.66, -0.07)
    w[7], w[8] = (0.07, -0.65, 0), (-0.07, -0.65, 0)
    w[9], w[10] = (0.02, -0.60, -0.07), (-0.02, -0.60, -0.07)
    w[11], w[12] = (0.17, -0.48, 0), (-0.17, -0.48, 0)
    w[13], w[14] = (0.19, -0.20, 0), (-0.19, -0.20, 0)
    w[15], w[16] = (0.20, 0.05, 0), (-0.20, 0.05, 0)
    _hand(w, 15, (0.20, 0.12, 0))
    _hand(w, 16, (-0.20, 0.12, 0))
    w[23], w[24] = (0.10, 0, 0), (-0.10, 0, 0)
    w[25], w[26] = (0.10, 0.42, 0), (-0.10, 0.42, 0)
    w[27], w[28] = (0.10, 0.82, 0), (-0.10, 0.82, 0)
    w[29], w[30] = (0.10, 0.85, 0.03), (-0.10, 0.85, 0.03)
    w[31], w[32] = (0.12, 0.86, -0.1), (-0.12, 0.86, -0.1)
    return w


def _hand(w: np.ndarray, wrist: int, tip: tuple[float, float, float]) -> None:
    """Puts the pinky / index / thumb points of ``wrist`` two thirds of the way to ``tip``."""
    off = 2 if wrist == 15 else 3
    fingers = (17, 19, 21) if wrist == 15 else (18, 20, 22)
    del off
    for f in fingers:
        w[f] = w[wrist] + (np.asarray(tip) - w[wrist]) * 0.66


def person(w: np.ndarray, vis: dict[int, float] | None = None) -> PersonObservation:
    """A PersonObservation whose image landmarks are the world ones seen by a distant frontal camera."""
    img = np.zeros((33, 5), dtype=np.float32)
    img[:, 0] = 0.5 + w[:, 0] * 0.5
    img[:, 1] = 0.45 + w[:, 1] * 0.5
    img[:, 2] = w[:, 2] * 0.5
    img[:, 3] = 0.99
    img[:, 4] = 0.99
    for i, v in (vis or {}).items():
        img[i, 3] = v
    pose = PoseLandmarks(image=img, world=w.astype(np.float32))
    return PersonObservation(bbox=pose_bbox(pose, FRAME, FRAME), pose=pose)


def mirror(p: PersonObservation) -> PersonObservation:
    """The same person seen in a mirror: left/right swapped, x flipped."""
    assert p.pose is not None and p.pose.world is not None
    img = p.pose.image.copy()
    w = p.pose.world.copy()
    for a, b in PAIRS:
        img[[a, b]] = img[[b, a]]
        w[[a, b]] = w[[b, a]]
    img[:, 0] = 1.0 - img[:, 0]
    w[:, 0] = -w[:, 0]
    pose = PoseLandmarks(image=img, world=w)
    return PersonObservation(bbox=pose_bbox(pose, FRAME, FRAME), pose=pose)


def arms(name: str) -> tuple[np.ndarray, dict[int, float]]:
    """World landmarks and visibility overrides of each arm posture."""
    w = standing_world()
    vis: dict[int, float] = {}
    if name == "arms_hanging":
        pass
    elif name == "hands_on_hips":
        w[13], w[14] = (0.36, -0.22, 0.05), (-0.36, -0.22, 0.05)
        w[15], w[16] = (0.17, -0.02, -0.02), (-0.17, -0.02, -0.02)
        _hand(w, 15, (0.12, 0.0, -0.03))
        _hand(w, 16, (-0.12, 0.0, -0.03))
    elif name == "arms_crossed":
        w[13], w[14] = (0.16, -0.25, -0.12), (-0.16, -0.25, -0.12)
        w[15], w[16] = (-0.12, -0.28, -0.18), (0.12, -0.26, -0.16)
        _hand(w, 15, (-0.18, -0.30, -0.12))
        _hand(w, 16, (0.18, -0.28, -0.12))
    elif name == "hands_clasped_front":
        w[13], w[14] = (0.20, -0.22, -0.05), (-0.20, -0.22, -0.05)
        w[15], w[16] = (0.04, -0.02, -0.15), (-0.04, -0.02, -0.15)
        _hand(w, 15, (-0.02, 0.02, -0.16))
        _hand(w, 16, (0.02, 0.02, -0.16))
    elif name == "hands_behind_back":
        w[13], w[14] = (0.22, -0.22, 0.08), (-0.22, -0.22, 0.08)
        w[15], w[16] = (0.06, -0.02, 0.12), (-0.06, -0.02, 0.12)
        vis = {i: 0.08 for i in (15, 16, 17, 18, 19, 20, 21, 22)}
    elif name == "hands_in_pockets":
        w[13], w[14] = (0.23, -0.22, 0), (-0.23, -0.22, 0)
        w[15], w[16] = (0.15, -0.04, 0), (-0.15, -0.04, 0)
        vis = {i: 0.45 for i in (15, 16, 17, 18, 19, 20, 21, 22)}
    elif name == "phone_to_ear":
        w[13] = (0.25, -0.45, -0.10)
        w[15] = (0.11, -0.60, -0.03)
        _hand(w, 15, (0.08, -0.68, -0.02))
    elif name == "chin_on_hand":
        w[13] = (0.12, -0.30, -0.20)
        w[15] = (0.0, -0.45, -0.12)
        _hand(w, 15, (0.0, -0.56, -0.10))
    elif name == "looking_at_phone":
        w[0] = (0, -0.55, -0.10)
        w[13], w[14] = (0.20, -0.20, -0.05), (-0.20, -0.20, -0.05)
        w[15], w[16] = (0.05, -0.25, -0.25), (-0.05, -0.25, -0.25)
        _hand(w, 15, (0.03, -0.3, -0.27))
        _hand(w, 16, (-0.03, -0.3, -0.27))
    elif name == "hands_on_counter":
        w[13], w[14] = (0.20, -0.30, -0.20), (-0.20, -0.30, -0.20)
        w[15], w[16] = (0.20, -0.28, -0.45), (-0.20, -0.28, -0.45)
        _hand(w, 15, (0.20, -0.28, -0.55))
        _hand(w, 16, (-0.20, -0.28, -0.55))
    else:
        raise ValueError(name)
    return w, vis


ARM_CLASSES = [c for c in ArmPosture if c is not ArmPosture.UNKNOWN]


@pytest.mark.parametrize("cls", ARM_CLASSES, ids=lambda c: c.value)
@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_arm_class(cls: ArmPosture, mirrored: bool) -> None:
    w, vis = arms(cls.value)
    p = person(w, vis)
    if mirrored:
        p = mirror(p)
    got, conf, scores = classify_arms(p, CFG)
    assert got is cls, dict(scores)
    assert CFG.min_arm_confidence <= conf <= 1.0
    assert dict(scores)[cls.value] == max(v for _, v in scores)


@pytest.mark.parametrize("cls", ARM_CLASSES, ids=lambda c: c.value)
def test_arm_scores_mirror_symmetric(cls: ArmPosture) -> None:
    w, vis = arms(cls.value)
    p = person(w, vis)
    a = dict(classify_arms(p, CFG)[2])
    b = dict(classify_arms(mirror(p), CFG)[2])
    for k in a:
        assert a[k] == pytest.approx(b[k], abs=1e-3), k


def test_hidden_shoulders_give_unknown_arms() -> None:
    w, _ = arms("arms_crossed")
    got, conf, _ = classify_arms(person(w, {11: 0.02, 12: 0.02}), CFG)
    assert got is ArmPosture.UNKNOWN
    assert conf < CFG.min_arm_confidence


def test_half_hidden_elbows_lower_arm_confidence() -> None:
    w, _ = arms("hands_on_hips")
    _, seen, _ = classify_arms(person(w), CFG)
    _, dim, _ = classify_arms(person(w, {13: 0.3, 14: 0.3}), CFG)
    assert dim < seen


def test_no_pose_is_unknown() -> None:
    p = PersonObservation(bbox=(0, 0, 10, 10))
    assert classify_arms(p, CFG)[0] is ArmPosture.UNKNOWN
    assert classify_body(p, CFG) == (BodyPosture.UNKNOWN, 0.0)
    assert stance(p, CFG) == (Stance.UNKNOWN, 0.0)
    assert trunk_lean_forward(p, CFG) is None


# --- body -------------------------------------------------------------------------------------

HEAD = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)


def seated(w: np.ndarray) -> np.ndarray:
    """Bends the legs forward, thighs horizontal toward the camera."""
    w = w.copy()
    w[25], w[26] = (0.10, 0.05, -0.42), (-0.10, 0.05, -0.42)
    w[27], w[28] = (0.10, 0.45, -0.45), (-0.10, 0.45, -0.45)
    w[29:33] = w[[27, 28, 27, 28]] + (0, 0.03, 0)
    return w


def body(name: str) -> tuple[np.ndarray, dict[int, float]]:
    """World landmarks and visibility overrides of each body posture."""
    w = standing_world()
    vis: dict[int, float] = {}
    if name == "standing_upright":
        pass
    elif name == "standing_leaning":
        for i in (*HEAD, 11, 12, 13, 14):
            w[i, 0] += 0.14 * (-w[i, 1] / 0.48)
    elif name == "sitting_upright":
        w = seated(w)
    elif name == "sitting_slouched":
        w = seated(w)
        w[list(HEAD), 1] += 0.05
        w[list(HEAD), 2] -= 0.05
    elif name == "head_down_on_desk":
        w = seated(w)
        w[list(HEAD), 1] += 0.22
        w[list(HEAD), 2] -= 0.25
    elif name == "leaning_on_counter":
        ang = np.radians(45)
        for i in (*HEAD, 11, 12):
            y, z = w[i, 1], w[i, 2]
            w[i, 1], w[i, 2] = y * np.cos(ang) - z * np.sin(ang), z * np.cos(ang) + y * np.sin(ang)
        for s, e, wr in ((11, 13, 15), (12, 14, 16)):
            w[e] = w[s] + (0, 0.2, 0.05)
            w[wr] = w[e] + (0, 0, -0.25)
            _hand(w, wr, tuple(w[wr] + (0, 0, -0.08)))
    else:
        raise ValueError(name)
    return w, vis


BODY_CLASSES = [c for c in BodyPosture if c not in (BodyPosture.UNKNOWN, BodyPosture.STANDING_SLOUCHED)]
"""The classes the rules decide (standing_slouched only the learned classifier tells)."""


@pytest.mark.parametrize("cls", BODY_CLASSES, ids=lambda c: c.value)
@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_body_class(cls: BodyPosture, mirrored: bool) -> None:
    w, vis = body(cls.value)
    p = person(w, vis)
    if mirrored:
        p = mirror(p)
    got, conf = classify_body(p, RULES)
    assert got is cls, (got, conf)
    assert 0.0 < conf <= 1.0


def test_sitting_with_hidden_legs_uses_assumed_stance() -> None:
    w, _ = body("sitting_slouched")
    legs = {i: 0.02 for i in range(23, 33)}
    p = person(w, legs)
    assert stance(p, CFG) == (Stance.UNKNOWN, 0.0)
    assert classify_body(p, CFG)[0] is BodyPosture.SITTING_SLOUCHED
    no_guess = CFG.model_copy(update={"assumed_stance": Stance.UNKNOWN})
    assert classify_body(p, no_guess)[0] is BodyPosture.UNKNOWN


# --- measures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [("standing_upright", Stance.STANDING), ("sitting_upright", Stance.SITTING)])
def test_stance(name: str, expected: Stance) -> None:
    w, vis = body(name)
    st, conf = stance(person(w, vis), CFG)
    assert st is expected
    assert conf > 0.8
    _, dim = stance(person(w, {23: 0.3, 24: 0.3, 25: 0.3, 26: 0.3}), CFG)
    assert dim < conf


def test_trunk_lean_forward_sign_and_hidden_hips() -> None:
    w, _ = body("leaning_on_counter")
    m = trunk_lean_forward(person(w), CFG)
    assert m is not None and m.value == pytest.approx(45, abs=3)
    upright = trunk_lean_forward(person(standing_world()), CFG)
    assert upright is not None and abs(upright.value) < 1
    hidden = trunk_lean_forward(person(w, {23: 0.05, 24: 0.05}), CFG)
    assert hidden is not None and hidden.confidence == 0.0 < m.confidence


@pytest.mark.parametrize("mirrored,sign", [(False, 1), (True, -1)])
def test_trunk_lean_side_sign(mirrored: bool, sign: int) -> None:
    w, _ = body("standing_leaning")
    p = person(w)
    if mirrored:
        p = mirror(p)
    m = trunk_lean_side(p, CFG)
    assert m is not None
    assert m.value * sign == pytest.approx(np.degrees(np.arctan(0.14 / 0.48)), abs=2)


@pytest.mark.parametrize("lowered,sign", [(11, 1), (12, -1)])
def test_shoulder_tilt_sign(lowered: int, sign: int) -> None:
    w = standing_world()
    w[lowered, 1] += 0.06
    m = shoulder_tilt(person(w), CFG)
    assert m is not None
    assert m.value * sign == pytest.approx(np.degrees(np.arctan(0.06 / 0.34)), abs=1)
    assert m.confidence == 1.0
    dim = shoulder_tilt(person(w, {11: 0.1}), CFG)
    assert dim is not None and dim.confidence == 0.0


def _back_view(p: PersonObservation) -> PersonObservation:
    """The same person seen from behind: image x flipped, the landmarks keep their sides (the
    subject's left shoulder is now on the image left), depth reversed."""
    assert p.pose is not None and p.pose.world is not None
    img, w = p.pose.image.copy(), p.pose.world.copy()
    img[:, 0] = 1.0 - img[:, 0]
    img[:, 2] = -img[:, 2]
    w[:, 0], w[:, 2] = -w[:, 0], -w[:, 2]
    pose = PoseLandmarks(image=img, world=w)
    return PersonObservation(bbox=pose_bbox(pose, FRAME, FRAME), pose=pose)


def test_forward_lean_cannot_be_told_from_behind() -> None:
    """A back to the camera: which way the trunk leans in depth is the person's backward or forward,
    and a camera looking down slants any upright back, so the forward lean has no confidence."""
    w, _ = body("leaning_on_counter")
    front = trunk_lean_forward(person(w), CFG)
    back = trunk_lean_forward(_back_view(person(w)), CFG)
    assert front is not None and front.confidence > 0.9
    assert back is not None and back.confidence == 0.0
    assert facing_away(_back_view(person(w))) == 1.0 and facing_away(person(w)) == 0.0


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_shoulder_tilt_is_measured_against_the_hips(mirrored: bool) -> None:
    """A body whose shoulder and hip lines slant alike (a camera looking down at a body turned a
    little, or the whole image tilted) has level shoulders; one shoulder dropped is a tilt."""
    w = standing_world()
    slant = np.radians(12)
    rot = np.array([[np.cos(slant), -np.sin(slant)], [np.sin(slant), np.cos(slant)]])
    turned = w.copy()
    turned[:, :2] = w[:, :2] @ rot.T
    p = person(turned)
    if mirrored:
        p = mirror(p)
    level = shoulder_tilt(p, CFG)
    assert level is not None and abs(level.value) < 1.5
    dropped = w.copy()
    dropped[11, 1] += 0.06
    tilted = shoulder_tilt(mirror(person(dropped)) if mirrored else person(dropped), CFG)
    assert tilted is not None and abs(tilted.value) > 8
    # Hips the pose model places behind a desk, slanted at random, do not tilt level shoulders.
    guessed_hips = w.copy()
    guessed_hips[23, 1] += 0.06
    level_behind_desk = shoulder_tilt(mirror(person(guessed_hips)) if mirrored else person(guessed_hips), CFG)
    assert level_behind_desk is not None and abs(level_behind_desk.value) < 1.5


def test_posture_features_bundle() -> None:
    w, vis = arms("hands_on_hips")
    f = posture_features(person(w, vis), CFG)
    assert f.stance is Stance.STANDING
    assert dict(f.arm_scores)["hands_on_hips"] == max(v for _, v in f.arm_scores)
    assert {k for k, _ in f.arm_scores} == {c.value for c in ARM_CLASSES}
    assert f.trunk_lean_forward is not None and f.shoulder_tilt is not None


def test_config_refuses_unknown_keys() -> None:
    with pytest.raises(Exception):
        PostureConfig.model_validate({"no_such_threshold": 1})


# --- real data (skipped when the shared data or the model files are absent) ----------------------

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


@functools.lru_cache(maxsize=None)
def _perceived(task: str) -> tuple[tuple[str, tuple], ...]:
    """(label, persons) of every photo of a task, through today's perception (not a stale cache)."""
    from inspector.perception import Perception
    from inspector.sources import read_image

    rows = [r for r in csv.DictReader(open(DATA / "index.csv", encoding="utf-8")) if r["task"] == task]
    out = []
    with Perception(mode="image") as perc:
        for r in rows:
            out.append((r["label"], perc.process(read_image(DATA / r["path"])).persons))
    return tuple(out)


def _real_pairs(task: str) -> list[tuple[str, str]]:
    if not (DATA / "index.csv").is_file():
        pytest.skip(f"labelled data not found at {DATA}")
    from models.registry import ModelDigestError, ModelMissingError

    try:
        perceived = _perceived(task)
    except (ModelMissingError, ModelDigestError) as e:
        pytest.skip(f"model files not available: {e}")
    pairs = []
    for label, persons in perceived:
        persons = [p for p in persons if p.pose is not None]
        if not persons:
            continue
        subject = max(persons, key=lambda p: p.area)
        label = label.removesuffix("_subtle")
        pred = classify_arms(subject, CFG)[0] if task == "arm_posture" else classify_body(subject, CFG)[0]
        pairs.append((label, pred.value))
    return pairs


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    f1s = []
    for c in sorted({t for t, _ in pairs}):
        tp = sum(t == c and p == c for t, p in pairs)
        fp = sum(t != c and p == c for t, p in pairs)
        fn = sum(t == c and p != c for t, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def test_real_sitting_upright_vs_slouched() -> None:
    pairs = [(t, p) for t, p in _real_pairs("body_posture") if t in ("sitting_upright", "sitting_slouched")]
    assert _macro_f1(pairs) >= 0.9


def test_real_arm_posture_floor() -> None:
    # Floor well under the measured figure (see tools/posture_report.py); catches regressions.
    assert _macro_f1(_real_pairs("arm_posture")) >= 0.8


# --- face-mesh and hand-landmark cues -----------------------------------------------------------

def _face_mesh(w: np.ndarray) -> FaceLandmarks:
    """A 478-point face mesh whose forehead, chin and face sides sit around the synthetic nose."""
    pts = np.zeros((478, 3), dtype=np.float32)
    nose = w[0]
    for idx, (dx, dy) in ((10, (0, -0.10)), (152, (0, 0.10)), (234, (-0.07, 0)), (454, (0.07, 0))):
        pts[idx, 0] = 0.5 + (nose[0] + dx) * 0.5
        pts[idx, 1] = 0.45 + (nose[1] + dy) * 0.5
    pts[:, :2] = np.where(pts[:, :2] == 0, pts[[10], :2], pts[:, :2])
    return FaceLandmarks(image=pts, blendshapes=(), transform=None)


def _hand_at(centre: tuple[float, float], wrist: tuple[float, float]) -> HandLandmarks:
    """21 hand landmarks: the wrist at ``wrist`` and the rest around ``centre`` (world x, y)."""
    img = np.zeros((21, 3), dtype=np.float32)
    rng = np.random.default_rng(0)
    img[:, 0] = 0.5 + (centre[0] + rng.uniform(-0.03, 0.03, 21)) * 0.5
    img[:, 1] = 0.45 + (centre[1] + rng.uniform(-0.03, 0.03, 21)) * 0.5
    img[0, :2] = (0.5 + wrist[0] * 0.5, 0.45 + wrist[1] * 0.5)
    return HandLandmarks(image=img, world=None, handedness="Left", score=0.9)


def _with(p: PersonObservation, face: FaceLandmarks | None = None, hands: tuple[HandLandmarks, ...] = ()) -> PersonObservation:
    return PersonObservation(bbox=p.bbox, pose=p.pose, face=face, hands=hands, frame_size=(FRAME, FRAME))


def _mirror_all(p: PersonObservation) -> PersonObservation:
    """``mirror`` extended to the face mesh and the hands (x flipped)."""
    m = mirror(p)
    face = None
    if p.face is not None:
        fi = p.face.image.copy()
        fi[:, 0] = 1.0 - fi[:, 0]
        face = FaceLandmarks(image=fi, blendshapes=(), transform=None)
    hands = []
    for h in p.hands:
        hi = h.image.copy()
        hi[:, 0] = 1.0 - hi[:, 0]
        hands.append(HandLandmarks(image=hi, world=None, handedness=h.handedness, score=h.score))
    return _with(m, face, tuple(hands))


def _ambiguous_raised_arm() -> np.ndarray:
    """Left arm raised with the wrist between ear and chin, where the pose alone cannot tell."""
    w = standing_world()
    w[13] = (0.20, -0.38, -0.15)
    w[15] = (0.07, -0.55, -0.08)
    _hand(w, 15, (0.05, -0.60, -0.08))
    return w


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_face_frame_tells_ear_from_chin(mirrored: bool) -> None:
    w = _ambiguous_raised_arm()
    base = person(w)
    at_ear = _with(base, _face_mesh(w), (_hand_at((0.13, -0.62), (0.09, -0.55)),))
    at_chin = _with(base, _face_mesh(w), (_hand_at((0.0, -0.47), (0.06, -0.50)),))
    if mirrored:
        at_ear, at_chin = _mirror_all(at_ear), _mirror_all(at_chin)
    assert classify_arms(at_ear, CFG)[0] is ArmPosture.PHONE_TO_EAR
    assert classify_arms(at_chin, CFG)[0] is ArmPosture.CHIN_ON_HAND


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_hand_raised_in_front_of_the_face_is_not_chin_in_hand(mirrored: bool) -> None:
    """A thumbs-up (or a fist) held in front of the face: the hand's wrist is at the chin, not under
    it, and the hand rises over the nose. The same arm with the hand under the chin is chin in hand."""
    w = _ambiguous_raised_arm()
    base = person(w)
    thumbs_up = _with(base, _face_mesh(w), (_hand_at((0.0, -0.64), (0.03, -0.53)),))
    under_chin = _with(base, _face_mesh(w), (_hand_at((0.0, -0.47), (0.06, -0.50)),))
    if mirrored:
        thumbs_up, under_chin = _mirror_all(thumbs_up), _mirror_all(under_chin)
    assert classify_arms(thumbs_up, CFG)[0] not in (ArmPosture.CHIN_ON_HAND, ArmPosture.PHONE_TO_EAR)
    assert classify_arms(under_chin, CFG)[0] is ArmPosture.CHIN_ON_HAND


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_head_bent_over_hands_resting_on_the_desk_is_not_looking_at_a_phone(mirrored: bool) -> None:
    """Reading or writing at a desk bends the head over hands that rest low; a phone looked at is
    held up in front of the chest (the synthetic looking_at_phone pose)."""
    w, _ = arms("looking_at_phone")
    w[15], w[16] = (0.08, -0.09, -0.25), (-0.08, -0.09, -0.25)  # wrists down at the desk
    _hand(w, 15, (0.06, -0.07, -0.30))
    _hand(w, 16, (-0.06, -0.07, -0.30))
    resting = person(w)
    if mirrored:
        resting = mirror(resting)
    assert classify_arms(resting, CFG)[0] is not ArmPosture.LOOKING_AT_PHONE


def test_face_frame_position_units() -> None:
    w = standing_world()
    p = _with(person(w), _face_mesh(w))
    beside = np.array([[0.5 + 0.14 * 0.5, 0.45 + w[0, 1] * 0.5]])
    below = np.array([[0.5, 0.45 + (w[0, 1] + 0.15) * 0.5]])
    assert face_frame_position(p, beside, 1.0) == pytest.approx((2.0, 0.0), abs=1e-3)
    assert face_frame_position(p, below, 1.0) == pytest.approx((0.0, 1.5), abs=1e-3)
    # Without a face mesh (a hand over the face often hides it) the pose's eyes, mouth and ears
    # give a rougher frame of the same units; with the eyes hidden there is none.
    rough_beside = face_frame_position(_with(person(w)), beside, 1.0)
    rough_below = face_frame_position(_with(person(w)), below, 1.0)
    assert rough_beside is not None and rough_below is not None
    assert rough_beside[0] == pytest.approx(2.0, abs=0.2) and abs(rough_beside[1]) < 0.3
    assert rough_below[0] == pytest.approx(0.0, abs=1e-3) and rough_below[1] > 1.5
    assert face_frame_position(_with(person(w, {2: 0.1, 5: 0.1})), beside, 1.0) is None


def test_pose_face_frame_keeps_a_width_when_the_head_turns() -> None:
    w = standing_world()
    w[7], w[8] = (0.01, -0.65, 0), (-0.005, -0.65, 0)  # ears nearly on top of each other: profile
    frame = pose_face_frame(person(w).pose, 1.0)
    assert frame is not None
    _, axes = frame
    assert np.linalg.norm(axes[:, 0]) >= 0.7 * np.linalg.norm(axes[:, 1]) - 1e-9


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_hand_held_up_in_front_is_looking_at_phone_without_head_pitch(mirrored: bool) -> None:
    w = standing_world()
    w[0] = (0, -0.66, -0.08)  # head level: the nose on the ear line
    w[13] = (0.22, -0.15, -0.10)
    w[15] = (0.08, -0.22, -0.25)
    _hand(w, 15, (0.05, -0.27, -0.27))
    p = _with(person(w), None, (_hand_at((0.05, -0.26), (0.08, -0.22)),))
    no_hand = person(w)
    if mirrored:
        p, no_hand = _mirror_all(p), mirror(no_hand)
    assert arm_geometry(no_hand) is not None and arm_geometry(no_hand).head_pitch < CFG.head_down_pitch - 0.05
    assert classify_arms(p, CFG)[0] is ArmPosture.LOOKING_AT_PHONE
    assert classify_arms(no_hand, CFG)[0] is not ArmPosture.LOOKING_AT_PHONE


def test_crossed_wrists_beat_a_bent_head() -> None:
    w, _ = arms("arms_crossed")
    w[0] = (0, -0.55, -0.10)  # head bent as in looking_at_phone
    p = person(w)
    assert arm_geometry(p).head_pitch > CFG.head_down_pitch + 0.1
    assert classify_arms(p, CFG)[0] is ArmPosture.ARMS_CROSSED
    assert classify_arms(mirror(p), CFG)[0] is ArmPosture.ARMS_CROSSED


def test_seen_from_behind_low_hands_are_behind_the_back() -> None:
    w, _ = arms("hands_behind_back")
    w[:, 0] = -w[:, 0]  # the subject's left now on image left: their back faces the camera
    w[:, 2] = -w[:, 2]
    w[0] = (0, -0.55, 0.10)  # the guessed nose of a back view often sits low
    p = person(w)  # wrists well seen: from behind the hands are in view
    geo = arm_geometry(p)
    assert geo is not None and geo.facing_away == 1.0
    assert classify_arms(p, CFG)[0] is ArmPosture.HANDS_BEHIND_BACK
    assert arm_geometry(person(arms("hands_behind_back")[0])).facing_away == 0.0


def _crossed_with_straight_elbow() -> np.ndarray:
    """Arms crossed where the subject's right elbow measures almost straight (about 165 degrees in 3-D,
    as with children and foreshortened forearms) while its wrist lies well past the midline."""
    w, _ = arms("arms_crossed")
    w[14] = (-0.05, -0.33, -0.15)
    w[16] = (0.12, -0.22, -0.30)
    _hand(w, 16, (0.18, -0.22, -0.30))
    return w


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_wrist_far_across_the_midline_is_crossed_whatever_the_elbow_angle(mirrored: bool) -> None:
    p = person(_crossed_with_straight_elbow())
    if mirrored:
        p = mirror(p)
    geo = arm_geometry(p)
    assert geo is not None and max(s.elbow_angle for s in geo.sides) > 150
    assert classify_arms(p, CFG)[0] is ArmPosture.ARMS_CROSSED
    # Without the cue (no wrist ever far enough across) the straight elbow vetoes the class.
    strict = CFG.model_copy(update={"crossed_min_wrist_across": 5.0})
    assert classify_arms(p, strict)[0] is not ArmPosture.ARMS_CROSSED


def _pockets_bent(angle_elbow_x: float) -> np.ndarray:
    """Low hands, wrists seen, elbows bent and a little out: hands pushed into front pockets."""
    w = standing_world()
    w[13], w[14] = (angle_elbow_x, -0.22, 0), (-angle_elbow_x, -0.22, 0)
    w[15], w[16] = (0.14, -0.06, -0.02), (-0.14, -0.06, -0.02)
    _hand(w, 15, (0.12, 0.0, -0.02))
    _hand(w, 16, (-0.12, 0.0, -0.02))
    return w


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_bent_low_arms_with_visible_wrists_are_in_pockets(mirrored: bool) -> None:
    p = person(_pockets_bent(0.245))
    if mirrored:
        p = mirror(p)
    geo = arm_geometry(p)
    assert geo is not None
    mean_angle = sum(s.elbow_angle for s in geo.sides) / 2
    assert CFG.pocket_min_elbow_angle < mean_angle < CFG.hips_max_elbow_angle + 10
    got, conf, _ = classify_arms(p, CFG)
    assert got is ArmPosture.HANDS_IN_POCKETS and conf >= CFG.min_arm_confidence
    # Elbows bent further than the pocket limit are not pockets.
    bent = CFG.model_copy(update={"pocket_min_elbow_angle": mean_angle + 10})
    assert classify_arms(p, bent)[0] is not ArmPosture.HANDS_IN_POCKETS


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_held_up_hand_needs_no_elbows(mirrored: bool) -> None:
    w = standing_world()
    w[13] = (0.22, -0.15, -0.10)
    w[15] = (0.08, -0.22, -0.25)
    _hand(w, 15, (0.05, -0.27, -0.27))
    hidden_elbows = {13: 0.05, 14: 0.05}
    p = _with(person(w, hidden_elbows), None, (_hand_at((0.05, -0.26), (0.08, -0.22)),))
    seen = _with(person(w), None, (_hand_at((0.05, -0.26), (0.08, -0.22)),))
    if mirrored:
        p, seen = _mirror_all(p), _mirror_all(seen)
    got, conf, _ = classify_arms(p, CFG)
    assert got is ArmPosture.LOOKING_AT_PHONE
    assert conf == pytest.approx(classify_arms(seen, CFG)[1], abs=1e-6)
    # Arm classes read from the arm's shape still lose confidence with hidden elbows.
    hips, _ = arms("hands_on_hips")
    assert classify_arms(person(hips, hidden_elbows), CFG)[1] < classify_arms(person(hips), CFG)[1]


@pytest.mark.parametrize("mirrored", [False, True], ids=["as-is", "mirrored"])
def test_one_guessed_wrist_does_not_undo_hands_behind_the_back(mirrored: bool) -> None:
    w, _ = arms("hands_behind_back")
    # One hand well hidden, the other wrist guessed by the pose with middling visibility.
    vis = {15: 0.05, 17: 0.05, 19: 0.05, 21: 0.05, 16: 0.45, 18: 0.45, 20: 0.45, 22: 0.45}
    p = person(w, vis)
    seen = person(w, {i: 0.95 for i in range(15, 23)})
    if mirrored:
        p, seen = mirror(p), mirror(seen)
    got, conf, _ = classify_arms(p, CFG)
    assert got is ArmPosture.HANDS_BEHIND_BACK and conf >= CFG.min_arm_confidence
    assert classify_arms(seen, CFG)[0] is not ArmPosture.HANDS_BEHIND_BACK
