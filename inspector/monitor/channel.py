"""One station inside the monitoring service: what it is, its state, its chain and its figures.

:class:`StationChannel` holds everything of one station that has state of its own (its pipeline
with its tracker and feature history, its :class:`~inspector.live_session.EventRecorder` with the
event engine, clips and writer) and the counters its tile and ``inspector bench --cameras`` show.
It runs no thread: the service's capture and analysis threads call it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Callable

from inspector.config import InspectorConfig
from inspector.live_session import EventRecorder, Violation
from inspector.monitor.schedule import Captured
from inspector.monitor.settings import MonitorConfig
from inspector.pipeline import Pipeline
from inspector.rules import RulesConfig
from inspector.types import FrameResult


@dataclass(frozen=True)
class StationSpec:
    """One station the service watches.

    Attributes:
        name: Station name.
        source: Camera index, stream URL or video file.
    """

    name: str
    source: str


class StationState(str, Enum):
    """What a station's tile shows."""

    STARTING = "starting"
    OK = "ok"
    RECONNECTING = "reconnecting"
    UNCALIBRATED = "uncalibrated"   # shown, not judged: nothing tells its staff from its customers
    DISK_FULL = "disk_full"         # events are stored, clips are not
    FAILED = "failed"
    FINISHED = "finished"           # a video file ended
    STOPPED = "stopped"


@dataclass(frozen=True)
class StationSnapshot:
    """A station as the grid and the command line show it (a copy; safe to keep).

    Attributes:
        name: Station name.
        source: Its camera or file.
        state: Its state.
        seq: Number of the newest analysed frame (0: none yet).
        latest: The newest analysed frame and its persons, or None.
        people_at_post: Persons judged as staff at the post in that frame.
        active: Violations going on now.
        captured: Frames read from the source.
        analysed: Frames analysed.
        replaced: Frames a newer one replaced before their turn.
        stale: Frames thrown away as too old when their turn came.
        fps: Analysed frames per second over the recent window.
        oldest_age_s: Largest time from capture to result over the recent window.
        note: The newest status line (e.g. why it failed, or why it is not judged).
        recording: Whether events are stored.
    """

    name: str
    source: str
    state: StationState
    seq: int
    latest: FrameResult | None
    people_at_post: int
    active: tuple[Violation, ...]
    captured: int
    analysed: int
    replaced: int
    stale: int
    fps: float
    oldest_age_s: float
    note: str
    recording: bool


@dataclass(frozen=True)
class RunTotals:
    """A station's figures since :meth:`MonitorService.mark` (for benchmarks).

    Attributes:
        name: Station name.
        seconds: Wall time since the mark.
        analysed: Frames analysed since the mark.
        max_age_s: Largest time from capture to result.
        mean_age_s: Mean time from capture to result.
        busy_s: Wall time its frames spent in the analysis threads (models included).
        own_cpu_s: CPU time of its own capture thread and of the analysis threads' work on its frames
            outside the models (decoding, tracking, features, rules, clips).
        stale: Frames thrown away as too old since the mark.
    """

    name: str
    seconds: float
    analysed: int
    max_age_s: float
    mean_age_s: float
    busy_s: float
    own_cpu_s: float
    stale: int

    @property
    def fps(self) -> float:
        return self.analysed / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class StationChain:
    """A station's event chain as the service runs it.

    Attributes:
        recorder: Its recorder (one without a station stores nothing).
        judged: Whether the conduct rules judge its persons (False: shown only, state ``uncalibrated``).
        note: What the user should know about it (why it is not judged or not recorded), or "".
        error: The station cannot run (``note`` says why): it is shown as failed, its camera is not opened.
    """

    recorder: EventRecorder
    judged: bool = True
    note: str = ""
    error: bool = False


