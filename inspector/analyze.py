"""Analysis of one source for one station: frames → persons → events → store, with evidence clips.

:class:`Analyzer` is the loop behind ``inspector analyze``. The order of work per decoded frame:

1. the evidence recorder buffers it (every frame up to ``clips.max_fps``, so clips are smooth
   whatever the stride) — except for video files, whose clips are cut from the file itself once
   an event's post-roll has been analysed, so only the analysed frames are decoded at all;
2. every ``stride``-th frame goes through the perception pipeline (:meth:`Pipeline.stream`: the
   models of the next analysed frame run while this one is tracked, measured and handled);
3. the station's chain (:class:`inspector.station.StationMonitor`) judges the persons at the post,
   writes the event messages to the store (one writer, one transaction each) and passes them to
   the recorder, whose finished clips are recorded against their events;
5. with a calibration profile, every greeting verdict the monitor makes is stored as it is made
   (:meth:`inspector.station.StationMonitor.store_greetings`), for the greeting rate and delay of the monthly scores.

A stop (Ctrl-C), a video that breaks off part-way or a camera that is gone ends the run the
same way: open events are ended at the last analysed frame and stored, clips are finished, and
the summary says what happened. Writes that hit a locked database are kept in order and retried;
if they still cannot be written they go to a JSON-lines file next to the database, never lost.
"""

from __future__ import annotations

import errno
import hashlib
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from functools import partial

from inspector.audio.station import AudioStation
from inspector.clips import EvidenceRecorder, spaced, span_history_s
from inspector.config import InspectorConfig
from inspector.events import EventMessage, local_time
from inspector.pipeline import Pipeline
from inspector.privacy import FaceRedactor, PrivacyConfig, remove_stale_parts
from inspector.roles import ZoneRoles
from inspector.rules import RulesConfig
from inspector.private_files import private_folder
from inspector.sources import FrameSource, SourceError, VideoFileSource, prefetch
from inspector.station import Judging, StationMonitor, clip_privacy, judging_mode
from inspector.store import Store, default_data_dir
from inspector.store.records import StationRecord
from inspector.writer import EventWriter


def site_zone(name: str | None) -> tzinfo:
    """The site's time zone: an IANA name, or the machine's local zone.

    Raises:
        ValueError: Unknown zone name.
    """
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Asia/Shanghai)") from None
    return datetime.now().astimezone().tzinfo or timezone.utc


SOURCE_SAMPLE_BYTES = 1 << 20
"""How much of the start and of the end of a file its content identity reads."""


def file_source_id(path: str | Path) -> str:
    """A stable id of a video file's content: SHA-256 of its size, first and last megabyte.

    The name, the folder and the modification time play no part, so a renamed, copied or
    touched recording keeps its id; an edited one (other bytes at either end, or another size)
    gets another.

    Raises:
        OSError: The file cannot be read.
    """
    h = hashlib.sha256()
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        h.update(f"{size}\n".encode())
        h.update(f.read(SOURCE_SAMPLE_BYTES))
        if size > SOURCE_SAMPLE_BYTES:
            f.seek(max(SOURCE_SAMPLE_BYTES, size - SOURCE_SAMPLE_BYTES))
            h.update(f.read(SOURCE_SAMPLE_BYTES))
    return f"file:{h.hexdigest()[:32]}"


def file_origin(source: VideoFileSource, zone: tzinfo) -> datetime:
    """A first guess of the wall-clock time of a recording's first frame: the creation time the
    container records, else the file's modification time minus its duration.

    Only a guess: the time used is the one the store fixed when the same content was first
    analysed (:meth:`inspector.store.Store.source_origin`).
    """
    created = container_creation_time(source.name)
    if created is not None:
        return created.astimezone(zone).replace(microsecond=0)
    mtime = Path(source.name).stat().st_mtime
    duration = (source.frame_count or 0) / source.fps if source.fps else 0.0
    return datetime.fromtimestamp(mtime - duration, zone).replace(microsecond=0)


def container_creation_time(path: str | Path) -> datetime | None:
    """The ``creation_time`` a video container records (MP4, MOV, MKV...), or None."""
    try:
        import av

        with av.open(str(path)) as c:
            tags = dict(c.metadata)
            if c.streams.video:
                tags = {**dict(c.streams.video[0].metadata), **tags}
    except Exception:  # noqa: BLE001 - no readable tag: fall back to the file's time
        return None
    raw = tags.get("creation_time")
    if not raw:
        return None
    try:
        t = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return None if t.year < 1980 else t  # 1904/1970 are the "not set" values of MP4 muxers


