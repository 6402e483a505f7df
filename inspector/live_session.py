"""The live view's engine side: a :class:`~inspector.live.LiveRunner` plus the station's chain as its hook.

:class:`EventRecorder` is the hook the runner calls with every analysed frame: it feeds the
station's :class:`~inspector.station.StationMonitor` (the same chain as ``inspector analyze``) and
keeps the lifecycle messages for the display. When a station is chosen, events are stored so they
show up in the review queue, and, when a clips folder is given, an evidence clip is written for
each (customers' faces blurred). A clip abandoned because the disk is full (see
:func:`inspector.clips.disk_full_error`) leaves the event stored with clip status ``missing`` and
is reported by :meth:`EventRecorder.take_disk_warnings` so the live view can warn.

When the station has a camera calibration profile (see :mod:`inspector.site`), staff and
customers are told apart by the calibrated zones (:class:`~inspector.roles.ZoneRoles`): only staff
are judged by the conduct rules, everyone else is a customer (face blurred in clips), and the
greeting monitor's events are shown and stored like the others, its verdicts stored as greetings.

A recording run judges a station only when something tells its staff from customers (a region or
a usable calibration profile) or when the user chose the whole frame or an uncalibrated run on
purpose (:func:`inspector.station.judging_mode`); otherwise :func:`start_live` refuses with
:class:`~inspector.station.UnjudgedStation` before anything starts. It holds the station's lock
(:meth:`inspector.site.Site.station_lock`) from before the clips folder is cleaned until
:meth:`EventRecorder.finish`, so a live run and an ``inspector analyze`` of the same station never
run side by side.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from functools import partial

from inspector.badge import BadgeEnrolment
from inspector.clips import ClipResult, EvidenceRecorder, span_history_s
from inspector.config import InspectorConfig
from inspector.events import EventEnded, EventMessage, EventSettings, EventStarted, local_time
from inspector.live import LiveConfig, LiveRunner
from inspector.locking import ProcessLock
from inspector.privacy import FaceRedactor, remove_stale_parts
from inspector.private_files import private_folder
from inspector.roles import ZoneRoles
from inspector.rules import RulesConfig
from inspector.sources import FrameSource, open_source
from inspector.station import Judging, StationMonitor, clip_privacy, judging_mode
from inspector.store import Store, default_data_dir
from inspector.types import FrameResult
from inspector.writer import EventWriter


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
        evidence: Writes a clip per event (only used with a station and a store), or None for no clips.
        redactor: Blurs customers' faces in those clips (fed with every analysed frame).
        roi: The station's region of the frame (normalised x0, y0, x1, y1): only the persons at the
            post are judged, everyone else is a customer (face blurred in clips), as in
            ``inspector analyze``. None: the whole frame is the post.
        post_margin: Tolerance around ``roi`` (``analysis.post_margin``).
        zones: Calibrated zones and the greeting monitor (:class:`~inspector.roles.ZoneRoles`, built
            with the same ``origin``); with them the zones decide who is staff instead of ``roi``,
            greeting events are shown and stored, and every greeting verdict is stored.
        unsaved_dir: Where writes a locked database never took are saved at :meth:`finish`
            (default: the user's data folder).
        events: Event engine settings (``events`` section).
        lock: The station's lock, already held; :meth:`finish` releases it.

    Events are stored as ``inspector analyze`` stores them, through an
    :class:`~inspector.writer.EventWriter` on its own thread: at their start, updated while they
    last, ended; a locked database keeps the writes queued, in order, and retried, and never
    holds up the analysis.
    """

    def __init__(self, rules: RulesConfig, station: str | None, store: Store | None, origin: datetime,
                 source_id: str, evidence: EvidenceRecorder | None = None,
                 redactor: FaceRedactor | None = None,
                 roi: tuple[float, float, float, float] | None = None, post_margin: float = 0.0,
                 zones: ZoneRoles | None = None, unsaved_dir: Path | None = None,
                 events: EventSettings | None = None, lock: ProcessLock | None = None) -> None:
        self.zones = zones
        self.lock = lock
        self.judging: Judging | None = None
        """Whom a recording run judges (set by :func:`start_live`), or None when nothing is recorded."""
        self.zones_error: str | None = None
        """Why the station's calibration profile is not used (set by :func:`start_live`), or None."""
        recording = station is not None and store is not None
        self._lock = threading.Lock()
        self._new: deque[Violation] = deque(maxlen=1000)
        self._open: dict[str, int] = {}  # the open events' keys and their tracks
        self.writer = None if not recording else EventWriter(
            store, station, station, source_id, rules.version, partial(local_time, origin),
            unsaved_dir or default_data_dir(), give_up_s=1.0, background=True)
        """Stores events, clips and greeting verdicts in order (None without a station and a store)."""
        self.monitor = StationMonitor(station=station or "live", rules=rules, origin=origin, events=events,
                                      region=roi, post_margin=post_margin, zones=zones,
                                      recorder=evidence if recording else None, redactor=redactor,
                                      writer=self.writer, on_message=self._handle)
        self.engine = self.monitor.engine

    def __call__(self, result: FrameResult) -> None:
        self.monitor.push_frame(result.frame)
        self.monitor.feed(result)
        self.monitor.poll()

    def finish(self) -> None:
        """Ends open events and judges waiting greetings (the source ended or was stopped); waits for
        clips, then gives up the station's lock."""
        try:
            self.monitor.finish()
        finally:
            if self.lock is not None:
                self.lock.release()

    @property
    def unsaved_file(self) -> str | None:
        """Set by :meth:`finish` when writes had to be saved to a file (the database stayed locked)."""
        return self.monitor.unsaved_file

    @property
    def greetings_stored(self) -> int:
        """Greeting verdicts written so far (new ones; a repeat of a stored visit is not counted)."""
        return 0 if self.writer is None else self.writer.greetings_new

    @property
    def pending_writes(self) -> int:
        """Writes waiting for a locked database."""
        return 0 if self.writer is None else self.writer.pending

    def take_disk_warnings(self) -> tuple[ClipResult, ...]:
        """Clips abandoned because the disk was full, since the last call."""
        return self.monitor.take_disk_warnings()

    def _handle(self, msg: EventMessage) -> None:
        ev = msg.event
        if isinstance(msg, EventStarted):
            v = Violation(ev.rule_id, ev.track_id, ev.start_at, None, ev.points, ev.peak_confidence)
            with self._lock:
                self._open[ev.key] = ev.track_id
                self._new.append(v)
        elif isinstance(msg, EventEnded):
            stored = None if self.writer is None else self.writer.event_id(ev.key)
            v = Violation(ev.rule_id, ev.track_id, ev.start_at, ev.end_at, ev.points, ev.peak_confidence, stored)
            with self._lock:
                self._open.pop(ev.key, None)
                self._new.append(v)

    def take(self) -> tuple[Violation, ...]:
        """Violations started or ended since the last call."""
        with self._lock:
            out = tuple(self._new)
            self._new.clear()
            return out

    def flagged_tracks(self) -> frozenset[int]:
        """Tracks with an open violation (a track stays flagged until its last open event ends)."""
        with self._lock:
            return frozenset(self._open.values())


