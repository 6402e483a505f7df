"""The threaded live runner: drop-oldest queue, counters, hooks, status lines, clean stop."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from inspector.live import DropOldestQueue, LiveConfig, LiveRunner, RunState
from inspector.sources import FrameSource, LiveSource, SourceError
from inspector.types import Frame, FrameResult


class ListSource(FrameSource):
    """A file-like source of n small frames at a given fps (not live)."""

    def __init__(self, n: int, fps: float = 100.0, fail_at: int | None = None) -> None:
        self.n, self.fps, self.fail_at = n, fps, fail_at
        self.name = "list"
        self.closed = False

    def __iter__(self):
        for i in range(self.n):
            if self.fail_at is not None and i == self.fail_at:
                raise SourceError("disk went away")
            yield Frame(np.full((8, 8, 3), i % 255, np.uint8), i, int(i * 1000 / self.fps), self.fps, self.name)

    def close(self) -> None:
        self.closed = True


class SlowProcessor:
    """Takes ``delay`` seconds per frame and records which frames it saw."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.seen: list[int] = []
        self.closed = False

    def process(self, frame: Frame) -> FrameResult:
        time.sleep(self.delay)
        self.seen.append(frame.index)
        return FrameResult(frame=frame, inference_ms=self.delay * 1000)

    def close(self) -> None:
        self.closed = True


def test_queue_drops_oldest_and_never_blocks():
    q = DropOldestQueue(2)
    assert q.put(1) is False and q.put(2) is False
    assert q.put(3) is True  # 1 dropped
    assert [q.get(0), q.get(0)] == [2, 3]
    assert q.get(timeout=0.01) is None
    q.close()
    assert q.get() is None
    with pytest.raises(ValueError):
        DropOldestQueue(0)


def test_file_runs_to_the_end_and_counts_every_frame():
    src, proc = ListSource(30), SlowProcessor()
    seen: list[int] = []
    runner = LiveRunner(lambda status: src, lambda: proc, hooks=(lambda r: seen.append(r.frame.index),),
                        cfg=LiveConfig(realtime=False, queue_size=64))
    runner.start()
    assert runner.wait(10)
    st = runner.stats()
    assert st.state is RunState.FINISHED and st.model_ready
    assert st.captured == 30 and st.analysed + st.dropped == 30
    assert seen == proc.seen and seen == sorted(seen)
    seq, latest = runner.latest()
    assert seq == st.analysed and latest is not None and latest.frame.index == 29
    assert src.closed and proc.closed
    assert any(s.code == "finished" for s in runner.status_history())


def test_slow_inference_drops_oldest_frames_and_keeps_newest():
    src, proc = ListSource(60, fps=200.0), SlowProcessor(delay=0.03)
    runner = LiveRunner(lambda status: src, lambda: proc, cfg=LiveConfig(realtime=False, queue_size=2))
    runner.start()
    assert runner.wait(15)
    st = runner.stats()
    assert st.captured == 60
    assert st.dropped > 20, st
    assert st.analysed + st.dropped == 60
    assert proc.seen[-1] == 59  # the newest frame is never the one dropped
    assert proc.seen == sorted(proc.seen)


def test_realtime_pacing_follows_the_file_fps():
    src = ListSource(10, fps=50.0)  # 0.18 s of stream time
    runner = LiveRunner(lambda status: src, SlowProcessor, cfg=LiveConfig(realtime=True))
    t = time.monotonic()
    runner.start()
    assert runner.wait(5)
    assert time.monotonic() - t >= 0.17


def test_stop_ends_both_threads_quickly():
    src = ListSource(10_000, fps=30.0)
    runner = LiveRunner(lambda status: src, SlowProcessor, cfg=LiveConfig(realtime=True))
    runner.start()
    time.sleep(0.2)
    t = time.monotonic()
    assert runner.stop()
    assert time.monotonic() - t < 1.0
    assert runner.state is RunState.STOPPED
    assert not any(th.is_alive() for th in threading.enumerate() if th.name.startswith("live-"))


def test_source_and_model_failures_become_status_lines():
    def no_source(status):
        raise SourceError("camera 7 not found or busy")

    r1 = LiveRunner(no_source, SlowProcessor)
    r1.start()
    assert r1.wait(5)
    assert r1.state is RunState.FAILED
    assert [s.code for s in r1.drain_status() if s.error] == ["source_failed"]

    def broken_models():
        raise RuntimeError("model file corrupt")

    r2 = LiveRunner(lambda status: ListSource(5), broken_models, cfg=LiveConfig(realtime=False))
    r2.start()
    assert r2.wait(5)
    assert r2.state is RunState.FAILED and not r2.stats().model_ready
    assert any(s.code == "model_failed" and "corrupt" in s.text for s in r2.status_history())

    r3 = LiveRunner(lambda status: ListSource(50, fail_at=10), SlowProcessor, cfg=LiveConfig(realtime=False))
    r3.start()
    assert r3.wait(5)
    assert r3.state is RunState.FAILED and r3.stats().captured == 10


