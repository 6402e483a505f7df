"""Measures the longest stall of the UI thread while the live view plays a long video file.

A QTimer heartbeat fires every ``--beat-ms`` on the UI thread; the gap between two beats minus the
interval is how long the UI thread could not react. The live screen runs the real perception
pipeline on the sample video (made from scikit-image's astronaut) until the file ends.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/ui_stall.py --seconds 60
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="Length of the sample video.")
    ap.add_argument("--fps", type=float, default=25.0, help="Frame rate of the sample video.")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=720)
    ap.add_argument("--beat-ms", type=int, default=10, help="Heartbeat interval.")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QTimer

    from inspector.sample import write_sample_video
    from ui.app import preload_engine, setup_app
    from ui.context import open_context
    from ui.screens.live import LiveScreen

    tmp = Path(tempfile.mkdtemp(prefix="ui_stall_"))
    video = write_sample_video(tmp / "long.mp4", seconds_present=args.seconds * 0.8, seconds_empty=args.seconds * 0.2,
                               fps=args.fps, size=(args.width, args.height))
    setup = setup_app("en")
    preload_engine()  # as `inspector ui` does before showing the window
    ctx = open_context(data_dir=tmp / "data")
    screen = LiveScreen(ctx)
    screen.resize(1400, 850)
    screen.show()
    screen.spec.setText(str(video))

    gaps: list[float] = []
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setInterval(args.beat_ms)
    last = [0]

    first_frame_at = [None]

    def tick() -> None:
        now = clock.elapsed()
        if first_frame_at[0] is None and screen.view.has_frame:
            first_frame_at[0] = len(gaps)
        gaps.append(now - last[0])
        if now - last[0] - args.beat_ms > 40:
            print(f"  stall of {now - last[0] - args.beat_ms} ms at {now / 1000:.2f} s "
                  f"(analysed {screen.runner.stats().analysed if screen.runner else '-'})")
        last[0] = now

    beat.timeout.connect(tick)
    done = []
    screen.run_ended.connect(lambda state: (done.append(state), setup.app.quit()))
    t0 = time.monotonic()
    clock.start()
    beat.start()
    screen.start()
    setup.app.exec()
    wall = time.monotonic() - t0
    st_text = screen.stats_label.text()
    stalls = [g - args.beat_ms for g in gaps[1:]]
    print(f"video: {args.seconds:.0f} s, {args.width}x{args.height} at {args.fps:g} fps; run ended: {done}; wall {wall:.1f} s")
    print(f"live view: {st_text}")
    print(f"heartbeats: {len(gaps)} at {args.beat_ms} ms; longest UI-thread stall {max(stalls):.0f} ms; "
          f"p99 {statistics.quantiles(stalls, n=100)[98]:.0f} ms; median {statistics.median(stalls):.1f} ms")
    k = first_frame_at[0] or 0
    print(f"after the first frame was shown: longest stall {max(stalls[k:]):.0f} ms "
          f"(before it, while the models load: {max(stalls[:k] or [0]):.0f} ms)")
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
