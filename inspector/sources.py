"""Frame sources: camera index, video file, RTSP/HTTP stream, one image, a folder of images.

Every source yields :class:`~inspector.types.Frame` values with monotonic millisecond
timestamps: stream time for files (each frame's presentation time in the container, see
:class:`StreamClock`), time since opening for live sources. Problems raise :class:`SourceError` with a message meant for the user; a video
that breaks off part-way raises :class:`SourceTruncatedError` *after* yielding every
frame that could be decoded, so the caller keeps what was analysed.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
import warnings
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

import cv2
import numpy as np

from inspector.types import Frame

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}
MAX_IMAGE_PIXELS = 50_000_000
"""Largest image (width times height) read: a bigger one would take gigabytes to decode and is
refused from its header, before decoding."""
VIDEO_EXTS = {".mp4", ".avi", ".mov", ".mkv", ".m4v", ".webm", ".mpg", ".mpeg", ".wmv", ".ts"}


class SourceError(RuntimeError):
    """The source cannot be opened or read."""


class SourceTruncatedError(SourceError):
    """A video file ended before its announced length (truncated or corrupt part-way)."""


def image_header_size(path: str | Path) -> tuple[int, int] | None:
    """An image file's width and height as its header states them, without decoding the pixels,
    or None when the header is not one Pillow knows (the decoder then has the last word)."""
    try:
        from PIL import Image  # Pillow comes with reportlab; only the header is read here
    except ImportError:  # pragma: no cover - reportlab requires Pillow
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's own "decompression bomb" warning: judged below
        try:
            with Image.open(path) as im:
                return int(im.size[0]), int(im.size[1])
        except Image.DecompressionBombError as e:  # beyond Pillow's own hard limit: far too big
            sizes = [int(v) for v in re.findall(r"\d+", str(e))]
            return (sizes[0], 1) if sizes else (MAX_IMAGE_PIXELS + 1, 1)
        except (OSError, ValueError, SyntaxError):  # not an image Pillow can parse
            return None


def check_image_size(path: str | Path, max_pixels: int | None = None) -> None:
    """Refuses an image whose header says it is larger than ``max_pixels`` (default :data:`MAX_IMAGE_PIXELS`).

    Raises:
        SourceError: Too large (the message gives its size and the limit).
    """
    max_pixels = MAX_IMAGE_PIXELS if max_pixels is None else max_pixels
    size = image_header_size(path)
    if size is not None and size[0] * size[1] > max_pixels:
        w, h = size
        stated = f"{w}x{h}, " if h > 1 else ""
        raise SourceError(f"image too large: {path} ({stated}{w * h / 1e6:.0f} megapixels; at most "
                          f"{max_pixels / 1e6:.0f} megapixels are read; scale it down first)")


def read_image(path: str | Path) -> Frame:
    """Reads one image file as a frame.

    Raises:
        SourceError: Missing file, a file that is not a decodable image, or an image larger than
            :data:`MAX_IMAGE_PIXELS` (refused from its header, before decoding).
    """
    p = Path(path)
    if not p.exists():
        raise SourceError(f"file not found: {p}")
    if not p.is_file():
        raise SourceError(f"not a file: {p}")
    check_image_size(p)
    data = np.fromfile(str(p), dtype=np.uint8)  # works with non-ASCII paths, unlike cv2.imread
    img = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if img is None:
        raise SourceError(f"not a readable image: {p} ({data.size} bytes; the content is not a supported image format)")
    return Frame(image=img, index=0, timestamp_ms=0, fps=0.0, source=str(p), path=str(p))


class FrameSource(ABC):
    """A source of frames; iterate it, then :meth:`close` it (or use ``with``)."""

    name: str = ""
    fps: float = 0.0
    frame_count: int | None = None
    is_live: bool = False
    size: tuple[int, int] | None = None

    @abstractmethod
    def __iter__(self) -> Iterator[Frame]: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Releases the device or file."""

    def __enter__(self) -> "FrameSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ImageSource(FrameSource):
    """One image file, or every image in a folder (sorted by name, not recursive).

    In a folder, an image that cannot be read is skipped, not fatal: it is listed in
    :attr:`skipped` with the reason, and the images after it are still read. A single image
    that cannot be read raises :class:`SourceError`.
    """

    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        self.name = str(p)
        if p.is_dir():
            self.paths = sorted(x for x in p.iterdir() if x.suffix.lower() in IMAGE_EXTS and x.is_file())
            if not self.paths:
                raise SourceError(f"no images ({', '.join(sorted(IMAGE_EXTS))}) in folder {p}")
        elif p.exists():
            self.paths = [p]
        else:
            raise SourceError(f"file not found: {p}")
        self.frame_count = len(self.paths)
        self.folder = p.is_dir()
        self.skipped: list[str] = []
        """Images of the folder that could not be read, each with the reason."""

    def __iter__(self) -> Iterator[Frame]:
        for i, p in enumerate(self.paths):
            try:
                f = read_image(p)
            except SourceError as e:
                if not self.folder:
                    raise
                self.skipped.append(str(e))
                continue
            yield Frame(image=f.image, index=i, timestamp_ms=i, fps=0.0, source=self.name, path=str(p))