def test_a_failing_hook_is_reported_once_and_the_run_goes_on():
    calls = []

    def bad(result):
        calls.append(result.frame.index)
        raise KeyError("no such staff")

    runner = LiveRunner(lambda status: ListSource(20), SlowProcessor, hooks=(bad,),
                        cfg=LiveConfig(realtime=False, queue_size=64))
    runner.start()
    assert runner.wait(5)
    assert len(calls) == 1 and runner.stats().analysed == 20
    assert [s.code for s in runner.status_history()].count("hook_failed") == 1


class FlakyCapture:
    """A cv2.VideoCapture stand-in whose device disappears after some frames."""

    def __init__(self, frames_before_unplug: int) -> None:
        self.left = frames_before_unplug

    def isOpened(self) -> bool:
        return True

    def get(self, prop) -> float:
        return 30.0

    def read(self):
        if self.left <= 0:
            return False, None
        self.left -= 1
        return True, np.zeros((4, 4, 3), np.uint8)

    def release(self) -> None:
        pass


def test_unplugged_camera_reports_signal_lost_then_reconnects():
    opened = []

    def opener(target):
        opened.append(target)
        return FlakyCapture(5)

    def open_live(status):
        return LiveSource(0, opener=opener, backoff_s=0.01, max_retries=3, on_status=status)

    runner = LiveRunner(open_live, SlowProcessor)
    runner.start()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and len(opened) < 3:
        time.sleep(0.01)
    runner.stop()
    codes = [s.code for s in runner.status_history()]
    assert "signal_lost" in codes and "reconnected" in codes
    assert runner.stats().captured >= 10


def test_camera_that_never_comes_back_fails_with_a_message():
    caps = iter([FlakyCapture(3)])

    def opener(target):
        return next(caps, None)

    runner = LiveRunner(lambda status: LiveSource(1, opener=opener, backoff_s=0.01, max_retries=2, on_status=status),
                        SlowProcessor)
    runner.start()
    assert runner.wait(5)
    assert runner.state is RunState.FAILED
    errors = [s for s in runner.status_history() if s.code == "source_failed"]
    assert errors and "reconnection attempts failed" in errors[0].text


def test_model_failure_on_a_camera_ends_the_capture_thread_too():
    caps = []

    def opener(target):
        caps.append(FlakyCapture(10**9))  # a camera that never ends
        return caps[-1]

    def broken_models():
        raise RuntimeError("model file corrupt")

    runner = LiveRunner(lambda status: LiveSource(0, opener=opener, on_status=status), broken_models)
    runner.start()
    assert runner.wait(5)  # both threads end: the camera is not kept open for nothing
    assert runner.state is RunState.FAILED
    assert any(s.code == "model_failed" for s in runner.status_history())


def test_every_file_frame_waits_for_slow_inference_and_stops_cleanly():
    """A file analysed for an inspection: no frame dropped, in order, whatever the inference speed."""
    src, proc = ListSource(40, fps=200.0), SlowProcessor(delay=0.01)
    runner = LiveRunner(lambda status: src, lambda: proc, cfg=LiveConfig(every_file_frame=True, queue_size=2))
    runner.start()
    assert runner.wait(15)
    st = runner.stats()
    assert (st.captured, st.analysed, st.dropped) == (40, 40, 0) and proc.seen == list(range(40))
    slow = LiveRunner(lambda status: ListSource(10_000), lambda: SlowProcessor(delay=0.05),
                      cfg=LiveConfig(every_file_frame=True, queue_size=2))
    slow.start()
    time.sleep(0.3)
    t = time.monotonic()
    assert slow.stop()  # the capture thread waiting on a full queue still ends
    assert time.monotonic() - t < 1.5 and slow.state is RunState.STOPPED


class LiveListSource(ListSource):
    """The same frames from a camera or stream: it cannot wait for anyone."""

    is_live = True


@pytest.mark.parametrize("live", [False, True])
def test_a_file_is_read_once_the_models_are_loaded_a_camera_at_once(live):
    """A video file's analysis starts at its first frame however long the models take to load (read
    in real time, its first frames used to be dropped meanwhile); a camera is read all along."""
    loaded = threading.Event()
    proc = SlowProcessor()

    def slow_models():
        assert loaded.wait(10)
        return proc

    src = (LiveListSource if live else ListSource)(20, fps=50.0)
    runner = LiveRunner(lambda status: src, slow_models, cfg=LiveConfig(realtime=True, queue_size=2))
    runner.start()
    time.sleep(0.6)  # the whole clip's stream time, and more, while the models load
    captured_while_loading = runner.stats().captured
    loaded.set()
    assert runner.wait(10) and runner.state is RunState.FINISHED
    if live:
        assert captured_while_loading == 20 and proc.seen[0] > 0  # the camera did not wait: frames were dropped
    else:
        assert captured_while_loading == 0 and proc.seen[0] == 0 and runner.stats().captured == 20


def test_stop_while_the_models_load_ends_a_file_capture_waiting_for_them():
    loaded = threading.Event()

    def slow_models():
        loaded.wait(10)
        return SlowProcessor()

    src = ListSource(20)
    runner = LiveRunner(lambda status: src, slow_models, cfg=LiveConfig(stop_timeout_s=1.0))
    runner.start()
    time.sleep(0.2)
    runner.stop()  # the models are still loading: the inference thread cannot end yet, the capture can
    assert src.closed and runner.stats().captured == 0 and runner.state is RunState.STOPPED
    loaded.set()
    assert runner.wait(5)
