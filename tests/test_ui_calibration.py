"""Calibrating a station's camera from the live screen: still frame, dialog, atomic save, audit, use."""

from __future__ import annotations

import json

import numpy as np

from test_calibration import camera_profile
from test_ui_support import app_setup, ctx, sample_video  # noqa: F401 - fixtures
from inspector.site import station_profile_path
from ui.screens.live import LiveScreen


class _FramesOnly:
    """Analyses nothing (no persons): the tests are about the frames and the controls, not the models."""

    def process(self, frame):
        from inspector.types import FrameResult

        return FrameResult(frame=frame)

    def close(self):
        pass


def draw_profile(dlg) -> None:
    """Clicks the synthetic camera's floor marks, zones and counter, scaled to the dialog's frame."""
    from calibration.geometry import floor_geometry

    ref = camera_profile()
    w, h = dlg.canvas.frame_size
    sx, sy = w / ref.image_width, h / ref.image_height
    truth = floor_geometry(ref)
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5)]
    dlg.set_tool("floor")
    for m, px in zip(marks, truth.floor_to_image(np.array(marks))):
        dlg.fx.setValue(m[0])
        dlg.fy.setValue(m[1])
        dlg.add_point(float(px[0]) * sx, float(px[1]) * sy)
    for tool, pts in (("staff", ref.staff_zone), ("customer", ref.customer_zone), ("counter", ref.counter)):
        dlg.set_tool(tool)
        for x, y in pts:
            dlg.add_point(x * sx, y * sy)


def save(qtbot, screen, dlg) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dlg.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dlg.accepted, timeout=2000):
        box.button(QDialogButtonBox.StandardButton.Save).click()


def test_calibrate_button_opens_the_dialog_on_the_sources_first_frame(qtbot, ctx, tmp_path):
    video = sample_video(tmp_path / "cam.mp4", seconds=1.5)
    screen = LiveScreen(ctx, processor_factory=_FramesOnly)
    qtbot.addWidget(screen)
    assert not screen.calibrate_btn.isEnabled()  # no station chosen
    screen.spec.setText(str(video))
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    assert screen.calibrate_btn.isEnabled()
    screen.calibrate_btn.click()
    dlg = screen.calibration_dialog
    assert dlg is not None and dlg.isVisible() and "desk-1" in dlg.windowTitle()
    import cv2

    cap = cv2.VideoCapture(str(video))
    ok, first = cap.read()
    cap.release()
    assert ok and dlg.canvas.frame_size == (first.shape[1], first.shape[0])
    y, x = first.shape[0] // 2, first.shape[1] // 2  # the picture is the source's first frame
    assert dlg.canvas._pixmap.toImage().pixelColor(x, y).getRgb()[:3] == tuple(int(v) for v in first[y, x, ::-1])
    assert not any(dlg.canvas.shapes.values())  # no profile yet: starts empty
    dlg.reject()  # cancelled: nothing saved, nothing audited
    assert not station_profile_path(ctx.data_dir, "desk-1").exists()
    assert not [a for a in ctx.store.list_audit() if a.action == "calibration.save"]


def test_saving_writes_the_profile_atomically_and_audits_it(qtbot, ctx, tmp_path):
    from calibration.profile import load_profile
    from PySide6.QtWidgets import QDialogButtonBox

    video = sample_video(tmp_path / "cam.mp4", seconds=1.5)
    screen = LiveScreen(ctx, processor_factory=_FramesOnly)
    qtbot.addWidget(screen)
    screen.spec.setText(str(video))
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    screen.calibrate_btn.click()
    dlg = screen.calibration_dialog
    box = dlg.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()  # nothing drawn yet: refused with the reason
    assert dlg.isVisible() and "floor" in dlg.status.text().lower()
    assert not station_profile_path(ctx.data_dir, "desk-1").exists()
    draw_profile(dlg)
    drawn = dlg.profile()
    save(qtbot, screen, dlg)
    path = ctx.data_dir / "calibration" / "desk-1.json"
    assert path.is_file() and load_profile(path) == drawn and drawn.camera_id == "desk-1"
    assert sorted(p.name for p in path.parent.iterdir()) == ["desk-1.json"]  # no temporary file left
    [entry] = [a for a in ctx.store.list_audit() if a.action == "calibration.save"]
    assert entry.target == "station:desk-1" and entry.details["file"] == str(path)
    assert entry.details["previous"] is None and entry.details["profile"]["counter"] == json.loads(
        path.read_text())["counter"]
    assert not screen.banner.isHidden() and str(path) in screen.banner.text()
    assert screen.calibration_dialog is None

    # opened again: the saved profile is loaded; saving again records the previous one
    screen.calibrate_btn.click()
    dlg2 = screen.calibration_dialog
    assert dlg2 is not dlg and len(dlg2.canvas.shapes["floor"]) == 5 and dlg2.profile() == drawn
    dlg2.set_tool("counter")
    dlg2.undo()
    dlg2.add_point(300.0, float(dlg2.canvas.shapes["counter"][0][1]))
    save(qtbot, screen, dlg2)
    entries = [a for a in ctx.store.list_audit() if a.action == "calibration.save"]
    assert len(entries) == 2 and entries[-1].details["previous"] == drawn.model_dump(mode="json")
    assert load_profile(path) != drawn


