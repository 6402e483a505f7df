"""``inspector eval --labels CSV_OR_FOLDER [--task T] [--predictions JSONL]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector.errors import UserError
from inspector.evaluate import TASKS, binary_view, format_report, read_labels, score


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="Score the classifier against a labels file (path,task,label).")
    p.add_argument("--labels", type=Path, required=True,
                   help="CSV with columns path, task, label (paths relative to it), or a folder of folders: "
                        "each image labelled by the nearest enclosing folder named after a class.")
    p.add_argument("--task", choices=TASKS, help="Only this task (default: every labelled task).")
    p.add_argument("--predictions", type=Path,
                   help="Score a saved `inspector classify --json` output instead of running the models.")
    p.set_defaults(func=run)


def _predicted_from_record(rec: dict, task: str) -> str:
    persons = rec.get("persons") or []
    return persons[0]["labels"].get(task, "unknown") if persons else "unknown"


def run(args: argparse.Namespace) -> int:
    try:
        rows = read_labels(args.labels, args.task)
    except ValueError as e:
        raise UserError(str(e)) from None
    if not rows:
        raise UserError(f"no labelled rows{' for task ' + args.task if args.task else ''} in {args.labels}")
    records: dict[str, dict] = {}
    if args.predictions:
        for line in args.predictions.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records[str(Path(rec["path"]).resolve())] = rec
    else:
        from inspector.classify import classify_paths, image_record
        from inspector.config import load_config
        from inspector.pipeline import Pipeline

        unique = sorted({r.path for r in rows})
        with Pipeline(load_config(args.config), mode="image") as pipe:
            for r in classify_paths(unique, pipe):
                records[str(Path(r.path).resolve())] = image_record(r)
    by_task: dict[str, list[tuple[str, str, str]]] = {}
    for row in rows:
        rec = records.get(str(row.path.resolve()), {"persons": []})
        by_task.setdefault(row.task, []).append((row.rel, row.label, _predicted_from_record(rec, row.task)))
    for task in TASKS:
        if task not in by_task:
            continue
        pairs = by_task[task]
        print(format_report(score(task, pairs)))
        if task == "body_posture":
            print(format_report(binary_view(pairs, {"sitting_upright"}, {"sitting_slouched"},
                                            "sitting_upright", "sitting_slouched")))
        if task == "face_expression":
            print(format_report(binary_view(pairs, {"face_smiling"}, {"face_neutral", "face_frowning"},
                                            "smiling", "not_smiling")))
        print()
    return 0
