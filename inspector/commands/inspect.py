"""``inspector inspect SOURCE --staff CODE``: the shift-start grooming inspection.

SOURCE is a video file, a camera (``camera:0`` / a number), one image, or a folder of images
(front view first, then side view). Each checklist item is printed with pass / fail / cannot
tell, its evidence frame and detail; ``--override item=status:reason`` records a manager's
decision; the result is stored as an inspection unless ``--no-store``. One inspection per
person and day counts: a second one that day is refused unless ``--replace`` is given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector.commands.common import add_db_argument, open_from_args
from inspector.errors import UserError
from inspector.sources import IMAGE_EXTS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="Shift-start grooming inspection of one staff member (badge, uniform, hair, stance, hands, smile).")
    p.add_argument("source", help="Video file, camera index / camera:N, one image, or a folder of images (front, then side).")
    p.add_argument("--staff", required=True, help="Code of the staff member inspected.")
    p.add_argument("--badge", type=Path, help="Badge enrolment file (inspector.badge.enrolment); without it the generic detector is used.")
    p.add_argument("--uniform", type=Path, help="Uniform enrolment file (inspector.badge.uniform); without it the uniform item cannot be told.")
    p.add_argument("--override", action="append", default=[], metavar="ITEM=STATUS:REASON",
                   help="Manager's override of an item, e.g. 'smile=pass:smiled when asked'. May be repeated.")
    p.add_argument("--inspector", default="", help="Name of the manager doing the inspection.")
    p.add_argument("--max-frames", type=int, default=300, help="Stop after this many frames of a video or camera.")
    p.add_argument("--evidence-dir", type=Path, help="Write the evidence frames here (one JPEG per frame used).")
    p.add_argument("--no-store", action="store_true", help="Do not record the inspection in the database.")
    p.add_argument("--replace", action="store_true",
                   help="Replace the staff member's inspection of the same day (one per day counts; without this "
                        "flag a second one that day is refused).")
    p.add_argument("--json", action="store_true", help="Print the result as JSON.")
    add_db_argument(p)
    p.set_defaults(func=run)


def parse_override(text: str) -> tuple[str, str, str]:
    """'item=status:reason' -> (item, status, reason)."""
    if "=" not in text or ":" not in text.split("=", 1)[1]:
        raise UserError(f"--override {text!r}: write ITEM=STATUS:REASON, e.g. smile=pass:smiled when asked")
    item, rest = text.split("=", 1)
    status, reason = rest.split(":", 1)
    return item.strip(), status.strip(), reason.strip()


def _frames(source: str, max_frames: int):
    from dataclasses import replace

    from inspector.sources import open_source, read_image

    p = Path(source)
    if p.is_dir():
        paths = sorted(x for x in p.iterdir() if x.suffix.lower() in IMAGE_EXTS)
        if not paths:
            raise UserError(f"no images in folder {p}")
        return "image", [replace(read_image(x), index=i, timestamp_ms=i * 1000) for i, x in enumerate(paths)]
    if p.suffix.lower() in IMAGE_EXTS:
        if not p.is_file():
            raise UserError(f"file not found: {p}")
        return "image", [read_image(p)]
    src = open_source(source)

    def gen():
        with src:
            for i, f in enumerate(src):
                if i >= max_frames:
                    break
                yield f
    return "video", gen()


def run(args: argparse.Namespace) -> int:
    import cv2

    from inspector.badge.enrolment import load_enrolment
    from inspector.badge.uniform import load_uniform
    from inspector.config import load_config
    from inspector.inspection import InspectionError, InspectionSession, apply_override, inspection_points, store_inspection
    from inspector.pipeline import Pipeline
    from inspector.scoring import resolve_timezone

    cfg = load_config(args.config)
    overrides = [parse_override(o) for o in args.override]
    session = InspectionSession(args.staff, badge_enrolment=load_enrolment(args.badge) if args.badge else None,
                                uniform=load_uniform(args.uniform) if args.uniform else None)
    mode, frames = _frames(args.source, args.max_frames)
    messages: list[str] = []
    with Pipeline(cfg, mode=mode) as pipe:
        for frame in frames:
            g = session.feed(pipe.process(frame))
            if g.message and (not messages or messages[-1] != g.message):
                messages.append(g.message)
                if not args.json:
                    print(f"frame {frame.index}: {g.message}")
    result = session.result()
    try:
        for item, status, reason in overrides:
            result = apply_override(result, item, status, reason, args.inspector)
    except InspectionError as e:
        raise UserError(str(e)) from None
    if args.evidence_dir:
        args.evidence_dir.mkdir(parents=True, exist_ok=True)
        for idx, img in result.evidence.items():
            cv2.imwrite(str(args.evidence_dir / f"{args.staff}_frame{idx:05d}.jpg"), img)
    sc = cfg.scoring
    points = inspection_points(result, session.cfg, sc.inspection_points_per_failed_item, sc.inspection_max_points)
    stored, replaced = None, []
    if not args.no_store:
        try:
            with open_from_args(args) as store:
                day_tz = resolve_timezone(sc.timezone)
                replaced = [i.id for i in store.inspections_on_day(result.staff_code, result.at, day_tz)]
                stored = store_inspection(store, result, session.cfg, sc.inspection_points_per_failed_item,
                                          sc.inspection_max_points, args.inspector, day_tz=day_tz,
                                          replace=args.replace)
        except InspectionError as e:
            raise UserError(str(e)) from None
    if args.json:
        print(json.dumps({"staff": result.staff_code, "at": result.at.isoformat(), "passed": result.passed,
                          "points": points, "stored_id": stored.id if stored else None,
                          "replaced_ids": replaced if stored else [], "notes": list(result.notes),
                          "guidance": messages,
                          "items": [{"item": i.item, "status": i.status.value, "final": i.final.value,
                                     "confidence": round(i.confidence, 3), "detail": i.detail,
                                     "evidence_frame": i.evidence_frame, "override_reason": i.override_reason}
                                    for i in result.items]}, ensure_ascii=False))
    else:
        for n in result.notes:
            print(f"note: {n}")
        for i in result.items:
            ov = f"  [override -> {i.override.value}: {i.override_reason}]" if i.override else ""
            print(f"  {i.item:10s} {i.status.value:11s} conf {i.confidence:.2f}  frame {i.evidence_frame:>4d}  {i.detail}{ov}")
        print(f"{'PASSED' if result.passed else 'FAILED'}; deducts {points:g} point(s)"
              + (f"; stored as inspection {stored.id}" if stored else " (not stored)")
              + (f"; it replaces inspection {', '.join(map(str, replaced))} of the same day" if stored and replaced else ""))
    return 0 if result.passed else 1