def load_zones(cfg: InspectorConfig, path: str | Path, station: str, origin: datetime,
               rules_version: str) -> tuple[ZoneRoles | None, str | None]:
    """The station's zones from its calibration profile, or why they cannot be used.

    Returns:
        (the zones, None), or (None, a message naming the file and the problem).
    """
    try:
        return ZoneRoles(cfg, path, station, origin, rules_version), None
    except (ValueError, OSError) as e:  # ProfileError and GeometryError are ValueErrors
        return None, f"{path}: {e}"


def start_live(spec: str, cfg: InspectorConfig, rules: RulesConfig, *, station: str | None = None,
               store: Store | None = None, live_cfg: LiveConfig | None = None,
               processor_factory=None, clip_dir: str | Path | None = None,
               calibration: str | Path | None = None,
               badge_enrolment: BadgeEnrolment | None = None, station_lock: ProcessLock | None = None,
               whole_frame: bool = False, allow_uncalibrated: bool = False) -> tuple[LiveRunner, EventRecorder]:
    """Starts analysing a source on worker threads.

    Args:
        spec: Camera index, video file, or stream URL (see :func:`inspector.sources.open_source`).
        cfg: Configuration for the pipeline.
        rules: Rule table for the violations.
        station: Station whose roster and events this is (None: show only, store nothing); its region
            of the frame decides who is at the post.
        store: The conduct database.
        live_cfg: Runner settings.
        processor_factory: Builds the processor (default: the perception pipeline in video mode).
        clip_dir: Folder for evidence clips of stored events (None, or no station: no clips);
            ``cfg.clips`` and ``cfg.privacy`` apply.
        calibration: The station's calibration profile (see :func:`inspector.site.station_profile_path`), or None. With a
            station, staff and customers are then told apart by its zones and greetings are judged.
            A profile that cannot be used leaves the run without zones, and the recorder's
            ``zones_error`` says why.
        badge_enrolment: The site's enrolled badge for the continuous badge check, or None.
        station_lock: The station's lock (:meth:`inspector.site.Site.station_lock`, not yet taken);
            taken for a recording run before the clips folder is cleaned, released by
            :meth:`EventRecorder.finish`.
        whole_frame: Judge everyone in the frame (the region and profile are not used); every face
            but the flagged person's is blurred in clips.
        allow_uncalibrated: Run a station with neither a region nor a usable profile anyway:
            everyone is judged, every face is blurred in clips.

    Returns:
        The running runner and its event recorder.

    Raises:
        inspector.station.UnjudgedStation: A recording run of a station that has neither a region
            nor a usable profile, without ``whole_frame`` or ``allow_uncalibrated``; nothing started.
        inspector.locking.LockError: The station's lock is held by another run or cannot be made.
        inspector.store.StoreError: The station cannot be read (unknown, or not allowed).
        OSError: The clips folder cannot be made.
    """
    spec = spec.strip()

    def make_pipeline():
        from inspector.pipeline import Pipeline  # imported here: loading MediaPipe takes a while

        return Pipeline(cfg, "video", badge_enrolment=badge_enrolment)

    def opener(on_status) -> FrameSource:
        return open_source(spec, max_retries=None, on_status=on_status)

    recorder = prepare_recorder(spec, cfg, rules, station=station, store=store, clip_dir=clip_dir,
                                calibration=calibration, station_lock=station_lock, whole_frame=whole_frame,
                                allow_uncalibrated=allow_uncalibrated)
    try:
        runner = LiveRunner(opener, processor_factory or make_pipeline, hooks=(recorder,), cfg=live_cfg)
        runner.start()
    except BaseException:
        if recorder.lock is not None:
            recorder.lock.release()
        raise
    return runner, recorder


