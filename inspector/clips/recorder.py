"""The evidence recorder: one clip and thumbnail per event, written on a background thread."""

from __future__ import annotations

import hashlib
import os
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path
from typing import Sequence

import numpy as np

from inspector.draw import draw_persons, draw_skeleton
from inspector.events import ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.files import write_atomic
from inspector.rules import RulesConfig
from inspector.types import Frame, FrameResult, PersonObservation

from inspector.clips.settings import ClipSettings, ClipStatus, Redactor
from inspector.clips.disk import disk_full_error, is_disk_full_error
from inspector.clips.evidence import (BOX_HOLD_MS, EvidenceTrack, FrameMark, TrackBoxes, active_at, box_at,
                                      evidence_lines, person_box, rule_of)
from inspector.clips.mp4 import Mp4Writer, event_span_tag, retag
from inspector.clips.ring import BufferedFrame, FrameRing, encode_jpeg
from inspector.clips.segment import ClipAbandoned, CutClip, copy_segment, encode_segment


@dataclass(frozen=True)
class ClipResult:
    """What became of one event's evidence.

    Attributes:
        event_key: :attr:`ConductEvent.key` of the event.
        status: ``"ok"`` (clip written) or ``"missing"`` (abandoned; see ``error``).
        clip_path: The MP4 file, when written.
        thumbnail_path: The JPEG thumbnail, when written (it can exist even when the clip is missing).
        frames: Frames in the clip.
        start_ms: Stream time of the first frame.
        end_ms: Stream time of the last frame.
        dropped_frames: Frames left out because the writer fell behind.
        error: Why the clip is missing.
    """

    event_key: str
    status: ClipStatus
    clip_path: Path | None
    thumbnail_path: Path | None
    frames: int
    start_ms: int
    end_ms: int
    dropped_frames: int = 0
    error: str | None = None


@dataclass(frozen=True)
class _Thumb:
    """The analysed frame a thumbnail is made of, with the event as it stood then (private)."""

    image: np.ndarray
    persons: tuple[PersonObservation, ...]
    event: ConductEvent
    lines: tuple[str, ...]
    timestamp_ms: int


@dataclass
class _Job:
    """Main-thread bookkeeping of one clip (private)."""

    key: str
    stem: str
    first_ms: int
    event: ConductEvent
    stop_ms: int | None = None
    last_sent_ms: int = -1
    dropped: int = 0
    thumb: _Thumb | None = None
    thumb_peak: float = -1.0
    waiting: list[BufferedFrame] = field(default_factory=list)
    """Buffered frames held until the analysed frames around them tell where the person is."""

    @property
    def track_id(self) -> int:
        return self.event.track_id


@dataclass
class _WorkerJob:
    """Writer-thread state of one clip (private)."""

    redact: Redactor | None = None
    writer: Mp4Writer | None = None
    error: str | None = None
    first_ms: int = -1
    last_ms: int = -1
    frames: int = 0
    checked_at: float = 0.0


CUT_WAIT_PER_CLIP_S = 2.0
"""Wall seconds :meth:`EvidenceRecorder.close` allows per second of clip still to be cut from a
file (decoding, blurring, marking and encoding 720p takes well under a CPU second per second of
clip; every clip is encoded when the overlay is on)."""


def span_history_s(settings: ClipSettings) -> float:
    """How long a redactor must remember faces for this recorder: when a clip cut from a file is
    handed to the writer (just after its post-roll), its whole span — up to ``max_clip_s`` plus a
    copy's lead-in — must still be known (see :meth:`inspector.privacy.FaceRedactor.window`)."""
    return settings.max_clip_s + settings.copy_max_lead_s + 10.0


def lower_thread_priority(nice: int) -> bool:
    """Lowers the calling thread's CPU priority by ``nice`` (Linux, where each thread has its own
    nice value and the threads it starts, such as the encoder's, inherit it); elsewhere nothing.

    Returns:
        Whether the priority was lowered.
    """
    if nice <= 0 or not sys.platform.startswith("linux"):
        return False
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + nice))
        return True
    except (OSError, AttributeError):  # not permitted or not supported: the clip writer runs as it is
        return False