class StreamClock:
    """Times of a file's frames, in order: the container's position of each frame when it comes
    after the previous frame's time; otherwise (no usable position, as in some AVI files) the
    last position the container gave plus the frames since at ``fps``, so the fallback does not
    drift. Times always increase, as the video-mode landmarkers require.

    Args:
        fps: The file's nominal frame rate.
    """

    def __init__(self, fps: float) -> None:
        self.step_ms = 1000.0 / fps if fps > 0 else 40.0
        self.last = -1
        self._anchor_ms, self._anchor_i = 0.0, 0
        self._i = 0

    def time(self, position_ms: float) -> int:
        """The next frame's time (ms) given the container's position for it."""
        if position_ms == position_ms and position_ms > self.last + 0.5:  # not NaN, and later
            ts = int(round(position_ms))
            self._anchor_ms, self._anchor_i = position_ms, self._i
        else:
            ts = max(self.last + 1, int(round(self._anchor_ms + (self._i - self._anchor_i) * self.step_ms)))
        self.last = ts
        self._i += 1
        return ts


class VideoFileSource(FrameSource):
    """A video file decoded with OpenCV; timestamps are stream time (presentation times)."""

    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        if not p.exists():
            raise SourceError(f"file not found: {p}")
        self.name = str(p)
        self.cap = cv2.VideoCapture(str(p))
        if not self.cap.isOpened():
            self.cap.release()
            raise SourceError(f"cannot open video {p}: not a video file or an unsupported/corrupt format")
        fps = self.cap.get(cv2.CAP_PROP_FPS)
        self.fps = float(fps) if fps and 0 < fps < 1000 else 25.0
        n = int(self.cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        self.frame_count = n if n > 0 else None
        w, h = int(self.cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(self.cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
        self.size = (w, h) if w and h else None

    def __iter__(self) -> Iterator[Frame]:
        for f in self.select(lambda i, ts: True):
            yield f  # type: ignore[misc]

    def select(self, want: Callable[[int, int], bool]) -> Iterator[Frame | None]:
        """Every frame in order; frames ``want(index, timestamp_ms)`` rejects are only grabbed (not
        converted to images) and come out as None, which saves most of the cost of skipped frames.

        Timestamps are the frames' presentation times in the container (so a file with dropped
        frames or a variable rate keeps its real timing, the timing clips cut from the file use);
        where the container gives none that increases (some AVI files), the previous time plus
        one frame at the nominal rate.
        """
        i = 0
        clock = StreamClock(self.fps)
        while True:
            if not self.cap.grab():
                break
            ts = clock.time(self.cap.get(cv2.CAP_PROP_POS_MSEC))
            if want(i, ts):
                ok, img = self.cap.retrieve()
                if not ok or img is None:
                    break
                yield Frame(image=img, index=i, timestamp_ms=ts, fps=self.fps, source=self.name)
            else:
                yield None
            i += 1
        if i == 0:
            raise SourceError(f"no frame could be decoded from {self.name}: the file is corrupt or not a video")
        # Containers report their length; stopping well short of it means the file is broken part-way.
        # Compared in time, not frames: a file with dropped frames has fewer frames than its length
        # times its rate (and some containers only estimate the count that way).
        if self.frame_count:
            length_ms = self.frame_count * clock.step_ms
            reached_ms = clock.last + clock.step_ms
            if reached_ms < length_ms - max(2 * clock.step_ms, 0.02 * length_ms):
                raise SourceTruncatedError(
                    f"{self.name}: decoding stopped at {reached_ms / 1000:.1f} s of {length_ms / 1000:.1f} s "
                    f"(frame {i}); the file is truncated or corrupt")

    def close(self) -> None:
        self.cap.release()


class LiveSource(FrameSource):
    """A camera or network stream; reconnects with exponential backoff when frames stop.

    Args:
        target: Camera index or stream URL.
        max_retries: Reconnection attempts in a row before giving up (None = forever).
        backoff_s: First wait between attempts; doubles up to ``max_backoff_s``.
        opener: Factory for the capture object (tests pass a fake).
        on_status: Called with a human-readable status line on disconnect and reconnect.
    """

    def __init__(self, target: int | str, *, max_retries: int | None = 5, backoff_s: float = 0.5,
                 max_backoff_s: float = 8.0, opener: Callable[[int | str], object] | None = None,
                 on_status: Callable[[str], None] | None = None) -> None:
        self.target = target
        self.name = f"camera:{target}" if isinstance(target, int) else str(target)
        self.is_live = True
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._opener = opener or (lambda t: cv2.VideoCapture(t))
        self._on_status = on_status or (lambda s: None)
        self._stop = False
        self.cap = self._open()
        if self.cap is None:
            what = f"camera {target} not found or busy" if isinstance(target, int) else f"cannot open stream {target}"
            raise SourceError(what)
        fps = self.cap.get(cv2.CAP_PROP_FPS)
        self.fps = float(fps) if fps and 0 < fps < 1000 else 25.0
        self._t0 = time.monotonic()

    @property
    def clock_origin(self) -> float:
        """``time.monotonic()`` at stream time 0, for other live inputs on the frames' clock (the microphone)."""
        return self._t0

    def _open(self):
        cap = self._opener(self.target)
        if cap is None or not cap.isOpened():
            if cap is not None:
                cap.release()
            return None
        return cap

    def stop(self) -> None:
        """Ends iteration at the next frame (thread-safe)."""
        self._stop = True

    def __iter__(self) -> Iterator[Frame]:
        i = 0
        last_ts = -1
        while not self._stop:
            ok, img = self.cap.read() if self.cap is not None else (False, None)
            if ok and img is not None:
                ts = int((time.monotonic() - self._t0) * 1000)
                ts = max(ts, last_ts + 1)
                last_ts = ts
                yield Frame(image=img, index=i, timestamp_ms=ts, fps=self.fps, source=self.name)
                i += 1
                continue
            self._reconnect()

    def _reconnect(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None
        wait = self.backoff_s
        attempt = 0
        self._on_status(f"{self.name}: signal lost, reconnecting")
        while not self._stop:
            attempt += 1
            if self.max_retries is not None and attempt > self.max_retries:
                raise SourceError(f"{self.name}: signal lost and {self.max_retries} reconnection attempts failed")
            time.sleep(wait)
            self.cap = self._open()
            if self.cap is not None:
                self._on_status(f"{self.name}: reconnected after {attempt} attempt(s)")
                return
            wait = min(wait * 2, self.max_backoff_s)

    def close(self) -> None:
        self._stop = True
        if self.cap is not None:
            self.cap.release()
            self.cap = None


def open_source(spec: str | int, **live_kwargs) -> FrameSource:
    """Opens a source from a user's description.

    Args:
        spec: Camera index (``0`` or ``"0"``), ``rtsp://``/``http(s)://`` URL, image file, folder of
            images, or video file.
        **live_kwargs: Passed to :class:`LiveSource` for cameras and streams.

    Raises:
        SourceError: The source does not exist or cannot be opened.
    """
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        return LiveSource(int(spec), **live_kwargs)
    s = str(spec)
    if "://" in s:
        if not s.split("://", 1)[0].lower() in ("rtsp", "rtsps", "http", "https", "rtmp", "udp", "tcp"):
            raise SourceError(f"unsupported stream URL scheme: {s}")
        return LiveSource(s, **live_kwargs)
    p = Path(os.path.expanduser(s))
    if not p.exists():
        raise SourceError(f"file not found: {p}")
    if p.is_dir() or p.suffix.lower() in IMAGE_EXTS:
        return ImageSource(p)
    return VideoFileSource(p)


_END = object()
T = TypeVar("T")
R = TypeVar("R")


def run_ahead(items: Iterable[T], fn: Callable[[T], R], depth: int, name: str,
              stop_wait_s: float = 2.0) -> Iterator[R]:
    """``fn`` of each item, computed on a worker thread up to ``depth`` items ahead of the consumer.

    Results come out in order. An error of ``items`` or of ``fn`` (e.g. :class:`SourceTruncatedError`)
    is raised in the consumer after the results before it. Closing the generator (or an exception
    in the consumer, e.g. Ctrl-C) stops the worker: it starts no further item, and the generator
    waits up to ``stop_wait_s`` for the item in progress (a camera read, a model call) before
    leaving the worker behind as a daemon thread.
    """
    q: queue.Queue = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def offer(item: object) -> bool:
        """Puts an item, waiting for room until the consumer stops; False once it has stopped."""
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if stop.is_set() or not offer(fn(item)):
                    return
            offer(_END)
        except BaseException as e:  # noqa: BLE001 - handed to the consumer (dropped if it has stopped)
            offer(_Failed(e))

    t = threading.Thread(target=work, name=name, daemon=True)
    t.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        t.join(timeout=stop_wait_s)


@dataclass(frozen=True)
class _Failed:
    """An error of :func:`run_ahead`'s worker, on its way to the consumer."""

    error: BaseException


def prefetch(frames: Iterator[Frame | None], depth: int = 8) -> Iterator[Frame | None]:
    """Decodes ahead on a worker thread (a bounded queue of ``depth`` items), so that decoding a file
    overlaps with inference (:func:`run_ahead`). Closing the generator stops the worker.
    """
    return run_ahead(frames, lambda f: f, depth, "decode-ahead")
