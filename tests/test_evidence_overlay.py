"""Evidence that convinces: clips and thumbnails mark the flagged person and say why."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import av
import cv2
import numpy as np
import pytest

from inspector.clips import ClipSettings, EvidenceRecorder, event_span_s
from inspector.clips.evidence import EvidenceTrack, TrackBoxes, box_at, evidence_lines
from inspector.events import EventEngine
from inspector.rules import default_rules, parse_rules
from inspector.types import (ArmPosture, Features, Frame, FrameResult, Labels, PersonObservation,
                             Stance)
from test_clips import make_source
from test_draw import standing_pose

ORIGIN = datetime(2024, 6, 3, 2, 0, tzinfo=timezone.utc)
RULES = parse_rules({"version": "overlay-test", "rules": [{
    "id": "arms", "clause": "1. no crossed arms", "min_duration_s": 2, "clear_after_s": 1, "cooldown_s": 0,
    "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}]})
W, H = 320, 240


def background(i: int) -> np.ndarray:
    """A grey frame with a little texture and no red (so the overlay's red is the only red)."""
    img = np.empty((H, W, 3), np.uint8)
    img[:] = np.linspace(60, 160, W, dtype=np.uint8)[None, :, None]
    img[(i * 3) % H, :] = 200
    return img


def box_x(i: float) -> float:
    """The flagged person's left edge at frame i (25 fps): it walks right by 0.8 px a frame."""
    return 20 + 0.8 * i


def walker(i: int, crossed: bool, track_id: int = 3) -> PersonObservation:
    return PersonObservation(bbox=(box_x(i), 40, 90, 150), pose=standing_pose(), track_id=track_id,
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED if crossed else ArmPosture.ARMS_HANGING,
                                           arm_confidence=0.9), frame_size=(W, H))


def run(recorder: EvidenceRecorder, seconds: float, span: tuple[float, float], stride: int = 5):
    """25 fps: every frame to the recorder, every ``stride``-th analysed, as the station monitor does.
    A second person (track 8, never flagged) stands at the right."""
    engine = EventEngine(RULES, "desk-1", ORIGIN)
    for i in range(int(seconds * 25)):
        frame = Frame(image=background(i), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        recorder.push_frame(frame)
        if i % stride:
            continue
        persons = (walker(i, span[0] <= i / 25 < span[1]), replace(walker(i, False, 8), bbox=(250, 60, 60, 150)))
        recorder.observe(FrameResult(frame, persons))
        for msg in engine.feed(frame.timestamp_ms, persons):
            recorder.on_message(msg, persons, frame)
    for msg in engine.flush():
        recorder.on_message(msg)
    return recorder.close()


def red_mask(img: np.ndarray) -> np.ndarray:
    b, g, r = (img[..., k].astype(int) for k in range(3))
    return (r > 150) & (g < 110) & (b < 110)


def amber_mask(img: np.ndarray) -> np.ndarray:
    b, g, r = (img[..., k].astype(int) for k in range(3))
    return (r > 180) & (g > 120) & (g < 210) & (b < 80)


def left_edge(mask: np.ndarray, rows: slice = slice(100, 160)) -> int:
    """Leftmost marked column among rows inside the box's height (the box's left side)."""
    cols = np.nonzero(mask[rows].any(axis=0))[0]
    assert len(cols), "no box drawn"
    return int(cols.min())


def decode(path) -> list[tuple[int, np.ndarray]]:
    with av.open(str(path)) as c:
        return [(round(f.time * 1000), f.to_ndarray(format="bgr24")) for f in c.decode(video=0)]


@pytest.mark.parametrize("from_file", [False, True])
def test_clip_box_follows_the_flagged_person_and_says_why(tmp_path, from_file):
    settings = ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=4, max_fps=25)
    src = make_source(tmp_path / "src.mp4", 8, image=background) if from_file else None
    rec = EvidenceRecorder(tmp_path / "c", settings, source_path=src, rules=RULES)
    [r] = run(rec, 8, (3, 5))
    assert r.status == "ok", r.error
    frames = decode(r.clip_path)
    assert len(frames) == r.frames > 60
    inside = amber_seen = 0
    for t_rel, img in frames:
        t = r.start_ms + t_rel
        i = t / 40
        if 3000 <= t <= 4900:  # within the event: red box at the interpolated place (between analysed frames too)
            assert red_mask(img)[100:160].any(), f"no red box at {t} ms of {r.start_ms}-{r.end_ms}"
            assert abs(left_edge(red_mask(img)) - box_x(i)) <= 3, f"frame at {t} ms"
            inside += 1
        elif t < 2800 or (from_file and t > 5300):  # pre/post-roll: the same box in amber (a live clip
            # marks frames red until the event is known to be over: its clear_after_s later)
            assert amber_mask(img)[100:160].any(), f"no amber box at {t} ms of {r.start_ms}-{r.end_ms}"
            amber_seen += abs(left_edge(amber_mask(img)) - box_x(i)) <= 3
        # the other person (x 250-310) gets no box: nothing red or amber on its left edge column
        assert not (red_mask(img) | amber_mask(img))[100:160, 246:254].any()
    assert inside > 30 and amber_seen >= 15


