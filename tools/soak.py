"""Soak benchmark: replays a video in a loop through the real analysis for a bounded wall time.

The video (default: the astronaut sample from :mod:`inspector.sample`, 10 s) is played again and
again with ever-increasing stream timestamps, as one long recording, through the real perception
pipeline, event engine, evidence recorder (with face blurring) and store, at full speed. It stops
after ``--minutes`` of wall time and reports:

* footage covered (hours of stream time) and speed;
* resident memory (RSS) at the start, after warm-up, every ``--sample-s`` seconds and at the end;
* events emitted by the engine vs rows stored (events lost), clips written vs missing.

Usage::

    .venv/bin/python tools/soak.py --minutes 5 --stride 5 [--video FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from inspector.sources import FrameSource, VideoFileSource  # noqa: E402
from inspector.types import Frame  # noqa: E402


def rss_mb() -> float:
    """Current resident set size of this process in MiB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class LoopedVideo(FrameSource):
    """A video file played again and again as one recording, until a wall-clock deadline.

    Args:
        path: The video file.
        deadline: ``time.monotonic()`` value after which no frame is yielded.
    """

    def __init__(self, path: Path, deadline: float) -> None:
        probe = VideoFileSource(path)
        self.fps, self.size = probe.fps, probe.size
        self.loop_frames = probe.frame_count
        probe.close()
        self.path, self.deadline = path, deadline
        self.name = f"loop:{path.name}"
        self.frame_count = None  # unbounded: progress shows no ETA
        self.is_live = False
        self.loops = 0

    def __iter__(self) -> Iterator[Frame]:
        index = 0
        while time.monotonic() < self.deadline:
            src = VideoFileSource(self.path)
            try:
                for f in src:
                    if time.monotonic() >= self.deadline:
                        return
                    yield Frame(image=f.image, index=index, timestamp_ms=int(round(index * 1000.0 / self.fps)),
                                fps=self.fps, source=self.name)
                    index += 1
            finally:
                src.close()
            self.loops += 1


@dataclass
class Counter:
    """Event keys the engine emitted, and RSS samples."""

    keys: set[str] = field(default_factory=set)
    rss: list[tuple[float, float]] = field(default_factory=list)


def run(video: Path, minutes: float, stride: int, out_dir: Path, sample_s: float, clips: bool) -> dict:
    """Runs the soak and returns the figures."""
    from inspector.analyze import Analyzer
    from inspector.config import InspectorConfig
    from inspector.events import EventMessage
    from inspector.pipeline import Pipeline
    from inspector.rules import default_rules
    from inspector.store import Store

    rss_start = rss_mb()
    cfg = InspectorConfig()
    db = out_dir / "soak.db"
    store = Store.open(db)
    station = store.add_station("soak", camera_source=str(video), area="soak test", roi=(0.0, 0.0, 0.6, 1.0))
    counter = Counter()
    t0 = time.monotonic()
    source = LoopedVideo(video, t0 + minutes * 60.0)
    last = [t0]

    def on_message(m: EventMessage) -> None:
        counter.keys.add(m.event.key)

    def on_progress(p) -> None:
        now = time.monotonic()
        if now - last[0] >= sample_s:
            last[0] = now
            counter.rss.append((round(now - t0, 1), round(rss_mb(), 1)))
            print(f"  {now - t0:7.0f} s wall  {p.stream_s / 3600:6.3f} h footage  rss {counter.rss[-1][1]:7.1f} MiB  "
                  f"events {len(counter.keys)}", file=sys.stderr, flush=True)

    origin = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    with Pipeline(cfg, mode="video") as pipe:
        rss_ready = rss_mb()
        analyzer = Analyzer(cfg, store, station, source, "soak:" + video.name, origin, default_rules(),
                            out_dir / "clips" if clips else None, stride, on_progress=on_progress,
                            on_message=on_message)
        summary = analyzer.run(pipe)
        rss_end = rss_mb()  # still running: models loaded, store open (the figure to compare with warm-up)
    rss_closed = rss_mb()
    rows = len(store.list_events(source_id="soak:" + video.name))
    store.close()
    warm = next((r for t, r in counter.rss if t >= 60), counter.rss[0][1] if counter.rss else rss_end)
    return {
        "video": str(video), "stride": stride, "wall_s": round(summary.wall_s, 1),
        "loops": source.loops, "frames": summary.frames, "analysed": summary.analysed,
        "footage_h": round(summary.stream_s / 3600, 3), "speed_x_realtime": round(summary.speed, 1),
        "rss_mb": {"start": round(rss_start, 1), "models_loaded": round(rss_ready, 1),
                   "after_1_min": round(warm, 1), "end": round(rss_end, 1), "after_close": round(rss_closed, 1)},
        "rss_growth_after_warmup_mb": round(rss_end - warm, 1),
        "rss_samples": counter.rss,
        "events_emitted": len(counter.keys), "events_stored": rows, "events_lost": len(counter.keys) - rows,
        "clips_ok": summary.clips_ok, "clips_missing": len(summary.clips_missing),
        "unsaved_file": summary.unsaved_file, "stopped": summary.stopped,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--video", type=Path, help="Video to loop (default: the 10 s astronaut sample, made on the fly).")
    ap.add_argument("--minutes", type=float, default=10.0, help="Wall-clock time to run (default 10).")
    ap.add_argument("--stride", type=int, default=5, help="Analyse every N-th frame (default 5).")
    ap.add_argument("--sample-s", type=float, default=30.0, help="Seconds between RSS samples (default 30).")
    ap.add_argument("--no-clips", action="store_true", help="Do not write evidence clips.")
    ap.add_argument("--keep", type=Path, help="Folder for the database and clips (default: a temporary folder, removed).")
    ap.add_argument("--json", action="store_true", help="Print the figures as JSON only.")
    args = ap.parse_args(argv)
    if args.minutes <= 0 or args.stride < 1:
        ap.error("--minutes must be > 0 and --stride >= 1")
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        video = args.video
        if video is None:
            from inspector.sample import write_sample_video
            video = write_sample_video(Path(tmp) / "sample.mp4")
        elif not video.is_file():
            ap.error(f"video not found: {video}")
        fig = run(video, args.minutes, args.stride, out, args.sample_s, not args.no_clips)
    if args.json:
        print(json.dumps(fig))
        return 0
    r = fig["rss_mb"]
    print(f"soak: {fig['wall_s']} s wall, {fig['loops']} loops, {fig['frames']} frames ({fig['analysed']} analysed, "
          f"stride {fig['stride']}) = {fig['footage_h']} h of footage ({fig['speed_x_realtime']}x real time)")
    print(f"memory (RSS MiB): start {r['start']}, models loaded {r['models_loaded']}, after 1 min {r['after_1_min']}, "
          f"end {r['end']} (growth after warm-up {fig['rss_growth_after_warmup_mb']} MiB), after closing {r['after_close']}")
    print("rss samples (wall s, MiB): " + ", ".join(f"{t:g}:{m:g}" for t, m in fig["rss_samples"]))
    print(f"events: emitted {fig['events_emitted']}, stored {fig['events_stored']}, lost {fig['events_lost']}; "
          f"clips ok {fig['clips_ok']}, missing {fig['clips_missing']}"
          + (f"; UNSAVED {fig['unsaved_file']}" if fig["unsaved_file"] else ""))
    return 0 if fig["events_lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
