"""Issue 7 in the desktop app: sign-in, role-adapted screens, appeals, audited settings, disk-full
warning, camera loss and resume at launch (offscreen, fake sources/processors; no models)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Iterator

import numpy as np
import pytest

from inspector.clips import disk
from inspector.rules import parse_rules
from inspector.sources import FrameSource
from inspector.store import ClipStatus
from inspector.types import ArmPosture, Features, Frame, FrameResult, Labels, PersonObservation, Stance
from test_draw import standing_pose
from test_ui_support import app_setup, ctx, sample_video  # noqa: F401 - fixtures

PW = "correct horse battery"


@pytest.fixture
def accounts(ctx):
    """A manager, an auditor and a staff account (for S001); S002 has one event at desk-2."""
    store = ctx.store
    store.init_manager("boss", PW)
    manager = store.as_actor(store.authenticate("boss", PW))
    manager.add_user("audrey", "auditor", PW)
    manager.add_user("zhang", "staff", PW, staff_code="S001")
    manager.add_station("desk-2", "1", "right counter")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    manager.add_roster("S002", "desk-2", now - timedelta(hours=6), now + timedelta(hours=6))
    t = now - timedelta(minutes=30)
    manager.add_event(station="desk-2", source_id="cam1", rule_id="phone_use", rules_version="default-1",
                      start=t, end=t + timedelta(seconds=5), peak_confidence=0.8, features={}, points=3, track_id=4)
    return ctx


def _window(ctx, name):
    from ui.main_window import MainWindow

    ctx.sign_in(ctx.store.authenticate(name, PW))
    return MainWindow(ctx)


def _tab_titles(w) -> list[str]:
    return [w.tabs.tabText(i) for i in range(w.tabs.count())]


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(qtbot, accounts):
    from ui.signin import SignInDialog

    dlg = SignInDialog(accounts.store, user="zhang")
    qtbot.addWidget(dlg)
    assert dlg.user.text() == "zhang"
    dlg.password.setText("wrong password!!")
    assert not dlg.try_sign_in()
    assert dlg.actor is None and "wrong password" in dlg.error.text() and dlg.password.text() == ""
    assert dlg.result() == 0  # still open
    dlg.password.setText("")
    assert not dlg.try_sign_in() and "Enter the account name" in dlg.error.text()
    dlg.password.setText(PW)
    assert dlg.try_sign_in()
    assert dlg.actor.name == "zhang" and dlg.actor.role.value == "staff" and dlg.result() == 1
    assert dlg.error.text() == ""


def test_status_bar_names_the_account_and_role(qtbot, accounts):
    w = _window(accounts, "audrey")
    qtbot.addWidget(w)
    assert w.user_label.text() == "Signed in as audrey (auditor)"
    assert accounts.store.actor.name == "audrey"


def test_staff_sees_only_own_events_and_can_appeal(qtbot, accounts):
    w = _window(accounts, "zhang")
    qtbot.addWidget(w)
    titles = _tab_titles(w)
    assert "My events" in titles and "Review" not in titles
    assert "Settings" not in titles and "Live" not in titles and "Inspection" not in titles
    assert w.settings is None and w.language_box is not None
    review = w.review
    assert review.mine and len(review.events) == 3
    assert {e.staff_code for e in review.events} == {"S001"}
    assert review.confirm_btn.isHidden() and review.dismiss_btn.isHidden() and not review.appeal_btn.isHidden()
    review.table.selectRow(0)
    ev = review.current()
    assert review.appeal_btn.isEnabled()
    review.appeal()  # no comment: refused with a message
    assert "Write why" in review.message.text() and accounts.store.list_appeals() == []
    review.decide(__import__("inspector.store", fromlist=["Decision"]).Decision.CONFIRM)  # staff cannot decide
    assert accounts.store.get_event(ev.id).review is None
    review.comment.setText("I was handing a customer a form")
    with qtbot.waitSignal(review.appealed, timeout=2000):
        review.appeal_btn.click()
    appeals = accounts.store.list_appeals()
    assert [(a.event_id, a.user, a.comment) for a in appeals] == [(ev.id, "zhang", "I was handing a customer a form")]
    assert "appealed" in review.table.item(0, 5).text() and not review.appeal_btn.isEnabled()
    assert "Appealed by zhang" in review.details.text()
    audit = [r for r in accounts.store.as_actor(accounts.store.authenticate("audrey", PW)).list_audit()
             if r.action == "appeal.add"]
    assert audit and audit[-1].actor == "zhang"
    # the scores screen of a staff account lists only that staff member
    assert [s.staff.code for s in w.scores.report.scores] == ["S001"]


def test_auditor_reviews_but_cannot_open_settings(qtbot, accounts):
    from ui.screens.settings import SettingsScreen

    w = _window(accounts, "audrey")
    qtbot.addWidget(w)
    titles = _tab_titles(w)
    assert "Review" in titles and "Settings" not in titles and w.settings is None
    assert "Inspection" in titles
    assert not w.review.mine and len(w.review.events) >= 1
    # a settings screen built anyway (e.g. by a script) still cannot save: the store refuses and nothing changes
    s = SettingsScreen(accounts)
    qtbot.addWidget(s)
    assert not s.save_rules()
    assert "not allowed" in s.message.text() and not accounts.rules_path.exists()


def test_manager_settings_save_is_audited(qtbot, accounts):
    w = _window(accounts, "boss")
    qtbot.addWidget(w)
    assert "Settings" in _tab_titles(w) and "Live" in _tab_titles(w)
    assert w.settings.save_rules()
    w.settings.retention.setValue(45)
    rows = [r for r in accounts.store.list_audit() if r.action == "config.save"]
    assert [r.target for r in rows] == ["config:rules", "config:clip_retention_days"]
    assert all(r.actor == "boss" for r in rows)


def test_expired_clip_says_deleted_by_retention(qtbot, accounts):
    from ui.screens.review import ReviewScreen

    ctx = accounts
    ctx.sign_in(ctx.store.authenticate("boss", PW))
    first = ctx.store.list_events(station="desk-1")[0]
    ctx.store.expire_clip(first.id, "test: older than 30 days")
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.show_event(first.id)
    assert "deleted by retention" in screen.player.view._message
    assert screen.confirm_btn.isEnabled()  # the event is still reviewable


# --- live view: disk full, camera loss, resume ----------------------------------------------

RULES = parse_rules({"version": "live-test", "rules": [{
    "id": "arms", "clause": "1. no crossed arms", "min_duration_s": 0.4, "clear_after_s": 0.3, "cooldown_s": 0,
    "points": 2, "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}]})


class _CrossedArms:
    """A processor that sees one staff member with crossed arms in every frame (no models)."""

    def process(self, frame):
        p = PersonObservation(bbox=(100, 40, 120, 170), pose=standing_pose(), track_id=3,
                              features=Features(stance=Stance.STANDING, stance_confidence=0.9),
                              labels=Labels(arm_posture=ArmPosture.ARMS_CROSSED, arm_confidence=0.9))
        return FrameResult(frame=frame, persons=(p,))

    def close(self):
        pass


class _UnpluggedCamera(FrameSource):
    """A live camera that loses its signal after a few frames and comes back (as LiveSource reports it)."""

    is_live = True
    fps = 25.0

    def __init__(self, on_status) -> None:
        self.name = "camera 0"
        self.on_status = on_status

    def __iter__(self) -> Iterator[Frame]:
        for i in range(60):
            if i == 10:
                self.on_status("camera 0: signal lost; reconnecting (attempt 1)")
                time.sleep(0.3)
            if i == 30:
                self.on_status("camera 0: reconnected")
            time.sleep(0.02)
            yield Frame(image=np.full((240, 320, 3), 90, np.uint8), index=i, timestamp_ms=i * 40, fps=25.0,
                        source=self.name)


def test_disk_full_shows_a_banner_and_keeps_the_event(qtbot, ctx, tmp_path, monkeypatch):
    from ui.screens.live import LiveScreen

    ctx.rules = RULES
    monkeypatch.setattr(disk.shutil, "disk_usage",
                        lambda p: disk.shutil._ntuple_diskusage(10**12, 10**12 - 80 * 2**20, 80 * 2**20))
    video = sample_video(tmp_path / "v.mp4", seconds=3.0)
    screen = LiveScreen(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(screen)
    screen.kind.setCurrentIndex(screen.kind.findData("file"))
    screen.spec.setText(str(video))
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    before = {e.id for e in ctx.store.list_events()}
    with qtbot.waitSignal(screen.run_ended, timeout=30_000):
        screen.start()
    assert screen.disk_banner.isVisibleTo(screen)
    assert "disk full (80 MB free)" in screen.disk_banner.text() and "Events are still recorded" in screen.disk_banner.text()
    new = [e for e in ctx.store.list_events() if e.id not in before]
    assert new and all(e.rule_id == "arms" and e.clip_status is ClipStatus.MISSING and e.clip_path is None
                       for e in new)
    assert not list((ctx.data_dir / "clips" / "desk-1").iterdir())


def test_live_clip_is_saved_when_the_disk_has_room(qtbot, ctx, tmp_path):
    from ui.screens.live import LiveScreen

    ctx.rules = RULES
    video = sample_video(tmp_path / "v.mp4", seconds=3.0)
    screen = LiveScreen(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(screen)
    screen.spec.setText(str(video))
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    before = {e.id for e in ctx.store.list_events()}
    with qtbot.waitSignal(screen.run_ended, timeout=30_000):
        screen.start()
    assert not screen.disk_banner.isVisibleTo(screen)
    new = [e for e in ctx.store.list_events() if e.id not in before]
    assert new and all(e.clip_status is ClipStatus.OK for e in new)
    assert all(__import__("pathlib").Path(e.clip_path).is_file() for e in new)


def test_unplugged_camera_shows_a_message_and_reconnects(qtbot, ctx, monkeypatch):
    import inspector.live_session as live_session
    from ui.screens.live import LiveScreen

    monkeypatch.setattr(live_session, "open_source", lambda spec, max_retries, on_status: _UnpluggedCamera(on_status))
    screen = LiveScreen(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(screen)
    screen.spec.setText("0")
    seen = []
    screen.banner.setText = (lambda orig: (lambda t: (seen.append(t), orig(t))))(screen.banner.setText)
    with qtbot.waitSignal(screen.run_ended, timeout=30_000):
        screen.start()
    assert any("signal lost" in t for t in seen), seen
    assert screen.banner.text() == "Camera reconnected." and screen.banner.isVisibleTo(screen)
    statuses = [screen.status_list.item(i).text() for i in range(screen.status_list.count())]
    assert any(s.startswith("Camera signal lost") for s in statuses) and any(s.startswith("Camera reconnected") for s in statuses)


def test_running_source_is_resumed_at_the_next_launch(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    video = sample_video(tmp_path / "long.mp4", seconds=6.0)
    first = MainWindow(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(first)
    assert not first.resume_live()  # nothing remembered yet
    first.live.kind.setCurrentIndex(first.live.kind.findData("file"))
    first.live.spec.setText(str(video))
    first.live.station.setCurrentIndex(first.live.station.findData("desk-1"))
    first.live.start()
    first.close()  # the app closes (or crashes) while the source runs
    assert str(QSettings().value("live/running")).lower() == "true"
    second = MainWindow(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(second)
    assert second.resume_live()
    live = second.live
    assert live.runner is not None and second.tabs.currentWidget() is live
    assert live.spec.text() == str(video) and live.station.currentData() == "desk-1"
    assert live.banner.isVisibleTo(live) and "started again" in live.banner.text()
    live.stop()  # stopped by the user: not resumed next time
    third = MainWindow(ctx, processor_factory=_CrossedArms)
    qtbot.addWidget(third)
    assert not third.resume_live() and third.live.runner is None


def test_appeal_is_decided_from_the_appeals_queue_and_the_staff_member_reads_why(qtbot, accounts, tmp_path):
    """Issue 14 (1): an appealed event could be decided by nobody; no filter showed appeals."""
    from inspector.store import Decision
    from ui.screens.review import APPEALS

    store = accounts.store
    boss = store.as_actor(store.authenticate("boss", PW))
    phone = next(e for e in boss.list_events(staff_code="S001") if e.rule_id == "phone_use")
    boss.decide(phone.id, Decision.CONFIRM, "boss")
    staff = _window(accounts, "zhang")
    qtbot.addWidget(staff)
    score_before = staff.scores.report.scores[0].score
    assert staff.review.show_event(phone.id)
    staff.review.comment.setText("the customer asked me to call the office")
    assert staff.review.appeal()
    staff.close()

    accounts.store = store  # the auditor signs in on the same database
    w = _window(accounts, "audrey")
    qtbot.addWidget(w)
    review = w.review
    review.f_status.setCurrentIndex(review.f_status.findData(APPEALS))
    assert [e.id for e in review.events] == [phone.id]  # the queue: open appeals only
    assert "Appeals to decide: 1" in review.count_label.text()
    review.table.selectRow(0)
    assert review.uphold_btn.isEnabled() and review.overturn_btn.isEnabled()
    assert not review.confirm_btn.isEnabled()  # already confirmed: the appeal is what is decided now
    assert not review.decide_appeal("overturn") and "reason" in review.message.text()  # a reason is required
    review.comment.setText("the office confirms it asked for the call")
    with qtbot.waitSignal(review.decided, timeout=2000):
        review.overturn_btn.click()
    ev = w.ctx.store.get_event(phone.id)
    assert ev.status.value == "dismissed" and ev.appeal.decided_by == "audrey"
    assert "overturned" in review.table.item(0, 5).text()
    assert not review.uphold_btn.isEnabled() and not review.overturn_btn.isEnabled()
    audit = [r for r in w.ctx.store.list_audit() if r.action == "appeal.decide"]
    assert audit and audit[-1].actor == "audrey"
    assert w.scores.report is not None
    w.close()

    accounts.store = store
    staff = _window(accounts, "zhang")
    qtbot.addWidget(staff)
    assert staff.scores.report.scores[0].score == score_before + 3  # recomputed: the points are back
    assert staff.review.show_event(phone.id)
    assert "overturned by audrey" in staff.review.details.text()
    assert "the office confirms it asked for the call" in staff.review.details.text()
    staff.close()