@dataclass(frozen=True)
class Progress:
    """Where an analysis is."""

    frames: int
    analysed: int
    stream_s: float
    total_s: float | None
    wall_s: float
    events: int
    live: bool
    status: str = ""

    @property
    def fps(self) -> float:
        return self.frames / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        if not self.total_s or self.stream_s <= 0 or self.wall_s <= 0:
            return None
        return max(0.0, (self.total_s - self.stream_s) * self.wall_s / self.stream_s)


@dataclass(frozen=True)
class AnalyzeSummary:
    """What an analysis did."""

    source: str
    source_id: str
    frames: int
    analysed: int
    stream_s: float
    wall_s: float
    events_new: int
    events_known: int
    clips_ok: int
    clips_missing: tuple[tuple[str, str], ...]
    stopped: str | None = None  # "interrupted", or the error that ended the run early
    unsaved_file: str | None = None
    event_ids: tuple[int, ...] = ()
    greetings_new: int = 0
    """Greeting verdicts (customer visits) stored by this run that were not stored before."""
    refused: tuple[str, ...] = ()
    """Writes the store refused (not for a lock), each with the reason."""

    @property
    def speed(self) -> float:
        """Stream seconds analysed per wall-clock second."""
        return self.stream_s / self.wall_s if self.wall_s > 0 else 0.0