def clip_stem(event: ConductEvent, source_id: str | None = None) -> str:
    """File name stem for an event's clip and thumbnail: one stem per stored event (safe characters only).

    The store knows an event by its station, source, rule and wall-clock start, so the stem is
    made of the same: a digest of them (the source's content identity included) follows a
    readable prefix. Two events never share a stem (the same footage analysed with another
    ``--start`` gives other events and other files); the same event analysed again gets its
    own stem back.

    Args:
        event: The event.
        source_id: Stable id of the footage the event was found in (see
            :func:`inspector.analyze.file_source_id`); None when unknown.
    """
    start = event.start_at.astimezone(timezone.utc) if event.start_at.tzinfo else event.start_at
    identity = "\x1f".join((event.station_id, source_id or "", event.rule_id, str(event.track_id),
                             start.isoformat(timespec="microseconds")))
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    raw = f"{event.station_id}_{event.rule_id}_{start:%Y%m%dT%H%M%S}_{digest}"
    return re.sub(r"[^A-Za-z0-9_-]", "-", raw)[-120:].lstrip("-.") or digest


class EvidenceRecorder:
    """Buffers frames and writes one clip and thumbnail per event, on a background thread.

    With ``source_path`` (a video file) and ``from_source`` on, nothing is buffered: when an event's
    post-roll has been reached, the clip is cut from the file on the writer thread — a copy of the
    original H.264 packets when the redactor has nothing to blur in that span
    (``redact.blurs_between(start_ms, end_ms)``; a redactor without that method always blurs),
    else decoded, blurred and encoded again (:func:`copy_segment`, :func:`encode_segment`).

    With ``settings.overlay`` on, every clip frame and the thumbnail show a box around the flagged
    person (following the track given to :meth:`observe`) and the rule, the measured values against
    the rule's thresholds and the confidence next to it (:mod:`inspector.clips.evidence`); clips
    cut from a file are then always decoded and encoded (a packet copy cannot be drawn on). A
    buffered frame is written once the analysed frames around it are known (at most
    :data:`~inspector.clips.evidence.BOX_HOLD_MS` later), so its box is interpolated, not guessed.

    Args:
        out_dir: Folder for clips (``<stem>.mp4``) and thumbnails (``<stem>.jpg``).
        settings: Clip settings.
        redact: Optional privacy hook applied to every written image (before the overlay is drawn).
        fps: Nominal frame rate for the MP4 header (actual timing follows the timestamps).
        source_path: The video file being analysed (None for cameras, streams and image folders).
        cut_delay_ms: A clip cut from the file is handed to the writer only this long after its end
            has been analysed, so that the redactor has seen the faces of the frames after it that
            still blur its last frames (its ``hold_s``).
        source_id: Stable id of the footage, part of every clip's name (:func:`clip_stem`); the
            station monitor gives its writer's when None.
        rules: The rule table, whose thresholds the overlay shows; the station monitor gives its
            own when None (without one, the overlay lists the measured values only).
    """

    def __init__(self, out_dir: str | Path, settings: ClipSettings | None = None, redact: Redactor | None = None,
                 fps: float = 25.0, source_path: str | Path | None = None, cut_delay_ms: int = 0,
                 source_id: str | None = None, rules: RulesConfig | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.source_id = source_id
        self.rules = rules
        self.settings = settings or ClipSettings()
        self.redact = redact
        self.source_path = Path(source_path) if source_path is not None and self.settings.from_source else None
        self.cut_delay_ms = max(0, int(cut_delay_ms))
        self.fps = fps if fps > 0 else 25.0
        self.ring = FrameRing(self.settings)
        self._jobs: dict[str, _Job] = {}
        self._queue: queue.Queue = queue.Queue(maxsize=self.settings.queue_frames)
        self._results: queue.Queue[ClipResult] = queue.Queue()
        self._now_ms = -1
        self._sent: set[str] = set()
        self._cancel = threading.Event()
        self._reported: set[str] = set()
        self._thread = threading.Thread(target=self._work, name="clip-writer", daemon=True)
        self._thread.start()
        self._closed = False
        self._cut_s: dict[str, float] = {}  # seconds of each clip handed to the writer to cut from the file
        self._stop_sent = False
        self.tracks = TrackBoxes(span_history_s(self.settings) + 2 * BOX_HOLD_MS / 1000)
        """Every tracked person's box per analysed frame (fed by :meth:`observe`)."""

    # -- analysis-side API -------------------------------------------------------------------

    @property
    def buffers_frames(self) -> bool:
        """Whether clips are made from the frames given to :meth:`push_frame` (False when they are
        cut from the source file: then only the stream time of the frames given matters)."""
        return self.settings.enabled and self.source_path is None

    def observe(self, result: FrameResult) -> None:
        """Records where each tracked person is in an analysed frame (call it for every analysed
        frame, before its event messages): the box drawn around a flagged person follows it, and
        buffered frames up to this time are handed to the writer."""
        self._check_open()
        if not self.settings.enabled:
            return
        frame = result.frame
        self.tracks.observe(frame.timestamp_ms, result.persons, frame.width, frame.height)
        for job in list(self._jobs.values()):
            self._release(job)

    def push_frame(self, frame: Frame) -> None:
        """Offers a decoded frame: buffers it (subject to ``max_fps``) and feeds the open clips.

        When clips are cut from the source file, only its time is used (to end clips whose
        post-roll has passed).
        """
        self._check_open()
        self._now_ms = max(self._now_ms, frame.timestamp_ms)
        if not self.settings.enabled:
            return
        if self.source_path is not None:
            for job in list(self._jobs.values()):
                if self._over(job, self._now_ms):
                    self._finish(job)
            return
        bf = self.ring.push(frame.image, frame.timestamp_ms)
        if bf is None:
            return
        for job in list(self._jobs.values()):
            if self._over(job, bf.timestamp_ms):
                self._finish(job)
            else:
                self._send_frame(job, bf)

    def _over(self, job: _Job, t_ms: int, by_length: bool = True) -> bool:
        """Whether a clip is complete at stream time ``t_ms``: past its post-roll, or (``by_length``)
        past ``max_clip_s``; for clips cut from the file, ``cut_delay_ms`` later."""
        delay = self.cut_delay_ms if self.source_path is not None else 0
        if job.stop_ms is not None and t_ms > job.stop_ms + delay:
            return True
        return by_length and t_ms - job.first_ms > self.settings.max_clip_s * 1000 + delay

    def on_message(self, message: EventMessage, persons: Sequence[PersonObservation] = (),
                   frame: Frame | None = None) -> None:
        """Reacts to an event lifecycle message.

        Args:
            message: EventStarted / EventUpdated / EventEnded from :class:`inspector.events.EventEngine`.
            persons: The persons of the current analysed frame (drawn on the thumbnail).
            frame: The current analysed frame (the thumbnail image); without it no thumbnail is made
                from this message.
        """
        self._check_open()
        if not self.settings.enabled:
            return
        ev = message.event
        job = self._jobs.get(ev.key)
        if isinstance(message, EventStarted) and job is None:
            start = max(0, ev.start_ms - int(self.settings.pre_roll_s * 1000))
            job = _Job(key=ev.key, stem=clip_stem(ev, self.source_id), first_ms=start, event=ev)
            self._jobs[ev.key] = job
            self._sent.add(ev.key)
            if self.source_path is None:
                self._put(("open", job.key, job.stem, self._person_redactor(job.track_id)), block=True)
            for bf in self.ring.since(start):
                self._send_frame(job, bf)
        if job is None:
            return
        job.event = ev
        if frame is not None and ev.peak_confidence > job.thumb_peak:
            job.thumb = _Thumb(frame.image, tuple(persons), ev, self._lines(ev), frame.timestamp_ms)
            job.thumb_peak = ev.peak_confidence
        if isinstance(message, EventEnded):
            job.stop_ms = ev.end_ms + int(self.settings.post_roll_s * 1000)
            if self._over(job, self._now_ms, by_length=False):
                self._finish(job)

    def poll(self) -> tuple[ClipResult, ...]:
        """Results of the clips finished since the last call (non-blocking)."""
        out = []
        while True:
            try:
                out.append(self._results.get_nowait())
            except queue.Empty:
                self._reported |= {r.event_key for r in out}
                return tuple(out)

    def close(self, timeout_s: float = 120.0, wait_for_cuts: bool = True) -> tuple[ClipResult, ...]:
        """Ends every open clip with the frames it has (end of stream), waits for the writer.

        Clips still to be cut from a video file extend the wait by ``CUT_WAIT_PER_CLIP_S`` per
        second of clip (each is decoded and encoded only now when it has faces to blur), unless
        ``wait_for_cuts`` is False. Calling it again (e.g. after a Ctrl-C interrupted the wait)
        waits again with the new limits; a writer still busy then is stopped.

        Returns:
            Results not yet returned by :meth:`poll`; clips the writer did not finish in time are
            reported as missing.
        """
        if not self._closed:
            for job in list(self._jobs.values()):
                self._finish(job)
            if not self._stop_sent:
                self._queue.put(("stop",))
                self._stop_sent = True
            to_cut = sum(s for k, s in self._cut_s.items() if k not in self._reported) if wait_for_cuts else 0.0
            self._thread.join(timeout_s + CUT_WAIT_PER_CLIP_S * to_cut)
            if self._thread.is_alive():  # give up: the writer abandons what it still has
                self._cancel.set()
            self._closed = True
        out = self.poll()
        done = {r.event_key for r in out} | self._reported
        late = tuple(ClipResult(event_key=k, status="missing", clip_path=None, thumbnail_path=None, frames=0,
                                start_ms=-1, end_ms=-1, error=f"clip writer did not finish within {timeout_s} s")
                     for k in self._sent if k not in done)
        self._reported |= {r.event_key for r in out + late}
        return out + late

    @property
    def pending(self) -> int:
        """Clips not finished yet."""
        return len(self._jobs)

    # -- internals ---------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("the evidence recorder is closed")

    def _lines(self, event: ConductEvent) -> tuple[str, ...]:
        return evidence_lines(event, rule_of(self.rules, event.rule_id))

    def _send_frame(self, job: _Job, bf: BufferedFrame) -> None:
        """Queues a buffered frame for a clip: at once without the overlay, else once its box is known."""
        last = job.waiting[-1].timestamp_ms if job.waiting else job.last_sent_ms
        if bf.timestamp_ms <= last:
            return
        job.waiting.append(bf)
        self._release(job)

    def _release(self, job: _Job, everything: bool = False) -> None:
        """Hands the writer the waiting frames whose box is known: analysed frames at or after them
        have been observed, or the newest frame is :data:`BOX_HOLD_MS` past them (no analysed
        frame is coming to tell more), or ``everything`` (the clip ends)."""
        seen = self.tracks.last_ms
        n = 0
        for bf in job.waiting:
            if not (everything or not self.settings.overlay or bf.timestamp_ms <= seen
                    or self._now_ms - bf.timestamp_ms > BOX_HOLD_MS):
                break
            n += 1
        ready, job.waiting = job.waiting[:n], job.waiting[n:]
        for bf in ready:
            mark = self._mark(job, bf.timestamp_ms) if self.settings.overlay else None
            if self._put(("frame", job.key, bf, mark), block=False):
                job.last_sent_ms = bf.timestamp_ms
            else:
                job.dropped += 1

    def _mark(self, job: _Job, t_ms: int) -> FrameMark:
        """The overlay of a buffered frame, from the track's boxes and the event as known now."""
        ev = job.event
        path = self.tracks.path(ev.track_id, t_ms - BOX_HOLD_MS, t_ms + BOX_HOLD_MS) if ev.track_id >= 0 else ()
        return FrameMark(box_at(path, t_ms), self._lines(ev), active_at(ev, t_ms, job.stop_ms is not None))

    def _evidence_track(self, job: _Job, start_ms: int, end_ms: int) -> EvidenceTrack | None:
        """The frozen overlay of a clip cut later (None with the overlay off)."""
        if not self.settings.overlay:
            return None
        ev = job.event
        path = (self.tracks.path(ev.track_id, start_ms - BOX_HOLD_MS, end_ms + BOX_HOLD_MS)
                if ev.track_id >= 0 else ())
        return EvidenceTrack(path, self._lines(ev), ev.start_ms, ev.end_ms)

    def _finish(self, job: _Job) -> None:
        del self._jobs[job.key]
        if self.source_path is None:
            self._release(job, everything=True)
            self._put(("close", job.key, job.thumb, job.dropped, (job.event.start_ms, job.event.end_ms)), block=True)
            return
        stop = min(self._now_ms if job.stop_ms is None else job.stop_ms,
                   job.first_ms + int(self.settings.max_clip_s * 1000))
        lead = int(self.settings.copy_max_lead_s * 1000)
        self._put(("cut", job.key, job.stem, job.first_ms, stop,
                   self._span_redactor(job.track_id, job.first_ms - lead, stop), job.thumb,
                   self._evidence_track(job, job.first_ms - lead, stop), (job.event.start_ms, job.event.end_ms)),
                  block=True)
        self._cut_s[job.key] = (stop - job.first_ms) / 1000

    def _person_redactor(self, track_id: int) -> Redactor | None:
        """The redactor for the evidence of one person's event: the recorder's, told whose face the
        clip is about when it can be (``for_track(track_id)``, see
        :meth:`inspector.privacy.FaceRedactor.for_track`)."""
        if self.redact is None:
            return None
        for_track = getattr(self.redact, "for_track", None)
        return self.redact if for_track is None else for_track(track_id)

    def _span_redactor(self, track_id: int, start_ms: int, end_ms: int) -> Redactor | None:
        """The redactor for a clip cut later: a frozen copy of what it blurs in the span (taken now,
        on the analysis thread, while it still remembers the span) when it can make one
        (``window(start_ms, end_ms)``), else the person's redactor itself."""
        redact = self._person_redactor(track_id)
        window = getattr(redact, "window", None)
        return redact if window is None else window(start_ms, end_ms)

    def _put(self, item: tuple, block: bool) -> bool:
        try:
            self._queue.put(item, timeout=None if block else self.settings.put_timeout_s)
            return True
        except queue.Full:
            return False

    def _work(self) -> None:
        if self.source_path is not None:  # clips cut from a file can wait; live clips must keep up
            lower_thread_priority(self.settings.writer_nice)
        jobs: dict[str, _WorkerJob] = {}
        stems: dict[str, str] = {}
        while True:
            item = self._queue.get()
            kind = item[0]
            if self._cancel.is_set():
                for wj in jobs.values():
                    if wj.writer is not None:
                        wj.writer.abort()
                return
            if kind == "stop":
                return
            if kind == "open":
                jobs[item[1]] = _WorkerJob(redact=item[3])
                stems[item[1]] = item[2]
            elif kind == "frame":
                wj = jobs.get(item[1])
                if wj is None:  # never expected; a stray frame must not kill the writer thread
                    continue
                try:
                    self._write_frame(wj, stems[item[1]], item[2], item[3])
                except Exception as e:  # noqa: BLE001 - this clip is lost, the writer serves the others
                    wj.error = wj.error or f"{type(e).__name__}: {e}"
                    if wj.writer is not None:
                        wj.writer.abort()
                        wj.writer = None
            elif kind == "cut":
                self._results.put(self._cut_job(*item[1:]))
            elif kind == "close":
                key = item[1]
                try:
                    result = self._close_job(key, jobs.pop(key), stems.pop(key), item[2], item[3], item[4])
                except Exception as e:  # noqa: BLE001 - keep the writer alive for the other clips
                    result = ClipResult(event_key=key, status="missing", clip_path=None, thumbnail_path=None,
                                        frames=0, start_ms=-1, end_ms=-1, error=f"{type(e).__name__}: {e}")
                self._results.put(result)

    def _write_frame(self, wj: _WorkerJob, stem: str, bf: BufferedFrame, mark: FrameMark | None) -> None:
        if wj.error is not None:
            return
        now = time.monotonic()
        if wj.writer is None or now - wj.checked_at >= self.settings.disk_check_s:
            wj.checked_at = now
            full = disk_full_error(self.out_dir, self.settings.min_free_mb)
            if full is not None:
                wj.error = full
                if wj.writer is not None:
                    wj.writer.abort()
                return
        try:
            img = bf.decode()
            if wj.redact is not None:
                img = wj.redact(img, bf.timestamp_ms)
            if mark is not None:
                img = mark.draw(img)
            if wj.writer is None:
                wj.writer = Mp4Writer(self.out_dir / f"{stem}.mp4", img.shape[1], img.shape[0],
                                      self.settings.crf, self.settings.preset, self.fps)
                wj.first_ms = bf.timestamp_ms
            if wj.writer.add(img, bf.timestamp_ms):
                wj.frames += 1
                wj.last_ms = bf.timestamp_ms
        except Exception as e:  # noqa: BLE001 - any failure abandons the clip, never the event
            wj.error = f"{type(e).__name__}: {e}"
            if wj.writer is not None:
                wj.writer.abort()

    def _close_job(self, key: str, wj: _WorkerJob, stem: str, thumb: _Thumb | None, dropped: int,
                   event_ms: tuple[int, int]) -> ClipResult:
        if not is_disk_full_error(wj.error):
            wj.error = wj.error or disk_full_error(self.out_dir, self.settings.min_free_mb)
        if is_disk_full_error(wj.error):  # nothing more is written: no thumbnail, no final clip
            if wj.writer is not None:
                wj.writer.abort()
            return ClipResult(event_key=key, status="missing", clip_path=None, thumbnail_path=None, frames=0,
                              start_ms=wj.first_ms, end_ms=wj.last_ms, dropped_frames=dropped, error=wj.error)
        thumb_path, thumb_error = self._write_thumbnail(stem, thumb, wj.redact)
        clip_path: Path | None = None
        error = wj.error
        if error is None:
            if wj.writer is None:
                error = "no frames were buffered for this event"
            else:
                try:
                    clip_path = wj.writer.close()
                except Exception as e:  # noqa: BLE001 - same: report, do not raise
                    error = f"{type(e).__name__}: {e}"
                    wj.writer.abort()
        notes = [f"thumbnail: {thumb_error}"] if thumb_error else []
        if clip_path is not None:  # the event's end is known only now: tag the written clip
            try:
                retag(clip_path, event_span_tag(event_ms, wj.first_ms))
            except Exception as e:  # noqa: BLE001 - the clip stays, untagged (the player starts at its beginning)
                notes.append(f"event span not tagged: {type(e).__name__}: {e}")
        if notes and (error or clip_path is not None):
            error = "; ".join(([error] if error else []) + notes)
        return ClipResult(event_key=key, status="ok" if clip_path else "missing", clip_path=clip_path,
                          thumbnail_path=thumb_path, frames=wj.frames if clip_path else 0,
                          start_ms=wj.first_ms, end_ms=wj.last_ms, dropped_frames=dropped, error=error)

    def _cut_job(self, key: str, stem: str, start_ms: int, end_ms: int, redact: Redactor | None,
                 thumb: _Thumb | None, evidence: EvidenceTrack | None, event_ms: tuple[int, int]) -> ClipResult:
        """Cuts one event's clip from the source file (writer thread); never raises.

        The clip is a copy of the file's packets when there is no ``evidence`` overlay to draw and
        ``redact`` has nothing to blur from the key frame it would start at to its end (a redactor
        without ``blurs_between`` always blurs); otherwise it is decoded, blurred, marked and encoded.
        """
        def blurs(a: int, b: int) -> bool:
            if evidence is not None:
                return True
            if redact is None:
                return False
            probe = getattr(redact, "blurs_between", None)
            return True if probe is None else bool(probe(a, b))

        def missing(error: str, thumb_path: Path | None = None) -> ClipResult:
            return ClipResult(event_key=key, status="missing", clip_path=None, thumbnail_path=thumb_path, frames=0,
                              start_ms=start_ms, end_ms=end_ms, error=error)

        full = disk_full_error(self.out_dir, self.settings.min_free_mb)
        if full is not None:  # as for buffered clips: nothing at all is written on a full disk
            return missing(full)
        checked = [time.monotonic()]

        def check() -> None:
            if self._cancel.is_set():
                raise ClipAbandoned("the clip writer was stopped")
            now = time.monotonic()
            if now - checked[0] >= self.settings.disk_check_s:
                checked[0] = now
                if (full := disk_full_error(self.out_dir, self.settings.min_free_mb)) is not None:
                    raise ClipAbandoned(full)

        path = self.out_dir / f"{stem}.mp4"
        assert self.source_path is not None
        try:
            cut: CutClip | None = None
            if not blurs(start_ms, end_ms):
                try:
                    cut = copy_segment(self.source_path, path, start_ms, end_ms, check,
                                       self.settings.copy_max_lead_s * 1000,
                                       clean_from=lambda key_ms: not blurs(key_ms, end_ms), event_ms=event_ms)
                except ValueError:  # not H.264, key frame too early or a face in the lead-in: encode
                    cut = None
            if cut is None:
                cut = encode_segment(self.source_path, path, start_ms, end_ms, self.settings,
                                     _then(redact, evidence), check, event_ms)
        except ClipAbandoned as e:
            return missing(str(e))
        except Exception as e:  # noqa: BLE001 - the clip is lost, never the event
            thumb_path, thumb_error = self._write_thumbnail(stem, thumb, redact)
            return missing(f"{type(e).__name__}: {e}" + (f"; thumbnail: {thumb_error}" if thumb_error else ""),
                           thumb_path)
        if (full := disk_full_error(self.out_dir, self.settings.min_free_mb)) is not None:
            cut.path.unlink(missing_ok=True)
            return missing(full)
        thumb_path, thumb_error = self._write_thumbnail(stem, thumb, redact)
        return ClipResult(event_key=key, status="ok", clip_path=cut.path, thumbnail_path=thumb_path,
                          frames=cut.frames, start_ms=cut.start_ms, end_ms=cut.end_ms,
                          error=f"thumbnail: {thumb_error}" if thumb_error else None)

    def _write_thumbnail(self, stem: str, thumb: _Thumb | None,
                         redact: Redactor | None) -> tuple[Path | None, str | None]:
        """Writes the thumbnail, blurred by ``redact`` (the event's redactor), then marked: the
        flagged person's box, skeleton and why (``overlay``), or every person's skeleton and box."""
        if thumb is None:
            return None, "no analysed frame was given for the thumbnail"
        try:
            img = thumb.image if redact is None else redact(thumb.image.copy(), thumb.timestamp_ms)
            drawn = _thumbnail_image(img, thumb, self.settings.overlay)
            path = self.out_dir / f"{stem}.jpg"
            write_atomic(path, encode_jpeg(drawn, max(self.settings.jpeg_quality, 85)))
            return path, None
        except Exception as e:  # noqa: BLE001 - a thumbnail failure must not lose the event
            return None, f"{type(e).__name__}: {e}"


def _then(redact: Redactor | None, evidence: EvidenceTrack | None) -> Redactor | None:
    """One frame hook: blur first, then draw the overlay (the box and text are never blurred)."""
    if evidence is None:
        return redact
    if redact is None:
        return evidence
    return lambda image, t: evidence(redact(image, t), t)


def _thumbnail_image(image: np.ndarray, thumb: _Thumb, overlay: bool) -> np.ndarray:
    """The thumbnail's picture: with ``overlay``, the flagged person's box, skeleton and the
    evidence text; else every person's skeleton, box and caption with a title line."""
    ev = thumb.event
    if not overlay:
        return draw_persons(image, thumb.persons, highlight_track=ev.track_id,
                            title=f"{ev.rule_id} #{ev.track_id} {ev.peak_confidence:.2f}")
    flagged = next((p for p in thumb.persons if ev.track_id >= 0 and p.track_id == ev.track_id), None)
    h, w = image.shape[:2]
    box = None if flagged is None else person_box(flagged, w, h)
    out = FrameMark(box, thumb.lines, True).draw(image)
    if flagged is not None:
        draw_skeleton(out, flagged)
    return out
