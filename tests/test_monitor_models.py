"""The shared models leave the hand landmarker out while a post is empty, and find exactly the same persons."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from inspector.config import InspectorConfig
from inspector.monitor.models import GuardedPerception, ModelSet, StationModels
from inspector.types import Frame


def _frames(video) -> list[Frame]:
    """A person pointing at the camera (hands in view), an empty grey room, the person again; 5 fps."""
    from inspector.sources import open_source

    person = []
    with open_source(str(video)) as src:
        for f in src:
            if f.index % 5 == 0:
                person.append(f.image)
            if len(person) >= 6:
                break
    empty = [np.full_like(person[0], 128) for _ in range(5)]
    images = person[:3] + empty + person[3:]
    return [Frame(image=img, index=i, timestamp_ms=200 * i, fps=5.0, source="test") for i, img in enumerate(images)]


def _same(a, b) -> bool:
    if len(a.persons) != len(b.persons):
        return False
    for p, q in zip(a.persons, b.persons):
        if (p.pose is None) != (q.pose is None) or len(p.hands) != len(q.hands) or (p.face is None) != (q.face is None):
            return False
        if p.pose is not None and not np.array_equal(p.pose.image, q.pose.image):
            return False
        if any(not np.array_equal(h.image, k.image) for h, k in zip(p.hands, q.hands)):
            return False
    return True


@pytest.mark.models
def test_an_empty_post_skips_the_hand_model_and_nothing_found_changes(models_ready, shared_data):
    cfg = InspectorConfig()
    frames = _frames(shared_data / "videos" / "test_video.mp4")
    full = GuardedPerception(cfg.perception, "image", threading.Lock())
    try:
        expected = [full.process(f) for f in frames]
    finally:
        full.close()
    assert any(r.persons for r in expected) and any(not r.persons for r in expected)
    models = ModelSet(cfg.perception, "shared", skip_idle_hands=True)
    try:
        station = models.for_station("desk")
        got = [station.process(f) for f in frames]
        work = models.hand_work()
    finally:
        models.close()
    assert all(_same(a, b) for a, b in zip(expected, got))
    assert sum(1 for r in got[-3:] for p in r.persons if p.hands) >= 1, "the hands after the empty room were not found"
    assert work.frames == len(frames)
    assert work.skipped == 4           # every empty frame after the first one
    assert work.late == 1              # the person coming back: hands looked for on that same frame


def test_station_models_ask_for_hands_only_after_a_pose(monkeypatch):
    calls = []

    class Recording:
        def process(self, frame, hands=True):
            calls.append(hands)
            from inspector.types import FrameResult
            return FrameResult(frame=frame, persons=(), inference_ms=0.0)

    station = StationModels(Recording(), skip_idle_hands=True)  # type: ignore[arg-type]
    frame = Frame(image=np.zeros((8, 8, 3), np.uint8), index=0, timestamp_ms=0, fps=5.0, source="x")
    station.process(frame)
    station.process(frame)
    assert calls == [True, False]   # the first frame runs everything; after an empty one, no hands
    off = StationModels(Recording(), skip_idle_hands=False)  # type: ignore[arg-type]
    off.process(frame)
    off.process(frame)
    assert calls[2:] == [True, True]
