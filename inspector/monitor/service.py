"""One service for every station of a site: a capture thread per camera, shared models, fair turns.

::

    camera A --capture thread--> slot A (newest frame) --+
    camera B --capture thread--> slot B (newest frame) --+--> FairScheduler --> analysis threads
    camera C --capture thread--> slot C (newest frame) --+        (earliest due first)
                                                                   |
                 per station: Pipeline (its own tracker and features, the shared models)
                              -> StationMonitor (rules, events, clips, writer) via its EventRecorder

Each station keeps everything that has state of its own: its tracker, its feature history, its
event engine, its clip recorder and its event writer (:class:`~inspector.live_session.EventRecorder`,
the same chain as the single-camera live view and ``inspector analyze``). Only the models are
shared (:mod:`inspector.monitor.models`), and the scheduler (:mod:`inspector.monitor.schedule`)
decides whose frame they take next.

A camera that drops out is reopened by its own capture thread with backoff
(:class:`inspector.sources.LiveSource`); the other stations go on, and its tile says
``reconnecting`` meanwhile. A station whose models or hooks fail is marked failed and the others
go on. No Qt here: the app and ``inspector monitor`` read :meth:`MonitorService.snapshots`.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Callable, Sequence

from inspector.config import InspectorConfig
from inspector.live_session import EventRecorder, Violation
from inspector.monitor.models import ModelSet
from inspector.monitor.schedule import Captured, FairScheduler
from inspector.monitor.settings import MonitorConfig
from inspector.pipeline import Pipeline
from inspector.rules import RulesConfig
from inspector.sources import FrameSource, SourceError, SourceTruncatedError, open_source
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


RecorderFactory = Callable[[StationSpec], StationChain]
"""Builds a station's event chain."""

SourceOpener = Callable[[StationSpec, MonitorConfig, Callable[[str], None]], FrameSource]
"""Opens a station's source, given the settings and the callback for its reconnection status lines."""


def open_station_source(spec: StationSpec, mcfg: MonitorConfig, on_status: Callable[[str], None]) -> FrameSource:
    """Opens a station's camera, stream or file; a camera or stream that drops out is reopened with backoff.

    Raises:
        SourceError: It cannot be opened now.
    """
    return open_source(spec.source, max_retries=None, backoff_s=mcfg.reconnect_backoff_s,
                       max_backoff_s=mcfg.reconnect_max_backoff_s, on_status=on_status)


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
        note = chain.note
        self._clock = clock
        self.pipeline: Pipeline | None = None
        self._lock = threading.Lock()
        self._state = StationState.FAILED if chain.error else StationState.STARTING
        self._note = note
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
            if self._state not in (StationState.FAILED, StationState.STOPPED):
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
        assert self.pipeline is not None
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


def paced(frames, wait: Callable[[float], bool], clock: Callable[[], float]):
    """Yields the frames of a file at their stream times (as a camera would deliver them).

    Args:
        frames: The file's frames.
        wait: Sleeps up to the given seconds; returns True when the service is stopping.
        clock: Monotonic clock.
    """
    t0: float | None = None
    for frame in frames:
        now = clock()
        if t0 is None:
            t0 = now - frame.timestamp_ms / 1000.0
        delay = t0 + frame.timestamp_ms / 1000.0 - now
        if delay > 0 and wait(delay):
            return
        yield frame


