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
from dataclasses import replace
from typing import Callable, Sequence

from inspector.monitor.channel import (RunTotals, StationChain, StationChannel, StationSnapshot, StationSpec,
                                      StationState, watch_only)
from inspector.monitor.models import ModelSet
from inspector.monitor.schedule import Captured, FairScheduler
from inspector.monitor.settings import MonitorConfig
from inspector.pipeline import Pipeline
from inspector.sources import FrameSource, SourceError, SourceTruncatedError, open_source


RecorderFactory = Callable[[StationSpec], StationChain]
"""Builds a station's event chain."""

SourceOpener = Callable[[StationSpec, MonitorConfig, Callable[[str], None]], FrameSource]
"""Opens a station's source, given the settings and the callback for its reconnection status lines."""


MODEL_LOAD_WAIT_S = 120.0
"""How long stopping waits for models that are still loading (closing them half-built would crash)."""


def open_station_source(spec: StationSpec, mcfg: MonitorConfig, on_status: Callable[[str], None]) -> FrameSource:
    """Opens a station's camera, stream or file; a camera or stream that drops out is reopened with backoff.

    Raises:
        SourceError: It cannot be opened now.
    """
    return open_source(spec.source, max_retries=None, backoff_s=mcfg.reconnect_backoff_s,
                       max_backoff_s=mcfg.reconnect_max_backoff_s, on_status=on_status)


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
        make_recorder: Builds each station's event chain (see :func:`inspector.monitor.site.chain_factory`).
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
        if self._threads:  # models still loading are not closed under the loader's feet
            self._ready.wait(MODEL_LOAD_WAIT_S)
        ok = True
        for t in self._threads:
            t.join(self.mcfg.stop_timeout_s)
            ok = ok and not t.is_alive()
        for ch in self.channels.values():
            ch.end(StationState.STOPPED, "")
            try:
                ch.recorder.finish()  # ends open events, stores them, finishes clips, releases the lock
            except Exception as e:  # noqa: BLE001 - one station's store problem must not skip the others
                ch.end(StationState.FAILED, f"{type(e).__name__}: {e}")
            if ch.pipeline is not None:
                ch.pipeline.close()
        if self._ready.is_set():
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
        while not self._ready.wait(0.2):  # a file is not played (nor a camera read) while the models load
            if self._stop.is_set():
                self.scheduler.close(name)
                return
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
                if self._stop.is_set():
                    break
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
        if self.model_error is not None:
            return
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
