"""``inspector calibrate posture SOURCE``: per-site posture calibration (camera pitch)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calibrate", help="Per-site calibration.")
    csub = p.add_subparsers(dest="calibrate_cmd", metavar="WHAT")
    csub.required = True
    q = csub.add_parser("posture", help="Camera pitch from a clip of staff standing upright at the post.")
    q.add_argument("source", help="Video file, image folder or camera index.")
    q.add_argument("--frames", type=int, default=300, help="Frames to look at (default 300).")
    q.add_argument("--stride", type=int, default=2, help="Use every N-th frame (default 2).")
    q.add_argument("--write", type=Path, help="Append the [posture] setting to this config file.")
    q.set_defaults(func=_posture)


def _posture(args: argparse.Namespace) -> int:
    from calibration.posture_site import CalibrationError, estimate_camera_pitch
    from inspector.config import load_config
    from inspector.pipeline import Pipeline
    from inspector.sources import SourceError, open_source

    cfg = load_config(args.config)
    cfg = cfg.model_copy(update={"posture": cfg.posture.model_copy(update={"camera_pitch_deg": 0.0})})
    results = []
    try:
        with open_source(args.source) as src, Pipeline(cfg, mode="video") as pipe:
            for f in src:
                if f.index >= args.frames * args.stride:
                    break
                if f.index % args.stride == 0:
                    results.append(pipe.process(f))
    except SourceError as e:
        raise UserError(str(e)) from None
    try:
        est = estimate_camera_pitch(results)
    except CalibrationError as e:
        raise UserError(str(e)) from None
    print(f"camera pitch: {est.pitch_deg:.1f}° (±{est.spread_deg:.1f}°, {est.samples} person-frames)")
    print(est.config_snippet(), end="")
    if args.write:
        if args.write.exists() and "[posture]" in args.write.read_text(encoding="utf-8"):
            raise UserError(f"{args.write} already has a [posture] section; set camera_pitch_deg there by hand")
        with open(args.write, "a", encoding="utf-8") as f:
            f.write("\n" + est.config_snippet())
        print(f"written to {args.write}")
    return 0
