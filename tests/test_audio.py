"""Hearing the desk (issue 17): sources, voice activity, phrases, who spoke, rules, privacy.

The speech fixture ``tests/fixtures/audio/espeak_cmn_greeting.wav`` is espeak-ng's Mandarin
voice saying 您好，欢迎光临。请问您办理什么业务？ — synthetic speech, for the plumbing only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from pydantic import ValidationError

from inspector.audio.monitor import AudioMonitor
from inspector.audio.phrases import PhraseSet, find_phrases, normalize
from inspector.audio.rules import FORBIDDEN_RULE, AudioRuleConfig, ForbiddenSpec, Heard, check_expected, forbidden_events
from inspector.audio.settings import AudioSettings
from inspector.audio.source import (SAMPLE_RATE, AudioChunk, AudioUnavailable, InputDevice, file_audio, read_all,
                                    resolve_device)
from inspector.audio.speaker import Attribution, MouthSample, SpeakerConfig, attribute
from inspector.audio.spotter import PhraseHit, TranscriptSpotter, make_spotter
from inspector.audio.vad import WINDOW, WINDOW_MS, SileroVad, SpeechSegment, SpeechTracker, VadConfig, speech_segments
from inspector.config import ConfigError, parse_config
from inspector.events import STATION_TRACK, EventStarted
from inspector.types import Role

REPO = Path(__file__).resolve().parents[1]
SPEECH = REPO / "tests" / "fixtures" / "audio" / "espeak_cmn_greeting.wav"


@pytest.fixture(scope="module")
def vad() -> SileroVad:
    from models.registry import ModelDigestError, ModelMissingError

    try:
        return SileroVad()
    except (ModelMissingError, ModelDigestError) as e:
        pytest.skip(f"VAD model not available: {e}")


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return read_all(SPEECH).samples


def make_video(path: Path, seconds: float, audio: np.ndarray | None, audio_start_s: float = 0.0) -> Path:
    """A 10 fps 64x48 video; with ``audio`` (16 kHz mono float32), an AAC track starting at ``audio_start_s``."""
    with av.open(str(path), mode="w") as c:
        v = c.add_stream("libx264", rate=10)
        v.width, v.height, v.pix_fmt = 64, 48, "yuv420p"
        a = None
        if audio is not None:
            a = c.add_stream("aac", rate=SAMPLE_RATE)
            a.layout = "mono"
        for i in range(int(seconds * 10)):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i % 255, np.uint8), format="bgr24")
            frame.pts = i
            for p in v.encode(frame):
                c.mux(p)
        for p in v.encode(None):
            c.mux(p)
        if a is not None:
            full = np.concatenate([np.zeros(int(audio_start_s * SAMPLE_RATE), np.float32), audio]).astype(np.float32)
            step = 1024
            for k in range(0, full.size, step):
                af = av.AudioFrame.from_ndarray(full[k:k + step].reshape(1, -1), format="flt", layout="mono")
                af.sample_rate = SAMPLE_RATE
                af.pts = k
                af.time_base = Fraction(1, SAMPLE_RATE)
                for p in a.encode(af):
                    c.mux(p)
            for p in a.encode(None):
                c.mux(p)
    return path


# --- sources ----------------------------------------------------------------------------------

def test_file_audio_is_16k_mono_and_continuous():
    chunks = list(file_audio(SPEECH, chunk_ms=256))
    assert chunks[0].t_ms == 0.0
    assert all(c.samples.dtype == np.float32 for c in chunks)
    for a, b in zip(chunks, chunks[1:]):
        assert b.t_ms == pytest.approx(a.end_ms)
    total = sum(len(c.samples) for c in chunks) / SAMPLE_RATE
    assert 7.0 < total < 8.0
    assert max(float(np.abs(c.samples).max()) for c in chunks) > 0.1


def test_video_sound_lands_on_the_frames_clock(tmp_path, vad, speech):
    video = make_video(tmp_path / "desk.mp4", 8.0, speech[: 3 * SAMPLE_RATE], audio_start_s=2.0)
    segs = list(speech_segments(file_audio(video), vad, VadConfig()))
    assert segs, "the speech in the video's audio track was not heard"
    assert segs[0].start_ms == pytest.approx(2000, abs=250)


def test_video_without_audio_says_so(tmp_path):
    video = make_video(tmp_path / "silent.mp4", 1.0, None)
    with pytest.raises(AudioUnavailable, match="no audio track; the vision rules go on"):
        list(file_audio(video))


def test_missing_and_broken_files(tmp_path):
    with pytest.raises(AudioUnavailable, match="file not found"):
        list(file_audio(tmp_path / "nope.mp4"))
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all")
    with pytest.raises(AudioUnavailable, match="cannot open"):
        list(file_audio(bad))


def test_microphone_device_selection():
    devices = [InputDevice(0, "Built-in Microphone", 2, 48000.0, False),
               InputDevice(3, "USB Desk Mic", 1, 16000.0, True),
               InputDevice(5, "USB Headset", 1, 16000.0, False)]
    assert resolve_device(None, devices).index == 3
    assert resolve_device("5", devices).name == "USB Headset"
    assert resolve_device(0, devices).index == 0
    assert resolve_device("desk", devices).index == 3
    with pytest.raises(AudioUnavailable, match="matches several inputs"):
        resolve_device("usb", devices)
    with pytest.raises(AudioUnavailable, match="no input device 'camera'"):
        resolve_device("camera", devices)
    with pytest.raises(AudioUnavailable, match="no sound input device"):
        resolve_device(None, [])


def test_microphone_unavailable_gives_one_clear_line():
    from inspector.audio.source import MicrophoneSource

    try:
        mic = MicrophoneSource(device="no such microphone anywhere")
    except AudioUnavailable as e:
        assert "\n" not in str(e) and str(e).startswith("microphone:")
    else:  # pragma: no cover - only on a machine with such a device
        mic.close()
        pytest.fail("a device that does not exist was opened")


# --- voice activity ---------------------------------------------------------------------------

def test_vad_hears_speech_not_silence_or_noise(vad, speech):
    vad.reset()
    assert float(np.mean(vad.feed(speech) >= 0.5)) > 0.6
    vad.reset()
    assert vad.feed(np.zeros(2 * SAMPLE_RATE, np.float32)).max() < 0.2
    vad.reset()
    noise = np.random.default_rng(0).normal(0, 0.02, 3 * SAMPLE_RATE).astype(np.float32)
    assert vad.feed(noise).max() < 0.5


def test_vad_streaming_matches_one_shot(vad, speech):
    x = speech[: 2 * SAMPLE_RATE]
    vad.reset()
    whole = vad.feed(x)
    vad.reset()
    parts, i = [], 0
    for n in (100, 700, 513, 4000, 9999, 30000):
        parts.append(vad.feed(x[i:i + n]))
        i += n
    parts.append(vad.feed(x[i:]))
    assert np.allclose(np.concatenate(parts), whole, atol=1e-5)
    assert whole.size == x.size // WINDOW


def test_vad_model_is_verified_by_digest(tmp_path):
    from models.registry import ModelDigestError, ModelMissingError, load_manifest, model_path

    spec = load_manifest()["silero_vad"]
    assert spec.license == "MIT" and spec.mirrors[0].pypi.startswith("silero-vad==")
    with pytest.raises(ModelMissingError, match="silero_vad.onnx is missing"):
        model_path("silero_vad", tmp_path)
    (tmp_path / spec.file).write_bytes(b"\0" * spec.bytes)
    with pytest.raises(ModelDigestError, match="digest mismatch"):
        model_path("silero_vad", tmp_path)


def test_speech_tracker_hysteresis_and_minimum_length():
    cfg = VadConfig(threshold=0.5, hysteresis=0.15, min_speech_ms=250, min_silence_ms=300, pad_ms=0)
    tr = SpeechTracker(cfg, t0_ms=1000)
    probs = [0.1] * 5 + [0.9] * 20 + [0.4] * 5 + [0.9] * 5 + [0.1] * 15 + [0.9] * 3 + [0.1] * 20
    segs = tr.push(probs) + tr.flush()
    assert len(segs) == 1, "a dip to 0.4 (above 0.35) does not end speech; a 96 ms burst is no speech"
    assert segs[0].start_ms == pytest.approx(1000 + 5 * WINDOW_MS)
    assert segs[0].end_ms == pytest.approx(1000 + 35 * WINDOW_MS)
    tr2 = SpeechTracker(cfg)
    tr2.push([0.9] * 20)
    assert tr2.in_speech and tr2.flush()[0].end_ms == pytest.approx(20 * WINDOW_MS)


# --- phrases ----------------------------------------------------------------------------------

def test_phrases_match_across_punctuation_and_width():
    p = PhraseSet()
    assert normalize("您好，欢迎光临！ ＡＢＣ") == "您好欢迎光临abc"
    assert find_phrases("您好，欢迎光临。", p) == [("greeting", "欢迎光临")]
    assert find_phrases("对不起，请您稍等片刻", p) == [("please_wait", "请您稍等")]
    assert find_phrases("不好意思让您久等了", p) == [("sorry_for_waiting", "让您久等了")]
    assert find_phrases("你问我，我问谁？", p) == [("forbidden", "你问我我问谁")]
    assert find_phrases("今天天气很好", p) == []


def test_phrases_are_site_configuration():
    cfg = parse_config({"audio": {"enabled": True, "phrases": {"greeting": ["早上好"]}}})
    assert cfg.audio.enabled and cfg.audio.phrases.greeting == ("早上好",)
    assert parse_config({}).audio.enabled is False, "audio must be off until a manager enables it"
    with pytest.raises(ConfigError, match="audio.phrases.greting"):
        parse_config({"audio": {"phrases": {"greting": ["x"]}}})
    with pytest.raises(ValidationError, match="cannot be heard"):
        PhraseSet(forbidden=("，。",))
    with pytest.raises(ConfigError, match="speech would never end"):
        parse_config({"audio": {"vad": {"threshold": 0.1, "hysteresis": 0.2}}})
    for name, field in AudioSettings.model_fields.items():
        assert field.description, name


# --- who spoke --------------------------------------------------------------------------------

def _mouths(staff: float, customer: float, t0: float = 0, t1: float = 2000) -> list[MouthSample]:
    ts = np.arange(t0, t1, 100.0)
    return ([MouthSample(float(t), 1, Role.STAFF, staff) for t in ts]
            + [MouthSample(float(t), 2, Role.CUSTOMER, customer) for t in ts])


@pytest.mark.parametrize("staff,customer,who,track", [
    (0.8, 0.1, "staff", 1), (0.1, 0.8, "customer", 2), (0.8, 0.75, "unknown", None),
    (0.8, 0.5, "staff", 1), (0.45, 0.9, "customer", 2), (0.1, 0.1, "unknown", None),
])
def test_attribution_by_moving_mouth(staff, customer, who, track):
    seg = SpeechSegment(500, 1500, 0.9)
    a = attribute(seg, _mouths(staff, customer), SpeakerConfig())
    assert (a.speaker, a.track_id) == (who, track)


def test_attribution_looks_only_at_the_segment():
    talk_later = [MouthSample(float(t), 1, Role.STAFF, 0.9) for t in range(5000, 7000, 100)]
    assert attribute(SpeechSegment(500, 1500, 0.9), talk_later, SpeakerConfig()).speaker == "unknown"


# --- rules ------------------------------------------------------------------------------------

STAFF = Attribution("staff", 1, 0.8)
CUSTOMER = Attribution("customer", 2, 0.8)
NOBODY = Attribution("unknown", None, 0.2)


def _heard(moment, phrase, t, who=STAFF, conf=0.9) -> Heard:
    return Heard(PhraseHit(moment, phrase, t, t + 800, conf), who)


def test_forbidden_phrase_is_an_event_for_review_never_charged_for_the_customer():
    cfg = AudioRuleConfig()
    origin = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    heard = [_heard("forbidden", "不知道", 60_000), _heard("forbidden", "我没空", 70_000, CUSTOMER),
             _heard("forbidden", "我管不着", 80_000, NOBODY), _heard("forbidden", "你看着办", 90_000, conf=0.2),
             _heard("greeting", "您好", 95_000)]
    msgs = forbidden_events(heard, "desk-1", "v1", origin, cfg)
    events = [m.event for m in msgs if isinstance(m, EventStarted)]
    assert [(e.rule_id, e.track_id, dict(e.trigger)["phrase"]) for e in events] == [
        (FORBIDDEN_RULE, 1, "不知道"), (FORBIDDEN_RULE, STATION_TRACK, "我管不着")]
    assert events[0].start_at == datetime(2026, 3, 2, 9, 1, tzinfo=timezone.utc)
    assert events[0].severity == "high" and events[0].points == 2.0
    strict = AudioRuleConfig(forbidden=ForbiddenSpec(raise_unattributed=False))
    assert len(forbidden_events(heard, "desk-1", "v1", origin, strict)) == 2
    off = AudioRuleConfig(forbidden=ForbiddenSpec(enabled=False))
    assert forbidden_events(heard, "desk-1", "v1", origin, off) == []


def test_three_sounds_expected_phrases():
    cfg = AudioRuleConfig(please_wait_window_s=10, sorry_window_s=10, goodbye_window_s=5)
    heard = [_heard("please_wait", "请稍等", 4_000), _heard("goodbye", "再见", 57_000)]
    assert check_expected("please_wait", 0, 1, heard, cfg).heard_ms == 4_000
    assert not check_expected("please_wait", 20_000, 1, heard, cfg).heard
    assert check_expected("goodbye", 60_000, 1, heard, cfg).heard, "goodbye may come just before leaving"
    assert not check_expected("sorry_for_waiting", 30_000, 1, heard, cfg).heard
    with pytest.raises(ValueError, match="no phrase is expected"):
        check_expected("forbidden", 0, 1, heard, cfg)


# --- the listening loop and privacy ------------------------------------------------------------

def _chunks(x: np.ndarray, t0: float = 0.0, n: int = 4000):
    for i in range(0, x.size, n):
        yield AudioChunk(x[i:i + n], t0 + 1000.0 * i / SAMPLE_RATE)


def test_monitor_is_off_until_enabled(vad):
    with pytest.raises(ValueError, match="audio is off for this station"):
        AudioMonitor(AudioSettings(), vad)


def test_monitor_attributes_speech_and_keeps_no_audio_without_spotter(vad, speech):
    settings = AudioSettings(enabled=True)
    assert make_spotter(settings.phrases) is None
    mon = AudioMonitor(settings, vad)
    x = np.concatenate([np.zeros(SAMPLE_RATE, np.float32), speech, np.zeros(SAMPLE_RATE, np.float32)])
    end = 1000.0 * x.size / SAMPLE_RATE
    mon.add_mouths(MouthSample(float(t), 1, Role.STAFF, 0.8) for t in np.arange(0, end, 100))
    for c in _chunks(x):
        mon.feed(c)
        assert not mon._buf, "no audio may be kept without a phrase spotter"
    mon.finish()
    batch = mon.judge()
    assert batch.segments and all(who.speaker == "staff" for _, who in batch.segments)
    assert batch.heard == ()
    assert batch.segments[0][0].start_ms == pytest.approx(1000, abs=200)


class FixedRecognizer:
    """Stands in for a recogniser in this test only: always 'hears' the same words."""

    name = "fixed"

    def __init__(self, text: str) -> None:
        self.text = text
        self.lengths: list[int] = []

    def transcribe(self, samples: np.ndarray) -> tuple[str, float]:
        self.lengths.append(samples.size)
        return self.text, 0.8


def test_monitor_with_a_spotter_keeps_only_phrases(vad, speech):
    settings = AudioSettings(enabled=True)
    rec = FixedRecognizer("您好，欢迎光临，我不知道")
    mon = AudioMonitor(settings, vad, TranscriptSpotter(rec, settings.phrases))
    x = np.concatenate([np.zeros(SAMPLE_RATE, np.float32), speech[: 3 * SAMPLE_RATE],
                        np.zeros(SAMPLE_RATE, np.float32)])
    for c in _chunks(x):
        mon.feed(c)
    mon.finish()
    batch = mon.judge()
    assert {(h.hit.moment, h.hit.phrase) for h in batch.heard} == {("greeting", "欢迎光临"), ("forbidden", "不知道")}
    seg = batch.segments[0][0]
    assert abs(rec.lengths[0] - seg.duration_ms * SAMPLE_RATE / 1000) < 2 * WINDOW, "the spotter gets the segment's audio"
    assert all(set(vars(h.hit)) == {"moment", "phrase", "start_ms", "end_ms", "confidence"} for h in batch.heard)
    assert all(h.who.speaker == "unknown" for h in batch.heard), "no mouth was seen moving"
    assert sum(c.samples.size for c in mon._buf) < 3 * SAMPLE_RATE, "audio before the last segment is dropped"


# --- command line -----------------------------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inspector.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=300)


def test_cli_vad_and_errors(tmp_path, vad):
    r = _cli("audio", "vad", str(SPEECH))
    assert r.returncode == 0, r.stderr
    assert "speech segment(s)" in r.stdout and "real-time factor" in r.stdout
    r = _cli("audio", "vad", str(tmp_path / "missing.mp4"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and "file not found" in r.stderr
    r = _cli("audio", "devices")
    assert "Traceback" not in r.stderr
    assert r.returncode == 0 or "microphone:" in r.stderr


def test_measure_on_a_labelled_folder(tmp_path, vad):
    from inspector.audio.measure import measure_folder

    for i in range(2):
        shutil.copy(SPEECH, tmp_path / f"u{i}.wav")
        (tmp_path / f"u{i}.txt").write_text("您好，欢迎光临。请问您办理什么业务？", encoding="utf-8")
    (tmp_path / "broken.wav").write_bytes(b"RIFF nonsense")
    (tmp_path / "broken.txt").write_text("x", encoding="utf-8")
    res = measure_folder(tmp_path, AudioSettings(), snrs_db=(10.0,), noise_minutes=0.2, vad=vad)
    assert res.utterances == 2 and res.skipped == ("broken",)
    assert [d.recall for d in res.detection] == [1.0, 1.0]
    assert dict(res.phrase_counts)["greeting"] == 2 and dict(res.phrase_counts)["forbidden"] == 0
    assert 0 < res.vad_rtf < 1
    assert "phrase recall/precision: not measured" in res.format()
    spotted = measure_folder(tmp_path, AudioSettings(), noise_minutes=0.05, vad=vad,
                             spotter=TranscriptSpotter(ScriptedRecognizer(["您好", "请问"]), PhraseSet()))
    text = spotted.format()
    assert "transcript:scripted greeting" in text and "recall 0.500 precision 1.000" in text
    assert "false forbidden phrases: 0 in" in text


def test_real_time_vad_keeps_pace(vad, speech):
    import time

    from inspector.audio.loadtest import RealTimeVad

    t0 = time.perf_counter()
    with RealTimeVad(vad, speech[:SAMPLE_RATE]) as load:
        time.sleep(0.6)
    wall = time.perf_counter() - t0
    assert 0.3 < load.audio_s <= wall + 0.05, "audio is fed at real-time pace, not faster"
    assert 0 < load.rtf < 1


def test_microphone_blocks_are_timed_on_the_cameras_clock():
    import time

    from inspector.audio.source import captured_chunk
    from inspector.sources import LiveSource

    class FakeCapture:
        def isOpened(self) -> bool:
            return True

        def get(self, prop: int) -> float:
            return 25.0

        def release(self) -> None:
            pass

    before = time.monotonic()
    cam = LiveSource(0, opener=lambda t: FakeCapture())
    assert before <= cam.clock_origin <= time.monotonic()
    block = np.ones((512, 2), np.float32) * [0.25, -1.0]
    chunk = captured_chunk(block, cam.clock_origin + 10.0, cam.clock_origin)
    assert chunk.t_ms == pytest.approx(10_000 - 32.0) and chunk.end_ms == pytest.approx(10_000)
    assert np.all(chunk.samples == 0.25) and chunk.samples.dtype == np.float32


def test_stream_audio_is_read_on_a_thread_and_timed_on_the_live_clock(tmp_path, speech):
    import time

    from inspector.audio.source import StreamAudio

    video = make_video(tmp_path / "stream.mp4", 4.0, speech[: 3 * SAMPLE_RATE], audio_start_s=0.5)
    origin = time.monotonic() - 5.0  # the camera started 5 s ago
    live = StreamAudio(str(video), clock_origin=origin, chunk_ms=256)
    deadline = time.monotonic() + 30
    while not live.ended and time.monotonic() < deadline:
        time.sleep(0.05)
    chunks = live.drain()
    live.close()
    assert live.error is None and chunks
    assert 5000 <= chunks[0].end_ms <= 1000 * (time.monotonic() - origin), "the first chunk ends when it arrived"
    for a, b in zip(chunks, chunks[1:]):
        assert b.t_ms == pytest.approx(a.end_ms)
    assert sum(c.samples.size for c in chunks) == pytest.approx(3.5 * SAMPLE_RATE, rel=0.05)
    assert live.drain() == []
    silent = make_video(tmp_path / "silent.mp4", 1.0, None)
    with pytest.raises(AudioUnavailable, match="no audio track"):
        StreamAudio(str(silent))


class ScriptedRecognizer:
    """Stands in for a recogniser in this test only: returns the given texts in turn."""

    name = "scripted"

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(texts)

    def transcribe(self, samples: np.ndarray) -> tuple[str, float]:
        return self.texts.pop(0), 0.9


def test_a_spotter_is_scored_against_the_transcripts():
    from inspector.audio.measure import Utterance, score_spotter

    settings = AudioSettings()
    utts = [Utterance("u0", Path("u0.wav"), "您好，欢迎光临"), Utterance("u1", Path("u1.wav"), "这个我不知道"),
            Utterance("u2", Path("u2.wav"), "今天天气很好")]
    clean = [(u, np.zeros(n * SAMPLE_RATE, np.float32)) for u, n in zip(utts, (2, 3, 4))]
    heard_texts = ["您好欢迎光临", "这个我", "你看着办吧"]  # right, a miss, a false forbidden phrase
    fig = score_spotter(TranscriptSpotter(ScriptedRecognizer(heard_texts), settings.phrases), clean, settings)
    by = {s.moment: s for s in fig.scores}
    assert (by["greeting"].recall, by["greeting"].precision) == (1.0, 1.0)
    assert (by["forbidden"].true_pos, by["forbidden"].false_pos, by["forbidden"].false_neg) == (0, 1, 1)
    assert by["forbidden"].recall == 0.0 and by["forbidden"].precision == 0.0
    assert by["goodbye"].recall is None and by["goodbye"].precision is None
    assert fig.false_forbidden == 1 and fig.clean_hours == pytest.approx(6 / 3600)
    assert fig.false_forbidden_per_hour == pytest.approx(600.0)


def test_sound_and_frames_share_the_clock_when_the_video_starts_late(tmp_path):
    from inspector.sources import VideoFileSource

    path = tmp_path / "late-video.mp4"
    with av.open(str(path), "w") as c:
        v = c.add_stream("libx264", rate=10)
        v.width, v.height, v.pix_fmt = 64, 48, "yuv420p"
        a = c.add_stream("aac", rate=SAMPLE_RATE)
        a.layout = "mono"
        for i in range(20):  # the first frame is shown 1 s into the container's timeline
            f = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 8, np.uint8), format="bgr24")
            f.pts = i + 10
            for p in v.encode(f):
                c.mux(p)
        for p in v.encode(None):
            c.mux(p)
        silence = np.zeros(3 * SAMPLE_RATE, np.float32)
        for k in range(0, silence.size, 1024):
            af = av.AudioFrame.from_ndarray(silence[k:k + 1024].reshape(1, -1), format="flt", layout="mono")
            af.sample_rate, af.pts, af.time_base = SAMPLE_RATE, k, Fraction(1, SAMPLE_RATE)
            for p in a.encode(af):
                c.mux(p)
        for p in a.encode(None):
            c.mux(p)
    src = VideoFileSource(path)
    first_frame = next(iter(src)).timestamp_ms
    src.close()
    assert first_frame == 0
    assert next(file_audio(path)).t_ms == pytest.approx(-1000, abs=30), "the sound began 1 s before the first frame"