class MonitorService:
    """Watches every station's camera with one set of models.

    Args:
        stations: The stations (names must be unique).
        make_recorder: Builds each station's event chain (see :func:`inspector.monitor.site.recorder_factory`).
        make_pipeline: Builds a station's pipeline around the models the :class:`ModelSet` gives it.
        models: The shared models.
        mcfg: Service settings.
        clock: Monotonic clock.
        open_station: Opens a station's source (default :func:`open_station_source`).

    Raises:
        ValueError: No station, or two stations of the same name.
    """

    def __init__(self, stations: Sequence[StationSpec], make_recorder: RecorderFactory,
                 make_pipeline: Callable[[str, ModelSet], Pipeline], models: ModelSet,
                 mcfg: MonitorConfig | None = None, clock: Callable[[], float] = time.monotonic,
                 open_station: SourceOpener = open_station_source) -> None:
        if not stations:
            raise ValueError("no station to watch")
        names = [s.name for s in stations]
        if len(set(names)) != len(names):
            raise ValueError(f"a station is listed twice: {sorted(n for n in set(names) if names.count(n) > 1)}")
        self.mcfg = mcfg or MonitorConfig()
        self.models = models
        self._make_pipeline = make_pipeline
        self._open_station = open_station
        self._clock = clock
        self.scheduler = FairScheduler(self.mcfg.target_fps, self.mcfg.max_frame_age_s, clock)
        self.channels: dict[str, StationChannel] = {}
        for spec in stations:
            self.channels[spec.name] = StationChannel(spec, make_recorder(spec), self.mcfg, clock)
            self.scheduler.add(spec.name)
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sources: dict[str, FrameSource] = {}
        self._sources_lock = threading.Lock()
        self.model_error: str | None = None

    # -- control --------------------------------------------------------------------------------
    def start(self) -> None:
        """Starts the capture threads and the analysis threads (the models load on the first of those).

        Raises:
            RuntimeError: Already started.
        """
        if self._threads:
            raise RuntimeError("the service runs once; make a new one to run again")
        for name, ch in self.channels.items():
            if ch.failed:
                self.scheduler.close(name)
                continue
            self._threads.append(threading.Thread(target=self._capture, args=(name,), name=f"capture-{name}",
                                                  daemon=True))
        for i in range(self.mcfg.workers):
            self._threads.append(threading.Thread(target=self._work, args=(i,), name=f"analysis-{i}", daemon=True))
        for t in self._threads:
            t.start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Waits until the models are loaded (or failed to load); True when they are ready."""
        self._ready.wait(timeout)
        return self._ready.is_set() and self.model_error is None

    def stop(self) -> bool:
        """Stops every thread, then ends each station's open events and waits for its clips.

        Returns:
            True when every thread ended in time.
        """
        self._stop.set()
        self.scheduler.stop()
        with self._sources_lock:
            for src in self._sources.values():
                if hasattr(src, "stop"):
                    src.stop()  # type: ignore[attr-defined]
        ok = True
        for t in self._threads:
            t.join(self.mcfg.stop_timeout_s)
            ok = ok and not t.is_alive()
        for ch in self.channels.values():
            ch.end(StationState.STOPPED, "")
            ch.recorder.finish()
            if ch.pipeline is not None:
                ch.pipeline.close()
        self.models.close()
        return ok

    def wait(self, timeout: float | None = None) -> bool:
        """Waits until every source ended and every frame was analysed (files); True if so."""
        end = None if timeout is None else self._clock() + timeout
        for t in self._threads:
            t.join(None if end is None else max(0.0, end - self._clock()))
        return not any(t.is_alive() for t in self._threads)

    # -- what the display reads -----------------------------------------------------------------
    def snapshots(self) -> tuple[StationSnapshot, ...]:
        """Every station now, in the order given."""
        out = []
        for name, ch in self.channels.items():
            c = self.scheduler.counts(name)
            out.append(ch.snapshot(c.replaced, c.stale))
        return tuple(out)

    def mark(self) -> None:
        """Starts the totals of :meth:`totals` now (e.g. after a warm-up)."""
        for name, ch in self.channels.items():
            ch.mark(self.scheduler.counts(name).stale)

    def totals(self) -> tuple[RunTotals, ...]:
        """Every station's figures since :meth:`mark`."""
        return tuple(ch.totals(self.scheduler.counts(n).stale) for n, ch in self.channels.items())

    # -- threads --------------------------------------------------------------------------------
    def _open(self, ch: StationChannel) -> FrameSource | None:
        """Opens a station's source; a camera or stream that is not there yet is tried again with backoff."""
        spec, m = ch.spec.source, self.mcfg
        wait = m.reconnect_backoff_s
        while not self._stop.is_set():
            try:
                return self._open_station(ch.spec, m, ch.source_status)
            except SourceError as e:
                if not (spec.isdigit() or "://" in spec):  # a file that is not there will not appear
                    ch.end(StationState.FAILED, str(e))
                    return None
                ch.source_status(f"{e}; trying again")
                if self._stop.wait(wait):
                    return None
                wait = min(wait * 2, m.reconnect_max_backoff_s)
        return None

    def _capture(self, name: str) -> None:
        ch = self.channels[name]
        offset_ms = 0
        try:
            while not self._stop.is_set():
                src = self._open(ch)
                if src is None:
                    return
                with self._sources_lock:
                    self._sources[name] = src
                last = -1
                try:
                    frames = iter(src)
                    if self.mcfg.realtime and not src.is_live and src.fps > 0:
                        frames = paced(frames, self._stop.wait, self._clock)
                    for frame in frames:
                        if self._stop.is_set():
                            break
                        if offset_ms:
                            frame = replace(frame, timestamp_ms=frame.timestamp_ms + offset_ms)
                        last = frame.timestamp_ms
                        self.scheduler.offer(name, Captured(frame, self._clock()))
                        ch.captured(time.thread_time())
                except SourceTruncatedError as e:
                    ch.source_status(str(e))
                except (SourceError, OSError) as e:
                    ch.end(StationState.FAILED, str(e))
                    return
                finally:
                    src.close()
                    with self._sources_lock:
                        self._sources.pop(name, None)
                if self._stop.is_set() or not self.mcfg.loop_files or src.is_live:
                    break
                step = int(1000 / src.fps) if src.fps > 0 else 40
                offset_ms = max(offset_ms, last + step)
            if not self._stop.is_set():
                ch.end(StationState.FINISHED, "")
        except Exception as e:  # noqa: BLE001 - a broken stream (cv2.error...) fails this station only
            ch.end(StationState.FAILED, f"{type(e).__name__}: {e}")
        finally:
            self.scheduler.close(name)

    def _load_models(self) -> None:
        try:
            for name, ch in self.channels.items():
                ch.pipeline = self._make_pipeline(name, self.models)
        except Exception as e:  # noqa: BLE001 - missing or broken models: every station says why
            self.model_error = f"{type(e).__name__}: {e}"
            for ch in self.channels.values():
                ch.fail(e)
            self._stop.set()
            self.scheduler.stop()
        finally:
            self._ready.set()

    def _work(self, index: int) -> None:
        if index == 0:
            self._load_models()
        else:
            self._ready.wait()
        while not self._stop.is_set():
            got = self.scheduler.take(timeout=0.5)
            if got is None:
                if self.scheduler.finished():
                    return
                continue
            name, item = got
            ch = self.channels[name]
            try:
                if not ch.failed:
                    ch.analyse(item)
            except Exception as e:  # noqa: BLE001 - one station's failure must not stop the others
                ch.fail(e)
            finally:
                self.scheduler.done(name)


__all__ = ["MonitorService", "RecorderFactory", "RunTotals", "StationChain", "StationChannel", "StationSnapshot", "StationSpec",
           "StationState", "SourceOpener", "open_station_source", "paced", "watch_only"]