class StationChannel:
    """One station inside the service: its source, its pipeline, its recorder and its counters.

    Args:
        spec: The station.
        chain: Its event chain.
        mcfg: Service settings.
        clock: Monotonic clock.
    """

    def __init__(self, spec: StationSpec, chain: StationChain, mcfg: MonitorConfig,
                 clock: Callable[[], float]) -> None:
        self.spec, self.recorder, self.judged, self.mcfg = spec, chain.recorder, chain.judged, mcfg
        self._clock = clock
        self.pipeline: Pipeline | None = None
        self._lock = threading.Lock()
        self._state = StationState.FAILED if chain.error else StationState.STARTING
        self._note = chain.note
        self._latest: FrameResult | None = None
        self._seq = 0
        self._people = 0
        self._active: dict[tuple[str, int, object], Violation] = {}
        self._new: deque[Violation] = deque(maxlen=1000)
        self._captured = 0
        self._recent: deque[tuple[float, float]] = deque()   # (done at, age s)
        self._signal_lost = False
        self._disk_full = False
        self._clips_ok = 0
        self._busy_s = self._cpu_s = self._age_sum = self._max_age_mark = self._capture_cpu_s = 0.0
        # at, analysed, busy s, cpu s, age sum, stale, capture cpu s
        self._mark: tuple[float, int, float, float, float, int, float] = (clock(), 0, 0.0, 0.0, 0.0, 0, 0.0)

    # -- capture side ---------------------------------------------------------------------------
    def source_status(self, text: str) -> None:
        """A status line of the reconnecting source (called in the capture thread)."""
        lost = "reconnected" not in text
        with self._lock:
            self._signal_lost = lost
            self._note = text

    def captured(self, capture_cpu_s: float) -> None:
        """Counts a frame read from the source, with the capture thread's CPU time so far."""
        with self._lock:
            self._captured += 1
            self._capture_cpu_s = capture_cpu_s
            if self._signal_lost:  # frames flow again (a stream that resumed without a reopen)
                self._signal_lost = False

    def end(self, state: StationState, note: str) -> None:
        """The source ended (file finished), failed, or the service stopped."""
        with self._lock:
            if self._state not in (StationState.FAILED, StationState.STOPPED, StationState.FINISHED):
                self._state = state
            if note:
                self._note = note

    # -- analysis side --------------------------------------------------------------------------
    def analyse(self, item: Captured) -> None:
        """Runs the station's pipeline and chain on one frame (one analysis thread at a time).

        Raises:
            Whatever the models or the chain raised (the caller marks the station failed).
        """
        t0, c0 = time.perf_counter(), time.thread_time()
        if self.pipeline is None:
            raise RuntimeError(f"station {self.spec.name} has no pipeline: its models were not loaded")
        result = self.pipeline.process(item.frame)
        monitor = self.recorder.monitor
        monitor.push_frame(result.frame)
        staff = monitor.feed(result) if self.judged else ()
        monitor.poll()
        changes = self.recorder.take()
        disk = self.recorder.take_disk_warnings()
        now = self._clock()
        age = now - item.at
        busy = time.perf_counter() - t0
        with self._lock:
            self._latest, self._seq, self._people = result, self._seq + 1, len(staff)
            for v in changes:
                key = (v.rule_id, v.track_id, v.started)
                if v.ended is None:
                    self._active[key] = v
                else:
                    self._active.pop(key, None)
                self._new.append(v)
            if disk:
                self._disk_full = True
                self._note = disk[-1].error or "disk full"
            elif monitor.clips.ok > self._clips_ok:
                self._disk_full = False
            self._clips_ok = monitor.clips.ok
            if self._state is StationState.STARTING:
                self._state = StationState.OK
            self._recent.append((now, age))
            self._trim(now)
            self._busy_s += busy
            # The models run on MediaPipe's own threads; this thread's CPU is the rest of the work.
            self._cpu_s += time.thread_time() - c0
            self._age_sum += age
            self._max_age_mark = max(self._max_age_mark, age)

    def fail(self, error: BaseException) -> None:
        """The station's models or chain failed: it stops being analysed, the others go on."""
        with self._lock:
            self._state = StationState.FAILED
            self._note = f"{type(error).__name__}: {error}"

    def take_violations(self) -> tuple[Violation, ...]:
        """Violations started or ended since the last call."""
        with self._lock:
            out = tuple(self._new)
            self._new.clear()
            return out

    @property
    def failed(self) -> bool:
        with self._lock:
            return self._state is StationState.FAILED

    # -- figures --------------------------------------------------------------------------------
    def _trim(self, now: float) -> None:
        while self._recent and now - self._recent[0][0] > self.mcfg.stats_window_s:
            self._recent.popleft()

    def state(self) -> StationState:
        """The state a tile shows: failures first, then a lost signal, a full disk, no judging."""
        with self._lock:
            return self._display_state()

    def _display_state(self) -> StationState:
        if self._state in (StationState.FAILED, StationState.STOPPED, StationState.FINISHED):
            return self._state
        if self._signal_lost:
            return StationState.RECONNECTING
        if self._disk_full:
            return StationState.DISK_FULL
        if not self.judged:
            return StationState.UNCALIBRATED
        return self._state

    def snapshot(self, replaced: int, stale: int) -> StationSnapshot:
        """A copy of what the station shows now."""
        with self._lock:
            now = self._clock()
            self._trim(now)
            n = len(self._recent)
            span = now - self._recent[0][0] if n else 0.0
            fps = (n - 1) / span if n > 1 and span > 0 else 0.0
            oldest = max((a for _, a in self._recent), default=0.0)
            return StationSnapshot(self.spec.name, self.spec.source, self._display_state(), self._seq, self._latest,
                                   self._people, tuple(self._active.values()), self._captured, self._seq,
                                   replaced, stale, round(fps, 2), round(oldest, 3), self._note,
                                   self.recorder.writer is not None)

    def mark(self, stale: int) -> None:
        """Starts the totals of :meth:`totals` now."""
        with self._lock:
            self._mark = (self._clock(), self._seq, self._busy_s, self._cpu_s, self._age_sum, stale,
                          self._capture_cpu_s)
            self._max_age_mark = 0.0

    def totals(self, stale: int) -> RunTotals:
        """The station's figures since :meth:`mark`."""
        with self._lock:
            at, seq, busy, cpu, ages, stale0, cap = self._mark
            n = self._seq - seq
            return RunTotals(self.spec.name, self._clock() - at, n, self._max_age_mark,
                             (self._age_sum - ages) / n if n else 0.0, self._busy_s - busy,
                             (self._cpu_s - cpu) + (self._capture_cpu_s - cap), stale - stale0)


def watch_only(rules: RulesConfig, spec: StationSpec, cfg: InspectorConfig) -> EventRecorder:
    """A recorder that judges everyone in view and stores nothing (no station, no store, no clips)."""
    return EventRecorder(rules, None, None, datetime.now().astimezone(), source_id=f"live:{spec.source}",
                         events=cfg.events)


__all__ = ["RunTotals", "StationChain", "StationChannel", "StationSnapshot", "StationSpec", "StationState",
           "watch_only"]
