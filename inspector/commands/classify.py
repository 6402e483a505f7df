"""``inspector classify IMAGE_OR_FOLDER [--json] [--annotate DIR]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector.errors import UserError
from inspector.sources import IMAGE_EXTS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classify", help="Each person's posture, arms, face and badge classes in images.")
    p.add_argument("path", type=Path, help="An image file, or a folder of images (sub-folders included, "
                                           "e.g. a data set laid out one class per folder).")
    p.add_argument("--json", action="store_true", help="One JSON object per line per image.")
    p.add_argument("--annotate", type=Path, metavar="DIR", help="Write annotated copies of the images here.")
    p.set_defaults(func=run)


def _paths(path: Path) -> list[Path]:
    if not path.exists():
        raise UserError(f"file not found: {path}")
    if path.is_dir():
        paths = sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in IMAGE_EXTS)
        if not paths:
            raise UserError(f"no images in folder {path}")
        return paths
    return [path]


def run(args: argparse.Namespace) -> int:
    from inspector.classify import classify_paths, image_record
    from inspector.config import load_config
    from inspector.pipeline import Pipeline

    paths = _paths(args.path)
    cfg = load_config(args.config)
    if args.annotate:
        args.annotate.mkdir(parents=True, exist_ok=True)
    failures = 0
    with Pipeline(cfg, mode="image") as pipe:
        for r in classify_paths(paths, pipe):
            rec = image_record(r)
            if r.error:
                failures += 1
                print(f"inspector: error: {r.error}", file=sys.stderr)
                if len(paths) == 1:
                    return 2
            if args.json:
                print(json.dumps(rec, ensure_ascii=False), flush=True)
            elif not r.error:
                _print_human(rec)
            if args.annotate and r.result is not None:
                import cv2

                from inspector.draw import draw_persons

                rel = Path(r.path).relative_to(args.path) if args.path.is_dir() else Path(Path(r.path).name)
                out = args.annotate / rel.parent / (rel.stem + "_annotated.jpg")
                out.parent.mkdir(parents=True, exist_ok=True)
                cv2.imwrite(str(out), draw_persons(r.result.frame.image, r.result.persons))
    return 1 if failures else 0


def _print_human(rec: dict) -> None:
    print(f"{rec['path']}: {len(rec['persons'])} person(s)")
    for p in rec["persons"]:
        lab = p["labels"]
        f = p["features"]
        x, y, w, h = p["bbox"]
        print(f"  #{p['id']} box {x:.0f},{y:.0f} {w:.0f}x{h:.0f}  arms={lab['arm_posture']} "
              f"body={lab['body_posture']} face={lab['face_expression']} badge={lab['badge']}")
        shown = {k: v for k, v in f.items() if v is not None}
        print("     " + "  ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in shown.items()))
