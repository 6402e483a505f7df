"""Random-access reading of an evidence clip with PyAV (no Qt).

The clip player asks for frame ``i``; playing forward decodes the next frame of the open decoder,
a jump (scrub, step back) seeks to the key frame before it and decodes forward. Frame times come
from one demux pass at open (packets only, nothing decoded), so the length is exact even when the
container does not announce it.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np


class ClipError(RuntimeError):
    """The clip file is missing or cannot be decoded."""


class ClipReader:
    """Frames of one video file by index.

    Args:
        path: The clip.

    Raises:
        ClipError: Missing file, not a video, or no frame in it.
    """

    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        if not p.is_file():
            raise ClipError(f"clip file not found: {p}")
        self.path = p
        try:
            self._container = av.open(str(p))
            self._stream = self._container.streams.video[0]
        except (av.error.FFmpegError, IndexError, OSError) as e:
            raise ClipError(f"cannot open clip {p}: {e}") from None
        self._tb = float(self._stream.time_base or 0) or 1 / 90000
        try:
            pts = sorted(pk.pts for pk in self._container.demux(self._stream) if pk.pts is not None)
        except av.error.FFmpegError as e:
            raise ClipError(f"clip {p} is damaged: {e}") from None
        if not pts:
            self.close()
            raise ClipError(f"clip {p} contains no video frame")
        self._pts = pts
        rate = self._stream.average_rate
        self.fps = float(rate) if rate else max(1.0, (len(pts) - 1) / max(1e-6, (pts[-1] - pts[0]) * self._tb))
        self._decoder = None
        self._next = 0

    def __len__(self) -> int:
        return len(self._pts)

    def time_s(self, index: int) -> float:
        """Seconds from the first frame to frame ``index``."""
        return (self._pts[index] - self._pts[0]) * self._tb

    def frame(self, index: int) -> np.ndarray:
        """Frame ``index`` as BGR uint8.

        Raises:
            IndexError: Out of range.
            ClipError: Decoding failed.
        """
        if not 0 <= index < len(self._pts):
            raise IndexError(f"frame {index} outside 0..{len(self._pts) - 1}")
        if self._decoder is None or index != self._next:
            self._seek(index)
        target = self._pts[index]
        try:
            for fr in self._decoder:
                if fr.pts is None or fr.pts >= target:
                    self._next = index + 1
                    return fr.to_ndarray(format="bgr24")
        except av.error.FFmpegError as e:
            raise ClipError(f"cannot decode frame {index} of {self.path}: {e}") from None
        raise ClipError(f"clip {self.path} ended before frame {index}")

    def _seek(self, index: int) -> None:
        self._container.seek(int(self._pts[index]), stream=self._stream, backward=True, any_frame=False)
        self._decoder = self._container.decode(self._stream)
        self._next = index

    def close(self) -> None:
        self._container.close()
