"""The monitoring service with the real models: several stations at once, a camera that drops out and
comes back without disturbing the others, a missing file that fails alone, the figures per station."""

from __future__ import annotations

import time

import cv2
import pytest

from inspector.config import InspectorConfig
from inspector.monitor.models import ModelSet
from inspector.monitor.service import (MonitorService, StationChain, StationSpec, StationState,
                                       open_station_source, watch_only)
from inspector.monitor.settings import MonitorConfig
from inspector.pipeline import Pipeline
from inspector.rules import load_rules
from inspector.sample import write_sample_video
from inspector.sources import LiveSource


class UnpluggedCamera:
    """A cv2.VideoCapture stand-in for a camera: the frames of a video file, then the device is gone
    (reads fail) until ``back`` says it is plugged in again."""

    def __init__(self, path: str, frames: int, back) -> None:
        self.cap, self.left, self.back = cv2.VideoCapture(path), frames, back

    def isOpened(self) -> bool:
        return self.back()

    def get(self, prop) -> float:
        return 10.0

    def read(self):
        if self.left <= 0:
            return False, None
        self.left -= 1
        time.sleep(0.1)  # a camera delivers at its own rate
        ok, img = self.cap.read()
        if not ok:
            self.cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, img = self.cap.read()
        return ok, img

    def release(self) -> None:
        self.cap.release()


@pytest.mark.models
def test_stations_share_the_models_and_a_dropped_camera_does_not_disturb_the_others(tmp_path, models_ready):
    video = str(write_sample_video(tmp_path / "desk.mp4", seconds_present=6, seconds_empty=2, size=(320, 240)))
    cfg, rules = InspectorConfig(), load_rules(None)
    mcfg = MonitorConfig(target_fps=4, loop_files=True, reconnect_backoff_s=0.2, reconnect_max_backoff_s=0.2)
    plugged = {"at": 0.0}
    opened = []

    def open_station(spec, m, on_status):
        if spec.name != "cam":
            return open_station_source(spec, m, on_status)

        def device(_target):
            opened.append(time.monotonic())
            return UnpluggedCamera(video, 15, lambda: time.monotonic() >= plugged["at"])

        return LiveSource(0, opener=device, max_retries=None, backoff_s=0.2, max_backoff_s=0.2, on_status=on_status)

    def unplug_for(seconds: float) -> None:
        plugged["at"] = time.monotonic() + seconds

    stations = [StationSpec("a", video), StationSpec("b", video), StationSpec("cam", "0"),
                StationSpec("gone", str(tmp_path / "gone.mp4"))]
    models = ModelSet(cfg.perception, "shared")
    service = MonitorService(stations, lambda spec: StationChain(watch_only(rules, spec, cfg)),
                             lambda name, m: Pipeline(cfg, "video", perception=m.for_station(name)), models, mcfg,
                             open_station=open_station)
    service.start()
    try:
        assert service.wait_ready(120)
        assert models.copies == 1          # one set of landmarkers for every station
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not len(opened) >= 1:
            time.sleep(0.1)
        unplug_for(4.0)                    # the camera's 15 frames run out and it stays away 4 s
        seen_reconnecting = False
        during = None
        while time.monotonic() < deadline:
            snaps = {s.name: s for s in service.snapshots()}
            if snaps["cam"].state is StationState.RECONNECTING:
                if not seen_reconnecting:
                    seen_reconnecting, during = True, snaps["a"].analysed
            elif seen_reconnecting and snaps["cam"].analysed > 0 and len(opened) >= 2:
                break
            time.sleep(0.1)
        snaps = {s.name: s for s in service.snapshots()}
        assert seen_reconnecting, "the camera never showed as reconnecting"
        assert snaps["a"].analysed > during, "station a stopped while the camera was away"
        assert snaps["cam"].state is StationState.OK and len(opened) >= 2, (snaps["cam"], opened)
        back = snaps["cam"].analysed
        while time.monotonic() < deadline and service.snapshots()[2].analysed <= back:
            time.sleep(0.1)
        assert service.snapshots()[2].analysed > back, "no frame of the camera analysed after it came back"
        assert snaps["gone"].state is StationState.FAILED and "gone.mp4" in snaps["gone"].note
        for name in ("a", "b", "cam"):
            assert snaps[name].latest is not None and snaps[name].captured > 0
        service.mark()
        time.sleep(3.0)
        totals = {t.name: t for t in service.totals()}
        assert totals["a"].analysed > 0 and totals["b"].analysed > 0
        assert totals["a"].max_age_s < mcfg.max_frame_age_s + 5.0  # the age bound plus the analysis itself
    finally:
        assert service.stop()
    assert {s.state for s in service.snapshots()} <= {StationState.STOPPED, StationState.FAILED}


def test_service_refuses_bad_station_lists():
    cfg, rules = InspectorConfig(), load_rules(None)
    models = ModelSet(cfg.perception, "shared")

    def chain(spec):
        return StationChain(watch_only(rules, spec, cfg))

    with pytest.raises(ValueError, match="no station"):
        MonitorService([], chain, lambda n, m: None, models)
    with pytest.raises(ValueError, match="twice"):
        MonitorService([StationSpec("a", "0"), StationSpec("a", "1")], chain, lambda n, m: None, models)
    with pytest.raises(ValueError, match="model sharing"):
        ModelSet(cfg.perception, "everyone")


def test_models_that_cannot_load_fail_every_station_with_the_reason(tmp_path):
    video = str(write_sample_video(tmp_path / "desk.mp4", seconds_present=1, seconds_empty=0, size=(320, 240)))
    cfg, rules = InspectorConfig(), load_rules(None)
    perception = cfg.perception.model_copy(update={"model_dir": str(tmp_path / "no-models")})
    models = ModelSet(perception, "shared")
    service = MonitorService([StationSpec("a", video), StationSpec("b", video)],
                             lambda spec: StationChain(watch_only(rules, spec, cfg)),
                             lambda name, m: Pipeline(cfg, "video", perception=m.for_station(name)), models)
    service.start()
    assert not service.wait_ready(30)
    assert "is missing from" in service.model_error
    assert service.stop()
    snaps = service.snapshots()
    assert [s.state for s in snaps] == [StationState.FAILED, StationState.FAILED]
    assert all("is missing from" in s.note for s in snaps)
