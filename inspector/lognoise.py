"""Filters the native log lines MediaPipe and TensorFlow Lite write straight to file descriptor 2.

Those lines ("W0000 ... inference_feedback_manager ...", "INFO: Created TensorFlow Lite XNNPACK
delegate", LiteRT's "WARNING: [model_load.cc:402] Sparsity tensors may not yet be fully supported.") say nothing a user can act on and bury the command's own messages. The filter
re-routes fd 2 through a pipe and drops only lines of those shapes; everything else, including
Python tracebacks and native errors (E/F severity), passes through unchanged.
"""

from __future__ import annotations

import os
import re
import sys
import threading

NOISE = re.compile(
    rb"^(?:[WI]\d{4} [\d:. ]+\s*\d+ \S+\.cc:\d+\]"
    rb"|INFO: Created TensorFlow Lite"
    rb"|(?:INFO|WARNING): \[[\w./-]+\.cc:\d+\] "  # LiteRT (MediaPipe 0.10.2x): "WARNING: [model_load.cc:402] ..."
    rb"|WARNING: Logging before InitGoogle\(\))"
)


class NativeLogFilter:
    """Context manager that drops MediaPipe's info/warning lines from stderr."""

    def __init__(self) -> None:
        self._saved: int | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "NativeLogFilter":
        try:
            sys.stderr.flush()
            self._saved = os.dup(2)
            r, w = os.pipe()
            os.dup2(w, 2)
            os.close(w)
        except OSError:
            self._saved = None
            return self
        saved = self._saved

        def pump() -> None:
            with os.fdopen(r, "rb", buffering=0) as src:
                buf = b""
                while True:
                    chunk = src.read(4096)
                    if not chunk:
                        break
                    buf += chunk
                    *lines, buf = buf.split(b"\n")
                    out = b"".join(line + b"\n" for line in lines if not NOISE.match(line))
                    if out:
                        os.write(saved, out)
                if buf and not NOISE.match(buf):
                    os.write(saved, buf)

        self._thread = threading.Thread(target=pump, name="stderr-filter", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is None:
            return
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        os.dup2(self._saved, 2)  # closes the pipe's write end held by fd 2 → pump sees EOF
        if self._thread is not None:
            self._thread.join(timeout=2)
        os.close(self._saved)
        self._saved = None
