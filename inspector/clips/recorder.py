"""The evidence recorder: one clip and thumbnail per event, written on a background thread."""

from __future__ import annotations

import hashlib
import queue
import re
import threading
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path
from typing import Sequence

from inspector.events import ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.rules import RulesConfig
from inspector.types import Frame, FrameResult, PersonObservation

from inspector.clips.settings import ClipSettings, Redactor
from inspector.clips.evidence import (BOX_HOLD_MS, EvidenceTrack, FrameMark, TrackBoxes, active_at, box_at,
                                      evidence_lines, rule_of)
from inspector.clips.ring import BufferedFrame, FrameRing
from inspector.clips.worker import ClipResult, ClipWorker, Thumb


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
    thumb: Thumb | None = None
    thumb_peak: float = -1.0
    waiting: list[BufferedFrame] = field(default_factory=list)
    """Buffered frames held until the analysed frames around them tell where the person is."""

    @property
    def track_id(self) -> int:
        return self.event.track_id


CUT_WAIT_PER_CLIP_S = 2.0
"""Wall seconds :meth:`EvidenceRecorder.close` allows per second of clip still to be cut from a
file (decoding, blurring, marking and encoding 720p takes well under a CPU second per second of
clip; every clip is encoded when the overlay is on)."""


def span_history_s(settings: ClipSettings) -> float:
    """How long a redactor must remember faces for this recorder: when a clip cut from a file is
    handed to the writer (just after its post-roll), its whole span — up to ``max_clip_s`` plus a
    copy's lead-in — must still be known (see :meth:`inspector.privacy.FaceRedactor.window`)."""
    return settings.max_clip_s + settings.copy_max_lead_s + 10.0


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
        self.worker = ClipWorker(self.out_dir, self.settings, self.fps, self.source_path, self._queue, self._results,
                                 self._cancel)
        """The writer thread's side: writes the clips and thumbnails queued here."""
        self._thread = threading.Thread(target=self.worker.run, name="clip-writer", daemon=True)
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
            job.thumb = Thumb(frame.image, tuple(persons), ev, self._lines(ev), frame.timestamp_ms)
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
