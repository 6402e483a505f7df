"""``inspector bench SOURCE [--frames N]`` and ``inspector bench --cameras N SOURCE...``."""

from __future__ import annotations

import argparse

from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="Frames per second of the bare models and of the full pipeline, and peak memory; "
                                     "with --cameras N, N live stations in one monitoring service.")
    p.add_argument("source", nargs="+", help="Video file(s), image folder or camera index.")
    p.add_argument("--frames", type=int, default=200, help="Frames to time per source (after 5 warm-up frames).")
    p.add_argument("--rounds", type=int, default=3, help="Times the bare models and the pipeline are each timed, "
                                                         "alternately; the medians are reported.")
    p.add_argument("--cameras", type=int, help="Run this many copies of the video files (in turn) as live cameras "
                                               "through one monitoring service, and print each station's analysed "
                                               "fps, oldest frame age and CPU share, and the memory.")
    p.add_argument("--seconds", type=float, default=30.0, help="With --cameras: seconds measured (after the warm-up).")
    p.add_argument("--warmup", type=float, default=5.0, help="With --cameras: seconds run before measuring.")
    p.add_argument("--target-fps", type=float, help="With --cameras: analysed fps per station (default monitor.target_fps).")
    p.add_argument("--sharing", choices=("shared", "per_station"),
                   help="With --cameras: one set of models for all cameras, or one per camera.")
    p.add_argument("--compare-sharing", action="store_true",
                   help="Run each video at the target rate with one station's own video-mode models and with "
                        "shared image-mode models, and print how often they agree (persons, classes) and their speed.")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from inspector.bench import compare_sharing, run_bench, run_camera_bench
    from inspector.config import load_config
    from inspector.sources import SourceError

    cfg = load_config(args.config)
    if args.compare_sharing:
        fps = args.target_fps if args.target_fps is not None else cfg.monitor.target_fps
        for spec in args.source:
            try:
                print(compare_sharing(spec, cfg, fps, args.frames).format(), flush=True)
            except (SourceError, ValueError) as e:
                raise UserError(str(e)) from None
        return 0
    if args.cameras is not None:
        try:
            print(run_camera_bench(args.source, args.cameras, cfg, seconds=args.seconds, warmup_s=args.warmup,
                                   target_fps=args.target_fps, sharing=args.sharing).format(), flush=True)
        except (SourceError, ValueError) as e:
            raise UserError(str(e)) from None
        return 0
    for spec in args.source:
        try:
            if args.rounds < 1:
                raise UserError("--rounds must be at least 1")
            print(run_bench(spec, cfg, args.frames, rounds=args.rounds).format(), flush=True)
        except (SourceError, ValueError) as e:
            raise UserError(str(e)) from None
    return 0
