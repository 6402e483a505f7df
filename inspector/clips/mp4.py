"""H.264 MP4 writing: written as a hidden ``.part`` file and renamed only when complete."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Sequence

import av
import cv2
import numpy as np

from inspector.private_files import create_private, private_folder

EVENT_SPAN_TAG = "deskconduct_event_ms"
"""MP4 metadata key holding where the event lies in its clip: ``"START,END"``, milliseconds from
the clip's first frame (the clip player marks the span and starts playing at its start)."""

MP4_OPTIONS = {"movflags": "+faststart+use_metadata_tags"}
"""Muxer options of every clip: the index at the front (plays while loading) and custom metadata
keys kept (:data:`EVENT_SPAN_TAG`)."""


def event_span_tag(event_ms: tuple[int, int] | None, first_ms: int) -> dict[str, str]:
    """The metadata telling where an event (stream times) lies in a clip whose first frame is at ``first_ms``."""
    if event_ms is None:
        return {}
    start, end = (max(0, int(t) - int(first_ms)) for t in event_ms)
    return {EVENT_SPAN_TAG: f"{start},{max(start, end)}"}


def event_span_s(path: str | Path) -> tuple[float, float] | None:
    """Where the event lies in a clip, in seconds from its first frame, or None when the clip does
    not say (an older clip, or one from elsewhere) or cannot be read."""
    try:
        with av.open(str(path)) as c:
            text = c.metadata.get(EVENT_SPAN_TAG)
    except (av.error.FFmpegError, OSError):
        return None
    try:
        start, end = (int(x) / 1000 for x in (text or "").split(","))
    except ValueError:
        return None
    return (start, end) if 0 <= start <= end else None



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
        metadata: Container metadata (e.g. :func:`event_span_tag`); what is only known later is
            added with :func:`retag`.

    Raises:
        OSError: The folder or file cannot be created.
        ValueError: Frame size too small.
    """

    def __init__(self, path: Path, width: int, height: int, crf: int = 26, preset: str = "veryfast",
                 fps: float = 25.0, metadata: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(f".{self.path.name}.part")
        self.width, self.height = width - width % 2, height - height % 2
        if self.width < 2 or self.height < 2:
            raise ValueError(f"frame size {width}x{height} is too small for a clip")
        self.frames = 0
        self._first_ms: int | None = None
        self._last_pts = -1
        private_folder(self.path.parent)
        create_private(self.part)  # owner-only before the muxer writes into it
        try:
            self._container = av.open(str(self.part), mode="w", format="mp4", options=dict(MP4_OPTIONS))
            self._container.metadata.update(metadata or {})
        except BaseException:
            self.part.unlink(missing_ok=True)
            raise
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
        close_quietly(self._container)
        try:
            self.part.unlink(missing_ok=True)
        except OSError:
            pass



def retag(path: str | Path, metadata: dict[str, str]) -> Path:
    """Rewrites a finished MP4 with more container metadata (its packets copied, not re-encoded;
    the muxer takes metadata only before the first packet, so a clip whose event ends after its
    first frame is tagged once written). Written as ``.<name>.part`` and renamed.

    Raises:
        OSError, av.FFmpegError: Reading or writing failed; the clip is left as it was.
    """
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    create_private(part)
    try:
        with av.open(str(path)) as inp, av.open(str(part), mode="w", format="mp4", options=dict(MP4_OPTIONS)) as out:
            out.metadata.update({k: v for k, v in inp.metadata.items() if k not in ("major_brand", "minor_version",
                                                                                    "compatible_brands", "encoder")})
            out.metadata.update(metadata)
            vs = inp.streams.video[0]
            ostream = out.add_stream_from_template(vs)
            for packet in inp.demux(vs):
                if packet.dts is None:
                    continue
                packet.stream = ostream
                out.mux(packet)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, path)
    return path


def close_quietly(container) -> None:
    """Closes a PyAV container that is being thrown away, ignoring any error."""
    try:
        container.close()
    except Exception:  # noqa: BLE001 - the file is being thrown away; any close error is moot
        pass


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
