"""Review screen: queue order, filters, clip player, decisions, missing clip, second reviewer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.store import Decision, EventStatus
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.screens.review import ReviewScreen


def _open(qtbot, ctx):
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def test_pending_events_newest_first_and_filters(qtbot, ctx):
    screen = _open(qtbot, ctx)
    starts = [e.start for e in screen.events]
    assert len(starts) == 3 and starts == sorted(starts, reverse=True)
    screen.f_rule.setCurrentIndex(screen.f_rule.findData("slouching"))
    assert [e.rule_id for e in screen.events] == ["slouching"]
    screen.f_rule.setCurrentIndex(0)
    screen.f_staff.setCurrentIndex(screen.f_staff.findData("S002"))
    assert screen.events == [] and screen.table.rowCount() == 0


def test_confirm_with_comment_by_keyboard_is_stored_with_reviewer(qtbot, ctx):
    screen = _open(qtbot, ctx)
    first = screen.current()
    screen.comment.setText("on the phone with a friend")
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.table.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(screen.table, Qt.Key.Key_C)
    ev = ctx.store.get_event(first.id)
    assert ev.status is EventStatus.CONFIRMED
    assert ev.review.reviewer == "auditor-a" and ev.review.comment == "on the phone with a friend"
    assert screen.current().id != first.id  # moved on to the next event
    qtbot.keyClick(screen.table, Qt.Key.Key_D)
    assert len(ctx.store.list_events(status="dismissed")) == 1


def test_missing_clip_shows_a_message_and_the_event_stays_reviewable(qtbot, ctx):
    screen = _open(qtbot, ctx)
    row = next(i for i, e in enumerate(screen.events) if e.rule_id == "slouching")
    screen.table.selectRow(row)
    assert screen.player.reader is None
    assert "gone.mp4" in screen.player.view._message
    assert screen.confirm_btn.isEnabled()
    screen.dismiss_btn.click()
    assert ctx.store.get_event(screen.events[row].id).status is EventStatus.DISMISSED


def test_second_reviewer_is_told_the_event_is_already_decided(qtbot, ctx):
    a = _open(qtbot, ctx)
    b = _open(qtbot, ctx)
    ev = a.current()
    assert b.current().id == ev.id
    a.decide(Decision.CONFIRM)
    b.decide(Decision.DISMISS)
    assert "Already decided" in b.message.text() and "auditor-a" in b.message.text()
    assert ctx.store.get_event(ev.id).status is EventStatus.CONFIRMED
    assert not b.confirm_btn.isEnabled()


def test_clip_player_plays_steps_scrubs_and_toggles_overlay(qtbot, ctx):
    screen = _open(qtbot, ctx)
    screen.table.selectRow(next(i for i, e in enumerate(screen.events) if e.clip_path and "e1" in e.clip_path))
    p = screen.player
    assert p.reader is not None and len(p.reader) == 20 and p.view.has_frame
    p.toggle()
    qtbot.waitUntil(lambda: p.index >= 3, timeout=3000)
    p.toggle()
    assert not p.playing
    at = p.index
    p.step(1)
    assert p.index == at + 1
    p.step(-2)
    assert p.index == at - 1
    p.slider.setValue(15)
    assert p.index == 15 and p.time_label.text().startswith("1.5")
    p.overlay.setChecked(False)
    assert p.index == 15
    p.toggle()
    qtbot.waitUntil(lambda: not p.playing, timeout=3000)  # stops at the end
    assert p.index == 19


def test_one_point_is_singular_in_english_and_plural_forms_load(qtbot, ctx, app_setup):
    """Issue 14 (8): English plurals ("1 points")."""
    from PySide6.QtCore import QCoreApplication

    from ui.screens.review import ReviewScreen

    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    slouch = next(e for e in ctx.store.list_events() if e.rule_id == "slouching")  # 1 point
    assert screen.show_event(slouch.id)
    text = screen.details.text()
    assert "1 point" in text and "1 points" not in text
    tr = QCoreApplication.translate
    assert tr("InspectionScreen", "FAILED: %n item(s)", "", 1) == "FAILED: 1 item"
    assert tr("InspectionScreen", "FAILED: %n item(s)", "", 3) == "FAILED: 3 items"
    app_setup.switch_language("zh_CN")
    assert tr("InspectionScreen", "FAILED: %n item(s)", "", 1) == "不合格：1 项"


def test_an_unassigned_event_is_assigned_to_a_staff_member_from_the_review_screen(qtbot, ctx):
    """Issue 14 §8: events outside the roster could be assigned to a person only from the CLI."""
    from datetime import datetime, timedelta, timezone

    ctx.store.add_station("desk-2")  # nobody is rostered there
    t = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=30)
    ev, _ = ctx.store.add_event(station="desk-2", source_id="cam1", rule_id="slouching", rules_version="default-1",
                                start=t, end=t + timedelta(seconds=9), peak_confidence=0.8, features={}, points=1)
    assert ev.staff_code is None
    screen = _open(qtbot, ctx)
    screen.f_staff.setCurrentIndex(screen.f_staff.findText("unassigned"))
    assert [e.id for e in screen.events] == [ev.id] and screen.table.item(0, 2).text() == "unassigned"
    assert screen.assign_row.isVisible()
    assert not screen.assign() and "Choose the staff member" in screen.message.text()
    screen.assign_staff.setCurrentIndex(screen.assign_staff.findData("S002"))
    decided = []
    screen.decided.connect(decided.append)
    screen.assign_btn.click()
    assert decided == [ev.id] and "Li Na" in screen.message.text()
    assert screen.table.item(0, 2).text() == "Li Na" and not screen.assign_row.isVisible()
    assert ctx.store.get_event(ev.id).staff_code == "S002"
    audit = [a for a in ctx.store.list_audit() if a.action == "event.assign"]
    assert len(audit) == 1 and audit[0].target == f"event:{ev.id}" and audit[0].details == {"old": None, "new": "S002"}
    # an assigned (rostered) event offers no Assign, nor does a staff member's own view
    screen.f_staff.setCurrentIndex(screen.f_staff.findData("S001"))
    assert screen.events and not screen.assign_row.isVisible()
    mine = ReviewScreen(ctx, mine=True)
    qtbot.addWidget(mine)
    assert mine.f_staff.findText("unassigned") == -1 and not mine.assign_row.isVisible()
