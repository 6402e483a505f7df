"""``inspector bench SOURCE [--frames N]``."""

from __future__ import annotations

import argparse

from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="Frames per second of the bare models and of the full pipeline, and peak memory.")
    p.add_argument("source", nargs="+", help="Video file(s), image folder or camera index.")
    p.add_argument("--frames", type=int, default=200, help="Frames to time per source (after 5 warm-up frames).")
    p.add_argument("--rounds", type=int, default=3, help="Times the bare models and the pipeline are each timed, "
                                                         "alternately; the medians are reported.")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from inspector.bench import run_bench
    from inspector.config import load_config
    from inspector.sources import SourceError

    cfg = load_config(args.config)
    for spec in args.source:
        try:
            if args.rounds < 1:
                raise UserError("--rounds must be at least 1")
            print(run_bench(spec, cfg, args.frames, rounds=args.rounds).format(), flush=True)
        except (SourceError, ValueError) as e:
            raise UserError(str(e)) from None
    return 0
