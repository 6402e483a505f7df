"""Shift-start inspection screen: the guided flow end to end with the real models on a short video
and on a still image (pick staff, run, checklist, override with a reason, save, check the store),
plus the translated guidance and the role check on save."""

from __future__ import annotations

import cv2
from PySide6.QtWidgets import QDialogButtonBox

from inspector.inspection import ITEMS, ItemStatus
from inspector.sample import astronaut_bgr, write_sample_video
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from inspector.inspection_run import InspectionScreenConfig
from ui.inspection_text import detail_text, guidance_text, note_text
from ui.screens.inspection import InspectionScreen

RUN_TIMEOUT_MS = 180_000


def run_to_checklist(qtbot, screen: InspectionScreen, source: str) -> None:
    """Picks S002, starts on ``source`` and waits for the checklist."""
    screen.staff.setCurrentIndex(screen.staff.findData("S002"))
    assert screen.start(source), screen.message.text()
    assert not screen.start_btn.isEnabled() and screen.finish_btn.isEnabled()
    qtbot.waitUntil(lambda: screen.result is not None, timeout=RUN_TIMEOUT_MS)
    assert screen.runner is None
    assert screen.table.rowCount() == len(ITEMS)


def override_first_told_item(qtbot, screen: InspectionScreen) -> tuple[str, ItemStatus]:
    """Overrides the first item that was measured pass or fail, through the dialog; returns (item, new status)."""
    row = next(r for r, it in enumerate(screen.result.items) if it.status is not ItemStatus.CANNOT_TELL)
    item = screen.result.items[row]
    screen.table.selectRow(row)
    dlg = screen.open_override()
    assert dlg is not None and dlg.isVisible()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    new = ItemStatus.PASS if item.status is ItemStatus.FAIL else ItemStatus.FAIL
    dlg.status.setCurrentIndex(dlg.status.findData(new.value))
    dlg.reason.setText("checked in person by the manager")
    assert ok.isEnabled()
    ok.click()
    assert screen.result.item(item.item).final is new
    assert "overridden" in screen.table.item(row, 1).text()
    assert "checked in person" in screen.table.item(row, 3).text()
    return item.item, new


def check_stored(ctx, screen: InspectionScreen, item: str, new: ItemStatus) -> None:
    saved = []
    screen.saved.connect(saved.append)
    rec_id = screen.save()
    assert rec_id is not None, screen.message.text()
    assert saved == [rec_id] and not screen.save_btn.isEnabled()
    recs = ctx.store.list_inspections(staff_code="S002")
    assert [r.id for r in recs] == [rec_id]
    rec = recs[0]
    assert rec.items[item] is (new is ItemStatus.PASS)
    assert rec.items == screen.result.checklist() and rec.passed == screen.result.passed
    assert rec.inspector == ctx.reviewer
    audit = [a for a in ctx.store.list_audit() if a.action == "inspection.override"]
    assert len(audit) == 1 and audit[0].target == f"inspection:{rec_id}"
    assert audit[0].details["item"] == item and audit[0].details["reason"] == "checked in person by the manager"
    assert audit[0].details["override"] == new.value


