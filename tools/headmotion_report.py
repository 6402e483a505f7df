"""Head nods and head turns found on the head-pose videos, side by side with the annotations.

Runs the perception pipeline on each ``head-pose-*.mp4`` of ``../shared/data/videos`` (or reads
recorded tracks with ``--tracks DIR``), finds nods and turns with :mod:`inspector.headmotion`, and
prints, per video, the annotated ``head_*`` rows next to what was found, with a match verdict:

* ``head_turn_left`` / ``head_turn_right`` (subject's direction): matched when a turn of the same
  image direction (subject's left = image right) overlaps the annotated span;
* ``head_still_frontal``: matched when no turn and no nod overlaps the span;
* ``head_tilt`` (roll) rows are listed for context; no roll events are detected here.

Usage::

    .venv/bin/python tools/headmotion_report.py [--videos ../shared/data/videos] [--tracks tests/fixtures/tracks]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from inspector.headmotion import HeadMotionConfig, HeadTurn, Nod, find_head_turns, find_nods  # noqa: E402
from inspector.recordings import TrackRecording, load_recording  # noqa: E402

SUBJECT_TO_IMAGE = {"head_turn_left": "image_right", "head_turn_right": "image_left"}


def motions(rec: TrackRecording, cfg: HeadMotionConfig) -> dict[int, tuple[tuple[Nod, ...], tuple[HeadTurn, ...], float]]:
    """Per track: nods, turns and the mean box centre x (normalised, to tell people apart)."""
    out = {}
    for tid in rec.track_ids:
        idx = [i for i in range(len(rec)) if rec.track[i] == tid]
        persons = [rec.person(i) for i in idx]
        times = [int(rec.t_ms[i]) for i in idx]
        pitch = [p.features.head_pitch for p in persons]
        yaw = [p.features.head_yaw for p in persons]
        cx = sum((rec.bbox[i, 0] + rec.bbox[i, 2] / 2) / rec.width for i in idx) / len(idx)
        out[tid] = (find_nods(times, pitch, cfg), find_head_turns(times, yaw, cfg), float(cx))
    return out


def _overlaps(a0: float, a1: float, b0: float, b1: float) -> bool:
    return a0 <= b1 and b0 <= a1


def report(rec: TrackRecording, rows: list[dict], cfg: HeadMotionConfig) -> list[str]:
    """Lines of the side-by-side report of one video."""
    found = motions(rec, cfg)
    lines = [f"== {rec.video} ({len(rec)} person-frames)"]
    for tid, (nods, turns, cx) in found.items():
        lines.append(f"  track {tid} (box centre x {cx:.2f} of width):")
        for t in turns:
            lines.append(f"    found turn  {t.start_ms / 1000:5.2f}-{t.end_ms / 1000:5.2f} s {t.direction:11s} "
                         f"peak {t.peak_deg:+.0f} deg at {t.peak_ms / 1000:.2f} s")
        for nd in nods:
            lines.append(f"    found nod   {nd.start_ms / 1000:5.2f}-{nd.end_ms / 1000:5.2f} s depth {nd.depth_deg:.0f} deg")
        if not turns and not nods:
            lines.append("    found nothing")
    all_turns = [t for (_, turns, _) in found.values() for t in turns]
    all_nods = [n for (nods, _, _) in found.values() for n in nods]
    for r in rows:
        a0, a1, ev = float(r["t_start_s"]), float(r["t_end_s"]), r["event"]
        if ev in SUBJECT_TO_IMAGE:
            hit = [t for t in all_turns if t.direction == SUBJECT_TO_IMAGE[ev]
                   and _overlaps(a0, a1, t.start_ms / 1000, t.end_ms / 1000)]
            verdict = (f"MATCH ({hit[0].start_ms / 1000:.2f}-{hit[0].end_ms / 1000:.2f} s, peak {hit[0].peak_deg:+.0f})"
                       if hit else "MISSED")
        elif ev == "head_still_frontal":
            bad = [t for t in all_turns if _overlaps(a0, a1, t.start_ms / 1000, t.end_ms / 1000)]
            bad += [n for n in all_nods if _overlaps(a0, a1, n.start_ms / 1000, n.end_ms / 1000)]
            verdict = "MATCH (nothing found)" if not bad else f"FALSE ALARM x{len(bad)}"
        elif ev.startswith("head_"):
            verdict = "(roll: not detected by this module)"
        else:
            continue
        lines.append(f"  annotated {ev:18s} {a0:5.2f}-{a1:5.2f} s {r['person']:2s} -> {verdict}   [{r['notes'][:70]}]")
    lines.append(f"  nods found: {len(all_nods)} (no nod is annotated in this video)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--videos", type=Path, default=REPO.parent / "shared" / "data" / "videos")
    ap.add_argument("--tracks", type=Path, default=None, help="read recorded tracks <DIR>/<video stem>.npz instead of running the models")
    a = ap.parse_args(argv)
    ann = a.videos / "annotations.csv"
    if not ann.is_file():
        print(f"annotations not found: {ann}", file=sys.stderr)
        return 2
    with ann.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cfg = HeadMotionConfig()
    videos = sorted(a.videos.glob("head-pose-*.mp4"))
    if not videos:
        print(f"no head-pose videos in {a.videos}", file=sys.stderr)
        return 2
    for v in videos:
        if a.tracks is not None:
            rec = load_recording(a.tracks / f"{v.stem}.npz")
        else:
            from extract_tracks import extract

            rec = extract(v)
        print("\n".join(report(rec, [r for r in rows if r["video"] == v.name], cfg)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
