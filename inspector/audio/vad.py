"""Voice activity: Silero VAD run with onnxruntime, and speech segments with hysteresis.

The model file is ``silero_vad.onnx`` from the ``silero-vad`` wheel (MIT), listed in the
``audio`` section of ``models/manifest.json`` and verified by size and SHA-256 through
:func:`models.registry.model_path` before onnxruntime opens it. It takes 512-sample windows at
16 kHz with the previous window's last 64 samples in front, and carries a recurrent state
across windows; it returns the probability that the window holds speech.

:class:`SpeechTracker` turns the stream of window probabilities into :class:`SpeechSegment`
values: speech starts when the probability reaches ``threshold`` and ends after
``min_silence_ms`` below ``threshold - hysteresis``; segments shorter than ``min_speech_ms``
are dropped. Only the segments' times and mean probability are kept, never the samples.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from pydantic import Field, model_validator

from inspector.audio.source import SAMPLE_RATE, AudioChunk
from inspector.settings_base import Section

MODEL_NAME = "silero_vad"
"""Manifest name of the VAD model (``audio`` section)."""
WINDOW = 512
"""Samples per model call at 16 kHz (32 ms)."""
CONTEXT = 64
"""Samples of the previous window put in front of each window."""
WINDOW_MS = 1000.0 * WINDOW / SAMPLE_RATE


class VadConfig(Section):
    """How voice activity is decided."""

    threshold: float = Field(0.5, gt=0, lt=1, description="Speech probability at or above which speech starts.")
    hysteresis: float = Field(0.15, ge=0, lt=1, description="Speech goes on while the probability stays above threshold minus this.")
    min_speech_ms: float = Field(250.0, ge=0, le=10000, description="Shorter bursts of voice are not speech (coughs, clicks).")
    min_silence_ms: float = Field(300.0, ge=0, le=10000, description="Silence this long ends a speech segment.")
    pad_ms: float = Field(60.0, ge=0, le=2000, description="Margin added before and after each segment.")
    threads: int = Field(1, ge=1, le=8, description="onnxruntime threads for the VAD (it is small; 1 leaves the cores to the vision models).")

    @model_validator(mode="after")
    def _speech_can_end(self) -> "VadConfig":
        if self.hysteresis >= self.threshold:
            raise ValueError(f"hysteresis ({self.hysteresis}) must be below threshold ({self.threshold}), "
                             "or speech would never end")
        return self


@dataclass(frozen=True)
class SpeechSegment:
    """A stretch of voice.

    Attributes:
        start_ms: Stream time speech started (with the margin).
        end_ms: Stream time it ended (with the margin).
        mean_prob: Mean speech probability of its windows.
    """

    start_ms: float
    end_ms: float
    mean_prob: float

    @property
    def duration_ms(self) -> float:
        return self.end_ms - self.start_ms


class SileroVad:
    """Streaming Silero VAD; feed consecutive 16 kHz samples, get one probability per 32 ms window.

    Args:
        model_path: The ONNX file (default: the verified copy in the model cache).
        threads: onnxruntime intra-op threads.

    Raises:
        models.registry.ModelMissingError: The model is not in the cache.
        models.registry.ModelDigestError: The cached file is not the expected one.
    """

    def __init__(self, model_path: Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        from models.registry import model_path as verified_path

        path = model_path or verified_path(MODEL_NAME)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._sr = np.array(SAMPLE_RATE, dtype=np.int64)
        self.reset()

    def reset(self) -> None:
        """Forgets the state (call between unrelated recordings)."""
        self._state = np.zeros((2, 1, 128), dtype=np.float32)
        self._context = np.zeros((1, CONTEXT), dtype=np.float32)
        self._rest = np.zeros(0, dtype=np.float32)

    def window_prob(self, window: np.ndarray) -> float:
        """Speech probability of one window of exactly :data:`WINDOW` samples (advances the state)."""
        x = np.concatenate([self._context, window.reshape(1, WINDOW).astype(np.float32, copy=False)], axis=1)
        out, self._state = self._session.run(None, {"input": x, "state": self._state, "sr": self._sr})
        self._context = x[:, -CONTEXT:]
        return float(out.reshape(-1)[0])

    def feed(self, samples: np.ndarray) -> np.ndarray:
        """Probabilities of every whole window completed by these samples (the rest waits for the next call)."""
        buf = np.concatenate([self._rest, np.asarray(samples, dtype=np.float32).reshape(-1)])
        n = buf.size // WINDOW
        probs = np.array([self.window_prob(buf[i * WINDOW:(i + 1) * WINDOW]) for i in range(n)], dtype=np.float32)
        self._rest = buf[n * WINDOW:]
        return probs


class SpeechTracker:
    """Speech segments from window probabilities, as they come (hysteresis, minimum lengths).

    Args:
        cfg: Thresholds and lengths.
        t0_ms: Stream time of the first window.
    """

    def __init__(self, cfg: VadConfig, t0_ms: float = 0.0) -> None:
        self.cfg = cfg
        self._t = t0_ms
        self._start: float | None = None
        self._last_voice = 0.0
        self._probs: list[float] = []

    @property
    def in_speech(self) -> bool:
        """Whether a segment is open (voice is active now)."""
        return self._start is not None

    @property
    def open_start_ms(self) -> float | None:
        """Stream time the open segment started (without the margin), or None."""
        return self._start

    def push(self, probs: Iterable[float], t_ms: float | None = None) -> list[SpeechSegment]:
        """Adds consecutive window probabilities; returns the segments they closed.

        Args:
            probs: One probability per :data:`WINDOW_MS` window.
            t_ms: Stream time of the first of them (default: right after the previous ones).
        """
        if t_ms is not None:
            self._t = t_ms
        done = []
        low = self.cfg.threshold - self.cfg.hysteresis
        for p in probs:
            t = self._t
            self._t += WINDOW_MS
            if self._start is None:
                if p >= self.cfg.threshold:
                    self._start, self._last_voice, self._probs = t, t + WINDOW_MS, [p]
                continue
            self._probs.append(p)
            if p >= low:
                self._last_voice = t + WINDOW_MS
            elif t + WINDOW_MS - self._last_voice >= self.cfg.min_silence_ms:
                seg = self._close()
                if seg is not None:
                    done.append(seg)
        return done

    def flush(self) -> list[SpeechSegment]:
        """Closes an open segment at the end of the stream."""
        seg = self._close() if self._start is not None else None
        return [seg] if seg is not None else []

    def _close(self) -> SpeechSegment | None:
        start, end = self._start, self._last_voice
        n_voiced = max(1, round((end - start) / WINDOW_MS))
        mean = float(np.mean(self._probs[:n_voiced]))
        self._start, self._probs = None, []
        if end - start < self.cfg.min_speech_ms:
            return None
        return SpeechSegment(max(0.0, start - self.cfg.pad_ms), end + self.cfg.pad_ms, mean)


def speech_segments(chunks: Iterable[AudioChunk], vad: SileroVad, cfg: VadConfig) -> Iterator[SpeechSegment]:
    """Speech segments of a stream of chunks (consecutive, as a source yields them)."""
    vad.reset()
    tracker: SpeechTracker | None = None
    for chunk in chunks:
        if tracker is None:
            tracker = SpeechTracker(cfg, chunk.t_ms)
        yield from tracker.push(vad.feed(chunk.samples))
    if tracker is not None:
        yield from tracker.flush()