def test_inspection_flow_on_a_video(qtbot, ctx, tmp_path, models_ready):
    video = write_sample_video(tmp_path / "staff.mp4", seconds_present=2.0, seconds_empty=0.5, fps=10)
    screen = InspectionScreen(ctx, cfg=InspectionScreenConfig(min_front_frames=1, min_side_frames=3))
    qtbot.addWidget(screen)
    screen.resize(1400, 800)
    assert not screen.save_btn.isEnabled() and not screen.override_btn.isEnabled()
    seen = set()
    screen.staff.setCurrentIndex(screen.staff.findData("S002"))
    assert screen.start(str(video))
    qtbot.waitUntil(lambda: seen.add(screen.instruction.text()) or screen.result is not None, timeout=RUN_TIMEOUT_MS)
    assert screen.table.rowCount() == len(ITEMS)
    # the astronaut faces the camera and never turns: the run ends with the file, front view only
    assert any("turn sideways" in s for s in seen), seen
    assert screen.feed.session.last_guidance.message.startswith("Nobody in view")  # the video ends on an empty desk
    assert screen.feed.progress().front_frames >= 1 and screen.feed.progress().side_frames == 0
    assert "side view" in screen.notes.text() and "No uniform enrolled" in screen.notes.text()
    statuses = {it.item: it.status for it in screen.result.items}
    assert statuses["uniform"] is ItemStatus.CANNOT_TELL and statuses["smile"] is ItemStatus.PASS
    for r, it in enumerate(screen.result.items):  # every told item has its evidence thumbnail
        thumb = screen.table.cellWidget(r, 4)
        if it.status is not ItemStatus.CANNOT_TELL:
            assert it.evidence_frame in screen.result.evidence and not thumb.pixmap().isNull()
    item, new = override_first_told_item(qtbot, screen)
    check_stored(ctx, screen, item, new)


def test_inspection_flow_on_a_still_image(qtbot, ctx, tmp_path, models_ready):
    photo = tmp_path / "staff.png"
    cv2.imwrite(str(photo), astronaut_bgr())
    screen = InspectionScreen(ctx)
    qtbot.addWidget(screen)
    run_to_checklist(qtbot, screen, str(photo))
    assert screen.view.has_frame
    assert set(screen.result.evidence) == {0}
    item, new = override_first_told_item(qtbot, screen)
    check_stored(ctx, screen, item, new)


def test_bad_inputs_are_explained(qtbot, ctx, tmp_path):
    screen = InspectionScreen(ctx)
    qtbot.addWidget(screen)
    screen.staff.setCurrentIndex(screen.staff.findData("S001"))
    screen.badge_file.setText(str(tmp_path / "missing.json"))
    assert not screen.start("0")
    assert "enrolment" in screen.message.text() and "not found" in screen.message.text()
    screen.badge_file.setText("")
    screen.enrol_badge_now()
    assert "Start the camera first" in screen.message.text()
    screen.staff.clear()
    assert not screen.start("0") and "staff member" in screen.message.text()
    assert screen.open_override("smile") is None and screen.save() is None


def test_save_respects_the_signed_in_role(qtbot, ctx):
    import dataclasses
    from datetime import datetime, timezone

    from inspector.inspection import InspectionResult, ItemResult

    pw = "correct horse battery"
    ctx.store.init_manager("boss", pw)
    ctx.store.as_actor(ctx.store.authenticate("boss", pw)).add_user("clerk", "staff", pw, staff_code="S001")
    result = InspectionResult("S002", datetime.now(timezone.utc),
                              tuple(ItemResult(i, ItemStatus.PASS, 0.9, "", -1) for i in ITEMS))
    clerk = dataclasses.replace(ctx, store=ctx.store.as_actor(ctx.store.authenticate("clerk", pw)), reviewer="clerk")
    screen = InspectionScreen(clerk)
    qtbot.addWidget(screen)
    screen.show_result(result)
    assert not screen.save_btn.isEnabled() and "may not" in screen.save_btn.toolTip()
    assert screen.save() is None and "Not saved" in screen.message.text()
    boss = dataclasses.replace(ctx, store=ctx.store.as_actor(ctx.store.authenticate("boss", pw)), reviewer="boss")
    screen = InspectionScreen(boss)
    qtbot.addWidget(screen)
    screen.show_result(result)
    assert screen.save_btn.isEnabled() and screen.save() is not None
    assert [r.inspector for r in boss.store.list_inspections()] == ["boss"]  # reading needs an identity too