def test_thumbnail_marks_the_flagged_person_with_rule_value_and_confidence(tmp_path):
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2), rules=RULES)
    [r] = run(rec, 8, (3, 5))
    thumb = cv2.imread(str(r.thumbnail_path))
    red = red_mask(thumb)
    x = left_edge(red)
    assert 20 + 0.8 * 75 - 3 <= x <= 20 + 0.8 * 125 + 3  # at the person's place during the event
    assert red[:, x + 100:].sum() > 300  # the text band right of the box
    assert not red[100:160, 246:254].any()


def test_clip_without_overlay_is_still_copied(tmp_path):
    """With overlay off, a clip with nothing to blur stays a packet copy (25 fps, untouched)."""
    src = make_source(tmp_path / "src.mp4", 8, image=background)
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2, overlay=False),
                           source_path=src, rules=RULES)
    [r] = run(rec, 8, (3, 5))
    assert r.frames > 100 and not red_mask(decode(r.clip_path)[40][1]).any()


def test_evidence_lines_measure_against_threshold():
    rules = default_rules()
    from inspector.events import ConductEvent

    ev = ConductEvent(station_id="d", track_id=2, rule_id="not_upright", rules_version="v", start_ms=0, end_ms=1,
                      start_at=ORIGIN, end_at=ORIGIN, peak_confidence=0.83, peak_ms=0,
                      trigger=(("shoulder_tilt", -14.2), ("shoulder_tilt_confidence", 0.9),
                               ("trunk_lean_forward", 31.0), ("trunk_lean_forward_confidence", 0.8)),
                      severity="low", points=1, samples=3)
    head, *rest = evidence_lines(ev, rules.rule("not_upright"))
    assert head == "not_upright #2  conf 0.83"
    assert rest == ["shoulder tilt 14° > 10°", "trunk lean forward 31° > 25°"]
    arms = replace(ev, rule_id="forbidden_arms_standing",
                   trigger=(("stance", "standing"), ("stance_confidence", 0.9), ("arm_posture", "arms_crossed"),
                            ("arm_posture_confidence", 0.77)))
    assert evidence_lines(arms, rules.rule("forbidden_arms_standing"))[1:] == (
        "arms crossed 0.77 >= 0.60", "stance: standing")
    unknown = replace(ev, rule_id="greeting_missed", track_id=-1, trigger=(("wait_s", 12.5),))
    assert evidence_lines(unknown, None) == ("greeting_missed  conf 0.83", "wait s 12.50")


def test_box_is_interpolated_held_and_dropped():
    path = ((1000, (0.1, 0.1, 0.3, 0.5)), (1200, (0.2, 0.1, 0.4, 0.5)))
    assert box_at(path, 1100) == pytest.approx((0.15, 0.1, 0.35, 0.5))
    assert box_at(path, 1200) == (0.2, 0.1, 0.4, 0.5)
    assert box_at(path, 2000) == (0.2, 0.1, 0.4, 0.5)    # held up to a second after
    assert box_at(path, 2300) is None and box_at(path, -100) is None
    tb = TrackBoxes(keep_s=5)
    tb.observe(0, [walker(0, False)], W, H)
    tb.observe(6000, [], W, H)
    assert tb.path(3, 0, 10000) == ()  # forgotten after keep_s
    assert EvidenceTrack((), ("x",), 0, 10).mark(5).box is None


