"""Evidence: a bounded ring buffer of recent frames and H.264 MP4 clips with thumbnails per event.

Memory: the ring keeps every frame as JPEG bytes (optionally scaled down first), not raw pixels.
A raw 1280x720 BGR frame is 2.76 MB, so 10 s at 25 fps would take 691 MB; as JPEG (quality 80)
a frame of real footage takes about 47 KB: measured on the 1280x720 25 fps MediaPipe sample video,
10 s (251 frames) held 11.8 MB, at 3.3 ms of JPEG encoding per frame on the analysis thread.

:class:`EvidenceRecorder` is driven by the analysis loop: :meth:`~EvidenceRecorder.push_frame` for
every decoded frame (frames faster than ``max_fps`` are skipped), :meth:`~EvidenceRecorder.on_message`
for every event lifecycle message. When an event starts, the frames from ``start - pre_roll`` are
taken from the ring and a clip job begins; later frames follow it until ``end + post_roll`` (or
``max_clip_s``). Encoding runs on one background thread behind a bounded queue, so analysis only
pays for a JPEG encode per frame; if the writer falls behind for longer than ``put_timeout_s`` a
frame is dropped from the clip (counted), analysis is never held up for long.

Before a clip is opened, and every ``disk_check_s`` while it is written, the free space of the
clips folder's disk is compared with ``min_free_mb`` (:func:`free_mb`); below it the clip is not
started (or is abandoned): status ``missing`` with the error ``disk full (N MB free)``
(:data:`DISK_FULL_PREFIX`), no thumbnail either, and the event is still stored by the caller.

Files are written as ``.<name>.part`` and renamed with :func:`os.replace` only when complete. Any
error while writing (disk full, permissions, encoder failure) abandons that clip: the partial file
is removed and the job reports ``status="missing"`` with the error text. It never raises into the
analysis loop, so the event itself is never lost.

An optional ``redact(image, timestamp_ms) -> image`` callable is applied to every frame and to the
thumbnail before it is written (the hook for face privacy).

Video files need no ring buffer (``from_source``): the recorder only follows the stream time of
the analysed frames, and when an event's post-roll has passed, the writer thread cuts its clip
from the file itself — a copy of the original H.264 packets from the key frame at or before the
pre-roll (:func:`copy_segment`; no decoding or encoding, original quality) when the redactor has
no face to blur in that span, otherwise the span is decoded, blurred and encoded
(:func:`encode_segment`). Analysis then decodes only the frames it analyses. Measured on a 31 s
1280x720 25 fps file with a 20 s clip, ``--stride 5``: 3.5x real time with the copied clip (the
same as without clips), 2.2x when the whole clip had to be blurred and encoded; the ring buffer
path gave 2.5x.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import threading
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterable, Literal, Sequence

import av
import cv2
import numpy as np
from pydantic import Field, model_validator

from inspector.draw import draw_persons
from inspector.events import ConductEvent, EventEnded, EventMessage, EventStarted
from inspector.files import write_atomic
from inspector.settings_base import Section
from inspector.types import Frame, PersonObservation

Redactor = Callable[[np.ndarray, int], np.ndarray]
"""Privacy hook: returns the image to write (e.g. with faces blurred) for a frame at a stream time."""

ClipStatus = Literal["ok", "missing"]


class ClipSettings(Section):
    """Evidence clip settings."""

    enabled: bool = Field(True, description="Write a clip and thumbnail per event (False: events only).")
    pre_roll_s: float = Field(5.0, ge=0, le=60, description="Seconds of video kept before an event's start.")
    post_roll_s: float = Field(5.0, ge=0, le=60, description="Seconds of video kept after an event's end.")
    buffer_s: float = Field(10.0, gt=0, le=300, description="Length of the ring buffer (seconds); must cover the pre-roll plus the minimum duration of the rules whose pre-roll should be complete.")
    max_clip_s: float = Field(60.0, gt=0, le=3600, description="A clip stops after this many seconds even if the event goes on.")
    max_fps: float = Field(15.0, gt=0, le=120, description="Frames arriving faster than this are not buffered or decoded for clips (saves decoding, memory and encoding time; 15 fps is smooth enough to judge conduct).")
    max_side: int = Field(1280, ge=64, le=4096, description="Frames whose longer side exceeds this are scaled down before buffering.")
    jpeg_quality: int = Field(80, ge=30, le=100, description="JPEG quality of buffered frames and thumbnails.")
    crf: int = Field(26, ge=0, le=51, description="H.264 constant rate factor (lower is better quality, bigger files).")
    preset: Literal["ultrafast", "superfast", "veryfast", "faster", "fast", "medium"] = Field(
        "veryfast", description="libx264 speed preset.")
    queue_frames: int = Field(500, ge=10, le=100000, description="Frames the writer thread may have waiting before analysis has to wait.")
    put_timeout_s: float = Field(0.5, ge=0, le=60, description="How long analysis waits for a full writer queue before dropping a clip frame.")
    min_free_mb: float = Field(500.0, ge=0, le=1_000_000, description="Free space (MB) the clips folder's disk must keep: below it no clip is started or continued (status missing, error 'disk full'); events are still stored. 0 disables the check.")
    disk_check_s: float = Field(2.0, gt=0, le=600, description="While a clip is being written, the free space is checked again after this many seconds of wall time.")
    from_source: bool = Field(True, description="For video files: cut each clip from the file itself once its event (and post-roll) has been analysed, instead of buffering decoded frames; only the analysed frames are then decoded. When nothing in the clip's span has to be blurred and the file is H.264, the clip copies the original packets (original quality, almost no CPU; it starts at the key frame at or before the pre-roll, so the pre-roll can be longer); otherwise the span is decoded again, faces are blurred and it is encoded like a live clip. Cameras and streams always use the ring buffer.")
    copy_max_lead_s: float = Field(10.0, ge=0, le=600, description="A copied clip starts at the key frame at or before its pre-roll, so at most this many seconds early; when the file's key frames are further apart the span is decoded and encoded instead (exact start).")

    @model_validator(mode="after")
    def _buffer_covers_pre_roll(self) -> "ClipSettings":
        if self.buffer_s < self.pre_roll_s:
            raise ValueError(f"buffer_s ({self.buffer_s}) must be at least pre_roll_s ({self.pre_roll_s})")
        return self


# --- ring buffer ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BufferedFrame:
    """One frame kept as JPEG bytes.

    Attributes:
        timestamp_ms: Stream time.
        jpeg: JPEG-encoded BGR image.
        width: Width of the encoded image.
        height: Height of the encoded image.
    """

    timestamp_ms: int
    jpeg: bytes
    width: int
    height: int

    def decode(self) -> np.ndarray:
        """The BGR image.

        Raises:
            ValueError: The bytes are not a decodable JPEG.
        """
        img = cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), cv2.IMREAD_COLOR)
        if img is None:
            raise ValueError(f"buffered frame at {self.timestamp_ms} ms cannot be decoded")
        return img


def fit_side(image: np.ndarray, max_side: int) -> np.ndarray:
    """``image`` scaled down (area interpolation) so its longer side is at most ``max_side``."""
    h, w = image.shape[:2]
    side = max(h, w)
    if side <= max_side:
        return image
    s = max_side / side
    return cv2.resize(image, (max(2, round(w * s)), max(2, round(h * s))), interpolation=cv2.INTER_AREA)


def encode_jpeg(image: np.ndarray, quality: int) -> bytes:
    """JPEG bytes of a BGR image.

    Raises:
        ValueError: The image cannot be encoded.
    """
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError(f"cannot JPEG-encode an image of shape {image.shape}")
    return buf.tobytes()


def spaced(timestamp_ms: float, last_ms: float, max_fps: float) -> bool:
    """Whether a frame at ``timestamp_ms`` comes at least 1/``max_fps`` after ``last_ms`` (1 ms slack)."""
    return timestamp_ms - last_ms >= 1000.0 / max_fps - 1


class FrameRing:
    """The last ``buffer_s`` seconds of frames, JPEG-encoded.

    Args:
        settings: Buffer length, frame rate cap, scaling and JPEG quality.
    """

    def __init__(self, settings: ClipSettings | None = None) -> None:
        self.settings = settings or ClipSettings()
        self._frames: list[BufferedFrame] = []
        self._nbytes = 0

    def wants(self, timestamp_ms: int) -> bool:
        """Whether a frame at this time would be kept (newer than the last by at least 1/max_fps, with 1 ms slack)."""
        return not self._frames or spaced(timestamp_ms, self._frames[-1].timestamp_ms, self.settings.max_fps)

    def push(self, image: np.ndarray, timestamp_ms: int) -> BufferedFrame | None:
        """Encodes and keeps a frame, dropping frames older than ``buffer_s``.

        Returns:
            The buffered frame, or None when skipped by the frame rate cap or not newer than the last.
        """
        if not self.wants(timestamp_ms):
            return None
        img = fit_side(image, self.settings.max_side)
        bf = BufferedFrame(int(timestamp_ms), encode_jpeg(img, self.settings.jpeg_quality), img.shape[1], img.shape[0])
        self._frames.append(bf)
        self._nbytes += len(bf.jpeg)
        horizon = bf.timestamp_ms - self.settings.buffer_s * 1000
        drop = 0
        while drop < len(self._frames) and self._frames[drop].timestamp_ms < horizon:
            self._nbytes -= len(self._frames[drop].jpeg)
            drop += 1
        if drop:
            del self._frames[:drop]
        return bf

    def since(self, start_ms: int) -> tuple[BufferedFrame, ...]:
        """Buffered frames at or after ``start_ms``, oldest first."""
        return tuple(f for f in self._frames if f.timestamp_ms >= start_ms)

    @property
    def nbytes(self) -> int:
        """Bytes of JPEG data held."""
        return self._nbytes

    def __len__(self) -> int:
        return len(self._frames)


# --- MP4 writing ----------------------------------------------------------------------------

class Mp4Writer:
    """Writes BGR frames with millisecond timestamps to an H.264 (yuv420p) MP4, atomically.

    The file is written as ``.<name>.part`` next to ``path`` and renamed by :meth:`close`.
    Odd frame sizes are cropped by one pixel to even dimensions.

    Args:
        path: Final file path (``.mp4``).
        width: Frame width.
        height: Frame height.
        crf: H.264 constant rate factor.
        preset: libx264 preset.
        fps: Nominal frame rate written in the stream header.

    Raises:
        OSError: The folder or file cannot be created.
        ValueError: Frame size too small.
    """

    def __init__(self, path: Path, width: int, height: int, crf: int = 26, preset: str = "veryfast",
                 fps: float = 25.0) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(f".{self.path.name}.part")
        self.width, self.height = width - width % 2, height - height % 2
        if self.width < 2 or self.height < 2:
            raise ValueError(f"frame size {width}x{height} is too small for a clip")
        self.frames = 0
        self._first_ms: int | None = None
        self._last_pts = -1
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._container = av.open(str(self.part), mode="w", format="mp4", options={"movflags": "+faststart"})
        try:
            stream = self._container.add_stream("libx264", rate=Fraction(round(fps * 1000), 1000))
            stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
            stream.codec_context.time_base = Fraction(1, 1000)
            stream.options = {"crf": str(crf), "preset": preset}
            self._stream = stream
        except Exception:
            self._discard()
            raise

    def add(self, image: np.ndarray, timestamp_ms: int) -> bool:
        """Encodes one BGR frame; frames not later than the previous one are skipped.

        Returns:
            True when the frame was written.

        Raises:
            OSError, av.FFmpegError: Writing failed (the caller should :meth:`abort`).
        """
        if self._first_ms is None:
            self._first_ms = int(timestamp_ms)
        pts = int(timestamp_ms) - self._first_ms
        if pts <= self._last_pts:
            return False
        img = image[: self.height, : self.width]
        if img.shape[0] != self.height or img.shape[1] != self.width:
            img = cv2.resize(image, (self.width, self.height), interpolation=cv2.INTER_AREA)
        vf = av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="bgr24")
        vf.pts, vf.time_base = pts, Fraction(1, 1000)
        self._mux(self._stream.encode(vf))
        self._last_pts = pts
        self.frames += 1
        return True

    def _mux(self, packets: Sequence[av.Packet]) -> None:
        for p in packets:
            self._container.mux(p)

    def close(self) -> Path:
        """Flushes the encoder, closes the file and renames it to its final name.

        Raises:
            OSError, av.FFmpegError: Writing failed (the caller should :meth:`abort`).
            ValueError: No frame was written.
        """
        if self.frames == 0:
            raise ValueError("no frames were written")
        self._mux(self._stream.encode(None))
        self._container.close()
        os.replace(self.part, self.path)
        return self.path

    def abort(self) -> None:
        """Gives up: closes what can be closed and removes the partial file."""
        self._discard()

    def _discard(self) -> None:
        _close_quietly(self._container)
        try:
            self.part.unlink(missing_ok=True)
        except OSError:
            pass


# --- free space -----------------------------------------------------------------------------

DISK_FULL_PREFIX = "disk full"
"""Start of the error text of a clip abandoned for lack of disk space (callers test for it)."""


def free_mb(folder: str | Path) -> float:
    """Free space in MB on the disk holding ``folder`` (its nearest existing ancestor if it does not exist yet).

    Raises:
        OSError: The free space cannot be read.
    """
    p = Path(folder).absolute()
    while not p.exists() and p.parent != p:
        p = p.parent
    return shutil.disk_usage(p).free / (1024 * 1024)


def disk_full_error(folder: str | Path, min_free_mb: float) -> str | None:
    """``"disk full (N MB free)"`` when the disk of ``folder`` has less than ``min_free_mb`` free, else None.

    A free space that cannot be read is not treated as full (the write itself will then fail and
    say why). ``min_free_mb <= 0`` disables the check.
    """
    if min_free_mb <= 0:
        return None
    try:
        free = free_mb(folder)
    except OSError:
        return None
    return f"{DISK_FULL_PREFIX} ({free:.0f} MB free)" if free < min_free_mb else None


def is_disk_full_error(error: str | None) -> bool:
    """Whether a clip error says the disk was full."""
    return bool(error) and error.startswith(DISK_FULL_PREFIX)


# --- clips cut from a video file --------------------------------------------------------------

class ClipAbandoned(RuntimeError):
    """A clip being cut from a file was given up (disk full, writer cancelled); the text says why."""


@dataclass(frozen=True)
class CutClip:
    """A clip cut from a video file.

    Attributes:
        path: The written MP4.
        frames: Frames in the clip.
        start_ms: Stream time of its first frame in the source.
        end_ms: Stream time of its last frame in the source.
        copied: True when the source's packets were copied (no decoding or encoding).
    """

    path: Path
    frames: int
    start_ms: int
    end_ms: int
    copied: bool


def _stream_ms(value: int, stream: av.video.stream.VideoStream) -> float:
    """Milliseconds since the stream's first timestamp of a pts/dts in the stream's time base."""
    return float((value - (stream.start_time or 0)) * stream.time_base * 1000)


def _seek(container: av.container.InputContainer, stream: av.video.stream.VideoStream, ms: float) -> None:
    """Seeks to the key frame at or before ``ms`` of stream time."""
    target = int((stream.start_time or 0) + ms / 1000 / stream.time_base)
    container.seek(max(target, stream.start_time or 0), stream=stream, backward=True, any_frame=False)


def copy_segment(source: str | Path, path: str | Path, start_ms: int, end_ms: int,
                 check: Callable[[], None] = lambda: None, max_lead_ms: float | None = None,
                 clean_from: Callable[[int], bool] | None = None) -> CutClip:
    """Copies the H.264 packets of ``[start_ms, end_ms]`` of a file into an MP4, without re-encoding.

    The clip starts at the key frame at or before ``start_ms`` (a copy cannot start elsewhere) and
    ends with the first packet decoded after ``end_ms``. Written as ``.<name>.part`` and renamed.

    Args:
        source: The video file.
        path: The clip to write.
        start_ms: Stream time the clip should start at.
        end_ms: Stream time the clip should end at.
        check: Called now and then; raises :class:`ClipAbandoned` to give up.
        max_lead_ms: Largest distance from the key frame to ``start_ms`` (None: any).
        clean_from: Given the key frame's time, whether the clip may be copied from there (e.g.
            no face to blur from that time to ``end_ms``); None: always.

    Raises:
        ValueError: The file's video is not H.264, its key frame before ``start_ms`` lies more
            than ``max_lead_ms`` earlier or ``clean_from`` refuses it (the caller encodes
            instead), or no packet lies in the span.
        ClipAbandoned: ``check`` gave up; no partial file is left.
        OSError, av.FFmpegError: Reading or writing failed; no partial file is left.
    """
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(source)) as inp:
        vs = inp.streams.video[0]
        if vs.codec_context.name != "h264":
            raise ValueError(f"the video is {vs.codec_context.name}, not H.264: it cannot be copied into a playable clip")
        _seek(inp, vs, start_ms)
        out = av.open(str(part), mode="w", format="mp4", options={"movflags": "+faststart"})
        try:
            ostream = out.add_stream_from_template(vs)
            offset: int | None = None
            frames, first_ms, last_ms = 0, -1, -1
            try:
                for packet in inp.demux(vs):
                    if packet.dts is None or packet.pts is None:
                        continue
                    if offset is None:
                        if not packet.is_keyframe:
                            continue
                        offset, first_ms = packet.dts, round(_stream_ms(packet.pts, vs))
                        if first_ms > start_ms + 50:  # the seek landed late (imprecise index): no copy
                            raise ValueError(f"the file's first key frame found is at {first_ms} ms, after {start_ms} ms")
                        if max_lead_ms is not None and start_ms - first_ms > max_lead_ms:
                            raise ValueError(f"the key frame before {start_ms} ms is at {first_ms} ms: too early to copy from")
                        if clean_from is not None and not clean_from(first_ms):
                            raise ValueError(f"something must be blurred between the key frame at {first_ms} ms "
                                             f"and {end_ms} ms: the clip cannot be a copy")
                    if _stream_ms(packet.dts, vs) > end_ms:
                        break
                    last_ms = max(last_ms, round(_stream_ms(packet.pts, vs)))
                    packet.pts -= offset
                    packet.dts -= offset
                    packet.stream = ostream
                    out.mux(packet)
                    frames += 1
                    if frames % 100 == 0:
                        check()
            except av.error.InvalidDataError:  # a file broken inside the span: the clip ends there
                pass
            if frames == 0:
                raise ValueError(f"no video between {start_ms} and {end_ms} ms of {Path(source).name}")
            check()
            out.close()
        except BaseException:
            _close_quietly(out)
            part.unlink(missing_ok=True)
            raise
    os.replace(part, path)
    return CutClip(path, frames, first_ms, last_ms, copied=True)


def encode_segment(source: str | Path, path: str | Path, start_ms: int, end_ms: int, settings: ClipSettings,
                   redact: Redactor | None = None, check: Callable[[], None] = lambda: None) -> CutClip:
    """Decodes ``[start_ms, end_ms]`` of a file and encodes it as a clip (at most ``max_fps``, scaled
    to ``max_side``, each frame passed through ``redact``), like a clip from the ring buffer.

    Raises:
        ValueError: No frame lies in the span.
        ClipAbandoned: ``check`` gave up; no partial file is left.
        OSError, av.FFmpegError: Reading or writing failed; no partial file is left.
    """
    writer: Mp4Writer | None = None
    last = -1e12
    first_ms = last_ms = -1
    try:
        with av.open(str(source)) as inp:
            vs = inp.streams.video[0]
            vs.thread_type = "AUTO"
            fps = float(vs.average_rate) if vs.average_rate else 25.0
            _seek(inp, vs, start_ms)
            try:
                for frame in inp.decode(vs):
                    if frame.pts is None:
                        continue
                    t = round(_stream_ms(frame.pts, vs))
                    if t > end_ms:
                        break
                    if t < start_ms or not spaced(t, last, settings.max_fps):
                        continue
                    last = t
                    img = fit_side(frame.to_ndarray(format="bgr24"), settings.max_side)
                    if redact is not None:
                        img = redact(img, t)
                    if writer is None:
                        writer = Mp4Writer(Path(path), img.shape[1], img.shape[0], settings.crf, settings.preset, fps)
                        first_ms = t
                    if writer.add(img, t):
                        last_ms = t
                    if writer.frames % 25 == 0:
                        check()
            except av.error.InvalidDataError:  # a file broken inside the span: the clip ends there
                pass
        if writer is None:
            raise ValueError(f"no video between {start_ms} and {end_ms} ms of {Path(source).name}")
        check()
        return CutClip(writer.close(), writer.frames, first_ms, last_ms, copied=False)
    except BaseException:
        if writer is not None:
            writer.abort()
        raise


def _close_quietly(container) -> None:
    try:
        container.close()
    except Exception:  # noqa: BLE001 - the file is being thrown away; any close error is moot
        pass


# --- recorder -------------------------------------------------------------------------------

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


@dataclass
class _Job:
    """Main-thread bookkeeping of one clip (private)."""

    key: str
    stem: str
    first_ms: int
    stop_ms: int | None = None
    last_sent_ms: int = -1
    dropped: int = 0
    thumb: tuple[np.ndarray, tuple[PersonObservation, ...], int, str, int] | None = None
    thumb_peak: float = -1.0


@dataclass
class _WorkerJob:
    """Writer-thread state of one clip (private)."""

    writer: Mp4Writer | None = None
    error: str | None = None
    first_ms: int = -1
    last_ms: int = -1
    frames: int = 0
    checked_at: float = 0.0


CUT_WAIT_PER_CLIP_S = 2.0
"""Wall seconds :meth:`EvidenceRecorder.close` allows per second of clip still to be cut from a
file (decoding, blurring and encoding 720p takes about 0.3 s per second of clip on 2 cores)."""


def span_history_s(settings: ClipSettings) -> float:
    """How long a redactor must remember faces for this recorder: when a clip cut from a file is
    handed to the writer (just after its post-roll), its whole span — up to ``max_clip_s`` plus a
    copy's lead-in — must still be known (see :meth:`inspector.privacy.FaceRedactor.window`)."""
    return settings.max_clip_s + settings.copy_max_lead_s + 10.0


