"""Tests of inspector.face: head pose, expression measures and class, talking score.

Synthetic faces are built from a known rotation, so every sign convention is checked against
its physical meaning (which way the face points in the image); real-data tests check the signs
on the annotated head-pose videos and the classes on the astronaut photo and the labelled photos.
"""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest

from inspector.face import (FaceConfig, FaceError, classify_expression, classify_measures, count_swings, face_measures,
                            head_pose, mesh_rotation, rotation_to_head_pose, talking_measure, talking_score)
from inspector.types import FaceExpression, FaceLandmarks, Frame, Measure

W, H = 640, 480


# --- synthetic faces ----------------------------------------------------------------------------

def rot(yaw: float, pitch: float, roll: float) -> np.ndarray:
    """Face-to-camera rotation for a head pose given in the Features convention (degrees).

    Camera axes: x image right, y up, z toward the viewer. Built as Ry(yaw) @ Rx(pitch) @ Rz(-roll).
    """
    a, b, c = math.radians(yaw), math.radians(pitch), math.radians(-roll)
    ry = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    rx = np.array([[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    return ry @ rx @ rz


def synthetic_mesh(r: np.ndarray, size_px: float = 120.0, mouth_gap: float = 0.0) -> np.ndarray:
    """478 normalised points of a schematic face, rotated by ``r`` and projected orthographically.

    Only the points the module reads are placed meaningfully (eye corners 33/263, forehead 10,
    chin 152, nose tip 1, inner lips 13/14); the rest lie on an ellipse around the face.
    """
    s = size_px / 120.0
    pts = np.zeros((478, 3))
    t = np.linspace(0, 2 * np.pi, 478, endpoint=False)
    pts[:, 0], pts[:, 1] = 50 * s * np.cos(t), 60 * s * np.sin(t)
    pts[33] = (-30 * s, 10 * s, 0)
    pts[263] = (30 * s, 10 * s, 0)
    pts[10] = (0, 60 * s, 0)
    pts[152] = (0, -60 * s, 0)
    pts[1] = (0, -5 * s, 25 * s)
    pts[13] = (0, -30 * s + mouth_gap * 60 * s, 5 * s)
    pts[14] = (0, -30 * s - mouth_gap * 60 * s, 5 * s)
    cam = pts @ r.T
    img = np.empty_like(cam)
    img[:, 0] = (cam[:, 0] + W / 2) / W
    img[:, 1] = (-cam[:, 1] + H / 2) / H
    img[:, 2] = -cam[:, 2] / W
    return img.astype(np.float32)


def blend(**scores: float) -> tuple[tuple[str, float], ...]:
    names = ("mouthSmileLeft", "mouthSmileRight", "browDownLeft", "browDownRight", "jawOpen",
             "eyeBlinkLeft", "eyeBlinkRight")
    return tuple((n, float(scores.get(n, 0.0))) for n in names)


def face_with(yaw=0.0, pitch=0.0, roll=0.0, size_px=120.0, with_matrix=True, **scores) -> FaceLandmarks:
    r = rot(yaw, pitch, roll)
    tf = None
    if with_matrix:
        tf = np.eye(4)
        tf[:3, :3] = 1.7 * r  # the matrix carries the face scale too
        tf[:3, 3] = (1.0, -2.0, -45.0)
    return FaceLandmarks(image=synthetic_mesh(r, size_px), blendshapes=blend(**scores), transform=tf)


POSES = [(0, 0, 0), (30, 0, 0), (-30, 0, 0), (0, 20, 0), (0, -20, 0), (0, 0, 25), (0, 0, -25), (20, -10, 15),
         (-45, 15, -30), (60, 5, 10)]


# --- head pose ----------------------------------------------------------------------------------

@pytest.mark.parametrize("yaw,pitch,roll", POSES)
def test_head_pose_from_matrix(yaw, pitch, roll):
    pose = head_pose(face_with(yaw, pitch, roll), W, H)
    assert pose.from_matrix
    assert pose.yaw == pytest.approx(yaw, abs=1e-6)
    assert pose.pitch == pytest.approx(pitch, abs=1e-6)
    assert pose.roll == pytest.approx(roll, abs=1e-6)


@pytest.mark.parametrize("yaw,pitch,roll", POSES)
def test_head_pose_from_mesh_without_matrix(yaw, pitch, roll):
    pose = head_pose(face_with(yaw, pitch, roll, with_matrix=False), W, H)
    assert not pose.from_matrix
    assert (pose.yaw, pose.pitch, pose.roll) == pytest.approx((yaw, pitch, roll), abs=0.1)


@pytest.mark.parametrize("angle", [10.0, 40.0])
def test_sign_conventions_have_their_physical_meaning(angle):
    # yaw > 0: the nose tip moves to image right of the eye midpoint.
    img = synthetic_mesh(rot(angle, 0, 0))
    assert img[1, 0] > 0.5 * (img[33, 0] + img[263, 0])
    # pitch > 0 (looking down): the nose tip moves down in the image (y grows downward).
    img = synthetic_mesh(rot(0, angle, 0))
    assert img[1, 1] > synthetic_mesh(rot(0, 0, 0))[1, 1]
    # roll > 0: the top of the head (forehead) moves to image right of the chin.
    img = synthetic_mesh(rot(0, 0, angle))
    assert img[10, 0] > img[152, 0]
    assert rotation_to_head_pose(rot(0, 0, angle))[2] > 0


def test_mesh_rotation_is_orthonormal():
    r = mesh_rotation(face_with(20, 10, -5, with_matrix=False), W, H)
    assert r @ r.T == pytest.approx(np.eye(3), abs=1e-9)
    assert np.linalg.det(r) == pytest.approx(1.0)


def test_head_pose_confidence_lower_from_mesh_and_for_small_faces():
    cfg = FaceConfig()
    big = face_measures(face_with(10, 0, 0), W, H, cfg)
    mesh = face_measures(face_with(10, 0, 0, with_matrix=False), W, H, cfg)
    small = face_measures(face_with(10, 0, 0, size_px=30), W, H, cfg)
    assert big.head_yaw.confidence == pytest.approx(1.0)
    assert mesh.head_yaw.confidence == pytest.approx(cfg.mesh_pose_confidence)
    assert 0.0 < small.head_yaw.confidence < 0.5


# --- expression measures ------------------------------------------------------------------------

@pytest.mark.parametrize("scores,name,expected", [
    ({"mouthSmileLeft": 0.8, "mouthSmileRight": 0.6}, "smile", 0.7),
    ({"browDownLeft": 0.5, "browDownRight": 0.7}, "brow_knit", 0.6),
    ({"jawOpen": 0.42}, "mouth_open", 0.42),
    ({"eyeBlinkLeft": 0.9, "eyeBlinkRight": 1.0}, "eyes_closed", 0.95),
    ({}, "smile", 0.0),
])
def test_blendshape_measures(scores, name, expected):
    m = getattr(face_measures(face_with(**scores), W, H), name)
    assert m.value == pytest.approx(expected)
    assert m.confidence == pytest.approx(1.0)


def test_measures_without_blendshapes():
    r = rot(0, 0, 0)
    face = FaceLandmarks(image=synthetic_mesh(r, mouth_gap=0.05), blendshapes=())
    m = face_measures(face, W, H)
    assert m.smile is None and m.brow_knit is None and m.eyes_closed is None
    # inner-lip gap 2 x 0.05 x 60 = 6 of a 120 face height, over a full gap of 0.18
    assert m.mouth_open.value == pytest.approx(0.05 / FaceConfig().mouth_open_full_gap, abs=1e-3)
    closed = face_measures(FaceLandmarks(image=synthetic_mesh(r), blendshapes=()), W, H)
    assert closed.mouth_open.value == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize("yaw,expected", [(0, 1.0), (35, 1.0), (57.5, 0.5), (80, 0.0), (-85, 0.0)])
def test_expression_confidence_falls_with_yaw(yaw, expected):
    m = face_measures(face_with(yaw, 0, 0, mouthSmileLeft=0.9, mouthSmileRight=0.9), W, H)
    assert m.smile.confidence == pytest.approx(expected, abs=1e-6)


# --- expression class ---------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs,expected", [
    (dict(mouthSmileLeft=0.9, mouthSmileRight=0.85), FaceExpression.SMILING),
    (dict(mouthSmileLeft=0.6, mouthSmileRight=0.5), FaceExpression.SMILING),  # mean 0.55 = threshold
    (dict(mouthSmileLeft=0.5, mouthSmileRight=0.44), FaceExpression.NEUTRAL),
    (dict(mouthSmileLeft=0.95, mouthSmileRight=0.95, browDownLeft=0.75, browDownRight=0.7), FaceExpression.SMILING),
    (dict(browDownLeft=0.8, browDownRight=0.75), FaceExpression.FROWNING),
    (dict(browDownLeft=0.64, browDownRight=0.63), FaceExpression.NEUTRAL),
    (dict(), FaceExpression.NEUTRAL),
    (dict(jawOpen=0.6), FaceExpression.NEUTRAL),
    (dict(yaw=85, mouthSmileLeft=0.9, mouthSmileRight=0.9), FaceExpression.UNKNOWN),
    (dict(size_px=10, mouthSmileLeft=0.9, mouthSmileRight=0.9), FaceExpression.UNKNOWN),
])
def test_classify_expression(kwargs, expected):
    cls, conf = classify_expression(face_with(**kwargs), FaceConfig(), (W, H))
    assert cls is expected
    assert 0.0 <= conf <= 1.0
    if expected is not FaceExpression.UNKNOWN:
        assert conf >= 0.5


def test_classify_without_blendshapes_is_unknown():
    face = FaceLandmarks(image=synthetic_mesh(rot(0, 0, 0)), blendshapes=())
    assert classify_expression(face) == (FaceExpression.UNKNOWN, 0.0)


def test_confidence_grows_with_distance_from_threshold():
    _, near = classify_measures(Measure(0.58, 1.0), Measure(0.0, 1.0))
    _, far = classify_measures(Measure(0.95, 1.0), Measure(0.0, 1.0))
    assert 0.5 <= near < far <= 1.0


def test_small_face_lowers_confidence_only_with_image_size():
    face = face_with(size_px=30, mouthSmileLeft=0.9, mouthSmileRight=0.9)
    _, with_size = classify_expression(face, FaceConfig(), (W, H))
    _, without = classify_expression(face, FaceConfig())
    assert with_size < without


# --- bad input ----------------------------------------------------------------------------------

def test_bad_inputs_raise_clear_errors():
    with pytest.raises(FaceError, match="shape"):
        face_measures(FaceLandmarks(image=np.zeros((10, 3), np.float32)), W, H)
    bad = synthetic_mesh(rot(0, 0, 0))
    bad[5, 0] = np.nan
    with pytest.raises(FaceError, match="NaN"):
        face_measures(FaceLandmarks(image=bad), W, H)
    with pytest.raises(FaceError, match="image size"):
        face_measures(face_with(), 0, H)
    with pytest.raises(FaceError, match="4x4"):
        head_pose(FaceLandmarks(image=synthetic_mesh(rot(0, 0, 0)), transform=np.eye(3)), W, H)
    with pytest.raises(FaceError, match="finite"):
        face_measures(FaceLandmarks(image=synthetic_mesh(rot(0, 0, 0)), blendshapes=blend(mouthSmileLeft=float("nan"))), W, H)
    with pytest.raises(ValueError, match="full_face_px"):
        FaceConfig(min_face_px=50, full_face_px=40)
    with pytest.raises(ValueError):
        FaceConfig(smile_treshold=0.5)


# --- talking ------------------------------------------------------------------------------------

def sine(freq_hz: float, amp: float, fps: float, seconds: float, base: float = 0.2) -> list[float]:
    t = np.arange(int(seconds * fps)) / fps
    return list(np.clip(base + amp * np.sin(2 * np.pi * freq_hz * t), 0, 1))


@pytest.mark.parametrize("history,fps,low,high", [
    (sine(4.0, 0.15, 25, 3), 25, 0.9, 1.0),            # speech-like: ~4 syllables/s
    (sine(4.0, 0.15, 12.5, 3), 12.5, 0.9, 1.0),        # the same at a low frame rate
    (sine(1.0, 0.15, 25, 3), 25, 0.5, 0.9),            # slow open-close once a second: below speech
    ([0.3] * 50, 25, 0.0, 0.0),                        # held open, no movement
    ([0.0] * 25 + [0.6] * 25 + [0.0] * 25, 25, 0.0, 0.2),  # one yawn: open once, close once
    (sine(6.0, 0.03, 25, 3), 25, 0.0, 0.0),            # jitter below talk_min_swing
    ([0.0, 0.5, 0.0, 0.5], 25, 0.0, 0.0),              # too few samples
])
def test_talking_score(history, fps, low, high):
    assert low <= talking_score(history, fps) <= high


def test_talking_score_rejects_bad_input():
    with pytest.raises(ValueError, match="fps"):
        talking_score([0.1] * 10, 0)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        talking_score([0.1] * 9 + [1.5], 25)


def test_count_swings():
    assert count_swings([0, 0.5, 0, 0.5, 0], 0.1) == 4
    assert count_swings([0, 0.05, 0, 0.05], 0.1) == 0
    assert count_swings([], 0.1) == 0
    assert count_swings([0.5, 0.2, 0.25, 0.6], 0.1) == 2


def test_talking_measure_confidence_counts_missing_frames():
    hist = [Measure(v, 0.8) for v in sine(4.0, 0.15, 25, 2)]
    full = talking_measure(hist, 25)
    assert full.value > 0.9 and full.confidence == pytest.approx(0.8)
    gappy = talking_measure([m if i % 2 else None for i, m in enumerate(hist)], 25)
    assert gappy.confidence == pytest.approx(0.4)
    assert talking_measure([None, None], 25) is None


# --- real images and videos ---------------------------------------------------------------------

def _largest_face(persons):
    faced = [p for p in persons if p.face is not None]
    return max(faced, key=lambda p: p.area).face if faced else None


def test_astronaut_is_smiling(models_ready, astronaut_bgr):
    from inspector.perception import Perception

    frame = Frame(image=astronaut_bgr, index=0, timestamp_ms=0, fps=0.0, source="skimage:astronaut")
    with Perception(mode="image", use_hands=False) as perc:
        res = perc.process(frame)
    face = _largest_face(res.persons)
    assert face is not None, "no face found in the astronaut photo"
    cls, conf = classify_expression(face, FaceConfig(), (frame.width, frame.height))
    assert cls is FaceExpression.SMILING
    assert conf > 0.5


def _video_poses(path):
    """Per frame: list of (image x of the face centre, HeadPose) from running perception on a video."""
    from inspector.perception import Perception
    from inspector.sources import VideoFileSource

    out = []
    with Perception(mode="video", use_hands=False) as perc, VideoFileSource(path) as src:
        for fr in src:
            res = perc.process(fr)
            faces = [(float(np.mean(p.face.image[:, 0])), head_pose(p.face, fr.width, fr.height))
                     for p in res.persons if p.face is not None]
            out.append((fr.timestamp_ms / 1000.0, sorted(faces, key=lambda f: f[0])))
    return out


def test_head_pose_signs_on_annotated_videos(models_ready, shared_data):
    """Checks the signs against videos/annotations.csv (directions from the subject's view)."""
    videos = shared_data / "videos"
    # The woman starts turned to her right (image left) and later turns to her left (image right).
    female = _video_poses(videos / "head-pose-face-detection-female.mp4")
    start = [f[0][1].yaw for t, f in female if t <= 0.3 and f]
    peak_left = [f[0][1].yaw for t, f in female if 1.04 <= t <= 1.28 and f]
    assert start and peak_left
    assert max(start) < -20, start
    assert min(peak_left) > 15, peak_left
    # Both tilt toward their own right shoulder (top of head to image left): roll < 0.
    pair = _video_poses(videos / "head-pose-face-detection-female-and-male.mp4")
    held = [f for t, f in pair if t >= 1.0 and len(f) == 2]
    assert held
    assert all(f[0][1].roll < -30 and f[1][1].roll < -20 for f in held)
    # The man on image right also has a small yaw to his left (image right), the woman to her right.
    assert np.median([f[1][1].yaw for f in held]) > 0 > np.median([f[0][1].yaw for f in held])
    # The lone man holds a still frontal head: all angles within ~5 deg (allow 8 for the model).
    male = _video_poses(videos / "head-pose-face-detection-male.mp4")
    angles = np.array([[f[0][1].yaw, f[0][1].pitch, f[0][1].roll] for _, f in male if f])
    assert len(angles) > 50
    assert np.abs(angles).max() < 8, np.abs(angles).max(axis=0)


def test_face_expression_on_labelled_photos(models_ready, shared_data):
    """Smiling vs not smiling F1 >= 0.90 on the labelled face_expression photos."""
    from inspector.perception import Perception
    from inspector.sources import read_image

    rows = [r for r in csv.DictReader(open(shared_data / "index.csv", encoding="utf-8"))
            if r["task"] == "face_expression"]
    assert len(rows) >= 20
    tp = fp = fn = 0
    with Perception(mode="image", use_hands=False) as perc:
        for r in rows:
            frame = read_image(shared_data / r["path"])
            face = _largest_face(perc.process(frame).persons)
            pred = face is not None and classify_expression(face, FaceConfig(), (frame.width, frame.height))[0] is FaceExpression.SMILING
            truth = r["label"] == FaceExpression.SMILING.value
            tp += pred and truth
            fp += pred and not truth
            fn += truth and not pred
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90, (tp, fp, fn)
