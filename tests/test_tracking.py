"""Tracker: ids stay stable through motion and short gaps, new people get new ids."""

from __future__ import annotations

import numpy as np
import pytest

from inspector.config import TrackingConfig
from inspector.tracking import Tracker, centre_distance, iou, smooth_pose
from inspector.types import Frame, FrameResult, PersonObservation, PoseLandmarks

IMG = np.zeros((10, 10, 3), np.uint8)


def _result(ts: int, boxes: list[tuple[float, float, float, float]]) -> FrameResult:
    frame = Frame(image=IMG, index=ts // 40, timestamp_ms=ts, fps=25.0, source="synthetic")
    return FrameResult(frame=frame, persons=tuple(PersonObservation(bbox=b) for b in boxes))


@pytest.mark.parametrize("a,b,expected", [
    ((0, 0, 10, 10), (0, 0, 10, 10), 1.0),
    ((0, 0, 10, 10), (20, 20, 10, 10), 0.0),
    ((0, 0, 10, 10), (5, 0, 10, 10), 50 / 150),
])
def test_iou(a, b, expected):
    assert iou(a, b) == pytest.approx(expected)


def test_centre_distance_is_scale_relative():
    assert centre_distance((0, 0, 10, 10), (10, 0, 10, 10)) == pytest.approx(10 / np.hypot(10, 10))
    assert centre_distance((0, 0, 100, 100), (10, 0, 100, 100)) < 0.1


def test_two_people_walking_keep_their_ids():
    tr = Tracker(TrackingConfig(smoothing=0))
    ids = []
    for k in range(20):
        r = tr.update(_result(k * 40, [(100 + 3 * k, 50, 60, 150), (400 - 3 * k, 60, 60, 150)]))
        ids.append(tuple(p.track_id for p in r.persons))
    assert set(ids) == {(1, 2)}


def test_id_survives_gap_shorter_than_max_gap_and_not_longer():
    tr = Tracker(TrackingConfig(max_gap_ms=1000, smoothing=0))
    first = tr.update(_result(0, [(100, 50, 60, 150)])).persons[0].track_id
    tr.update(_result(400, []))
    again = tr.update(_result(900, [(104, 52, 60, 150)])).persons[0].track_id
    assert again == first
    tr.update(_result(1000, []))
    later = tr.update(_result(2500, [(104, 52, 60, 150)])).persons[0].track_id
    assert later != first


def test_far_jump_starts_new_track():
    tr = Tracker(TrackingConfig(smoothing=0))
    a = tr.update(_result(0, [(0, 0, 50, 100)])).persons[0].track_id
    b = tr.update(_result(40, [(500, 300, 50, 100)])).persons[0].track_id
    assert a != b


def test_smoothing_damps_jitter_but_follows_visible_points():
    base = np.zeros((33, 5), np.float32)
    base[:, 3] = 1.0
    prev = PoseLandmarks(image=base.copy())
    cur_img = base.copy()
    cur_img[:, 0] = 0.1
    out = smooth_pose(prev, PoseLandmarks(image=cur_img), alpha=0.5)
    assert 0.0 < out.image[0, 0] < 0.1
    assert smooth_pose(prev, PoseLandmarks(image=cur_img), alpha=0.0).image[0, 0] == pytest.approx(0.1)
