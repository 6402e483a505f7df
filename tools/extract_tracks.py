"""Records landmark tracks (numbers only, no pixels) from a video into a small ``.npz`` fixture.

Runs the full perception pipeline (:class:`inspector.pipeline.Pipeline` in video mode: MediaPipe
landmarkers, tracker, feature stage) over a video and writes a
:class:`inspector.recordings.TrackRecording`: per frame and tracked person the box, the 33 pose
landmarks (x, y, visibility), head yaw/pitch/roll, smile, mouth opening, talking and stance.
No image data is stored, so the result may be committed as a test fixture.

Usage::

    .venv/bin/python tools/extract_tracks.py ../shared/data/videos/one-by-one-person-detection.mp4 \
        tests/fixtures/tracks/one-by-one.npz [--stride 1] [--start-s 0] [--end-s 30]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inspector.config import load_config  # noqa: E402
from inspector.pipeline import Pipeline  # noqa: E402
from inspector.recordings import recording_from_results, save_recording  # noqa: E402
from inspector.sources import VideoFileSource  # noqa: E402


def extract(video: Path, stride: int = 1, start_s: float = 0.0, end_s: float | None = None,
            config: str | None = None):
    """Runs the pipeline over ``video`` and returns its :class:`TrackRecording`.

    Raises:
        ValueError: Bad stride or time range.
    """
    if stride < 1:
        raise ValueError("stride must be at least 1")
    if end_s is not None and end_s <= start_s:
        raise ValueError(f"end ({end_s} s) must be after start ({start_s} s)")
    results = []
    with Pipeline(load_config(config), mode="video") as pipe, VideoFileSource(video) as src:
        for frame in src:
            t = frame.timestamp_ms / 1000
            if end_s is not None and t > end_s:
                break
            if t < start_s or frame.index % stride:
                continue
            results.append(pipe.process(frame))
    return recording_from_results(results, video.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("video", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--stride", type=int, default=1, help="analyse every n-th frame")
    ap.add_argument("--start-s", type=float, default=0.0)
    ap.add_argument("--end-s", type=float, default=None)
    ap.add_argument("--config", default=None, help="inspector config file (TOML/JSON)")
    a = ap.parse_args(argv)
    if not a.video.is_file():
        print(f"video not found: {a.video}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    rec = extract(a.video, a.stride, a.start_s, a.end_s, a.config)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    save_recording(rec, a.out)
    print(f"{a.out}: {len(rec)} rows, tracks {rec.track_ids}, {a.out.stat().st_size / 1024:.0f} KiB, "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
