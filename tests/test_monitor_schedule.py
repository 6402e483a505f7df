"""The fair scheduler of the multi-camera monitor: turns, rate, stale frames (no models, fake clock)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from inspector.monitor.schedule import Captured, FairScheduler, next_due
from inspector.types import Frame


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def frame(i: int, source: str = "cam") -> Frame:
    return Frame(image=np.zeros((4, 4, 3), np.uint8), index=i, timestamp_ms=i * 40, fps=25.0, source=source)


def test_next_due_keeps_turns_but_never_bursts():
    assert next_due(10.0, 10.05, 0.2) == pytest.approx(10.2)      # on time: one period later
    assert next_due(10.0, 10.5, 0.2) == pytest.approx(10.3)       # late: no more than one period of debt
    assert next_due(10.0, 10.25, 0.2) == pytest.approx(10.2)


def test_overloaded_stations_share_turns_equally():
    clock = Clock()
    s = FairScheduler(target_fps=5, max_age_s=1.0, clock=clock)
    for name in ("a", "b", "c"):
        s.add(name)
    taken = []
    for step in range(30):  # every camera always has a fresh frame; analysis is slower than asked
        for name in ("a", "b", "c"):
            s.offer(name, Captured(frame(step, name), clock.t))
        got = s.take(timeout=0)
        assert got is not None
        taken.append(got[0])
        s.done(got[0])
        clock.t += 0.1  # one frame per 0.1 s for three stations at 5 fps: not enough for all
    counts = {n: taken.count(n) for n in "abc"}
    assert max(counts.values()) - min(counts.values()) <= 1, counts
    assert taken[:3] == ["a", "b", "c"]


def test_rate_is_capped_at_the_target():
    clock = Clock()
    s = FairScheduler(target_fps=5, max_age_s=1.0, clock=clock)
    s.add("a")
    analysed = 0
    for step in range(250):  # 10 s of a 25 fps camera, instant analysis
        s.offer("a", Captured(frame(step), clock.t))
        got = s.take(timeout=0)
        if got is not None:
            analysed += 1
            s.done("a")
        clock.t += 0.04
    assert 49 <= analysed <= 51
    assert s.counts("a").replaced > 150  # the frames between two turns were replaced by newer ones


def test_old_frames_are_thrown_away_not_analysed():
    clock = Clock()
    s = FairScheduler(target_fps=5, max_age_s=1.0, clock=clock)
    s.add("a")
    s.offer("a", Captured(frame(0), clock.t))
    clock.t += 1.5
    assert s.take(timeout=0) is None
    assert s.counts("a").stale == 1
    s.offer("a", Captured(frame(1), clock.t))
    got = s.take(timeout=0)
    assert got is not None and got[1].frame.index == 1


def test_a_busy_station_is_not_given_to_a_second_thread():
    clock = Clock()
    s = FairScheduler(target_fps=50, max_age_s=5.0, clock=clock)
    s.add("a")
    s.offer("a", Captured(frame(0), clock.t))
    assert s.take(timeout=0)[0] == "a"
    clock.t += 1.0
    s.offer("a", Captured(frame(1), clock.t))
    assert s.take(timeout=0) is None      # still busy with frame 0: frames stay in order
    s.done("a")
    assert s.take(timeout=0)[1].frame.index == 1


def test_take_ends_when_every_source_ended_and_on_stop():
    s = FairScheduler(target_fps=5, max_age_s=1.0)
    s.add("a")
    s.add("b")
    s.offer("a", Captured(frame(0), s._clock()))
    s.close("a")
    s.close("b")
    got = s.take(timeout=1)
    assert got is not None and got[0] == "a"   # the last frame of a closed source is still analysed
    s.done("a")
    assert s.take(timeout=1) is None and s.finished()
    s2 = FairScheduler(target_fps=5, max_age_s=1.0)
    s2.add("a")
    threading.Timer(0.1, s2.stop).start()
    assert s2.take(timeout=5) is None


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        FairScheduler(target_fps=0, max_age_s=1.0)
    s = FairScheduler(target_fps=5, max_age_s=1.0)
    s.add("a")
    with pytest.raises(ValueError, match="twice"):
        s.add("a")
