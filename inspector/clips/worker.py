"""The clip writer's thread: it writes the clips and thumbnails the evidence recorder hands it.

:class:`ClipWorker` takes work items from the recorder's queue (``open``, ``frame`` and ``close``
for clips made of buffered frames, ``cut`` for clips cut from the source file, ``stop``) and puts
one :class:`ClipResult` per clip on the results queue. It never raises: a failure loses that clip,
never the event, and the worker goes on with the others.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inspector.draw import draw_persons, draw_skeleton
from inspector.events import ConductEvent
from inspector.files import write_atomic
from inspector.types import PersonObservation

from inspector.clips.settings import ClipSettings, ClipStatus, Redactor
from inspector.clips.disk import disk_full_error, is_disk_full_error
from inspector.clips.evidence import EvidenceTrack, FrameMark, person_box
from inspector.clips.mp4 import Mp4Writer, event_span_tag, retag
from inspector.clips.ring import BufferedFrame, encode_jpeg
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
class Thumb:
    """The analysed frame a thumbnail is made of, with the event as it stood then ."""

    image: np.ndarray
    persons: tuple[PersonObservation, ...]
    event: ConductEvent
    lines: tuple[str, ...]
    timestamp_ms: int



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



class ClipWorker:
    """Writes the clips the evidence recorder queues, on its own thread (:meth:`run`).

    Args:
        out_dir: Folder for clips (``<stem>.mp4``) and thumbnails (``<stem>.jpg``).
        settings: Clip settings.
        fps: Nominal frame rate for the MP4 header.
        source_path: The video file clips are cut from (None when they are made of buffered frames).
        items: The recorder's work queue.
        results: Where each clip's :class:`ClipResult` is put.
        cancel: Set when the recorder gives up waiting: the worker abandons what it still has.
    """

    def __init__(self, out_dir: Path, settings: ClipSettings, fps: float, source_path: Path | None,
                 items: queue.Queue, results: queue.Queue[ClipResult], cancel: threading.Event) -> None:
        self.out_dir = out_dir
        self.settings = settings
        self.fps = fps
        self.source_path = source_path
        self._queue = items
        self._results = results
        self._cancel = cancel

    def run(self) -> None:
        """Serves the queue until ``stop`` (or until cancelled); the thread's target."""
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
                self._results.put(self.cut(*item[1:]))
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

    def _close_job(self, key: str, wj: _WorkerJob, stem: str, thumb: Thumb | None, dropped: int,
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

    def cut(self, key: str, stem: str, start_ms: int, end_ms: int, redact: Redactor | None,
                 thumb: Thumb | None, evidence: EvidenceTrack | None, event_ms: tuple[int, int]) -> ClipResult:
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

    def _write_thumbnail(self, stem: str, thumb: Thumb | None,
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


def _thumbnail_image(image: np.ndarray, thumb: Thumb, overlay: bool) -> np.ndarray:
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
