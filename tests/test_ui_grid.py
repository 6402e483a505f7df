"""The grid of every station: one in-process service, a tile per station with its state; click for the full view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.monitor.service import StationState
from test_ui_support import app_setup, ctx, sample_video  # noqa: F401 - fixtures
from ui.screens.grid import GridScreen


def _tile_states(screen):
    return {name: tile.state.text() for name, tile in screen.tiles.items()}


@pytest.mark.models
def test_grid_runs_every_station_and_opens_one_in_full(qtbot, ctx, tmp_path, models_ready):
    from inspector.sample import SAMPLE_REGION

    video = sample_video(tmp_path / "desk2.mp4", seconds=6.0)
    ctx.store.add_station("desk-2", str(video), "right counter", roi=SAMPLE_REGION)
    ctx.store.add_station("desk-3", str(tmp_path / "gone.mp4"), "back office")
    ctx.cfg = ctx.cfg.model_copy(update={"monitor": ctx.cfg.monitor.model_copy(update={"reconnect_max_backoff_s": 1.0})})
    screen = GridScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.start()
    assert set(screen.tiles) == {"desk-1", "desk-2", "desk-3"}   # desk-1's camera 0 is not connected here
    qtbot.waitUntil(lambda: screen.tiles["desk-2"].view.has_frame, timeout=120_000)
    def state(name):
        return {s.name: s for s in screen.service.snapshots()}[name].state

    qtbot.waitUntil(lambda: state("desk-1") is StationState.RECONNECTING, timeout=30_000)
    qtbot.waitUntil(lambda: state("desk-3") is StationState.FAILED, timeout=30_000)
    snaps = {s.name: s for s in screen.service.snapshots()}
    assert snaps["desk-3"].state is StationState.FAILED and "gone.mp4" in snaps["desk-3"].note
    assert snaps["desk-2"].recording
    qtbot.waitUntil(lambda: "at the post" in screen.tiles["desk-2"].people.text(), timeout=10_000)
    qtbot.waitUntil(lambda: _tile_states(screen)["desk-1"] == "Reconnecting…", timeout=5_000)
    assert _tile_states(screen)["desk-3"] == "Failed"
    qtbot.mouseClick(screen.tiles["desk-2"], Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1 and "desk-2" in screen.focus_title.text()
    qtbot.waitUntil(lambda: screen.focus_view.has_frame, timeout=10_000)
    assert "analysed fps" in screen.focus_people.text()
    screen.show_grid()
    assert screen.pages.currentIndex() == 0
    screen.stop()
    assert screen.service is None and screen.start_btn.isEnabled()


def test_grid_without_a_camera_says_what_to_do(qtbot, ctx):
    from inspector.monitor.site import NoStationError

    def none(_ctx):
        raise NoStationError("no station has a camera")

    screen = GridScreen(ctx, service_factory=none)
    qtbot.addWidget(screen)
    screen.start()
    assert screen.service is None and "No station has a camera" in screen.message.text()
    assert screen.start_btn.isEnabled()


def _snapshot(state, note: str):
    from inspector.monitor.channel import StationSnapshot

    return StationSnapshot(name="desk-9", source="0", state=state, seq=0, latest=None, people_at_post=0, active=(),
                           captured=0, analysed=0, replaced=0, stale=0, fps=0.0, oldest_age_s=0.0, note=note,
                           recording=False)


def test_station_notes_read_in_the_users_language(qtbot, ctx, app_setup):
    from inspector.station import unjudged_message

    screen = GridScreen(ctx, service_factory=lambda _ctx: None)
    qtbot.addWidget(screen)
    unjudged = _snapshot(StationState.UNCALIBRATED, unjudged_message("desk-9"))
    missing = _snapshot(StationState.FAILED, "file not found: /nowhere/desk.mp4")
    assert screen.note_text(_snapshot(StationState.OK, "")) == ""
    assert "shown, not judged" in screen.note_text(unjudged) and "stations region desk-9" in screen.note_text(unjudged)
    app_setup.translators.install("zh_CN")
    zh = screen.note_text(unjudged)
    assert "不做评判" in zh and "desk-9" in zh and "nothing tells" not in zh
    assert "/nowhere/desk.mp4" in screen.note_text(missing) and "file not found" not in screen.note_text(missing)
