"""Kiosk self-check: one person judged for ~10 s then a summary; two persons → asks for one; no store writes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
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
    assert "press Start" in screen.message.text()  # nothing runs before Start
    screen.again()
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


class _NobodyProcessor:
    """Analyses nothing (no persons): the tests below are about the source, not the models."""

    def process(self, frame):
        return FrameResult(frame=frame)

    def close(self):
        pass


def test_kiosk_shows_the_cause_and_retry_when_the_source_fails(qtbot, ctx, tmp_path):
    """Issue 14 (2): the kiosk stayed on "Hold it… checking" when its source ended or failed."""
    screen = KioskScreen(ctx, processor_factory=_NobodyProcessor)
    qtbot.addWidget(screen)
    screen.show()
    screen.start(str(tmp_path / "no-such-video.mp4"))
    qtbot.waitUntil(lambda: screen.runner is None, timeout=10_000)
    assert "cannot be read" in screen.ended and "no-such-video.mp4" in screen.ended
    assert "cannot be read" in screen.message.text()
    assert "Retry" in screen.view.notice and not screen.view.has_frame
    assert screen.retry_btn.isVisible() and not screen.timer.isActive()


def test_kiosk_retry_plays_the_source_again_after_it_ended(qtbot, ctx, tmp_path):
    from test_ui_support import sample_video

    video = sample_video(tmp_path / "short.mp4", seconds=1.0)
    screen = KioskScreen(ctx, processor_factory=_NobodyProcessor)
    qtbot.addWidget(screen)
    screen.show()
    screen.picker.set_source(str(video))
    assert screen.picker.kind.currentData() == "file"
    qtbot.mouseClick(screen.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view.has_frame, timeout=10_000)
    qtbot.waitUntil(lambda: screen.runner is None, timeout=10_000)
    assert screen.ended == "End of the video" and screen.message.text() == "End of the video"
    assert not screen.view.has_frame and "Retry" in screen.view.notice
    assert screen.retry_btn.isVisible()
    qtbot.mouseClick(screen.retry_btn, Qt.MouseButton.LeftButton)
    assert screen.runner is not None and not screen.retry_btn.isVisible() and screen.ended == ""
    qtbot.waitUntil(lambda: screen.view.has_frame, timeout=10_000)
    assert screen.view.notice == ""
    screen.stop()


def test_self_check_tab_of_the_main_window_starts_from_its_source_picker(qtbot, ctx, tmp_path):
    """Issue 14 (2): the Self-check tab had no source and no Start button and never started."""
    from test_ui_support import sample_video
    from ui.main_window import MainWindow

    video = sample_video(tmp_path / "tab.mp4", seconds=2.0)
    w = MainWindow(ctx, processor_factory=_NobodyProcessor)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.kiosk)
    assert w.kiosk.start_btn.isVisible() and w.kiosk.picker.isVisible()
    w.kiosk.picker.set_source(str(video))
    qtbot.mouseClick(w.kiosk.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.kiosk.view.has_frame, timeout=10_000)
    assert w.kiosk.runner is not None
    w.tabs.setCurrentWidget(w.review)  # leaving the tab frees the source
    assert w.kiosk.runner is None
    w.close()


def test_the_cause_of_a_failed_source_reads_in_chinese(app_setup, tmp_path):
    """Issue 14 (3, 6): the cause of a failed source was shown in English to Chinese users."""
    from inspector.live import StatusKind, StatusLine
    from inspector.sources import SourceError, open_source
    from ui.labels import run_end_text

    app_setup.switch_language("zh_CN")
    missing = tmp_path / "gone.mp4"
    try:
        open_source(str(missing), max_retries=0)
    except SourceError as e:
        detail = str(e)  # the engine's own words
    cause, advice = run_end_text(StatusLine(StatusKind.SOURCE, "source_failed", detail, 0.0, True), "重试")
    assert cause == f"无法读取视频源：找不到文件 {missing}"
    assert advice.startswith("请检查摄像头") and "“重试”" in advice
    assert not any(w in cause + advice for w in ("file not found", "cannot", "press"))
