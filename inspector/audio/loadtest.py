"""The vision pipeline's speed with the desk's sound on, against vision alone.

:class:`RealTimeVad` feeds the VAD from a thread at the pace a microphone would (one chunk per
chunk length of wall time), as a listening station does beside the camera. :func:`bench_with_audio`
times the full vision pipeline on the same in-memory frames alternately without and with it, and
reports the medians, their ratio and whether the VAD kept up with real time.
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass

import numpy as np

from inspector.audio.source import SAMPLE_RATE
from inspector.audio.vad import SileroVad


class RealTimeVad:
    """Runs the VAD on looped samples at real-time pace in a thread (``with`` starts and stops it).

    Args:
        vad: The VAD.
        samples: 16 kHz mono samples, looped.
        chunk_ms: Chunk length (the pace).
    """

    def __init__(self, vad: SileroVad, samples: np.ndarray, chunk_ms: int = 32) -> None:
        self.vad = vad
        self.samples = samples.astype(np.float32)
        self.step = int(SAMPLE_RATE * chunk_ms / 1000)
        self.chunk_s = self.step / SAMPLE_RATE
        self.busy_s = 0.0
        self.audio_s = 0.0
        self.max_lag_s = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vad-load", daemon=True)

    def _run(self) -> None:
        self.vad.reset()
        pos, t_start = 0, time.perf_counter()
        while not self._stop.is_set():
            due = t_start + self.audio_s + self.chunk_s  # the chunk is complete at this wall time
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            chunk = self.samples[pos:pos + self.step]
            if chunk.size < self.step:
                pos, chunk = 0, self.samples[: self.step]
            pos += self.step
            t0 = time.perf_counter()
            self.vad.feed(chunk)
            self.busy_s += time.perf_counter() - t0
            self.audio_s += self.chunk_s
            self.max_lag_s = max(self.max_lag_s, time.perf_counter() - due)

    @property
    def rtf(self) -> float:
        """VAD compute time over audio time."""
        return self.busy_s / self.audio_s if self.audio_s else 0.0

    def __enter__(self) -> "RealTimeVad":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


@dataclass(frozen=True)
class AudioBenchResult:
    """Pipeline speed with and without the sound."""

    source: str
    frames: int
    rounds: int
    vision_fps: float
    with_audio_fps: float
    vad_rtf: float
    max_lag_s: float

    @property
    def ratio(self) -> float:
        return self.with_audio_fps / self.vision_fps if self.vision_fps else 0.0

    def format(self) -> str:
        return (f"source: {self.source} ({self.frames} frames; medians of {self.rounds} alternate timings)\n"
                f"vision pipeline alone:         {self.vision_fps:6.2f} fps\n"
                f"with the VAD at real-time pace: {self.with_audio_fps:6.2f} fps  (ratio {self.ratio:.3f})\n"
                f"VAD real-time factor under load: {self.vad_rtf:.4f}; worst lag behind real time {self.max_lag_s * 1000:.0f} ms")


def bench_with_audio(spec: str, samples: np.ndarray, max_frames: int = 100, warmup: int = 5,
                     rounds: int = 3) -> AudioBenchResult:
    """Times the vision pipeline on the same frames alternately without and with :class:`RealTimeVad`.

    Raises:
        ValueError: Too few frames in the source.
    """
    from inspector.bench import load_frames
    from inspector.config import InspectorConfig
    from inspector.pipeline import Pipeline

    cfg = InspectorConfig()
    frames = load_frames(spec, max_frames + warmup)
    if len(frames) <= warmup:
        raise ValueError(f"{spec}: only {len(frames)} frame(s); need more than {warmup}")

    def time_pipeline() -> float:
        with Pipeline(cfg, "video") as pipe:
            for f in frames[:warmup]:
                pipe.process(f)
            t0 = time.perf_counter()
            for _ in pipe.stream(frames[warmup:]):
                pass
            return time.perf_counter() - t0

    vad = SileroVad(threads=cfg.audio.vad.threads)
    alone, loaded, rtfs, lags = [], [], [], []
    for _ in range(max(1, rounds)):
        alone.append(time_pipeline())
        with RealTimeVad(vad, samples) as load:
            loaded.append(time_pipeline())
        rtfs.append(load.rtf)
        lags.append(load.max_lag_s)
    n = len(frames) - warmup
    return AudioBenchResult(spec, n, max(1, rounds), n / statistics.median(alone), n / statistics.median(loaded),
                            statistics.median(rtfs), max(lags))
