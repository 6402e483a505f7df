"""Phrase spotting: one interface that a Mandarin recogniser or keyword spotter fills.

A :class:`PhraseSpotter` gets each speech segment's samples (from the voice activity of
:mod:`inspector.audio.vad`) and returns the phrases it heard as :class:`PhraseHit` values: the
moment, the configured phrase, the time and a confidence. Nothing else leaves it: no transcript
is returned or stored.

:class:`TranscriptSpotter` is the spotter for any recogniser that turns samples into text (the
:class:`Recognizer` protocol): it matches the site's phrases in the text with
:func:`~inspector.audio.phrases.find_phrases` and drops the text.

No Mandarin recogniser or keyword-spotting model that a PyPI or npm package carries, under a
licence that allows product use, was found (docs/notes/issue-17.md lists what was searched), so
:func:`make_spotter` returns None with :data:`NO_SPOTTER_REASON`, and the rules fall back to voice
activity and mouth movement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from inspector.audio.phrases import Moment, PhraseSet, find_phrases
from inspector.audio.vad import SpeechSegment

NO_SPOTTER_REASON = ("no Mandarin phrase spotter is installed: no speech model that a registry package carries "
                     "could be had; greetings are judged by voice activity and mouth movement only")


@dataclass(frozen=True)
class PhraseHit:
    """A phrase heard (all that is kept of what was said).

    Attributes:
        moment: Which list the phrase belongs to.
        phrase: The configured phrase.
        start_ms: Stream time the speech segment started.
        end_ms: Stream time it ended.
        confidence: The spotter's confidence in [0, 1].
    """

    moment: Moment
    phrase: str
    start_ms: float
    end_ms: float
    confidence: float


class PhraseSpotter(Protocol):
    """Finds the site's phrases in one speech segment."""

    name: str

    def spot(self, segment: SpeechSegment, samples: np.ndarray) -> list[PhraseHit]:
        """The phrases heard in ``samples`` (16 kHz mono float32, the segment's audio)."""
        ...


class Recognizer(Protocol):
    """A speech recogniser: text and a confidence for a segment's samples."""

    name: str

    def transcribe(self, samples: np.ndarray) -> tuple[str, float]:
        """Recognised text and its confidence in [0, 1]."""
        ...


class TranscriptSpotter:
    """A :class:`PhraseSpotter` over a :class:`Recognizer`: the text is matched, then dropped.

    Args:
        recognizer: The recogniser.
        phrases: The site's phrases.
        min_confidence: Recognitions below this confidence hear nothing.
    """

    def __init__(self, recognizer: Recognizer, phrases: PhraseSet, min_confidence: float = 0.0) -> None:
        self.recognizer = recognizer
        self.phrases = phrases
        self.min_confidence = min_confidence
        self.name = f"transcript:{recognizer.name}"

    def spot(self, segment: SpeechSegment, samples: np.ndarray) -> list[PhraseHit]:
        text, conf = self.recognizer.transcribe(samples)
        if conf < self.min_confidence:
            return []
        return [PhraseHit(moment, phrase, segment.start_ms, segment.end_ms, float(conf))
                for moment, phrase in find_phrases(text, self.phrases)]


def make_spotter(phrases: PhraseSet) -> PhraseSpotter | None:
    """The installed phrase spotter for these phrases, or None (see :data:`NO_SPOTTER_REASON`)."""
    del phrases  # no model can be had yet; a recogniser plugs in here through TranscriptSpotter
    return None
