"""The live runner: capture and inference on worker threads, the newest result in a slot.

No Qt here: the desktop app polls :meth:`LiveRunner.latest` and :meth:`LiveRunner.stats` from a
timer, and reads status lines with :meth:`LiveRunner.drain_status`, so the UI thread never waits
on a camera or a model.

Threads::

    capture thread --(bounded queue, drops the OLDEST frame when full)--> inference thread
                                                                             |-> processor.process(frame)
                                                                             |-> hooks(result)  (rules, events)
                                                                             +-> latest-result slot

The processor (normally :class:`inspector.pipeline.Pipeline`) is built *inside* the inference
thread by a factory, so loading the models never blocks the caller either. A camera that is
unplugged is reconnected by :class:`inspector.sources.LiveSource` with backoff; its status lines
arrive here and are passed on. Video files are paced at their own frame rate by default
(``realtime``), as a camera would deliver them, and are read only once the processor is built: the
analysis of a file starts at its beginning however long the models take to load (a camera or
stream is read at once, as it cannot wait).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Protocol

from pydantic import Field

from inspector.settings_base import Section
from inspector.sources import FrameSource, SourceError, SourceTruncatedError
from inspector.types import Frame, FrameResult


class LiveConfig(Section):
    """Threaded live-view settings."""

    queue_size: int = Field(2, ge=1, le=64, description="Frames waiting between capture and inference; when full the oldest is dropped.")
    realtime: bool = Field(True, description="Pace video files at their own frame rate (as a camera would); false reads them as fast as possible.")
    every_file_frame: bool = Field(False, description="A video file waits for the analysis instead of dropping frames, so every frame is analysed in order and two runs of the same file agree (a camera or stream still drops the oldest frame).")
    fps_window_s: float = Field(2.0, gt=0, le=60, description="Seconds over which the analysed frames per second are averaged.")
    status_history: int = Field(50, ge=1, le=10000, description="How many status lines are kept for the display.")
    stop_timeout_s: float = Field(5.0, gt=0, le=120, description="How long stop() waits for each worker thread.")


class Processor(Protocol):
    """What the inference thread runs (``Pipeline`` fits)."""

    def process(self, frame: Frame) -> FrameResult: ...

    def close(self) -> None: ...


class RunState(str, Enum):
    """Where the runner stands."""

    IDLE = "idle"
    STARTING = "starting"      # opening the source / loading the models
    RUNNING = "running"
    FINISHED = "finished"      # the file ended and every queued frame was analysed
    STOPPED = "stopped"        # stop() was called
    FAILED = "failed"          # the source or the models failed; see the status lines


class StatusKind(str, Enum):
    """What a status line is about."""

    SOURCE = "source"
    MODEL = "model"
    HOOK = "hook"
    RUN = "run"


@dataclass(frozen=True)
class StatusLine:
    """One message for the user.

    Attributes:
        kind: What it is about.
        code: A stable word the UI may translate (``opened``, ``signal_lost``, ``reconnected``,
            ``source_failed``, ``truncated``, ``loading``, ``ready``, ``model_failed``, ``hook_failed``,
            ``finished``, ``stopped``).
        text: The untranslated detail (path, error text).
        at: ``time.monotonic()`` when it was raised.
        error: True for problems.
    """

    kind: StatusKind
    code: str
    text: str
    at: float
    error: bool = False


@dataclass(frozen=True)
class LiveStats:
    """Counters of a run (a snapshot).

    Attributes:
        captured: Frames read from the source.
        analysed: Frames the processor finished.
        dropped: Frames thrown away because inference was busy (queue full).
        fps: Analysed frames per second over the recent window.
        inference_ms: Mean processing time of the recent analysed frames.
        state: Where the run stands.
        model_ready: The processor is built.
    """

    captured: int
    analysed: int
    dropped: int
    fps: float
    inference_ms: float
    state: RunState
    model_ready: bool


class DropOldestQueue:
    """A bounded, thread-safe FIFO whose ``put`` never blocks: when full, the oldest item is dropped.

    Args:
        maxsize: Capacity (at least 1).

    Raises:
        ValueError: ``maxsize`` below 1.
    """

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._items: deque = deque()
        self._maxsize = maxsize
        self._cond = threading.Condition()
        self._closed = False

    def put(self, item: object) -> bool:
        """Adds an item; returns True when an older item was dropped to make room."""
        with self._cond:
            dropped = False
            if len(self._items) >= self._maxsize:
                self._items.popleft()
                dropped = True
            self._items.append(item)
            self._cond.notify()
            return dropped

    def put_waiting(self, item: object, stop: threading.Event, poll_s: float = 0.2) -> None:
        """Adds an item, first waiting while the queue is full (until ``stop`` is set: then it drops)."""
        with self._cond:
            while len(self._items) >= self._maxsize and not stop.is_set():
                self._cond.wait(poll_s)
        self.put(item)

    def get(self, timeout: float | None = None) -> object | None:
        """The oldest item; None after ``timeout`` or once closed and empty."""
        with self._cond:
            end = None if timeout is None else time.monotonic() + timeout
            while not self._items:
                if self._closed:
                    return None
                remaining = None if end is None else end - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self._cond.wait(remaining)
            item = self._items.popleft()
            self._cond.notify_all()  # a waiting put_waiting may go on
            return item

    def close(self) -> None:
        """No more items will come; ``get`` returns None once the queue is empty."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)


