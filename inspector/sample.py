"""A sample video made from a photo that a PyPI package ships (scikit-image's ``astronaut``).

Used when no camera is connected (the README's run command) and by the replay tests: the
person is at the desk for the first part of the clip, then the post is empty. A station that
watches it is judged by :data:`SAMPLE_REGION`, or on purpose with ``--whole-frame``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


SAMPLE_REGION = (0.1, 0.0, 0.9, 1.0)
"""The sample's post as a station region (normalised x0, y0, x1, y1): the person sits inside it
at the default size (``inspector stations region STATION 0.1,0,0.9,1``)."""


def astronaut_bgr() -> np.ndarray:
    """scikit-image's astronaut photo (512x512, one smiling person) as BGR."""
    try:
        from skimage import data
    except ImportError as e:  # pragma: no cover - scikit-image is a dependency of the sample
        raise RuntimeError("the sample needs scikit-image (pip install scikit-image)") from e
    return np.ascontiguousarray(data.astronaut()[:, :, ::-1])


def sample_frames(seconds_present: float = 6.0, seconds_empty: float = 4.0, fps: float = 10.0,
                  size: tuple[int, int] = (640, 480)) -> list[np.ndarray]:
    """Frames of the sample: the astronaut drifting slightly, then an empty background."""
    import cv2

    w, h = size
    person = cv2.resize(astronaut_bgr(), (h - 40, h - 40))
    background = np.full((h, w, 3), (200, 205, 210), np.uint8)
    frames = []
    n_present = int(round(seconds_present * fps))
    for i in range(n_present + int(round(seconds_empty * fps))):
        img = background.copy()
        if i < n_present:
            dx = int(20 + 8 * np.sin(i / fps))
            img[20:20 + person.shape[0], dx + 80:dx + 80 + person.shape[1]] = person
        frames.append(img)
    return frames


def write_sample_video(path: str | Path, **kwargs) -> Path:
    """Writes the sample as an H.264 MP4 (PyAV) and returns its path."""
    import av

    fps = kwargs.get("fps", 10.0)
    frames = sample_frames(**kwargs)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(p), "w") as out:
        stream = out.add_stream("libx264", rate=int(round(fps)))
        stream.width, stream.height = frames[0].shape[1], frames[0].shape[0]
        stream.pix_fmt = "yuv420p"
        for img in frames:
            for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="bgr24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return p
