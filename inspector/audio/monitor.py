"""The listening loop of a station: chunks in, attributed speech segments and phrases out.

:class:`AudioMonitor` runs the VAD on each :class:`~inspector.audio.source.AudioChunk`, keeps only
the samples of the speech segment under way (for the phrase spotter, and dropped once the segment
is spotted), attributes each closed segment with the mouth samples the vision side reports
(:meth:`AudioMonitor.add_mouths`), and returns what it heard as :class:`HeardBatch` values. No
audio or text outlives a segment.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from inspector.audio.rules import Heard
from inspector.audio.settings import AudioSettings
from inspector.audio.source import SAMPLE_RATE, AudioChunk
from inspector.audio.speaker import Attribution, MouthSample, attribute
from inspector.audio.spotter import PhraseSpotter
from inspector.audio.vad import SileroVad, SpeechSegment, SpeechTracker


@dataclass(frozen=True)
class HeardBatch:
    """What closed speech segments gave.

    Attributes:
        segments: Each closed segment with its attribution.
        heard: Phrases the spotter heard in them, attributed (empty without a spotter).
    """

    segments: tuple[tuple[SpeechSegment, Attribution], ...]
    heard: tuple[Heard, ...]


class AudioMonitor:
    """Voice activity, attribution and spotting over a stream of chunks.

    Args:
        settings: The station's audio settings (must be enabled).
        vad: The VAD (one per stream).
        spotter: A phrase spotter, or None (voice activity only).
        mouth_history_s: Mouth samples kept for attribution.

    Raises:
        ValueError: Audio is not enabled for the station.
    """

    def __init__(self, settings: AudioSettings, vad: SileroVad, spotter: PhraseSpotter | None = None,
                 mouth_history_s: float = 60.0) -> None:
        if not settings.enabled:
            raise ValueError("audio is off for this station; a manager enables it with [audio] enabled = true")
        self.settings = settings
        self.vad = vad
        self.spotter = spotter
        self._tracker: SpeechTracker | None = None
        self._mouths: deque[MouthSample] = deque()
        self._history_ms = 1000.0 * mouth_history_s
        self._buf: deque[AudioChunk] = deque()
        self._waiting: list[SpeechSegment] = []
        self.vad.reset()

    @property
    def voice_active(self) -> bool:
        """Whether speech is under way now."""
        return self._tracker is not None and self._tracker.in_speech

    def add_mouths(self, samples: Iterable[MouthSample]) -> None:
        """Adds the talking scores of an analysed frame (oldest are forgotten after the history)."""
        self._mouths.extend(samples)
        if self._mouths:
            newest = self._mouths[-1].t_ms
            while self._mouths and self._mouths[0].t_ms < newest - self._history_ms:
                self._mouths.popleft()

    def feed(self, chunk: AudioChunk) -> list[SpeechSegment]:
        """Runs the VAD on a chunk; returns the segments it closed (judge them with :meth:`judge`)."""
        if self._tracker is None:
            self._tracker = SpeechTracker(self.settings.vad, chunk.t_ms)
        if self.spotter is not None:  # without a spotter no audio is kept at all
            self._buf.append(chunk)
        closed = self._tracker.push(self.vad.feed(chunk.samples))
        self._waiting += closed
        self._trim()
        return closed

    def finish(self) -> list[SpeechSegment]:
        """Closes a segment still open at the end of the stream."""
        closed = self._tracker.flush() if self._tracker is not None else []
        self._waiting += closed
        return closed

    def judge(self, until_ms: float | None = None) -> HeardBatch:
        """Attributes and spots the closed segments (those ending by ``until_ms``: give the vision
        side time to report the mouths up to the segment's end plus the attribution margin)."""
        ready = [s for s in self._waiting if until_ms is None or s.end_ms <= until_ms]
        self._waiting = [s for s in self._waiting if s not in ready]
        segs, heard = [], []
        for seg in ready:
            who = attribute(seg, list(self._mouths), self.settings.speaker)
            segs.append((seg, who))
            if self.spotter is not None:
                heard += [Heard(h, who) for h in self.spotter.spot(seg, self._samples(seg))]
        self._trim()
        return HeardBatch(tuple(segs), tuple(heard))

    def _samples(self, seg: SpeechSegment) -> np.ndarray:
        parts = []
        for c in self._buf:
            if c.end_ms <= seg.start_ms or c.t_ms >= seg.end_ms:
                continue
            a = max(0, int((seg.start_ms - c.t_ms) * SAMPLE_RATE / 1000))
            b = min(len(c.samples), int(np.ceil((seg.end_ms - c.t_ms) * SAMPLE_RATE / 1000)))
            parts.append(c.samples[a:b])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def _trim(self) -> None:
        """Drops audio no segment can still need: before the open or waiting segments, with a margin."""
        keep_from = min([s.start_ms for s in self._waiting], default=None)
        if self._tracker is not None and self._tracker.in_speech and self._tracker.open_start_ms is not None:
            start = self._tracker.open_start_ms - self.settings.vad.pad_ms
            keep_from = start if keep_from is None else min(keep_from, start)
        if keep_from is None and self._buf:
            keep_from = self._buf[-1].end_ms - self.settings.vad.pad_ms - 1000.0
        while self._buf and keep_from is not None and self._buf[0].end_ms < keep_from:
            self._buf.popleft()


def attributed(segments: Sequence[tuple[SpeechSegment, Attribution]], speaker: str) -> list[SpeechSegment]:
    """The segments attributed to ``staff``, ``customer`` or ``unknown``."""
    return [s for s, who in segments if who.speaker == speaker]
