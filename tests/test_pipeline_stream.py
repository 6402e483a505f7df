"""Pipeline.stream: the models run one frame ahead on a worker thread; results equal process()'s."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from inspector.pipeline import Pipeline
from inspector.types import Frame


def frames(image: np.ndarray, n: int) -> list[Frame]:
    """``n`` frames of a still at 10 fps, shifted a little each time (a slowly moving person)."""
    out = []
    for i in range(n):
        img = np.roll(image, 2 * i, axis=1)
        out.append(Frame(image=img, index=i, timestamp_ms=i * 100, fps=10.0, source="test"))
    return out


def summary(result):
    return [(p.track_id, p.labels.arm_posture, p.labels.face_expression, tuple(np.round(p.pose.image[:, :2], 4).ravel()))
            for p in result.persons]


def test_stream_matches_process_keeps_order_and_passes_skipped_items(astronaut_bgr, models_ready):
    fs = frames(astronaut_bgr, 8)
    with Pipeline(mode="video") as pipe:
        expected = [summary(pipe.process(f)) for f in fs if f.index % 2 == 0]
    items = [f if f.index != 5 else None for f in fs]  # a placeholder (a frame only grabbed) in its place
    with Pipeline(mode="video") as pipe:
        out = list(pipe.stream(items, analyse=lambda f: f.index % 2 == 0))
    assert [item.index if item is not None else None for item, _ in out] == [0, 1, 2, 3, 4, None, 6, 7]
    assert [r is not None for _, r in out] == [True, False, True, False, True, False, True, False]
    assert [summary(r) for _, r in out if r is not None] == expected
    assert all(r.frame is item for item, r in out if r is not None)


def test_stream_raises_the_reading_error_in_place(astronaut_bgr, models_ready):
    fs = frames(astronaut_bgr, 3)

    def broken():
        yield from fs
        raise OSError("decoding stopped")

    seen = []
    with Pipeline(mode="video") as pipe:
        with pytest.raises(OSError, match="decoding stopped"):
            for item, _ in pipe.stream(broken()):
                seen.append(item.index)
    assert seen == [0, 1, 2]  # every frame before the error was delivered


def test_closing_the_stream_stops_its_worker(astronaut_bgr, models_ready):
    fs = frames(astronaut_bgr, 20)
    with Pipeline(mode="video") as pipe:
        it = pipe.stream(fs)
        next(it)
        assert any(t.name == "pipeline-models" for t in threading.enumerate())
        it.close()
        assert not any(t.name == "pipeline-models" for t in threading.enumerate())
