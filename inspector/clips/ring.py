"""The ring buffer of recent frames, kept as JPEG bytes (not raw pixels) for clips of live sources."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


from inspector.clips.settings import ClipSettings


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


