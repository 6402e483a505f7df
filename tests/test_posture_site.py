"""Per-site posture calibration: camera pitch undone and estimated from upright people."""

from __future__ import annotations

import numpy as np
import pytest

from calibration.posture_site import CalibrationError, estimate_camera_pitch
from inspector.posture import PostureConfig, stance, trunk_lean_forward
from inspector.types import Frame, FrameResult, PersonObservation, PoseLandmarks, Stance


def _upright_world() -> np.ndarray:
    """World landmarks (metres, y down) of a person standing straight, facing the camera."""
    w = np.zeros((33, 3))
    w[0] = (0, -0.6, -0.1)          # nose
    w[11], w[12] = (0.18, -0.5, 0), (-0.18, -0.5, 0)   # shoulders
    w[23], w[24] = (0.1, 0, 0), (-0.1, 0, 0)            # hips
    w[25], w[26] = (0.1, 0.45, 0), (-0.1, 0.45, 0)      # knees
    w[27], w[28] = (0.1, 0.9, 0), (-0.1, 0.9, 0)        # ankles
    return w


def _seen_from_pitch(w: np.ndarray, pitch_deg: float) -> np.ndarray:
    """The same points in the frame of a camera looking down by ``pitch_deg``."""
    t = np.radians(pitch_deg)
    y, z = w[:, 1], w[:, 2]
    out = w.copy()
    out[:, 1] = y * np.cos(t) - z * np.sin(t)
    out[:, 2] = y * np.sin(t) + z * np.cos(t)
    return out


def _person(world: np.ndarray) -> PersonObservation:
    img = np.zeros((33, 5), np.float32)
    img[:, 0] = 0.5 + world[:, 0] / 3
    img[:, 1] = 0.4 + world[:, 1] / 3
    img[:, 3:] = 1.0
    return PersonObservation(bbox=(0, 0, 100, 300), pose=PoseLandmarks(image=img, world=world.astype(np.float32)),
                             frame_size=(640, 480))


@pytest.mark.parametrize("pitch", [0.0, 15.0, 30.0, 45.0])
def test_pitch_is_undone(pitch):
    person = _person(_seen_from_pitch(_upright_world(), pitch))
    raw = trunk_lean_forward(person, PostureConfig()).value
    assert raw == pytest.approx(pitch, abs=0.5)
    fixed = trunk_lean_forward(person, PostureConfig(camera_pitch_deg=pitch)).value
    assert fixed == pytest.approx(0.0, abs=0.5)
    assert stance(person, PostureConfig(camera_pitch_deg=pitch))[0] is Stance.STANDING


def test_estimate_from_upright_people():
    rng = np.random.default_rng(1)
    frame = Frame(image=np.zeros((4, 4, 3), np.uint8), index=0, timestamp_ms=0, fps=10, source="synthetic")
    results = []
    for i in range(40):
        w = _upright_world() + rng.normal(0, 0.01, (33, 3))
        results.append(FrameResult(frame=frame, persons=(_person(_seen_from_pitch(w, 27.0)),)))
    est = estimate_camera_pitch(results)
    assert est.pitch_deg == pytest.approx(27.0, abs=1.5) and est.samples == 40
    assert "camera_pitch_deg = 27" in est.config_snippet()


def test_too_few_samples_is_an_error():
    frame = Frame(image=np.zeros((4, 4, 3), np.uint8), index=0, timestamp_ms=0, fps=10, source="synthetic")
    with pytest.raises(CalibrationError, match="only 0 frame"):
        estimate_camera_pitch([FrameResult(frame=frame, persons=())])
