"""Issue 14 (6): the live overlay said "端正坐姿" (sitting upright) for a standing person flagged
"姿态不端正" (not upright) at the same moment. What a caption says about a person has one source:
the person's open events, else what is seen, never a posture the measured stance contradicts."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np

from inspector.live_session import Violation
from inspector.types import (ArmPosture, BodyPosture, FaceExpression, Features, Frame, FrameResult, Labels,
                             PersonObservation, Stance)
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.screens.live import LiveScreen
from ui.widgets.video import OpenEvents, person_overlay

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=timezone.utc)


def standing_but_labelled_sitting_upright(track_id: int = 2) -> PersonObservation:
    return PersonObservation(bbox=(100, 40, 120, 200), track_id=track_id,
                             features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                             labels=Labels(arm_posture=ArmPosture.ARMS_HANGING, arm_confidence=0.8,
                                           body_posture=BodyPosture.SITTING_UPRIGHT, body_confidence=0.7,
                                           face_expression=FaceExpression.NEUTRAL, face_confidence=0.8),
                             frame_size=(640, 360))


def result(*persons: PersonObservation) -> FrameResult:
    return FrameResult(Frame(image=np.zeros((360, 640, 3), np.uint8), index=0, timestamp_ms=0, fps=25,
                             source="t"), persons)


def test_a_flagged_person_is_captioned_with_the_rule_only():
    p = standing_but_labelled_sitting_upright()
    ov = person_overlay(p, ["not_upright"])
    assert ov.flagged and ov.rules == ("not_upright",) and ov.labels == ()
    calm = person_overlay(p, [])
    assert not calm.flagged
    assert calm.labels == ("standing", "arms_hanging", "face_neutral")  # the stance, not "sitting upright"


def test_open_events_follow_started_and_ended_notices():
    ev = OpenEvents()
    ev.note("not_upright", 2, ended=False)
    ev.note("phone_use", 2, ended=False)
    ev.note("phone_use", 2, ended=True)  # one of two events ends: the track is still flagged
    assert ev.rules_of(2) == ("not_upright",)
    ev.note("not_upright", 2, ended=True)
    assert ev.rules_of(2) == ()
    ev.note("x", 5, ended=False)
    ev.clear()
    assert ev.rules_of(5) == ()


def test_live_overlay_never_contradicts_the_events_list(qtbot, ctx, app_setup):
    screen = LiveScreen(ctx)
    qtbot.addWidget(screen)
    app_setup.switch_language("zh_CN")
    person = standing_but_labelled_sitting_upright()
    screen._add_violations((Violation("not_upright", 2, T0, None, 1.0, 0.9),))
    screen._show_result(result(person))
    [cap] = screen.view._captions
    listed = screen.violations.item(0).text()
    assert cap.alert and "姿态不端正" in cap.text and "姿态不端正" in listed
    assert "端正坐姿" not in cap.text
    screen._add_violations((Violation("not_upright", 2, T0, T0, 1.0, 0.9),))  # the event ends
    screen._show_result(result(person))
    [cap] = screen.view._captions
    assert not cap.alert and "姿态不端正" not in cap.text and "端正坐姿" not in cap.text
