"""Clips cut from a video file: a copy of the original H.264 packets, or decoded, blurred and encoded."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import av


from inspector.clips.settings import ClipSettings, Redactor
from inspector.private_files import create_private, private_folder
from inspector.clips.mp4 import MP4_OPTIONS, Mp4Writer, close_quietly, event_span_tag
from inspector.clips.ring import fit_side, spaced


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
                 clean_from: Callable[[int], bool] | None = None,
                 event_ms: tuple[int, int] | None = None) -> CutClip:
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
        event_ms: The event's start and end (stream times), written into the clip's metadata
            (:func:`inspector.clips.mp4.event_span_tag`); None: not written.

    Raises:
        ValueError: The file's video is not H.264, its key frame before ``start_ms`` lies more
            than ``max_lead_ms`` earlier or ``clean_from`` refuses it (the caller encodes
            instead), or no packet lies in the span.
        ClipAbandoned: ``check`` gave up; no partial file is left.
        OSError, av.FFmpegError: Reading or writing failed; no partial file is left.
    """
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    private_folder(path.parent)
    with av.open(str(source)) as inp:
        vs = inp.streams.video[0]
        if vs.codec_context.name != "h264":
            raise ValueError(f"the video is {vs.codec_context.name}, not H.264: it cannot be copied into a playable clip")
        _seek(inp, vs, start_ms)
        create_private(part)  # owner-only before the muxer writes into it
        try:
            out = av.open(str(part), mode="w", format="mp4", options=dict(MP4_OPTIONS))
        except BaseException:
            part.unlink(missing_ok=True)
            raise
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
                        out.metadata.update(event_span_tag(event_ms, first_ms))  # before the first packet
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
            close_quietly(out)
            part.unlink(missing_ok=True)
            raise
    os.replace(part, path)
    return CutClip(path, frames, first_ms, last_ms, copied=True)


def encode_segment(source: str | Path, path: str | Path, start_ms: int, end_ms: int, settings: ClipSettings,
                   redact: Redactor | None = None, check: Callable[[], None] = lambda: None,
                   event_ms: tuple[int, int] | None = None) -> CutClip:
    """Decodes ``[start_ms, end_ms]`` of a file and encodes it as a clip (at most ``max_fps``, scaled
    to ``max_side``, each frame passed through ``redact``), like a clip from the ring buffer.
    ``event_ms`` (the event's stream times) is written into the clip's metadata.

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
                        writer = Mp4Writer(Path(path), img.shape[1], img.shape[0], settings.crf, settings.preset, fps,
                                           event_span_tag(event_ms, t))
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
