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