def test_guidance_and_details_are_translated(app_setup):
    english = ["Too far from the camera: come closer (about 1.5-2 m).", "You are turned away: face the camera.",
               "2 people in view: only the staff member being inspected should stand in front of the camera.",
               "Too close to the camera: step back (about 1.5-2 m).", "Now turn sideways to the camera."]
    assert guidance_text(english[2]).startswith("2 people in view")
    details = ["visible at lanyard, score 0.71, enrolled badge", "colour difference 12 (limit 20)",
               "forward lean 3 deg, shoulder tilt -5 deg", "hands_in_pockets", "no usable frame: You are turned away: face the camera."]
    assert detail_text(details[3]) == "hands in pockets"
    app_setup.switch_language("zh_CN")
    for text in english:
        zh = guidance_text(text)
        assert zh != text and any("\u4e00" <= c <= "\u9fff" for c in zh), zh
    assert "2" in guidance_text(english[2])
    for d in details:
        zh = detail_text(d)
        assert any("\u4e00" <= c <= "\u9fff" for c in zh), zh
    assert "12" in detail_text(details[1]) and "20" in detail_text(details[1])
    note = "No side view was seen: the stance was judged from the front only."
    assert note_text(note) != note


def test_instruction_stays_on_the_front_view_until_enough_front_frames(models_ready, astronaut_bgr):
    from inspector.pipeline import Pipeline
    from inspector.types import Frame
    from inspector.inspection_run import FACE_CAMERA, TURN_SIDEWAYS, InspectionFeed
    from inspector.config import InspectorConfig
    from inspector.inspection_run import new_session

    cfg = InspectorConfig()
    feed = InspectionFeed(new_session("S001", cfg, None, None), InspectionScreenConfig(min_front_frames=2, min_side_frames=1))
    assert feed.progress().instruction.startswith("Stand in front of the camera")
    with Pipeline(cfg, "image") as pipe:
        result = pipe.process(Frame(astronaut_bgr, 0, 0, 0.0, "astronaut"))
    feed(result)
    p = feed.progress()
    assert (p.front_frames, p.instruction, p.enough) == (1, FACE_CAMERA, False)
    feed(result)
    p = feed.progress()
    assert (p.front_frames, p.instruction, p.enough) == (2, TURN_SIDEWAYS, False)
    feed(result.__class__(result.frame, ()))
    assert feed.progress().guidance.startswith("Nobody in view")


def test_a_second_inspection_the_same_day_asks_before_it_replaces_the_first(qtbot, ctx):
    """Issue 14 §5: a second inspection on the same day deducted again without a warning."""
    from datetime import datetime, timezone

    from inspector.inspection import InspectionResult, ItemResult

    def result(failed: tuple[str, ...]) -> InspectionResult:
        return InspectionResult("S002", datetime.now(timezone.utc),
                                tuple(ItemResult(i, ItemStatus.FAIL if i in failed else ItemStatus.PASS, 0.9, "", -1)
                                      for i in ITEMS))

    screen = InspectionScreen(ctx)
    qtbot.addWidget(screen)
    screen.staff.setCurrentIndex(screen.staff.findData("S002"))
    screen.show_result(result(("badge",)))
    first = screen.save()
    assert first is not None and screen.replace_box is None
    screen.saved_id = None  # a second run of the same staff member (start() does this)
    screen.show_result(result(("badge", "smile")))
    assert screen.save() is None and "already inspected" in screen.message.text()
    box = screen.replace_box
    assert box is not None and box.isVisible() and str(first) in box.text()
    box.keep_btn.click()
    assert "still counts" in screen.message.text() and screen.saved_id is None
    assert [r.id for r in ctx.store.list_inspections(staff_code="S002")] == [first]
    screen.save()
    screen.replace_box.replace_btn.click()
    second = screen.saved_id
    assert second is not None and second != first and "no longer counts" in screen.message.text()
    assert [r.id for r in ctx.store.list_inspections(staff_code="S002")] == [second]
    old = [r for r in ctx.store.list_inspections(staff_code="S002", include_replaced=True) if r.id == first]
    assert old[0].replaced_by == second and not screen.save_btn.isEnabled()
