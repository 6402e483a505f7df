"""A still frame of a source for the calibration dialog, read without freezing the window."""

from __future__ import annotations

import threading
from typing import Callable

import numpy as np

from inspector.sources import open_source


def first_frame(spec: str) -> np.ndarray | None:
    """The first frame of a camera, file or stream (no reconnection), or None."""
    with open_source(spec, max_retries=0) as source:
        frame = next(iter(source), None)
    return None if frame is None else frame.image


def grab_still(spec: str, timeout_s: float,
               read: Callable[[str], np.ndarray | None] = first_frame) -> np.ndarray | None:
    """``read(spec)`` on a daemon thread of its own: a stream that does not answer within
    ``timeout_s`` is left behind (it neither blocks the next attempt nor the app's exit).

    Raises:
        TimeoutError: No answer in time.
        SourceError, OSError: The source cannot be opened or read.
    """
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["frame"] = read(spec)
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = e

    worker = threading.Thread(target=work, name="still-frame", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise TimeoutError(spec)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("frame")  # type: ignore[return-value]