def test_the_next_run_uses_the_profile_and_reports_a_broken_one(qtbot, ctx, tmp_path):
    from calibration.profile import save_profile

    video = sample_video(tmp_path / "cam.mp4", seconds=1.0)
    screen = LiveScreen(ctx, processor_factory=_FramesOnly)
    qtbot.addWidget(screen)
    screen.spec.setText(str(video))
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    path = station_profile_path(ctx.data_dir, "desk-1")
    path.parent.mkdir(parents=True)
    save_profile(camera_profile(), path)

    def run_once() -> list[str]:
        with qtbot.waitSignal(screen.run_ended, timeout=20_000):
            screen.start()
        return [screen.status_list.item(i).text() for i in range(screen.status_list.count())]

    assert any("calibration in use" in s for s in run_once())
    path.write_text('{"version": 1, "camera_id": "desk-1"}', encoding="utf-8")
    statuses = run_once()
    [note] = [s for s in statuses if "cannot be used" in s]
    assert str(path) in note and "staff_zone" in note and "greetings are not judged" in note


def test_running_view_gives_its_frame_and_bad_sources_are_reported(qtbot, ctx, tmp_path):
    video = sample_video(tmp_path / "long.mp4", seconds=6.0)
    screen = LiveScreen(ctx, processor_factory=_FramesOnly)
    qtbot.addWidget(screen)
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    screen.spec.setText(str(tmp_path / "no-such-camera.mp4"))
    assert screen.open_calibration() is None
    assert not screen.banner.isHidden() and "no-such-camera.mp4" in screen.banner.text()
    assert "Cannot take a still frame" in screen.banner.text()
    screen.spec.setText(str(video))
    screen.start()
    qtbot.waitUntil(lambda: screen.view.has_frame, timeout=5000)
    screen.spec.setText(str(tmp_path / "no-such-camera.mp4"))  # the running view's frame is used, not the box
    dlg = screen.open_calibration()
    assert dlg is not None and dlg.canvas.frame_size[0] > 0
    dlg.reject()
    with qtbot.waitSignal(screen.run_ended, timeout=3000):
        screen.stop()
    assert not station_profile_path(ctx.data_dir, "desk-1").exists()


def test_only_managers_calibrate(qtbot, ctx):
    from inspector.auth import Actor, Role

    ctx.store.init_manager("boss", "correct horse battery")
    for role, enabled in ((Role.MANAGER, True), (Role.AUDITOR, False)):
        ctx.store = ctx.store.as_actor(Actor(name="x", role=role))
        screen = LiveScreen(ctx, processor_factory=_FramesOnly)
        qtbot.addWidget(screen)
        found = screen.station.findData("desk-1")
        if found >= 0:
            screen.station.setCurrentIndex(found)
        assert screen.calibrate_btn.isEnabled() is enabled


def test_a_source_that_does_not_answer_does_not_freeze_the_window(qtbot, ctx, monkeypatch):
    import threading
    import time

    import ui.screens.live as live

    release = threading.Event()
    monkeypatch.setattr(live, "STILL_TIMEOUT_S", 0.3)
    monkeypatch.setattr(live, "_first_frame", lambda spec: release.wait(10))  # a stream that never answers
    screen = LiveScreen(ctx, processor_factory=_FramesOnly)
    qtbot.addWidget(screen)
    screen.station.setCurrentIndex(screen.station.findData("desk-1"))
    screen.spec.setText("rtsp://192.0.2.1/stream")
    t = time.monotonic()
    assert screen.open_calibration() is None
    assert time.monotonic() - t < 2.0
    assert "no frame within" in screen.banner.text()
    release.set()


def _dialog(qtbot):
    from ui.calibration_dialog import CalibrationDialog

    ref = camera_profile()
    frame = np.full((ref.image_height, ref.image_width, 3), 90, np.uint8)
    dlg = CalibrationDialog(frame, "desk-1")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_save_or_check_before_the_zones_are_drawn_says_which_step_in_plain_words(qtbot, app_setup):
    """Issue 14 §7: Save or Check before the zones were drawn showed a raw validation dump."""
    from PySide6.QtWidgets import QDialogButtonBox

    dlg = _dialog(qtbot)
    assert not dlg.step_buttons["staff"].isEnabled() and not dlg.step_buttons["check"].isEnabled()
    assert not dlg.set_tool("counter") and dlg.tool == "floor"  # later steps stay closed
    assert "floor points first" in dlg.status.text()
    draw_profile(dlg)  # all four steps...
    for tool in ("counter", "customer", "staff"):  # ...then the zones and the counter are taken away again
        dlg.set_tool(tool)
        while dlg.canvas.shapes[tool]:
            dlg.undo()
    dlg.set_tool("floor")
    assert dlg.step_buttons["staff"].isEnabled() and not dlg.step_buttons["customer"].isEnabled()
    assert dlg.step_buttons["floor"].text().endswith("✓")
    for act in (dlg.run_check, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click):
        act()
        text = dlg.status.text()
        assert text.startswith("Draw the staff zone first") and "(0 so far)" in text, text
        for raw in ("Tuple", "pydantic", "staff_zone", "invalid calibration profile", "at least 3 items"):
            assert raw not in text
        assert dlg.isVisible() and dlg.result() == 0
    assert dlg.next_step() and dlg.tool == "staff"  # the floor step is done: on to the staff zone


