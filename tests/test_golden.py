"""Golden tests: our perception against MediaPipe's own expected landmarks.

``golden/samples/`` holds two MediaPipe sample images with the landmarks MediaPipe's sample tests
expect (JSON, normalised [x, y, z] per landmark). We run :class:`inspector.perception.Perception`
in image mode and require every landmark's x and y to agree within 0.03 (normalised), the
tolerance of MediaPipe's own task tests. z is not compared: it is a relative depth whose scale
differs between model versions.

``golden/mediapipe/*.pbtxt`` are expected outputs for images that MediaPipe keeps outside git
(pose.jpg, portrait.jpg); those tests run only when the image has been put next to the file and
otherwise skip, naming the missing image.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from inspector.types import FaceLandmarks, PoseLandmarks

DATA = Path(__file__).resolve().parents[1].parent / "shared/data"
GOLDEN = DATA / "golden"
TOLERANCE = 0.03

pytestmark = pytest.mark.skipif(not GOLDEN.is_dir(),
                                reason=f"needs the shared golden data at {GOLDEN} (absent on this machine)")


@pytest.fixture(scope="module")
def perception(models_ready):
    from inspector.perception import Perception

    with Perception(mode="image", use_hands=False) as perc:
        yield perc


def load_expected(name: str, key: str) -> np.ndarray:
    """(N, 3) expected landmarks from a golden/samples JSON file."""
    data = json.loads((GOLDEN / "samples" / name).read_text(encoding="utf-8"))
    arr = np.asarray(data["arrays"][key], dtype=np.float64)
    assert arr.ndim == 2 and arr.shape[1] == 3, f"{name}:{key} has shape {arr.shape}"
    return arr


def parse_pbtxt_landmarks(path: Path) -> np.ndarray:
    """(N, 2) x, y of every ``landmark { x: .. y: .. }`` block of a text proto, in file order."""
    text = path.read_text(encoding="utf-8")
    blocks = re.findall(r"landmark\s*\{([^{}]*)\}", text)
    pts = []
    for b in blocks:
        x = re.search(r"\bx:\s*([-+0-9.eE]+)", b)
        y = re.search(r"\by:\s*([-+0-9.eE]+)", b)
        if x and y:
            pts.append((float(x.group(1)), float(y.group(1))))
    return np.asarray(pts, dtype=np.float64)


def run_image(perception, path: Path):
    from inspector.sources import read_image

    return perception.process(read_image(path)).persons


def closest(candidates, expected_xy: np.ndarray, n: int):
    """The candidate landmark array (first n rows, x and y) with the smallest mean error."""
    assert candidates, "no landmarks found"
    return min(candidates, key=lambda a: float(np.mean(np.abs(a[:n, :2] - expected_xy[:n]))))


def assert_close(got_xy: np.ndarray, expected_xy: np.ndarray, what: str) -> None:
    assert got_xy.shape == expected_xy.shape, f"{what}: shape {got_xy.shape} vs expected {expected_xy.shape}"
    err = np.abs(got_xy - expected_xy)
    worst = int(np.argmax(err.max(axis=1)))
    assert err.max() <= TOLERANCE, (f"{what}: landmark {worst} off by {err[worst].round(4)} "
                                    f"(max {err.max():.4f}, mean {err.mean():.4f}, tolerance {TOLERANCE})")


# --- golden/samples (images present) ------------------------------------------------------------

def test_pose_landmarks_match_mediapipe_sample(perception):
    expected = load_expected("pose_expected_landmarks.json", "poseLandmarkerFullResults")[:, :2]
    persons = run_image(perception, GOLDEN / "samples" / "pose_test_image.jpg")
    poses = [p.pose.image for p in persons if isinstance(p.pose, PoseLandmarks)]
    got = closest(poses, expected, 33)
    assert_close(got[:, :2].astype(np.float64), expected, "pose (full model)")


def test_face_landmarks_match_mediapipe_sample(perception):
    expected = load_expected("face_expected_landmarks.json", "results")[:, :2]
    persons = run_image(perception, GOLDEN / "samples" / "business-person.png")
    faces = [p.face.image for p in persons if isinstance(p.face, FaceLandmarks)]
    got = closest(faces, expected, len(expected))
    assert_close(got[: len(expected), :2].astype(np.float64), expected, "face mesh")


# --- golden/mediapipe (images kept outside git) ---------------------------------------------------

MEDIAPIPE_GOLDENS = [
    ("pose_landmarks.pbtxt", "pose.jpg", "pose", 33),
    ("portrait_expected_face_landmarks.pbtxt", "portrait.jpg", "face", 478),
]


@pytest.mark.parametrize("golden,image,kind,n", MEDIAPIPE_GOLDENS)
def test_mediapipe_pbtxt_goldens(golden, image, kind, n, models_ready):
    gpath = GOLDEN / "mediapipe" / golden
    ipath = GOLDEN / "mediapipe" / image
    if not gpath.is_file():
        pytest.skip(f"golden file {gpath} absent")
    if not ipath.is_file():
        pytest.skip(f"{golden} describes {image}, which MediaPipe keeps outside git "
                    f"(storage.googleapis.com/mediapipe-assets/tasks/testdata/vision/{image}); "
                    f"put it at {ipath} to run this test")
    from inspector.perception import Perception

    expected = parse_pbtxt_landmarks(gpath)[:n]
    assert len(expected) == n, f"{golden}: found {len(expected)} landmarks, expected {n}"
    with Perception(mode="image", use_hands=False) as perc:
        persons = run_image(perc, ipath)
    arrays = [p.pose.image for p in persons if p.pose is not None] if kind == "pose" else \
             [p.face.image for p in persons if p.face is not None]
    got = closest(arrays, expected, n)
    assert_close(got[:n, :2].astype(np.float64), expected, f"{kind} vs {golden}")


def test_pbtxt_parser_reads_the_goldens():
    """The parser finds every landmark of the pbtxt files (so the skipped tests would really compare)."""
    for golden, _image, _kind, n in MEDIAPIPE_GOLDENS:
        pts = parse_pbtxt_landmarks(GOLDEN / "mediapipe" / golden)
        assert len(pts) >= n
        assert np.all((pts[:n] > -0.5) & (pts[:n] < 1.5))
