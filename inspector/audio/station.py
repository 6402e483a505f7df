"""The desk's sound inside a station's analysis, frame by frame.

:class:`AudioStation` is what :class:`inspector.station.StationMonitor` calls after each analysed
frame: it pulls the audio up to the frame's time from its :class:`AudioFeed`, gives the
:class:`~inspector.audio.monitor.AudioMonitor` the persons' talking scores, and acts on the
speech segments that have closed (once the frames up to their end plus the attribution margin
are in):

- a staff member's greeting phrase (with a spotter), or their speech (voice active while their
  own mouth moves, without one), within the greeting window counts as the greeting's ``speak``
  action (:meth:`inspector.greeting.GreetingMonitor.hear`);
- each forbidden phrase heard becomes a ``forbidden_phrase`` event message for review.

:func:`open_audio_station` builds it from the settings, or says in one line why there is no sound.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator, Sequence

from inspector.audio.monitor import AudioMonitor, HeardBatch
from inspector.audio.rules import forbidden_events
from inspector.audio.settings import AudioSettings
from inspector.audio.source import AudioChunk, AudioUnavailable, MicrophoneSource, StreamAudio, file_audio
from inspector.audio.speaker import mouth_samples
from inspector.audio.spotter import PhraseSpotter, make_spotter
from inspector.audio.vad import SileroVad
from inspector.events import EventMessage
from inspector.greeting_state import PersonState


class AudioFeed:
    """Chunks up to a stream time, from a file's iterator (read ahead as far as asked) or a live
    source that queues them (microphone, stream)."""

    def __init__(self, chunks: Iterator[AudioChunk] | None = None,
                 live: MicrophoneSource | StreamAudio | None = None) -> None:
        self._chunks = chunks
        self.live = live
        """The live source (microphone or stream), or None for a file."""
        self._next: AudioChunk | None = None
        self.ended = False
        self.error: str | None = None

    def upto(self, t_ms: float) -> list[AudioChunk]:
        """The chunks that start by ``t_ms`` (a live source: whatever has arrived)."""
        if self.live is not None:
            if isinstance(self.live, StreamAudio) and self.live.error:
                self.error = self.live.error
            return self.live.drain()
        out: list[AudioChunk] = []
        while not self.ended:
            if self._next is None:
                try:
                    self._next = next(self._chunks, None) if self._chunks is not None else None
                except AudioUnavailable as e:  # the track breaks off: what was heard stays, vision goes on
                    self.error, self._next = str(e), None
                if self._next is None:
                    self.ended = True
                    break
            if self._next.t_ms > t_ms:
                break
            out.append(self._next)
            self._next = None
        return out

    def rest(self) -> list[AudioChunk]:
        """Everything left (end of a file's stream)."""
        return self.upto(float("inf")) if self.live is None else self.live.drain()

    def close(self) -> None:
        if self.live is not None:
            self.live.close()


@dataclass
class AudioTally:
    """What was heard during a run (counts only)."""

    segments: int = 0
    staff: int = 0
    customer: int = 0
    unknown: int = 0
    phrases: dict[str, int] = field(default_factory=dict)


class AudioStation:
    """Runs the sound of one station beside its vision (see the module docstring).

    Args:
        settings: The station's audio settings (enabled).
        feed: Where the audio comes from.
        vad: The VAD.
        station_id: Station name, for the events.
        rules_version: Version recorded on the events.
        origin: Wall-clock time of stream time 0.
        hear: The greeting monitor's :meth:`~inspector.greeting.GreetingMonitor.hear`, or None.
        spotter: The phrase spotter, or None (voice activity only).
    """

    def __init__(self, settings: AudioSettings, feed: AudioFeed, vad: SileroVad, station_id: str,
                 rules_version: str, origin: datetime, hear: Callable[[int, int, float], int] | None = None,
                 spotter: PhraseSpotter | None = None) -> None:
        self.settings = settings
        self.feed_src = feed
        self.monitor = AudioMonitor(settings, vad, spotter)
        self.station_id, self.rules_version, self.origin = station_id, rules_version, origin
        self.hear = hear
        self.tally = AudioTally()

    @property
    def voice_active(self) -> bool:
        """Whether speech is under way (for the screen's indicator)."""
        return self.monitor.voice_active

    def step(self, t_ms: int, states: Sequence[PersonState]) -> list[EventMessage]:
        """After an analysed frame: audio up to ``t_ms`` in, closed segments acted on."""
        self.monitor.add_mouths(mouth_samples(states, self.settings.speaker.min_confidence))
        for chunk in self.feed_src.upto(t_ms):
            self.monitor.feed(chunk)
        return self._act(self.monitor.judge(until_ms=t_ms - self.settings.speaker.margin_ms))

    def finish(self) -> list[EventMessage]:
        """End of the stream: the rest of the audio, and every segment still waiting."""
        for chunk in self.feed_src.rest():
            self.monitor.feed(chunk)
        self.monitor.finish()
        out = self._act(self.monitor.judge())
        self.feed_src.close()
        return out

    def summary(self) -> str:
        """One line on what was heard (counts only), and why the sound stopped early if it did."""
        t = self.tally
        line = (f"audio: {t.segments} speech segment(s): staff {t.staff}, customer {t.customer}, "
                f"unknown {t.unknown}")
        if t.phrases:
            line += "; phrases " + ", ".join(f"{m} {n}" for m, n in sorted(t.phrases.items()))
        elif self.monitor.spotter is None:
            line += "; no phrase spotter installed"
        if self.feed_src.error:
            line += f"; the sound stopped early: {self.feed_src.error}"
        return line

    def _act(self, batch: HeardBatch) -> list[EventMessage]:
        window = self.settings.rules.greeting_window_s
        for seg, who in batch.segments:
            self.tally.segments += 1
            setattr(self.tally, who.speaker, getattr(self.tally, who.speaker) + 1)
            if self.hear is not None and self.monitor.spotter is None and who.speaker == "staff" \
                    and who.track_id is not None:
                self.hear(who.track_id, int(seg.start_ms), window)
        for h in batch.heard:
            self.tally.phrases[h.hit.moment] = self.tally.phrases.get(h.hit.moment, 0) + 1
            if self.hear is not None and h.hit.moment == "greeting" and h.who.speaker == "staff" \
                    and h.who.track_id is not None:
                self.hear(h.who.track_id, int(h.hit.start_ms), window)
        return forbidden_events(batch.heard, self.station_id, self.rules_version, self.origin, self.settings.rules)


def open_audio_station(settings: AudioSettings, video: str | None, station_id: str, rules_version: str,
                       origin: datetime, hear: Callable[[int, int, float], int] | None = None,
                       clock_origin: float | None = None,
                       live_stream: bool = False) -> tuple[AudioStation | None, str | None]:
    """The station's sound as the settings ask, or None with the one-line reason there is none.

    Args:
        settings: The ``[audio]`` settings.
        video: The analysed video file or stream URL (for ``source = "video"``); None for a camera.
        station_id, rules_version, origin: For the events.
        hear: The greeting monitor's ``hear``.
        clock_origin: ``time.monotonic()`` of the frames' time 0 (live sources).
        live_stream: ``video`` is a live stream (its sound is read on a thread, on the live clock).

    Returns:
        (station, None), or (None, reason) when audio is off or cannot be had; the vision rules go on.
    """
    from models.registry import ModelFetchError, ModelMissingError

    if not settings.enabled:
        return None, None
    try:
        if settings.source == "video":
            if video is None:
                return None, ("audio: source = 'video' needs a video file or stream (a camera has no sound track; "
                              "use the microphone); the vision rules go on without sound")
            if live_stream:
                feed = AudioFeed(live=StreamAudio(video, clock_origin=clock_origin))
            else:
                chunks = file_audio(video)
                first = next(chunks, None)  # opens the file now, so a missing track is said at the start
                feed = AudioFeed(_prepend(first, chunks))
        else:
            feed = AudioFeed(live=MicrophoneSource(settings.device, clock_origin=clock_origin))
        vad = SileroVad(threads=settings.vad.threads)
    except AudioUnavailable as e:
        return None, str(e)
    except (ModelMissingError, ModelFetchError) as e:
        return None, f"audio: the VAD model cannot be used ({str(e).splitlines()[0]}); the vision rules go on without sound"
    return AudioStation(settings, feed, vad, station_id, rules_version, origin, hear,
                        make_spotter(settings.phrases)), None


def _prepend(first: AudioChunk | None, rest: Iterator[AudioChunk]) -> Iterator[AudioChunk]:
    if first is not None:
        yield first
        yield from rest
