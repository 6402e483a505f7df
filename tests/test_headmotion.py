"""Nods and head turns: synthetic histories and the real head-pose tracks vs their annotations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from inspector.headmotion import HeadMotionConfig, find_head_turns, find_nods, nod_between, zigzag
from inspector.recordings import load_recording
from inspector.types import Measure

TRACKS = Path(__file__).parent / "fixtures" / "tracks"


def series(values, conf=1.0, step_ms=80):
    return [i * step_ms for i in range(len(values))], [Measure(float(v), conf) for v in values]


def test_one_nod_found_with_jitter():
    t = np.arange(0, 4000, 80)
    pitch = np.where((t > 1000) & (t < 1600), 15 * np.sin((t - 1000) / 600 * np.pi), 0.0)
    pitch += np.random.default_rng(0).normal(0, 1.0, len(t))
    nods = find_nods(list(t), [Measure(float(v), 1.0) for v in pitch])
    assert len(nods) == 1 and 1000 <= nods[0].bottom_ms <= 1600 and nods[0].depth_deg > 10
    assert nod_between(nods, 1000, 2000) is nods[0] and nod_between(nods, 2000, 3000) is None


def test_no_nod_from_jitter_slow_drift_or_looking_down_for_good():
    rng = np.random.default_rng(1)
    assert find_nods(*series(rng.normal(0, 1.5, 60))) == ()
    assert find_nods(*series(np.linspace(0, 20, 60))) == ()  # looks down and stays
    slow = 12 * np.sin(np.linspace(0, np.pi, 60))  # down and up over 4.8 s: not a nod
    assert find_nods(*series(slow)) == ()


def test_low_confidence_samples_are_ignored():
    t, p = series([0, 0, 15, 15, 0, 0], conf=0.1)
    assert find_nods(t, p) == ()


def test_turns_with_direction_and_hysteresis():
    yaw = [0] * 5 + [30] * 10 + [12] * 3 + [0] * 5 + [-25] * 6 + [0] * 3
    turns = find_head_turns(*series(yaw))
    assert [t.direction for t in turns] == ["image_right", "image_left"]
    assert turns[0].start_ms == 5 * 80 and turns[0].end_ms == 17 * 80  # 12 deg still > exit 8
    assert turns[1].peak_deg == -25
    assert find_head_turns(*series([0] * 5 + [30] + [0] * 5)) == ()  # 1 sample: shorter than turn_min_s


def test_zigzag_turning_points():
    x = np.array([0, 1, 5, 4, 0, 1, 6, 6, 2])
    assert zigzag(x, 3) == [0, 2, 4, 7, 8]  # a flat top ends at its last sample


def test_config_validation():
    with pytest.raises(ValueError):
        HeadMotionConfig(turn_enter_deg=10, turn_exit_deg=12)


def _track(name, tid=None):
    rec = load_recording(TRACKS / f"{name}.npz")
    tid = rec.track_ids[0] if tid is None else tid
    idx = [i for i in range(len(rec)) if rec.track[i] == tid]
    ps = [rec.person(i).features for i in idx]
    return [int(rec.t_ms[i]) for i in idx], [f.head_yaw for f in ps], [f.head_pitch for f in ps]


def test_real_female_turns_match_annotations():
    """Annotated: turn to her right (image-left) 0.00-0.80 s, to her left (image-right) 0.80-1.44 s."""
    t, yaw, pitch = _track("head-pose-face-detection-female")
    turns = find_head_turns(t, yaw)
    assert [x.direction for x in turns] == ["image_left", "image_right"]
    assert turns[0].start_ms <= 100 and 500 <= turns[0].end_ms <= 800
    assert 800 <= turns[1].start_ms <= 1000 and 1200 <= turns[1].end_ms <= 1440
    assert 900 <= turns[1].peak_ms <= 1300
    assert find_nods(t, pitch) == ()


def test_real_still_male_has_no_motion():
    """Annotated: head still and frontal for the whole clip (negative case)."""
    t, yaw, pitch = _track("head-pose-face-detection-male")
    assert find_head_turns(t, yaw) == () and find_nods(t, pitch) == ()