@pytest.mark.parametrize("from_file, overlay", [(False, True), (True, True), (True, False)])
def test_clip_says_where_its_event_lies(tmp_path, from_file, overlay):
    """Ring clips, encoded and copied file clips all carry the event's span from their first frame."""
    src = make_source(tmp_path / "src.mp4", 8, image=background) if from_file else None
    rec = EvidenceRecorder(tmp_path / "c", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=4, overlay=overlay),
                           source_path=src, rules=RULES)
    [r] = run(rec, 8, (3, 5))
    start, end = event_span_s(r.clip_path)
    assert start == pytest.approx((3000 - r.start_ms) / 1000, abs=0.05)
    assert end == pytest.approx((5200 - r.start_ms) / 1000, abs=0.25)  # last true sample + one interval
    assert event_span_s(tmp_path / "nothing.mp4") is None


def test_all_but_flagged_clip_keeps_only_the_flagged_face(tmp_path):
    """Redaction mode for judging the whole frame: both persons are 'staff', only the flagged one's face stays."""
    from inspector.privacy import FaceRedactor, PrivacyConfig
    from inspector.types import FaceLandmarks

    checks = np.kron(np.indices((30, 40)).sum(axis=0) % 2, np.ones((8, 8)))[:, :, None].repeat(3, axis=2)
    checks = (checks * 160 + 40).astype(np.uint8)

    def face(x0: float) -> FaceLandmarks:
        return FaceLandmarks(image=np.array([[x0, 0.2, 0.0], [x0 + 0.15, 0.45, 0.0]], np.float32))

    redactor = FaceRedactor(PrivacyConfig(blur="all_but_flagged", face_margin=0.0, hold_s=0.5))
    rec = EvidenceRecorder(tmp_path, ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=4, overlay=False),
                           redact=redactor, rules=RULES)
    engine = EventEngine(RULES, "desk-1", ORIGIN)
    for i in range(0, 8 * 25):
        frame = Frame(image=checks.copy(), index=i, timestamp_ms=i * 40, fps=25, source="synthetic")
        rec.push_frame(frame)
        if i % 5:
            continue
        flagged = replace(walker(i, 3 <= i / 25 < 5), face=face(0.1))
        other = replace(walker(i, False, 8), bbox=(200, 40, 90, 150), face=face(0.7))
        redactor.observe(frame.timestamp_ms, [flagged, other], staff=[flagged, other])
        rec.observe(FrameResult(frame, (flagged, other)))
        for msg in engine.feed(frame.timestamp_ms, (flagged, other)):
            rec.on_message(msg, (flagged, other), frame)
    for msg in engine.flush():
        rec.on_message(msg)
    [r] = rec.close()
    _, img = decode(r.clip_path)[30]
    kept, hidden = (slice(54, 104), slice(36, 76)), (slice(54, 104), slice(228, 268))  # inside each face box
    assert img[kept].std() > 0.8 * checks[kept].std()
    assert img[hidden].std() < 0.5 * checks[hidden].std()
    thumb = cv2.imread(str(r.thumbnail_path))
    assert thumb[hidden].std() < 0.5 * checks[hidden].std()


def test_clip_writer_thread_runs_below_the_analysis(tmp_path):
    """Encoding every clip cut from a file must not slow the analysis: that writer thread lowers its
    own priority (Linux); a live recorder's does not (its frames must be written as they come)."""
    import os
    import sys
    import threading

    if not sys.platform.startswith("linux"):
        pytest.skip("per-thread priority is a Linux feature")
    import time

    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    expected = min(19, base + 7)
    live = EvidenceRecorder(tmp_path / "live", ClipSettings(writer_nice=7))
    rec = EvidenceRecorder(tmp_path, ClipSettings(writer_nice=7), source_path=make_source(tmp_path / "s.mp4", 1))
    try:
        time.sleep(0.2)
        assert os.getpriority(os.PRIO_PROCESS, live._thread.native_id) == base  # live clips keep up
        tid = rec._thread.native_id
        deadline = time.monotonic() + 10
        while os.getpriority(os.PRIO_PROCESS, tid) != expected and time.monotonic() < deadline:
            time.sleep(0.01)  # the thread lowers its priority as it starts
        assert os.getpriority(os.PRIO_PROCESS, tid) == expected
    finally:
        rec.close()
        live.close()