SourceFactory = Callable[[Callable[[str], None]], FrameSource]
"""Opens the source; receives the callback that LiveSource uses for its reconnect status lines."""
ProcessorFactory = Callable[[], Processor]
ResultHook = Callable[[FrameResult], None]


class LiveRunner:
    """Runs a source through a processor on two worker threads.

    Args:
        open_source: Opens the frame source (called in the capture thread).
        make_processor: Builds the processor (called in the inference thread).
        hooks: Called in the inference thread with every result, in order (rules, event engine...).
            A hook that raises is reported once as a status line and switched off; the run goes on.
        cfg: Settings.
        clock: Monotonic clock (tests may pass their own).
    """

    def __init__(self, open_source: SourceFactory, make_processor: ProcessorFactory,
                 hooks: tuple[ResultHook, ...] = (), cfg: LiveConfig | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg or LiveConfig()
        self._open_source = open_source
        self._make_processor = make_processor
        self._hooks = list(hooks)
        self._clock = clock
        self._queue = DropOldestQueue(self.cfg.queue_size)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._latest: FrameResult | None = None
        self._latest_seq = 0
        self._captured = self._analysed = self._dropped = 0
        self._recent: deque[tuple[float, float]] = deque()  # (finished at, inference ms)
        self._status: deque[StatusLine] = deque(maxlen=self.cfg.status_history)
        self._unread: deque[StatusLine] = deque(maxlen=self.cfg.status_history)
        self._state = RunState.IDLE
        self._model_ready = False
        self._analysis_ready = threading.Event()  # the processor is built, or will never be (failed, stopped)
        self._source: FrameSource | None = None
        self._threads: list[threading.Thread] = []
        self._capture_failed = False

    # -- control -----------------------------------------------------------------------------

    def start(self) -> None:
        """Starts both threads; returns at once.

        Raises:
            RuntimeError: Already started.
        """
        if self._threads:
            raise RuntimeError("a LiveRunner runs once; make a new one to run again")
        self._set_state(RunState.STARTING)
        self._threads = [threading.Thread(target=self._capture_loop, name="live-capture", daemon=True),
                         threading.Thread(target=self._inference_loop, name="live-inference", daemon=True)]
        for t in self._threads:
            t.start()

    def stop(self) -> bool:
        """Asks both threads to end and waits for them (at most ``stop_timeout_s`` each).

        Returns:
            True when both threads ended in time.
        """
        self._halt_capture()
        ok = True
        for t in self._threads:
            if t is not threading.current_thread():
                t.join(self.cfg.stop_timeout_s)
                ok = ok and not t.is_alive()
        with self._lock:
            if self._state in (RunState.STARTING, RunState.RUNNING):
                self._state = RunState.STOPPED
                self._add_status(StatusKind.RUN, "stopped", "")
        return ok

    def _halt_capture(self) -> None:
        """Tells the capture thread (and a live source reconnecting inside it) to end; never waits."""
        self._stop.set()
        self._analysis_ready.set()  # a file source waiting for the models stops waiting
        src = self._source
        if src is not None and hasattr(src, "stop"):
            src.stop()  # type: ignore[attr-defined]
        self._queue.close()

    def add_hook(self, hook: ResultHook) -> None:
        """Adds a hook (before or during the run)."""
        with self._lock:
            self._hooks.append(hook)

    # -- what the display reads --------------------------------------------------------------

    def latest(self) -> tuple[int, FrameResult | None]:
        """The newest analysed result and its sequence number (0: none yet)."""
        with self._lock:
            return self._latest_seq, self._latest

    def stats(self) -> LiveStats:
        """A snapshot of the counters."""
        with self._lock:
            now = self._clock()
            self._trim(now)
            n = len(self._recent)
            span = (now - self._recent[0][0]) if n else 0.0
            fps = (n - 1) / span if n > 1 and span > 0 else 0.0
            ms = sum(m for _, m in self._recent) / n if n else 0.0
            return LiveStats(self._captured, self._analysed, self._dropped, round(fps, 2), round(ms, 1),
                             self._state, self._model_ready)

    def drain_status(self) -> tuple[StatusLine, ...]:
        """Status lines raised since the last call."""
        with self._lock:
            out = tuple(self._unread)
            self._unread.clear()
            return out

    def status_history(self) -> tuple[StatusLine, ...]:
        """The recent status lines."""
        with self._lock:
            return tuple(self._status)

    def end_cause(self) -> StatusLine | None:
        """Why the run ended: the last problem reported (source or models failed, a damaged file),
        else its ``finished`` or ``stopped`` line; None while it runs."""
        with self._lock:
            if self._state not in (RunState.FINISHED, RunState.FAILED, RunState.STOPPED):
                return None
            lines = tuple(self._status)
        problems = [s for s in lines if s.error and s.code not in ("signal_lost", "hook_failed")]
        if problems:
            return problems[-1]
        ends = [s for s in lines if s.code in ("finished", "stopped")]
        return ends[-1] if ends else None

    @property
    def state(self) -> RunState:
        with self._lock:
            return self._state

    def wait(self, timeout: float | None = None) -> bool:
        """Waits for both threads to end (file finished, failure or stop); True if they did."""
        end = None if timeout is None else time.monotonic() + timeout
        for t in self._threads:
            t.join(None if end is None else max(0.0, end - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)

    # -- internals ---------------------------------------------------------------------------

    def _add_status(self, kind: StatusKind, code: str, text: str, error: bool = False) -> None:
        line = StatusLine(kind, code, text, self._clock(), error)
        self._status.append(line)
        self._unread.append(line)

    def _report(self, kind: StatusKind, code: str, text: str, error: bool = False) -> None:
        with self._lock:
            self._add_status(kind, code, text, error)

    def _set_state(self, state: RunState) -> None:
        with self._lock:
            self._state = state

    def _trim(self, now: float) -> None:
        while self._recent and now - self._recent[0][0] > self.cfg.fps_window_s:
            self._recent.popleft()

    def _on_source_status(self, text: str) -> None:
        code = "reconnected" if "reconnected" in text else "signal_lost"
        self._report(StatusKind.SOURCE, code, text, error=code == "signal_lost")

    def _capture_loop(self) -> None:
        try:
            src = self._open_source(self._on_source_status)
        except (SourceError, OSError, ValueError) as e:
            self._capture_failed = True
            self._report(StatusKind.SOURCE, "source_failed", str(e), error=True)
            self._queue.close()
            return
        self._source = src
        if self._stop.is_set() and hasattr(src, "stop"):  # stop() ran while the source was opening
            src.stop()  # type: ignore[attr-defined]
        self._report(StatusKind.SOURCE, "opened", src.name)
        lossless = self.cfg.every_file_frame and not src.is_live
        pace = self.cfg.realtime and not src.is_live and src.fps > 0 and not lossless
        t0: float | None = None
        try:
            if not src.is_live:  # a file can wait: its first frames are analysed, not dropped while models load
                self._analysis_ready.wait()
            for frame in src:
                if self._stop.is_set():
                    break
                if pace:
                    t0 = self._pace(frame, t0)
                    if self._stop.is_set():
                        break
                if lossless:
                    self._queue.put_waiting(frame, self._stop)
                    dropped = False
                else:
                    dropped = self._queue.put(frame)
                with self._lock:
                    self._captured += 1
                    self._dropped += int(dropped)
        except SourceTruncatedError as e:
            self._report(StatusKind.SOURCE, "truncated", str(e), error=True)
        except (SourceError, OSError) as e:
            self._capture_failed = True
            self._report(StatusKind.SOURCE, "source_failed", str(e), error=True)
        except Exception as e:  # e.g. cv2.error from a broken stream: the run failed, say so
            self._capture_failed = True
            self._report(StatusKind.SOURCE, "source_failed", f"{type(e).__name__}: {e}", error=True)
        finally:
            src.close()
            self._queue.close()

    def _pace(self, frame: Frame, t0: float | None) -> float:
        """Sleeps until the frame's stream time; returns the wall time of stream time 0."""
        now = time.monotonic()
        if t0 is None:
            return now - frame.timestamp_ms / 1000.0
        delay = t0 + frame.timestamp_ms / 1000.0 - now
        if delay > 0:
            self._stop.wait(delay)
        return t0

    def _inference_loop(self) -> None:
        self._report(StatusKind.MODEL, "loading", "")
        try:
            proc = self._make_processor()
        except Exception as e:  # noqa: BLE001 - any model failure becomes a status line for the user
            self._report(StatusKind.MODEL, "model_failed", f"{type(e).__name__}: {e}", error=True)
            self._finish(RunState.FAILED)
            self._halt_capture()  # nothing will analyse the frames: release the camera
            return
        with self._lock:
            self._model_ready = True
            if self._state is RunState.STARTING:
                self._state = RunState.RUNNING
        self._report(StatusKind.MODEL, "ready", "")
        self._analysis_ready.set()
        try:
            self._analyse_until_done(proc)
        except Exception as e:  # noqa: BLE001
            self._report(StatusKind.MODEL, "model_failed", f"{type(e).__name__}: {e}", error=True)
            self._finish(RunState.FAILED)
            self._halt_capture()  # nothing will analyse the frames: release the camera
            return
        finally:
            proc.close()
        if self._stop.is_set():
            self._finish(RunState.STOPPED)
        elif self._capture_failed:
            self._finish(RunState.FAILED)
        else:
            self._report(StatusKind.RUN, "finished", "")
            self._finish(RunState.FINISHED)

    def _analyse_until_done(self, proc: Processor) -> None:
        while not self._stop.is_set():
            frame = self._queue.get(timeout=0.2)
            if frame is None:
                if self._queue.closed and not len(self._queue):
                    return
                continue
            t = time.perf_counter()
            result = proc.process(frame)  # type: ignore[arg-type]
            ms = (time.perf_counter() - t) * 1000.0
            self._run_hooks(result)
            with self._lock:
                self._latest = result
                self._latest_seq += 1
                self._analysed += 1
                now = self._clock()
                self._recent.append((now, ms))
                self._trim(now)

    def _run_hooks(self, result: FrameResult) -> None:
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            try:
                hook(result)
            except Exception as e:  # noqa: BLE001 - one broken hook must not stop the live view
                with self._lock:
                    if hook in self._hooks:
                        self._hooks.remove(hook)
                    self._add_status(StatusKind.HOOK, "hook_failed", f"{type(e).__name__}: {e}", error=True)

    def _finish(self, state: RunState) -> None:
        with self._lock:
            if self._state not in (RunState.STOPPED,):
                self._state = state
