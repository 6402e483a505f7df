"""The live view's event recorder judges only the persons at the post, like ``inspector analyze``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np
import pytest

from inspector.events import EventStarted
from inspector.privacy import FaceRedactor, PrivacyConfig
from inspector.rules import parse_rules
from inspector.types import ArmPosture, Features, Frame, FrameResult, Labels, PersonObservation, Stance
from test_draw import standing_pose
from ui.live_session import EventRecorder

RULES = parse_rules({"version": "live-test", "rules": [{
    "id": "arms", "clause": "1. no crossed arms", "min_duration_s": 1, "clear_after_s": 1, "cooldown_s": 0,
    "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}]})
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def crossed(track_id: int, dx: float) -> PersonObservation:
    """A standing person with crossed arms, shifted sideways by ``dx`` (normalised)."""
    pose = standing_pose()
    img = pose.image.copy()
    img[:, 0] += dx
    return PersonObservation(bbox=(int((0.35 + dx) * 640), 40, 190, 400), pose=replace(pose, image=img),
                             track_id=track_id, frame_size=(640, 480),
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.9))


def run(recorder: EventRecorder, persons: tuple[PersonObservation, ...], seconds: float = 4.0) -> list:
    started = []
    for i in range(int(seconds * 5)):
        frame = Frame(image=np.zeros((480, 640, 3), np.uint8), index=i, timestamp_ms=i * 200, fps=5, source="cam")
        recorder(FrameResult(frame=frame, persons=persons))
        started += [v for v in recorder.take() if v.ended is None]
    return started


@pytest.mark.parametrize("roi, judged", [(None, {1, 2}), ((0.0, 0.0, 0.5, 1.0), {1}), ((0.5, 0.0, 1.0, 1.0), {2})])
def test_only_persons_at_the_post_are_judged(roi, judged):
    rec = EventRecorder(RULES, None, None, T0, "live:test", roi=roi)
    started = run(rec, (crossed(1, -0.2), crossed(2, 0.3)))  # shoulders centred at x=0.3 and x=0.8
    assert {v.track_id for v in started} == judged


def test_customer_outside_the_post_is_blurred_in_clips(tmp_path):
    from inspector.clips import ClipSettings, EvidenceRecorder
    from inspector.store import Store

    redactor = FaceRedactor(PrivacyConfig())
    with Store.open(tmp_path / "t.db") as store:
        store.add_station("desk", roi=(0.0, 0.0, 0.5, 1.0))
        evidence = EvidenceRecorder(tmp_path / "clips", ClipSettings(pre_roll_s=1, post_roll_s=1, buffer_s=2),
                                    redact=redactor)
        rec = EventRecorder(RULES, "desk", store, T0, "live:test", evidence=evidence, redactor=redactor,
                            roi=store.get_station("desk").roi)
        run(rec, (crossed(1, -0.2), crossed(2, 0.3)))
        boxes = redactor.boxes_at(0)
        rec.finish()
        [event] = store.list_events()
    assert boxes and all(b[0] > 0.5 for b in boxes)  # the customer's face (right half), never the staff member's
    assert event.track_id == 1 and event.clip_status.value == "ok"