def clip_stem(event: ConductEvent) -> str:
    """File name stem for an event's clip and thumbnail (safe characters only)."""
    raw = f"{event.station_id}_{event.rule_id}_t{event.track_id}_{event.start_ms}"
    return re.sub(r"[^A-Za-z0-9_.-]", "-", raw)


class EvidenceRecorder:
    """Buffers frames and writes one clip and thumbnail per event, on a background thread.

    With ``source_path`` (a video file) and ``from_source`` on, nothing is buffered: when an event's
    post-roll has been reached, the clip is cut from the file on the writer thread — a copy of the
    original H.264 packets when the redactor has nothing to blur in that span
    (``redact.blurs_between(start_ms, end_ms)``; a redactor without that method always blurs),
    else decoded, blurred and encoded again (:func:`copy_segment`, :func:`encode_segment`).

    Args:
        out_dir: Folder for clips (``<stem>.mp4``) and thumbnails (``<stem>.jpg``).
        settings: Clip settings.
        redact: Optional privacy hook applied to every written image.
        fps: Nominal frame rate for the MP4 header (actual timing follows the timestamps).
        source_path: The video file being analysed (None for cameras, streams and image folders).
        cut_delay_ms: A clip cut from the file is handed to the writer only this long after its end
            has been analysed, so that the redactor has seen the faces of the frames after it that
            still blur its last frames (its ``hold_s``).
    """

    def __init__(self, out_dir: str | Path, settings: ClipSettings | None = None, redact: Redactor | None = None,
                 fps: float = 25.0, source_path: str | Path | None = None, cut_delay_ms: int = 0) -> None:
        self.out_dir = Path(out_dir)
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

    # -- analysis-side API -------------------------------------------------------------------

    @property
    def buffers_frames(self) -> bool:
        """Whether clips are made from the frames given to :meth:`push_frame` (False when they are
        cut from the source file: then only the stream time of the frames given matters)."""
        return self.settings.enabled and self.source_path is None

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
            job = _Job(key=ev.key, stem=clip_stem(ev), first_ms=start)
            self._jobs[ev.key] = job
            self._sent.add(ev.key)
            if self.source_path is None:
                self._put(("open", job.key, job.stem), block=True)
            for bf in self.ring.since(start):
                self._send_frame(job, bf)
        if job is None:
            return
        if frame is not None and ev.peak_confidence > job.thumb_peak:
            title = f"{ev.rule_id} #{ev.track_id} {ev.peak_confidence:.2f}"
            job.thumb = (frame.image, tuple(persons), ev.track_id, title, frame.timestamp_ms)
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

    def _send_frame(self, job: _Job, bf: BufferedFrame) -> None:
        if bf.timestamp_ms <= job.last_sent_ms:
            return
        if self._put(("frame", job.key, bf), block=False):
            job.last_sent_ms = bf.timestamp_ms
        else:
            job.dropped += 1

    def _finish(self, job: _Job) -> None:
        del self._jobs[job.key]
        if self.source_path is None:
            self._put(("close", job.key, job.thumb, job.dropped), block=True)
            return
        stop = min(self._now_ms if job.stop_ms is None else job.stop_ms,
                   job.first_ms + int(self.settings.max_clip_s * 1000))
        lead = int(self.settings.copy_max_lead_s * 1000)
        self._put(("cut", job.key, job.stem, job.first_ms, stop, self._span_redactor(job.first_ms - lead, stop),
                   job.thumb), block=True)
        self._cut_s[job.key] = (stop - job.first_ms) / 1000

    def _span_redactor(self, start_ms: int, end_ms: int) -> Redactor | None:
        """The redactor for a clip cut later: a frozen copy of what it blurs in the span (taken now,
        on the analysis thread, while it still remembers the span) when it can make one
        (``window(start_ms, end_ms)``), else the redactor itself."""
        if self.redact is None:
            return None
        window = getattr(self.redact, "window", None)
        return self.redact if window is None else window(start_ms, end_ms)

    def _put(self, item: tuple, block: bool) -> bool:
        try:
            self._queue.put(item, timeout=None if block else self.settings.put_timeout_s)
            return True
        except queue.Full:
            return False

    def _work(self) -> None:
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
                jobs[item[1]] = _WorkerJob()
                stems[item[1]] = item[2]
            elif kind == "frame":
                wj = jobs.get(item[1])
                if wj is None:  # never expected; a stray frame must not kill the writer thread
                    continue
                try:
                    self._write_frame(wj, stems[item[1]], item[2])
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
                    result = self._close_job(key, jobs.pop(key), stems.pop(key), item[2], item[3])
                except Exception as e:  # noqa: BLE001 - keep the writer alive for the other clips
                    result = ClipResult(event_key=key, status="missing", clip_path=None, thumbnail_path=None,
                                        frames=0, start_ms=-1, end_ms=-1, error=f"{type(e).__name__}: {e}")
                self._results.put(result)

    def _write_frame(self, wj: _WorkerJob, stem: str, bf: BufferedFrame) -> None:
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
            if self.redact is not None:
                img = self.redact(img, bf.timestamp_ms)
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

    def _close_job(self, key: str, wj: _WorkerJob, stem: str, thumb, dropped: int) -> ClipResult:
        if not is_disk_full_error(wj.error):
            wj.error = wj.error or disk_full_error(self.out_dir, self.settings.min_free_mb)
        if is_disk_full_error(wj.error):  # nothing more is written: no thumbnail, no final clip
            if wj.writer is not None:
                wj.writer.abort()
            return ClipResult(event_key=key, status="missing", clip_path=None, thumbnail_path=None, frames=0,
                              start_ms=wj.first_ms, end_ms=wj.last_ms, dropped_frames=dropped, error=wj.error)
        thumb_path, thumb_error = self._write_thumbnail(stem, thumb)
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
        if error and thumb_error:
            error = f"{error}; thumbnail: {thumb_error}"
        return ClipResult(event_key=key, status="ok" if clip_path else "missing", clip_path=clip_path,
                          thumbnail_path=thumb_path, frames=wj.frames if clip_path else 0,
                          start_ms=wj.first_ms, end_ms=wj.last_ms, dropped_frames=dropped, error=error)

    def _cut_job(self, key: str, stem: str, start_ms: int, end_ms: int, redact: Redactor | None,
                 thumb) -> ClipResult:
        """Cuts one event's clip from the source file (writer thread); never raises.

        The clip is a copy of the file's packets when ``redact`` has nothing to blur from the key
        frame it would start at to its end (a redactor without ``blurs_between`` always blurs);
        otherwise it is decoded, blurred and encoded.
        """
        def blurs(a: int, b: int) -> bool:
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
                                       clean_from=lambda key_ms: not blurs(key_ms, end_ms))
                except ValueError:  # not H.264, key frame too early or a face in the lead-in: encode
                    cut = None
            if cut is None:
                cut = encode_segment(self.source_path, path, start_ms, end_ms, self.settings, redact, check)
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

    def _write_thumbnail(self, stem: str, thumb, redact: Redactor | None = None) -> tuple[Path | None, str | None]:
        """Writes the thumbnail, blurred by ``redact`` (default: the recorder's redactor)."""
        if thumb is None:
            return None, "no analysed frame was given for the thumbnail"
        image, persons, track_id, title, ts = thumb
        redact = redact or self.redact
        try:
            img = image if redact is None else redact(image.copy(), ts)
            drawn = draw_persons(img, persons, highlight_track=track_id, title=title)
            path = self.out_dir / f"{stem}.jpg"
            write_atomic(path, encode_jpeg(drawn, max(self.settings.jpeg_quality, 85)))
            return path, None
        except Exception as e:  # noqa: BLE001 - a thumbnail failure must not lose the event
            return None, f"{type(e).__name__}: {e}"


def write_clip(path: str | Path, frames: Iterable[tuple[np.ndarray, int]], crf: int = 26, preset: str = "veryfast",
               fps: float = 25.0) -> Path:
    """Writes (BGR image, timestamp_ms) pairs to an H.264 MP4 atomically (a one-shot helper).

    Raises:
        OSError, av.FFmpegError, ValueError: Writing failed or no frames; no partial file is left.
    """
    writer: Mp4Writer | None = None
    try:
        for img, ts in frames:
            if writer is None:
                writer = Mp4Writer(Path(path), img.shape[1], img.shape[0], crf, preset, fps)
            writer.add(img, ts)
        if writer is None:
            raise ValueError("no frames to write")
        return writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
