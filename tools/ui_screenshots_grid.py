"""Grabs the All stations grid and one station's full view in both languages into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/ui_screenshots_grid.py

Four stations in a throw-away store: two watch the shared sample videos (or the generated sample
when ``../shared/data`` is absent), one has camera 0 (not connected here: reconnecting), one has
no region and no calibration (shown, not judged). Real models, one service.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))
SHARED = REPO.parent / "shared" / "data" / "videos"


def main() -> int:
    from inspector.sample import write_sample_video
    from ui.app import preload_engine, setup_app
    from ui.context import open_context
    from ui.main_window import MainWindow
    from ui_screenshots import OUT, grab, wait

    tmp = Path(tempfile.mkdtemp(prefix="ui_grid_"))
    setup = setup_app("en")
    preload_engine()
    ctx = open_context(data_dir=tmp / "data")
    sample = write_sample_video(tmp / "sample.mp4", seconds_present=60, seconds_empty=1, fps=10)
    videos = [SHARED / "one-by-one-person-detection.mp4", SHARED / "test_video.mp4"]
    videos = [str(v) if v.is_file() else str(sample) for v in videos]
    s = ctx.store
    s.add_station("counter-1", videos[0], "counter 1", roi=(0.0, 0.0, 1.0, 1.0))
    s.add_station("counter-2", videos[1], "counter 2", roi=(0.0, 0.0, 1.0, 1.0))
    s.add_station("counter-3", "0", "counter 3", roi=(0.1, 0.0, 0.9, 1.0))
    s.add_station("counter-4", str(sample), "counter 4")
    ctx.cfg = ctx.cfg.model_copy(update={"monitor": ctx.cfg.monitor.model_copy(update={"loop_files": True})})
    app = setup.app
    for lang in ("en", "zh_CN"):
        setup.switch_language(lang)
        w = MainWindow(ctx, switch_language=setup.switch_language)
        w.resize(1500, 950)
        w.show()
        w.tabs.setCurrentWidget(w.grid)
        w.grid.start()
        tiles = w.grid.tiles
        wait(app, lambda: all(tiles[n].view.has_frame for n in ("counter-1", "counter-2", "counter-4")), 300)
        end = time.monotonic() + 3
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
        grab(w, f"grid_{lang}")
        w.grid.show_station("counter-1")
        wait(app, lambda: w.grid.focus_view.has_frame, 30)
        grab(w, f"grid_station_{lang}")
        w.grid.stop()
        w.close()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