class Analyzer:
    """Analyses one source for one station.

    Args:
        cfg: Whole configuration.
        store: The open store (the only writer).
        station: The station the camera watches.
        source: The frame source (file, camera, stream, images).
        source_id: Stable id of the footage (same file → same id → no duplicate events).
        origin: Wall-clock time of stream time 0 (timezone-aware).
        rules: The rule table.
        clip_dir: Folder for clips and thumbnails, or None for no clips. Partial files a killed run
            left there are removed, so the caller holds the station's lock
            (:meth:`inspector.site.Site.station_lock`).
        stride: Analyse every N-th frame.
        on_progress: Called about twice a second with a :class:`Progress`.
        on_message: Called with each event message (e.g. for a live view).
        privacy: Face blurring settings for clips (default: customers' faces blurred).
        zones: Calibrated zones and the greeting monitor; without them the station region decides
            who is at the post and no greeting rules run.
        judging: Whom the run judges (:func:`inspector.station.judging_mode`); None: from ``zones``
            and the station's region, refusing a station with neither. With
            :attr:`~inspector.station.Judging.WHOLE_FRAME` or ``UNCALIBRATED`` everyone in the frame
            is judged and the clips blur as :func:`inspector.station.clip_privacy` says.
        audio: The station's sound (:func:`inspector.audio.station.open_audio_station`), or None.

    Raises:
        OSError: The clips folder cannot be made or written.
        inspector.station.UnjudgedStation: ``judging`` None and nothing tells the station's staff
            from its customers.
    """

    def __init__(self, cfg: InspectorConfig, store: Store, station: StationRecord, source: FrameSource,
                 source_id: str, origin: datetime, rules: RulesConfig, clip_dir: Path | None, stride: int = 1,
                 on_progress: Callable[[Progress], None] | None = None,
                 on_message: Callable[[EventMessage], None] | None = None,
                 privacy: PrivacyConfig | None = None,
                 zones: ZoneRoles | None = None, judging: Judging | None = None,
                 audio: AudioStation | None = None) -> None:
        if stride < 1:
            raise ValueError("stride must be at least 1")
        self.judging = judging or judging_mode(station.name, station.roi, zones is not None)
        everyone = self.judging in (Judging.WHOLE_FRAME, Judging.UNCALIBRATED)
        privacy = clip_privacy(self.judging, privacy or PrivacyConfig())
        self.cfg, self.store, self.station, self.source = cfg, store, station, source
        self.source_id, self.origin, self.rules = source_id, origin, rules
        self.stride = stride
        self.on_progress = on_progress
        self.zones = None if everyone else zones
        recorder = redactor = None
        if clip_dir is not None and cfg.clips.enabled:
            private_folder(clip_dir)
            if not os.access(clip_dir, os.W_OK | os.X_OK):  # e.g. a read-only file system: say so now
                raise PermissionError(errno.EACCES, "cannot write there", str(clip_dir))
            # Partial clips left by a killed run are removed, and the faces of customers (everyone
            # not at the post / not staff) are blurred in clips and thumbnails.
            remove_stale_parts(clip_dir)
            redactor = FaceRedactor(privacy, min_history_s=span_history_s(cfg.clips))
            recorder = EvidenceRecorder(
                clip_dir, cfg.clips, redact=redactor, fps=source.fps or 25.0,
                source_path=source.name if isinstance(source, VideoFileSource) else None,
                cut_delay_ms=int((redactor.settings.hold_s + 1.0) * 1000), source_id=source_id)
        self.recorder = recorder
        self.writer = EventWriter(store, station.id, station.name, source_id, rules.version, partial(local_time, origin),
                                  default_data_dir(cfg.storage), max(5.0, cfg.storage.busy_timeout_s * 2))
        self.monitor = StationMonitor(station=station.name, rules=rules, origin=origin, events=cfg.events,
                                      region=None if everyone else station.roi,
                                      post_margin=cfg.analysis.post_margin, zones=self.zones,
                                      recorder=recorder, redactor=redactor, writer=self.writer,
                                      on_message=on_message, audio=audio)
        self.engine = self.monitor.engine

    def store_greetings(self) -> int:
        """Queues the greeting verdicts made since the last call (:meth:`StationMonitor.store_greetings`)."""
        return self.monitor.store_greetings()

    def run(self, pipeline: Pipeline) -> AnalyzeSummary:
        """Runs to the end of the source (or a stop), and returns the summary."""
        t0 = time.monotonic()
        frames = analysed = 0
        last_ts = 0
        last_report = 0.0
        stopped: str | None = None
        monitor = self.monitor
        total_s = (self.source.frame_count / self.source.fps) if (self.source.frame_count and self.source.fps) else None
        last_clip_ts = [-1e12]

        buffering = self.recorder is not None and self.recorder.buffers_frames

        def wanted(index: int, ts: int) -> bool:
            # Runs on the decode-ahead thread: decides from the timestamps alone (the clip buffer
            # keeps frames at most max_fps), never from the recorder's state. Clips cut from the
            # file afterwards need no frames here.
            clip = buffering and spaced(ts, last_clip_ts[0], self.cfg.clips.max_fps)
            if clip:
                last_clip_ts[0] = ts
            return index % self.stride == 0 or clip

        if isinstance(self.source, VideoFileSource):
            frames_iter = prefetch(self.source.select(wanted))
        else:
            frames_iter = iter(self.source)
        # The models of the next analysed frame run while this thread handles the current one.
        pairs = pipeline.stream(frames_iter, analyse=lambda f: f.index % self.stride == 0)
        try:
            for frame, result in pairs:
                frames += 1
                if frame is None:  # skipped by the stride and not needed for clips: grabbed only
                    continue
                last_ts = frame.timestamp_ms
                monitor.push_frame(frame)
                if result is not None:
                    analysed += 1
                    monitor.feed(result)
                monitor.poll()
                if self.writer.pending:
                    self.writer.flush()
                now = time.monotonic()
                if self.on_progress is not None and now - last_report >= 0.5:
                    last_report = now
                    self.on_progress(Progress(frames, analysed, last_ts / 1000.0, total_s, now - t0,
                                              self.writer.new + self.writer.known, self.source.is_live))
        except KeyboardInterrupt:
            stopped = "interrupted"
        except SourceError as e:
            stopped = str(e)
        finally:
            # Stops the model worker, then the decode-ahead thread, now (not whenever the generators
            # are collected), so neither reads the source when the caller closes it. A second
            # Ctrl-C while they stop must not skip storing what was found.
            try:
                pairs.close()
                close = getattr(frames_iter, "close", None)
                if close is not None:
                    try:
                        close()
                    except ValueError:  # still running in a model worker that did not stop in time
                        pass
            except KeyboardInterrupt:
                stopped = "interrupted"
        if monitor.finish():
            stopped = "interrupted"
        wall = time.monotonic() - t0
        w = self.writer
        return AnalyzeSummary(self.source.name, self.source_id, frames, analysed, last_ts / 1000.0, wall,
                              w.new, w.known, monitor.clips.ok, tuple(monitor.clips.missing), stopped,
                              monitor.unsaved_file, w.event_ids, w.greetings_new, tuple(w.errors))

__all__ = ["AnalyzeSummary", "Analyzer", "Progress", "container_creation_time", "file_origin", "file_source_id",
           "site_zone"]