def prepare_recorder(spec: str, cfg: InspectorConfig, rules: RulesConfig, *, station: str | None = None,
                     store: Store | None = None, clip_dir: str | Path | None = None,
                     calibration: str | Path | None = None, station_lock: ProcessLock | None = None,
                     whole_frame: bool = False, allow_uncalibrated: bool = False) -> EventRecorder:
    """A live station's event chain, as :func:`start_live` builds it (also used by :mod:`inspector.monitor`).

    Args and Raises: as :func:`start_live`. The station's lock is held by the returned recorder
    (released by :meth:`EventRecorder.finish`), and released again when this raises.
    """
    recording = station is not None and store is not None
    origin = datetime.now().astimezone()
    roi, zones, zones_error, mode = None, None, None, None
    if recording:
        roi = store.get_station(station).roi
        if calibration is not None and not whole_frame:
            zones, zones_error = load_zones(cfg, calibration, station, origin, rules.version)
        mode = judging_mode(station, roi, zones is not None, whole_frame=whole_frame,
                            allow_uncalibrated=allow_uncalibrated, calibration_error=zones_error)
        if mode in (Judging.WHOLE_FRAME, Judging.UNCALIBRATED):
            roi = None
    lock = station_lock if recording else None
    if lock is not None:
        lock.acquire()  # before the clean-up: another run's partial clips are not stale
    try:
        evidence = redactor = None
        if clip_dir is not None and recording and cfg.clips.enabled:
            folder = private_folder(Path(clip_dir))
            remove_stale_parts(folder)
            redactor = FaceRedactor(clip_privacy(mode, cfg.privacy), min_history_s=span_history_s(cfg.clips))
            evidence = EvidenceRecorder(folder, cfg.clips, redact=redactor)
        recorder = EventRecorder(rules, station, store, origin, source_id=f"live:{spec}",
                                 evidence=evidence, redactor=redactor, roi=roi,
                                 post_margin=cfg.analysis.post_margin, zones=zones,
                                 unsaved_dir=default_data_dir(cfg.storage), events=cfg.events, lock=lock)
        recorder.zones_error = zones_error
        recorder.judging = mode
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return recorder
