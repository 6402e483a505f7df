"""Audio sources: the audio track of a video file or stream, and the desk microphone.

Every source yields :class:`AudioChunk` values: 16 kHz mono float32 samples with the stream time
(ms) of their first sample, on the same clock as the frames of :mod:`inspector.sources`:

- a file's audio track: presentation time, counted from the start of the video stream (as the
  frames' times are), so a sound and the frame shown with it carry the same time;
- a live source (microphone, RTSP): milliseconds since ``clock_origin`` (a ``time.monotonic()``
  value; pass the frame source's own start so both share one origin).

A missing device, a file without an audio track or a missing PortAudio library raise
:class:`AudioUnavailable` with a one-line message; the caller goes on with the vision rules.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from inspector.errors import UserError

SAMPLE_RATE = 16000
"""Samples per second of every chunk (what the voice models expect)."""


class AudioUnavailable(UserError):
    """No audio can be had from this source; the message says why, and the vision rules go on."""


@dataclass(frozen=True)
class AudioChunk:
    """A run of mono samples.

    Attributes:
        samples: float32 samples in [-1, 1] at :data:`SAMPLE_RATE`.
        t_ms: Stream time of the first sample (ms), on the frames' clock.
    """

    samples: np.ndarray
    t_ms: float

    @property
    def end_ms(self) -> float:
        """Stream time just after the last sample."""
        return self.t_ms + 1000.0 * len(self.samples) / SAMPLE_RATE


def _seconds(pts: int | None, time_base: object) -> float | None:
    return None if pts is None or time_base is None else float(pts * time_base)


def file_audio(path: str | Path, chunk_ms: int = 512) -> Iterator[AudioChunk]:
    """The audio track of a video or audio file (or a stream URL PyAV can open), resampled.

    Args:
        path: File path or URL.
        chunk_ms: Length of the chunks yielded (the last may be shorter).

    Raises:
        AudioUnavailable: Missing or unreadable file, or no audio track.
    """
    import av  # part of the base install, imported here to keep this module light

    spec = str(path)
    if "://" not in spec and not Path(spec).is_file():
        raise AudioUnavailable(f"audio: file not found: {spec}")
    try:
        container = av.open(spec)
    except (av.error.FFmpegError, OSError) as e:
        raise AudioUnavailable(f"audio: cannot open {spec}: {e}") from None
    try:
        if not container.streams.audio:
            raise AudioUnavailable(f"audio: {spec} has no audio track; the vision rules go on without sound")
        stream = container.streams.audio[0]
        origin = _stream_origin(container, stream)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        step = max(1, int(SAMPLE_RATE * chunk_ms / 1000))
        pending: list[np.ndarray] = []
        have = 0
        t_next: float | None = None
        try:
            for frame in container.decode(stream):
                if t_next is None:
                    start = _seconds(frame.pts, frame.time_base)
                    t_next = 1000.0 * ((start if start is not None else origin) - origin)
                for out in resampler.resample(frame):
                    pending.append(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))
                    have += pending[-1].size
                while have >= step:
                    buf = np.concatenate(pending)
                    yield AudioChunk(buf[:step].copy(), t_next)
                    t_next += 1000.0 * step / SAMPLE_RATE
                    pending, have = [buf[step:]], buf.size - step
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))
                have += pending[-1].size
        except av.error.FFmpegError as e:
            raise AudioUnavailable(f"audio: {spec} breaks off while decoding: {e}") from None
        if have and t_next is not None:
            yield AudioChunk(np.concatenate(pending), t_next)
    finally:
        container.close()


def _stream_origin(container: object, audio_stream: object) -> float:
    """Seconds that map to stream time 0: the video stream's start (as the frames count), else the audio's."""
    video = container.streams.video  # type: ignore[attr-defined]
    ref = video[0] if video else audio_stream
    start = _seconds(ref.start_time, ref.time_base)  # type: ignore[attr-defined]
    return start if start is not None else 0.0


def read_all(path: str | Path) -> AudioChunk:
    """The whole audio track of a file as one chunk.

    Raises:
        AudioUnavailable: As :func:`file_audio`; also for a track with no samples.
    """
    chunks = list(file_audio(path))
    if not chunks:
        raise AudioUnavailable(f"audio: {path} has an audio track with no samples")
    return AudioChunk(np.concatenate([c.samples for c in chunks]), chunks[0].t_ms)


# --- microphone -------------------------------------------------------------------------------

@dataclass(frozen=True)
class InputDevice:
    """A sound input device.

    Attributes:
        index: PortAudio device index (what ``device`` settings take).
        name: Device name.
        channels: Input channels.
        default_rate: Default sample rate.
        is_default: The system's default input.
    """

    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool


def _sounddevice():
    """The sounddevice module, or :class:`AudioUnavailable` naming what is missing."""
    try:
        import sounddevice
    except OSError:
        raise AudioUnavailable("microphone: the PortAudio library is missing (Debian: apt-get install libportaudio2); "
                               "the vision rules go on without sound") from None
    except ImportError:
        raise AudioUnavailable("microphone: the sounddevice package is not installed "
                               "(pip install sounddevice); the vision rules go on without sound") from None
    return sounddevice


def list_input_devices() -> list[InputDevice]:
    """The machine's sound input devices.

    Raises:
        AudioUnavailable: PortAudio or sounddevice missing.
    """
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except sd.PortAudioError as e:
        raise AudioUnavailable(f"microphone: cannot list sound devices: {e}") from None
    return [InputDevice(i, str(d["name"]), int(d["max_input_channels"]), float(d["default_samplerate"]),
                        i == default_in)
            for i, d in enumerate(devices) if int(d["max_input_channels"]) > 0]


def resolve_device(device: int | str | None, devices: list[InputDevice]) -> InputDevice:
    """The input device a setting names: an index, a part of its name, or None for the default.

    Raises:
        AudioUnavailable: No input device, or none matching.
    """
    if not devices:
        raise AudioUnavailable("microphone: this machine has no sound input device; the vision rules go on without sound")
    if device is None or device == "":
        return next((d for d in devices if d.is_default), devices[0])
    if isinstance(device, int) or (isinstance(device, str) and device.isdigit()):
        idx = int(device)
        for d in devices:
            if d.index == idx:
                return d
    else:
        hits = [d for d in devices if device.lower() in d.name.lower()]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise AudioUnavailable(f"microphone: {device!r} matches several inputs: "
                                   + ", ".join(f"{d.index} {d.name}" for d in hits))
    raise AudioUnavailable(f"microphone: no input device {device!r}; inputs: "
                           + ", ".join(f"{d.index} {d.name}" for d in devices))


def captured_chunk(indata: np.ndarray, now_s: float, origin_s: float) -> AudioChunk:
    """A chunk from a capture callback's block (frames x channels; the first channel is used), timed
    so that it ends at ``now_s`` (``time.monotonic()`` when the block arrived) on a clock that is 0 at
    ``origin_s``."""
    samples = np.asarray(indata)[:, 0].astype(np.float32, copy=True)
    return AudioChunk(samples, 1000.0 * (now_s - origin_s) - 1000.0 * samples.size / SAMPLE_RATE)


class MicrophoneSource:
    """The desk microphone, read in a PortAudio callback thread.

    Args:
        device: Index, part of the name, or None for the default input.
        chunk_ms: Length of the chunks.
        clock_origin: ``time.monotonic()`` value that is stream time 0 (default: when opened).
        max_queue: Chunks kept when the reader falls behind; older ones are dropped and counted.

    Raises:
        AudioUnavailable: PortAudio missing, no such device, or the device cannot be opened.
    """

    def __init__(self, device: int | str | None = None, chunk_ms: int = 32, clock_origin: float | None = None,
                 max_queue: int = 256) -> None:
        sd = _sounddevice()
        self.device = resolve_device(device, list_input_devices())
        self.origin = time.monotonic() if clock_origin is None else clock_origin
        self.dropped = 0
        self._q: queue.Queue[AudioChunk | None] = queue.Queue(maxsize=max_queue)
        self._closed = threading.Event()
        block = int(SAMPLE_RATE * chunk_ms / 1000)

        def callback(indata: np.ndarray, frames: int, _time: object, _status: object) -> None:
            chunk = captured_chunk(indata, time.monotonic(), self.origin)
            try:
                self._q.put_nowait(chunk)
            except queue.Full:
                self.dropped += 1

        try:
            self._stream = sd.InputStream(device=self.device.index, channels=1, samplerate=SAMPLE_RATE,
                                          blocksize=block, dtype="float32", callback=callback)
            self._stream.start()
        except (sd.PortAudioError, ValueError) as e:
            raise AudioUnavailable(f"microphone: cannot open {self.device.name!r}: {e}") from None

    def __iter__(self) -> Iterator[AudioChunk]:
        while not self._closed.is_set():
            try:
                item = self._q.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is None:
                return
            yield item

    def drain(self) -> list[AudioChunk]:
        """The chunks that have arrived since the last call, without waiting."""
        out = []
        while True:
            try:
                item = self._q.get_nowait()
            except queue.Empty:
                return out
            if item is not None:
                out.append(item)

    def close(self) -> None:
        """Stops the stream and ends iteration."""
        if self._closed.is_set():
            return
        self._closed.set()
        try:
            self._stream.stop()
            self._stream.close()
        finally:
            try:
                self._q.put_nowait(None)
            except queue.Full:
                pass

    def __enter__(self) -> "MicrophoneSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
