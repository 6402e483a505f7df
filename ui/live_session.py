"""The live view's engine side (no Qt): a :class:`~inspector.live.LiveRunner` plus the rules hook.

:class:`EventRecorder` is the hook the runner calls with every analysed frame: it feeds the
:class:`~inspector.events.EventEngine` and keeps the lifecycle messages for the display; when a
station is chosen, every event that ends is also stored (without a clip: the live view records
no evidence video) so it shows up in the review queue.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime

from inspector.config import InspectorConfig
from inspector.events import EventEnded, EventEngine, EventMessage, EventStarted
from inspector.live import LiveConfig, LiveRunner
from inspector.rules import RulesConfig
from inspector.sources import FrameSource, open_source
from inspector.store import Store
from inspector.types import FrameResult


@dataclass(frozen=True)
class Violation:
    """A violation as the live list shows it."""

    rule_id: str
    track_id: int
    started: datetime
    ended: datetime | None
    points: float
    confidence: float
    stored_id: int | None = None


class EventRecorder:
    """Feeds the event engine from the inference thread; the UI collects what happened.

    Args:
        rules: Rule table.
        station: Station name (events are stored under it), or None to store nothing.
        store: Where ended events go (ignored without a station).
        origin: Wall-clock time of stream time 0 (timezone-aware).
        source_id: Identifies the footage in stored events.
    """

    def __init__(self, rules: RulesConfig, station: str | None, store: Store | None, origin: datetime,
                 source_id: str) -> None:
        self.engine = EventEngine(rules, station or "live", origin)
        self.station, self.store, self.source_id = station, store, source_id
        self._lock = threading.Lock()
        self._new: deque[Violation] = deque(maxlen=1000)
        self._open: set[int] = set()

    def __call__(self, result: FrameResult) -> None:
        persons = tuple(p for p in result.persons if p.track_id >= 0)
        for msg in self.engine.feed(result.frame.timestamp_ms, persons):
            self._handle(msg)

    def finish(self) -> None:
        """Ends open events (the source ended or was stopped)."""
        for msg in self.engine.flush():
            self._handle(msg)

    def _handle(self, msg: EventMessage) -> None:
        ev = msg.event
        if isinstance(msg, EventStarted):
            v = Violation(ev.rule_id, ev.track_id, ev.start_at, None, ev.points, ev.peak_confidence)
            with self._lock:
                self._open.add(ev.track_id)
                self._new.append(v)
        elif isinstance(msg, EventEnded):
            stored = self._store(msg)
            v = Violation(ev.rule_id, ev.track_id, ev.start_at, ev.end_at, ev.points, ev.peak_confidence, stored)
            with self._lock:
                self._open.discard(ev.track_id)
                self._new.append(v)

    def _store(self, msg: EventEnded) -> int | None:
        if self.station is None or self.store is None:
            return None
        ev = msg.event
        features = {k: float(v) for k, v in ev.trigger if isinstance(v, (int, float))}
        rec, _ = self.store.add_event(
            station=self.station, source_id=self.source_id, rule_id=ev.rule_id, rules_version=ev.rules_version,
            start=ev.start_at, end=ev.end_at, peak_confidence=ev.peak_confidence, features=features,
            points=ev.points, track_id=None if ev.track_id < 0 else ev.track_id)
        return rec.id

    def take(self) -> tuple[Violation, ...]:
        """Violations started or ended since the last call."""
        with self._lock:
            out = tuple(self._new)
            self._new.clear()
            return out

    def flagged_tracks(self) -> frozenset[int]:
        """Tracks with an open violation."""
        with self._lock:
            return frozenset(self._open)


def start_live(spec: str, cfg: InspectorConfig, rules: RulesConfig, *, station: str | None = None,
               store: Store | None = None, live_cfg: LiveConfig | None = None,
               processor_factory=None) -> tuple[LiveRunner, EventRecorder]:
    """Starts analysing a source on worker threads.

    Args:
        spec: Camera index, video file, or stream URL (see :func:`inspector.sources.open_source`).
        cfg: Configuration for the pipeline.
        rules: Rule table for the violations.
        station: Station whose roster and events this is (None: show only, store nothing).
        store: The conduct database.
        live_cfg: Runner settings.
        processor_factory: Builds the processor (default: the perception pipeline in video mode).

    Returns:
        The running runner and its event recorder.
    """
    spec = spec.strip()

    def make_pipeline():
        from inspector.pipeline import Pipeline  # imported here: loading MediaPipe takes a while

        return Pipeline(cfg, "video")

    def opener(on_status) -> FrameSource:
        return open_source(spec, max_retries=None, on_status=on_status)

    recorder = EventRecorder(rules, station, store, datetime.now().astimezone(), source_id=f"live:{spec}")
    runner = LiveRunner(opener, processor_factory or make_pipeline, hooks=(recorder,),
                        cfg=live_cfg)
    runner.start()
    return runner, recorder
