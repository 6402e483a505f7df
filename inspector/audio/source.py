"""Audio sources: the audio track of a video file or live stream, and the desk microphone.

Every source yields :class:`AudioChunk` values: 16 kHz mono float32 samples with the stream time
(ms) of their first sample, on the same clock as the frames of :mod:`inspector.sources`:

- a file's audio track: presentation time, counted from the start of the video stream (as the
  frames' times are), so a sound and the frame shown with it carry the same time;
- a live source (microphone, RTSP/HTTP stream): milliseconds since ``clock_origin`` (a
  ``time.monotonic()`` value; pass the camera source's :attr:`~inspector.sources.LiveSource.clock_origin`
  so both share one origin).

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


def _open_container(spec: str, options: dict[str, str] | None = None, timeout: float | None = None):
    """Opens a file or URL with PyAV and checks it has an audio track.

    Raises:
        AudioUnavailable: Missing file, unreadable, or no audio track.
    """
    import av  # part of the base install, imported here to keep this module light

    if "://" not in spec and not Path(spec).is_file():
        raise AudioUnavailable(f"audio: file not found: {spec}")
    try:
        container = av.open(spec, options=options or {}, timeout=timeout)
    except (av.error.FFmpegError, OSError) as e:
        raise AudioUnavailable(f"audio: cannot open {spec}: {e}") from None
    if not container.streams.audio:
        container.close()
        raise AudioUnavailable(f"audio: {spec} has no audio track; the vision rules go on without sound")
    return container


def _decoded_chunks(container: object, spec: str, chunk_ms: int) -> Iterator[AudioChunk]:
    """The container's first audio track as chunks timed from the video stream's start."""
    import av

    stream = container.streams.audio[0]  # type: ignore[attr-defined]
    origin = _stream_origin(container, stream)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    step = max(1, int(SAMPLE_RATE * chunk_ms / 1000))
    pending: list[np.ndarray] = []
    have = 0
    t_next: float | None = None
    try:
        for frame in container.decode(stream):  # type: ignore[attr-defined]
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


def file_audio(path: str | Path, chunk_ms: int = 512) -> Iterator[AudioChunk]:
    """The audio track of a video or audio file, resampled, timed from the video stream's start.

    Args:
        path: File path.
        chunk_ms: Length of the chunks yielded (the last may be shorter).

    Raises:
        AudioUnavailable: Missing or unreadable file, or no audio track.
    """
    spec = str(path)
    container = _open_container(spec)
    try:
        yield from _decoded_chunks(container, spec, chunk_ms)
    finally:
        container.close()


class StreamAudio:
    """The audio track of a live stream (RTSP, HTTP), read on a thread, timed on the live frames' clock.

    A live stream's own timestamps start anywhere, so the first chunk is taken to end when it
    arrives (``time.monotonic()``), on a clock that is 0 at ``clock_origin``, and the stream's
    timestamps carry the rest. Chunks wait in a queue for :meth:`drain`.

    Args:
        url: Stream URL (or a file, read as fast as it decodes).
        clock_origin: ``time.monotonic()`` value that is stream time 0 (the camera source's).
        chunk_ms: Chunk length.
        max_queue: Chunks kept when the reader falls behind; older ones are dropped and counted.
        timeout_s: Seconds to wait for the stream to open or send data.

    Raises:
        AudioUnavailable: The stream cannot be opened or has no audio track.
    """

    def __init__(self, url: str, clock_origin: float | None = None, chunk_ms: int = 256, max_queue: int = 256,
                 timeout_s: float = 10.0) -> None:
        options = {"rtsp_transport": "tcp"} if url.lower().startswith("rtsp") else None
        self.url = url
        self.origin = time.monotonic() if clock_origin is None else clock_origin
        self.dropped = 0
        self.error: str | None = None
        self._container = _open_container(url, options, timeout_s)
        self._q: queue.Queue[AudioChunk] = queue.Queue(maxsize=max_queue)
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(chunk_ms,), name="stream-audio", daemon=True)
        self._thread.start()

    def _read(self, chunk_ms: int) -> None:
        offset: float | None = None
        try:
            for chunk in _decoded_chunks(self._container, self.url, chunk_ms):
                if self._closed.is_set():
                    return
                if offset is None:
                    offset = 1000.0 * (time.monotonic() - self.origin) - chunk.end_ms
                try:
                    self._q.put_nowait(AudioChunk(chunk.samples, chunk.t_ms + offset))
                except queue.Full:
                    self.dropped += 1
        except AudioUnavailable as e:
            self.error = str(e)
        except Exception as e:  # noqa: BLE001 - a closed container ends the thread; say why, never crash
            if not self._closed.is_set():
                self.error = f"audio: {self.url}: {e}"

    @property
    def ended(self) -> bool:
        """Whether the reading thread has stopped (end of stream, error or close)."""
        return not self._thread.is_alive()

    def drain(self) -> list[AudioChunk]:
        """The chunks that have arrived since the last call, without waiting."""
        out = []
        while True:
            try:
                out.append(self._q.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        """Stops reading and closes the stream."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._thread.join(timeout=2.0)
        try:
            self._container.close()
        except Exception:  # noqa: BLE001 - closing a stream that already failed
            pass


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
