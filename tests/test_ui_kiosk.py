"""Kiosk self-check: one person judged for ~10 s then a summary; two persons → asks for one; no store writes."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel

from inspector.types import ArmPosture, BodyPosture, FaceExpression, Frame, FrameResult, Labels, PersonObservation
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.screens.kiosk import KioskScreen
from inspector.selfcheck import Phase, SelfCheck, SelfCheckConfig

IMG = np.zeros((480, 640, 3), np.uint8)


def person(track: int, arms=ArmPosture.HANDS_CLASPED_FRONT, body=BodyPosture.STANDING_UPRIGHT,
           face=FaceExpression.SMILING, x: float = 100) -> PersonObservation:
    return PersonObservation(bbox=(x, 50, 200, 400), track_id=track,
                             labels=Labels(arm_posture=arms, arm_confidence=0.9, body_posture=body, body_confidence=0.9,
                                           face_expression=face, face_confidence=0.9))


def frames(persons_at, seconds: float, fps: float = 10.0, t0: int = 0):
    for i in range(int(seconds * fps)):
        t = t0 + int(i * 1000 / fps)
        yield FrameResult(Frame(IMG, i, t, fps, "test"), tuple(persons_at(t)))


def test_good_person_passes_after_ten_seconds():
    check = SelfCheck()
    states = [check.feed(r) for r in frames(lambda t: [person(1)], 11)]
    assert states[0].phase is Phase.CHECKING
    done = [s for s in states if s.phase is Phase.DONE]
    assert done and done[0].passed is True
    first_done = states.index(done[0])
    assert 99 <= first_done <= 101  # ~10 s at 10 fps
    assert all(s.passed for s in done[0].summary)


def test_crossed_arms_fail_the_arms_item_only():
    check = SelfCheck()
    states = [check.feed(r) for r in frames(lambda t: [person(1, arms=ArmPosture.ARMS_CROSSED)], 11)]
    last = states[-1]
    assert last.phase is Phase.DONE and last.passed is False
    assert {s.item: s.passed for s in last.summary} == {"posture": True, "arms": False, "smile": True}
    live = states[5].feedback
    assert [f.label for f in live if f.item == "arms"] == ["arms_crossed"]


def test_two_persons_pause_the_check_and_nobody_waits():
    check = SelfCheck(SelfCheckConfig(duration_s=2))
    two = [check.feed(r) for r in frames(lambda t: [person(1), person(2, x=400)], 3)]
    assert {s.phase for s in two} == {Phase.TOO_MANY} and check.progress == 0
    empty = check.feed(FrameResult(Frame(IMG, 0, 4000, 10, "t"), ()))
    assert empty.phase is Phase.WAITING
    one = [check.feed(r) for r in frames(lambda t: [person(1)], 2.5, t0=5000)]
    assert one[-1].phase is Phase.DONE


def test_unknown_classes_are_not_seen_rather_than_failed():
    check = SelfCheck(SelfCheckConfig(duration_s=1))
    states = [check.feed(r) for r in frames(lambda t: [person(1, face=FaceExpression.UNKNOWN)], 1.5)]
    smile = next(s for s in states[-1].summary if s.item == "smile")
    assert smile.passed is None and states[-1].passed is False


def test_kiosk_screen_shows_feedback_summary_and_stores_nothing(qtbot, ctx):
    screen = KioskScreen(ctx)
    qtbot.addWidget(screen)
    assert "step in front" in screen.message.text()
    before = len(ctx.store.list_events())
    for r in frames(lambda t: [person(1, arms=ArmPosture.HANDS_ON_HIPS)], 3):
        screen._show(screen.check.feed(r))
    assert "hips" in screen.tiles["arms"].text() and "#c62828" in screen.tiles["arms"].styleSheet()
    assert 25 <= screen.progress.value() <= 35
    screen._show(screen.check.feed(FrameResult(Frame(IMG, 0, 3100, 10, "t"), (person(1), person(2, x=400)))))
    assert "One person" in screen.message.text()
    for r in frames(lambda t: [person(1)], 9, t0=3200):
        screen._show(screen.check.feed(r))
    assert screen.state.phase is Phase.DONE and screen.again_btn.isVisibleTo(screen)
    assert "passed" in screen.tiles["posture"].text()
    shown = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert not any(s.name in shown or s.code in shown for s in ctx.store.list_staff())
    assert len(ctx.store.list_events()) == before
    screen.again()
    assert screen.state.phase is Phase.WAITING and screen.progress.value() == 0
