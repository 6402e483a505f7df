"""Ring buffer, atomic H.264 clips, evidence recorder and write failures."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from inspector import clips
from inspector.clips import disk, mp4
from inspector.clips import ClipSettings, EvidenceRecorder, FrameRing, Mp4Writer, write_clip
from inspector.events import EventEngine
from inspector.rules import parse_rules
from inspector.types import ArmPosture, FaceLandmarks, Features, Frame, FrameResult, Labels, PersonObservation, Stance
from test_draw import standing_pose

REPO = Path(__file__).resolve().parents[1]


def synthetic(i: int, w: int = 320, h: int = 240) -> np.ndarray:
    """A frame with a moving bar and a gradient (compressible but not flat)."""
    img = np.empty((h, w, 3), np.uint8)
    img[:] = np.linspace(0, 200, w, dtype=np.uint8)[None, :, None]
    x = (i * 7) % (w - 20)
    img[:, x:x + 20] = (0, 0, 255)
    return img


def probe(path: Path) -> tuple[str, int, int, int, float]:
    """(codec, width, height, decoded frames, duration s) of a video file, decoding every frame."""
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        codec, w, h = s.codec_context.name, s.width, s.height
        pix = s.codec_context.pix_fmt
        times = [f.time for f in c.decode(video=0)]
    assert pix == "yuv420p"
    return codec, w, h, len(times), (times[-1] - times[0]) if times else 0.0


def test_ring_is_bounded_and_counts_bytes():
    ring = FrameRing(ClipSettings(buffer_s=2, pre_roll_s=1, max_fps=25))
    for i in range(250):  # 10 s at 25 fps
        ring.push(synthetic(i), i * 40)
    assert 50 <= len(ring) <= 51
    assert ring.since(0)[0].timestamp_ms >= 8000 - 40
    assert ring.nbytes == sum(len(f.jpeg) for f in ring.since(0))
    assert ring.nbytes < 51 * 320 * 240 * 3 / 5  # JPEG, far below raw
    assert ring.since(9000)[0].decode().shape == (240, 320, 3)


def test_ring_respects_max_fps_and_max_side():
    ring = FrameRing(ClipSettings(max_fps=5, max_side=160))
    kept = [ring.push(synthetic(i), i * 40) for i in range(50)]
    assert sum(k is not None for k in kept) == 10
    assert (kept[0].width, kept[0].height) == (160, 120)


def test_buffer_must_cover_pre_roll():
    with pytest.raises(ValueError, match="pre_roll_s"):
        ClipSettings(buffer_s=2, pre_roll_s=5)


@pytest.mark.parametrize("size", [(320, 240), (321, 241)])
def test_write_clip_is_playable_h264_with_expected_frames(tmp_path, size):
    w, h = size
    path = write_clip(tmp_path / "c.mp4", ((synthetic(i, w, h), i * 40) for i in range(75)))
    codec, cw, ch, n, dur = probe(path)
    assert (codec, cw, ch, n) == ("h264", w - w % 2, h - h % 2, 75)
    assert dur == pytest.approx(74 * 0.040, abs=0.005)
    assert os.listdir(tmp_path) == ["c.mp4"]


def test_clip_is_written_under_a_temporary_name_then_renamed(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((Path(src).name, Path(dst).name, Path(src).is_file(), Path(dst).exists()))
        real_replace(src, dst)

    monkeypatch.setattr(mp4.os, "replace", spy)
    write_clip(tmp_path / "ev.mp4", ((synthetic(i), i * 40) for i in range(10)))
    assert seen == [(".ev.mp4.part", "ev.mp4", True, False)]


def enospc(*_a, **_k):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_write_failure_leaves_no_partial_file(tmp_path, monkeypatch):
    monkeypatch.setattr(Mp4Writer, "_mux", enospc)
    with pytest.raises(OSError):
        write_clip(tmp_path / "c.mp4", ((synthetic(i), i * 40) for i in range(60)))
    assert os.listdir(tmp_path) == []


# --- recorder with the event engine ---------------------------------------------------------

RULES = parse_rules({"version": "clip-test", "rules": [{
    "id": "arms", "clause": "1. no crossed arms", "min_duration_s": 2, "clear_after_s": 1, "cooldown_s": 0,
    "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}]})


def staff(crossed: bool) -> PersonObservation:
    return PersonObservation(bbox=(100, 40, 120, 170), pose=standing_pose(), track_id=3,
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED if crossed else ArmPosture.ARMS_HANGING,
                                           arm_confidence=0.9))


def analyse(recorder: EvidenceRecorder, seconds: float, crossed_span: tuple[float, float], stride: int = 5,
            origin: datetime = datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc)):
    """25 fps stream: every frame to the recorder, every ``stride``-th to the engine."""
    engine = EventEngine(RULES, "desk-1", origin)
    events = []
    for i in range(int(seconds * 25)):
        frame = Frame(image=synthetic(i), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        recorder.push_frame(frame)
        if i % stride:
            continue
        persons = (staff(crossed_span[0] <= i / 25 < crossed_span[1]),)
        recorder.observe(FrameResult(frame, persons))  # as the station monitor does
        for msg in engine.feed(frame.timestamp_ms, persons):
            recorder.on_message(msg, persons, frame)
            events.append(msg)
    for msg in engine.flush():
        recorder.on_message(msg)
        events.append(msg)
    return events, recorder.close()


def test_recorder_writes_clip_with_pre_and_post_roll_and_thumbnail(tmp_path):
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=3, post_roll_s=2, buffer_s=6, max_fps=25))
    events, results = analyse(rec, 20, (6, 10))
    assert len(results) == 1
    r = results[0]
    assert r.status == "ok", r.error
    codec, w, h, n, dur = probe(r.clip_path)
    assert codec == "h264" and (w, h) == (320, 240)
    # event ~6.0-10.0 s: clip from ~3.0 s to ~12.0 s at 25 fps
    assert r.start_ms == pytest.approx(3000, abs=80) and r.end_ms == pytest.approx(12000, abs=250)
    assert n == r.frames and n == pytest.approx(226, abs=7)
    assert dur == pytest.approx((r.end_ms - r.start_ms) / 1000, abs=0.05)
    thumb = cv2.imread(str(r.thumbnail_path))
    assert thumb is not None and thumb.shape == (240, 320, 3)
    assert r.event_key == events[0].event.key
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([r.clip_path.name, r.thumbnail_path.name])


def test_event_open_at_end_of_stream_gets_a_clip(tmp_path):
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=1, post_roll_s=5, buffer_s=3))
    _, results = analyse(rec, 8, (4, 99))
    assert [r.status for r in results] == ["ok"]
    assert results[0].end_ms == pytest.approx(8000 - 40, abs=50)


def test_disk_full_abandons_the_clip_and_reports_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(Mp4Writer, "_mux", enospc)
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4))
    events, results = analyse(rec, 12, (4, 7))
    assert len([m for m in events if type(m).__name__ == "EventEnded"]) == 1  # the event survives
    assert len(results) == 1 and results[0].status == "missing"
    assert "No space left" in results[0].error and results[0].clip_path is None
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".mp4", ".part")]


def test_real_file_size_limit_is_reported_not_raised(tmp_path):
    """A real write failure (RLIMIT_FSIZE, as a full disk would do) in a child process."""
    pytest.importorskip("resource")
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests")!r}]
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from test_clips import analyse, EvidenceRecorder, ClipSettings
        resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
        rec = EvidenceRecorder({str(tmp_path)!r}, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4, crf=0))
        events, results = analyse(rec, 12, (4, 9))
        print(len(events) > 0, results[0].status, results[0].error)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("True missing"), out.stdout
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".mp4", ".part")]


def test_redact_hook_is_applied_to_clip_and_thumbnail(tmp_path):
    def black_out(img, ts):
        return np.zeros_like(img)
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, overlay=False),
                           redact=black_out)
    _, results = analyse(rec, 8, (3, 6))
    with av.open(str(results[0].clip_path)) as c:
        means = [f.to_ndarray(format="bgr24").mean() for f in c.decode(video=0)]
    assert max(means) < 3
    thumb = cv2.imread(str(results[0].thumbnail_path))
    # only the overlay (skeleton, box, caption) is left on a black image
    assert (thumb.max(axis=2) < 10).mean() > 0.7


def test_max_clip_length(tmp_path):
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, max_clip_s=4))
    _, results = analyse(rec, 20, (2, 18))
    assert results[0].status == "ok"
    assert results[0].end_ms - results[0].start_ms <= 4000


def test_closed_recorder_refuses_frames(tmp_path):
    rec = EvidenceRecorder(tmp_path)
    rec.close()
    with pytest.raises(ValueError, match="closed"):
        rec.push_frame(Frame(image=synthetic(0), index=0, timestamp_ms=0, fps=25, source="s"))


def test_slow_writer_is_reported_missing_at_close(tmp_path, monkeypatch):
    import time as _time

    real_add = Mp4Writer.add

    def slow_add(self, image, ts):
        _time.sleep(0.05)
        return real_add(self, image, ts)

    monkeypatch.setattr(Mp4Writer, "add", slow_add)
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=2, post_roll_s=2, buffer_s=4))
    for i in range(200):
        rec.push_frame(Frame(image=synthetic(i), index=i, timestamp_ms=i * 40, fps=25, source="s"))
        if i == 100:
            from inspector.events import ConductEvent, EventStarted
            t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
            rec.on_message(EventStarted(ConductEvent("s", 1, "r", "v", 4000, 4000, t0, t0, 0.9, 4000, (), "low", 1, 1)))
    results = rec.close(timeout_s=0.2)
    assert [(r.status, "did not finish" in (r.error or "")) for r in results] == [("missing", True)]
    rec._thread.join(30)  # the abandoned writer stops soon and leaves nothing behind
    assert not rec._thread.is_alive()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".mp4", ".part")]


def _fake_free(monkeypatch, free_mb_by_call):
    """shutil.disk_usage reporting the given free MB, one value per call (the last one repeats)."""
    calls = []

    def usage(path):
        calls.append(Path(path))
        free = free_mb_by_call[min(len(calls) - 1, len(free_mb_by_call) - 1)]
        return disk.shutil._ntuple_diskusage(10**12, 10**12 - int(free * 1024 * 1024), int(free * 1024 * 1024))

    monkeypatch.setattr(disk.shutil, "disk_usage", usage)
    return calls


def test_low_disk_space_does_not_start_a_clip_and_keeps_the_event(tmp_path, monkeypatch):
    calls = _fake_free(monkeypatch, [120.0])
    out = tmp_path / "clips"  # not created yet: the free space is read on the nearest existing folder
    rec = EvidenceRecorder(out, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4, min_free_mb=500))
    events, results = analyse(rec, 12, (4, 7))
    assert len([m for m in events if type(m).__name__ == "EventEnded"]) == 1  # the event survives
    assert len(results) == 1 and results[0].status == "missing"
    assert results[0].error == "disk full (120 MB free), below clips.min_free_mb = 500 MB" and clips.is_disk_full_error(results[0].error)
    assert results[0].clip_path is None and results[0].thumbnail_path is None
    assert calls and all(p == tmp_path for p in calls)
    assert not out.exists() or not list(out.iterdir())


def test_disk_filling_while_writing_abandons_the_clip(tmp_path, monkeypatch):
    _fake_free(monkeypatch, [5000.0, 5000.0, 40.0])  # enough at the start, then the disk fills up
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4, min_free_mb=500,
                                                  disk_check_s=0.001))
    _, results = analyse(rec, 12, (4, 7))
    assert [r.status for r in results] == ["missing"] and results[0].error == "disk full (40 MB free), below clips.min_free_mb = 500 MB"
    assert not list(tmp_path.iterdir())  # the partial clip was removed, no thumbnail


def test_enough_disk_space_writes_the_clip(tmp_path, monkeypatch):
    _fake_free(monkeypatch, [501.0])
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4, min_free_mb=500))
    _, results = analyse(rec, 12, (4, 7))
    assert [r.status for r in results] == ["ok"] and results[0].error is None


# --- clips cut from the analysed file ---------------------------------------------------------

def make_source(path: Path, seconds: float, codec: str = "libx264", gop: int = 25, image=None) -> Path:
    """A 25 fps 320x240 file of :func:`synthetic` frames (H.264 with a key frame a second, or another
    codec), or of ``image(i)`` frames."""
    image = image or synthetic
    with av.open(str(path), mode="w") as c:
        s = c.add_stream(codec, rate=25)
        s.width, s.height, s.pix_fmt = 320, 240, "yuv420p"
        if codec == "libx264":  # key frames exactly every `gop` frames (no scene-cut key frames)
            s.options = {"x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0"}
        else:
            s.codec_context.gop_size = gop
        for i in range(int(seconds * 25)):
            vf = av.VideoFrame.from_ndarray(image(i), format="bgr24")
            vf.pts = i
            for p in s.encode(vf):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return path


def packet_sizes(path: Path) -> list[int]:
    with av.open(str(path)) as c:
        return [p.size for p in c.demux(video=0) if p.dts is not None]


class NothingToBlur:
    """A redactor whose span query says no face needs hiding (as FaceRedactor with no customers)."""

    def __init__(self):
        self.calls = 0

    def blurs_between(self, start_ms, end_ms):
        return False

    def __call__(self, img, ts):
        self.calls += 1
        return img


def test_file_clip_is_a_copy_of_the_source_packets(tmp_path):
    src = make_source(tmp_path / "src.mp4", 20)
    out = tmp_path / "clips"
    redact = NothingToBlur()
    rec = EvidenceRecorder(out, ClipSettings(pre_roll_s=3, post_roll_s=2, buffer_s=6, overlay=False), redact=redact,
                           source_path=src)
    assert not rec.buffers_frames
    events, results = analyse(rec, 20, (6, 10))
    assert len(results) == 1 and results[0].status == "ok", results
    r = results[0]
    codec, w, h, n, dur = probe(r.clip_path)
    assert codec == "h264" and (w, h) == (320, 240)
    # key frames every second: the copy starts at 3.0 s (event 6.0 s - 3 s pre-roll), at the full 25 fps
    assert r.start_ms == pytest.approx(3000, abs=1) and r.end_ms == pytest.approx(12000, abs=120)
    assert n == r.frames == pytest.approx(226, abs=4)
    sizes = packet_sizes(src)
    assert packet_sizes(r.clip_path) == sizes[75:75 + n]  # byte-identical packets, not re-encoded
    assert redact.calls == 1 and r.thumbnail_path.exists()  # the thumbnail only
    assert sorted(p.name for p in out.iterdir()) == sorted([r.clip_path.name, r.thumbnail_path.name])


@pytest.mark.parametrize("max_lead_s, start_ms, copied", [(10.0, 0, True), (2.0, 5000, False)])
def test_file_clip_starts_at_the_key_frame_before_the_pre_roll(tmp_path, max_lead_s, start_ms, copied):
    src = make_source(tmp_path / "src.mp4", 20, gop=250)  # one key frame, at 0 s
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=3, post_roll_s=2, buffer_s=6, overlay=False,
                                                        copy_max_lead_s=max_lead_s), source_path=src)
    _, results = analyse(rec, 20, (8, 10))
    # the key frame 5 s before the pre-roll is within 10 s: copied from it; not within 2 s: encoded
    assert results[0].status == "ok" and results[0].start_ms == pytest.approx(start_ms, abs=40)
    assert (probe(results[0].clip_path)[3] == results[0].frames > 200) is copied  # a copy keeps all 25 fps


def test_file_clip_with_faces_to_blur_is_decoded_blurred_and_encoded(tmp_path):
    src = make_source(tmp_path / "src.mp4", 12)

    def black_out(img, ts):
        return np.zeros_like(img)
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, max_fps=10,
                                                        overlay=False), redact=black_out, source_path=src)
    _, results = analyse(rec, 12, (3, 6))
    r = results[0]
    assert r.status == "ok", r.error
    with av.open(str(r.clip_path)) as c:
        frames = [f for f in c.decode(video=0)]
        means = [f.to_ndarray(format="bgr24").mean() for f in frames]
    assert max(means) < 3
    assert r.start_ms == pytest.approx(2000, abs=40)  # a re-encoded clip starts exactly at the pre-roll
    assert r.end_ms == pytest.approx(7000, abs=120) and len(frames) == r.frames > 30
    assert min(b.time - a.time for a, b in zip(frames, frames[1:])) >= 0.099  # at most max_fps


def test_file_clip_from_a_codec_browsers_refuse_is_encoded_as_h264(tmp_path):
    src = make_source(tmp_path / "src.mp4", 10, codec="mpeg4")
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2), source_path=src)
    _, results = analyse(rec, 10, (3, 6))
    assert results[0].status == "ok", results[0].error
    assert probe(results[0].clip_path)[0] == "h264"


def test_file_clip_on_a_full_disk_is_missing_and_the_event_kept(tmp_path, monkeypatch):
    src = make_source(tmp_path / "src.mp4", 12)
    _fake_free(monkeypatch, [120.0])
    out = tmp_path / "c"
    rec = EvidenceRecorder(out, ClipSettings(pre_roll_s=2, post_roll_s=1, buffer_s=4, min_free_mb=500), source_path=src)
    events, results = analyse(rec, 12, (4, 7))
    assert len([m for m in events if type(m).__name__ == "EventEnded"]) == 1
    assert [(r.status, r.error) for r in results] == [("missing", "disk full (120 MB free), below clips.min_free_mb = 500 MB")]
    assert not out.exists() or not list(out.iterdir())


def test_file_clip_from_a_broken_source_is_missing_not_raised(tmp_path):
    src = tmp_path / "gone.mp4"
    src.write_bytes(b"not a video at all")
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2), source_path=src)
    events, results = analyse(rec, 8, (3, 6))
    assert events and [r.status for r in results] == ["missing"] and results[0].error
    assert not [p for p in (tmp_path / "c").iterdir() if p.suffix in (".mp4", ".part")]


def test_from_source_off_buffers_frames_as_for_a_camera(tmp_path):
    src = make_source(tmp_path / "src.mp4", 8)
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(from_source=False), source_path=src)
    assert rec.buffers_frames
    rec.close()


def test_file_clip_is_not_copied_when_its_lead_in_shows_a_face_to_blur(tmp_path):
    """A copy would start at the key frame 5 s before the pre-roll: a customer's face there forces
    an encoded (and blurred) clip that starts exactly at the pre-roll."""
    from inspector.privacy import FaceRedactor, PrivacyConfig

    src = make_source(tmp_path / "src.mp4", 20, gop=250)  # one key frame, at 0 s
    redactor = FaceRedactor(PrivacyConfig(hold_s=0.5, face_margin=0.0))
    customer = staff(False)
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=3, post_roll_s=2, buffer_s=6, overlay=False),
                           redact=redactor, source_path=src)
    engine = EventEngine(RULES, "desk-1", datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc))
    for i in range(0, 20 * 25, 5):
        frame = Frame(image=synthetic(i), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        rec.push_frame(frame)
        redactor.observe(frame.timestamp_ms, [customer] if i < 75 else [], staff=[])  # a face at 0-3 s
        for msg in engine.feed(frame.timestamp_ms, (staff(8 <= i / 25 < 10),)):
            rec.on_message(msg, (), frame)
    for msg in engine.flush():
        rec.on_message(msg)
    [r] = rec.close()
    assert r.status == "ok" and r.start_ms == pytest.approx(5000, abs=40)  # not the key frame at 0 s
    assert probe(r.clip_path)[3] < 200  # encoded at max_fps, not the 25 fps copy


def test_file_clip_written_late_is_still_blurred(tmp_path, monkeypatch):
    """The writer cuts the clip long after its span was analysed (held up here); the redactor has
    forgotten the faces by then, the window taken at the event's end has not."""
    import threading
    from inspector.privacy import FaceRedactor, PrivacyConfig

    checks = np.kron(np.indices((30, 40)).sum(axis=0) % 2, np.ones((8, 8)))[:, :, None].repeat(3, axis=2)
    checks = (checks * 200 + 20).astype(np.uint8)  # 8 px squares: detail a blur removes
    src = make_source(tmp_path / "src.mp4", 30, image=lambda i: checks)
    settings = ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, max_clip_s=10, copy_max_lead_s=0, overlay=False)
    redactor = FaceRedactor(PrivacyConfig(hold_s=0.5, history_s=1, face_margin=0.0, blur="everyone"),
                            min_history_s=clips.span_history_s(settings))  # 20 s, as analyze sets it
    gate = threading.Event()
    from inspector.clips.worker import ClipWorker
    real_cut = ClipWorker.cut

    def held_cut(self, *a):
        gate.wait(30)
        return real_cut(self, *a)

    monkeypatch.setattr(ClipWorker, "cut", held_cut)
    rec = EvidenceRecorder(tmp_path / "c", settings, redact=redactor, source_path=src)
    engine = EventEngine(RULES, "desk-1", datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc))
    person = PersonObservation(bbox=(100, 40, 120, 170), face=FaceLandmarks(image=np.array(
        [[0.4, 0.2, 0.0], [0.6, 0.5, 0.0]], np.float32)), frame_size=(320, 240))  # a face at x 0.4-0.6
    for i in range(0, 30 * 25, 5):
        frame = Frame(image=synthetic(i), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        rec.push_frame(frame)
        redactor.observe(frame.timestamp_ms, [person])
        for msg in engine.feed(frame.timestamp_ms, (staff(2 <= i / 25 < 6),)):
            rec.on_message(msg, (), frame)
    assert not redactor.blurs_between(0, 8000)  # forgotten 30 s later
    gate.set()
    [r] = rec.close()
    assert r.status == "ok"
    x0, y0, x1, y1 = 130, 50, 190, 118  # inside the face box
    with av.open(str(r.clip_path)) as c:
        first = next(iter(c.decode(video=0))).to_ndarray(format="bgr24")
    assert first[y0:y1, x0:x1].std() < 0.5 * checks[y0:y1, x0:x1].std()  # the face blurred
    assert first[:, :100].std() > 0.8 * checks.std()                        # the rest sharp



@pytest.mark.parametrize("delay_ms, copied", [(0, True), (2000, False)])
def test_file_clip_waits_for_faces_just_after_its_end(tmp_path, delay_ms, copied):
    """A customer seen 0.5 s after the clip's last frame still blurs it (hold 1 s): the recorder
    hands the clip over only once the frames after its end have been analysed."""
    from inspector.privacy import FaceRedactor, PrivacyConfig

    src = make_source(tmp_path / "src.mp4", 12)
    redactor = FaceRedactor(PrivacyConfig(hold_s=1.0, face_margin=0.0))
    customer = PersonObservation(bbox=(100, 40, 120, 170), face=FaceLandmarks(image=np.array(
        [[0.4, 0.2, 0.0], [0.6, 0.5, 0.0]], np.float32)), frame_size=(320, 240))
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, overlay=False),
                           redact=redactor, source_path=src, cut_delay_ms=delay_ms)
    engine = EventEngine(RULES, "desk-1", datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc))
    for i in range(0, 12 * 25, 5):
        frame = Frame(image=synthetic(i), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        rec.push_frame(frame)  # analyze's order: the recorder first, then the redactor sees the frame
        redactor.observe(frame.timestamp_ms, [customer] if frame.timestamp_ms == 7600 else [], staff=[])
        for msg in engine.feed(frame.timestamp_ms, (staff(2 <= i / 25 < 6),)):
            rec.on_message(msg, (), frame)
    [r] = rec.close()
    assert r.status == "ok" and (r.frames > 150) is copied  # a copy keeps all 25 fps; an encoded clip 12.5


def test_the_same_footage_with_another_start_time_gets_its_own_clip_files(tmp_path):
    """Issue 15, defect 1: clips were named from the stream time alone, so analysing one file with
    two ``--start`` values wrote the clips of two events to one file."""
    settings = ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=3, max_fps=25)
    results = []
    for origin in (datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc), datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)):
        results += analyse(EvidenceRecorder(tmp_path, settings, source_id="file:abc:v.mp4"), 8, (3, 5),
                           origin=origin)[1]
    assert [r.status for r in results] == ["ok", "ok"]
    assert results[0].clip_path != results[1].clip_path
    assert results[0].thumbnail_path != results[1].thumbnail_path
    assert all(r.clip_path.is_file() and r.thumbnail_path.is_file() for r in results)


def test_clip_stem_follows_the_stored_identity_of_the_event():
    engine = EventEngine(RULES, "desk/../1", datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc))
    events = []
    for i in range(0, 200, 5):
        events += engine.feed(i * 40, (staff(40 <= i < 120),))
    ev = events[0].event
    stem = clips.clip_stem(ev, "file:abc:v.mp4")
    assert stem == clips.clip_stem(ev, "file:abc:v.mp4")  # the same event again: the same file
    assert stem != clips.clip_stem(ev, "file:def:v.mp4")  # other footage at the same times
    later = type(ev)(**{**ev.__dict__, "start_at": ev.start_at.replace(day=4)})
    assert stem != clips.clip_stem(later, "file:abc:v.mp4")
    assert "/" not in stem and not stem.startswith(".") and len(stem) <= 120