def test_the_dialog_leads_through_the_steps_in_order(qtbot, app_setup):
    dlg = _dialog(qtbot)
    assert dlg.instruction.text().startswith("Step 1 of 5")
    assert not dlg.next_step() and "at least 4 floor marks" in dlg.status.text()
    ref = camera_profile()
    truth = floor_geometry_of(ref)
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5)]
    for m, px in zip(marks, truth.floor_to_image(np.array(marks))):
        dlg.fx.setValue(m[0])
        dlg.fy.setValue(m[1])
        dlg.add_point(float(px[0]), float(px[1]))
    assert "Done: press Next step" in dlg.instruction.text()
    expected = ("staff", "customer", "counter")
    for step, pts in zip(expected, (ref.staff_zone, ref.customer_zone, ref.counter)):
        assert dlg.next_step() and dlg.tool == step
        assert dlg.instruction.text().startswith(f"Step {expected.index(step) + 2} of 5")
        assert not dlg.next_step()  # nothing drawn yet in this step
        for x, y in pts:
            dlg.add_point(x, y)
    assert dlg.next_step() and dlg.tool == "check"
    assert "Calibration error on 5 points" in dlg.status.text() and "color:#c62828" not in dlg.status.styleSheet()


def test_a_fit_worse_than_twenty_cm_is_red_and_needs_confirming_before_it_is_saved(qtbot, app_setup):
    """Issue 14 §7: a fit with a leave-one-out error of 89 cm was saved without a warning."""
    from PySide6.QtWidgets import QDialogButtonBox

    dlg = _dialog(qtbot)
    ref = camera_profile()
    truth = floor_geometry_of(ref)
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5), (1.0, 4.0)]
    typed = marks[:4] + [(0.0, 4.4)] + marks[5:]  # one position typed 90 cm wrong
    for m, px in zip(typed, truth.floor_to_image(np.array(marks))):
        dlg.fx.setValue(m[0])
        dlg.fy.setValue(m[1])
        dlg.add_point(float(px[0]), float(px[1]))
    for step, pts in (("staff", ref.staff_zone), ("customer", ref.customer_zone), ("counter", ref.counter)):
        assert dlg.set_tool(step)
        for x, y in pts:
            dlg.add_point(x, y)
    assert dlg.set_tool("check")
    assert dlg.last_check.leave_one_out_rms_cm > 20
    assert "more than 20 cm" in dlg.status.text() and "#c62828" in dlg.status.styleSheet()
    save = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    accepted = []
    dlg.accepted.connect(lambda: accepted.append(True))
    save.click()
    box = dlg.confirm_box
    assert box is not None and box.isVisible() and not accepted and dlg.isVisible()
    assert f"{dlg.last_check.leave_one_out_rms_cm:.0f} cm" in box.text()
    dlg.go_back.click()
    assert not accepted and dlg.isVisible() and "Not saved" in dlg.status.text()
    save.click()
    dlg.save_anyway.click()
    assert accepted == [True]


def floor_geometry_of(profile):
    from calibration.geometry import floor_geometry

    return floor_geometry(profile)


def test_the_ruler_measures_once_the_floor_points_are_placed(qtbot, app_setup):
    """The ruler comes right after the floor points: it must not wait for the zones (nor dump their validation)."""
    dlg = _dialog(qtbot)
    assert not dlg.set_tool("ruler") and "floor points first" in dlg.status.text()
    ref = camera_profile()
    truth = floor_geometry_of(ref)
    marks = [(-1.5, 2.5), (1.5, 2.5), (-2.0, 5.0), (2.0, 5.0), (0.0, 3.5)]
    for m, px in zip(marks, truth.floor_to_image(np.array(marks))):
        dlg.fx.setValue(m[0])
        dlg.fy.setValue(m[1])
        dlg.add_point(float(px[0]), float(px[1]))
    assert dlg.set_tool("ruler")
    a, b = truth.floor_to_image(np.array([(-1.0, 3.0), (1.0, 3.0)]))  # 2 m apart on the floor
    dlg.add_point(float(a[0]), float(a[1]))
    dlg.add_point(float(b[0]), float(b[1]))
    assert dlg.status.text() == "Ruler: 2.00 m on the floor"
