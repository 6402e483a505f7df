"""``inspector eval --labels CSV_OR_FOLDER [--task T] [--predictions JSONL]``, ``inspector eval --cv source``
and ``inspector eval events VIDEO... --annotations CSV``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector.errors import UserError
from inspector.evaluate import TASKS, binary_view, format_report, read_labels, score


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="Score the classifier against a labels file (path,task,label), or validate the "
                                    "learned classifiers leave-one-source-out on the photo corpus (--cv source).")
    p.add_argument("what", nargs="*", metavar="events VIDEO",
                   help="`events VIDEO...`: run the analysis on each video (nothing is stored) and match the events "
                        "it finds to --annotations: precision, recall, false events per staff-hour and onset delay "
                        "per rule, and the total over all videos.")
    p.add_argument("--annotations", type=Path,
                   help="With events: CSV video,person,rule,t_start_s,t_end_s,box,note (see inspector/event_eval.py).")
    p.add_argument("--calibration", type=Path, help="With events: a camera calibration profile (zones decide who is staff).")
    p.add_argument("--region", help="With events: the station's region as x0,y0,x1,y1 fractions of the frame "
                                    "(default the whole frame).")
    p.add_argument("--rules", type=Path, help="With events: a rule table file (default analysis.rules_file, else the site's).")
    p.add_argument("--stride", type=int, default=None, help="With events: analyse every N-th frame (default analysis.stride).")
    p.add_argument("--min-overlap", type=float, default=0.3,
                   help="With events: least time overlap, as a fraction of the shorter span, for a match (default 0.3).")
    p.add_argument("--labels", type=Path,
                   help="CSV with columns path, task, label (paths relative to it), or a folder of folders: "
                        "each image labelled by the nearest enclosing folder named after a class.")
    p.add_argument("--task", help="Only this task (default: every labelled task).")
    p.add_argument("--cv", choices=("source",),
                   help="Leave-one-source-out validation on the corpus (corpus/manifests + corpus/features): train on "
                        "every independent source but one, test on that one, for each source; needs scikit-learn.")
    p.add_argument("--family", help="With --cv: the model family to validate (default: the shipped model's).")
    p.add_argument("--features", type=Path, help="With --cv: the feature file (default corpus/features/perception.npz).")
    p.add_argument("--errors", action="store_true", help="List every misclassified image.")
    p.add_argument("--predictions", type=Path,
                   help="Score a saved `inspector classify --json` output instead of running the models.")
    p.set_defaults(func=run)


def _predicted_from_record(rec: dict, task: str) -> str:
    persons = rec.get("persons") or []
    return persons[0]["labels"].get(task, "unknown") if persons else "unknown"


def run(args: argparse.Namespace) -> int:
    if args.what:
        return run_events(args)
    if args.cv:
        return run_cv(args)
    if args.labels is None:
        raise UserError("give --labels CSV_OR_FOLDER (or --cv source to validate on the corpus)")
    if args.task and args.task not in TASKS:
        raise UserError(f"unknown task {args.task!r}; choose one of {', '.join(TASKS)}")
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
        print(_text(format_report(score(task, pairs)), args.errors))
        if task == "body_posture":
            print(_text(format_report(binary_view(pairs, {"sitting_upright"}, {"sitting_slouched"},
                                                  "sitting_upright", "sitting_slouched")), args.errors))
        if task == "face_expression":
            print(_text(format_report(binary_view(pairs, {"face_smiling"}, {"face_neutral", "face_frowning"},
                                                  "smiling", "not_smiling")), args.errors))
        print()
    return 0


def _text(report_text: str, errors: bool) -> str:
    return report_text if errors else report_text.split("\nmisclassified:")[0]


def run_cv(args: argparse.Namespace) -> int:
    """Leave-one-source-out figures of every learned task, beside the rules' on the same images."""
    from inspector.learned import training
    from inspector.learned.dataset import FEATURES, FeatureFileError, load_features, read_manifests
    from inspector.learned.model import ClassifierError, load_classifier
    from inspector.learned.tasks import TASKS as LEARNED

    if args.task and args.task not in LEARNED:
        raise UserError(f"unknown task {args.task!r}; --cv knows {', '.join(LEARNED)}")
    try:
        persons = load_features(args.features or FEATURES)
    except FeatureFileError as e:
        raise UserError(str(e)) from None
    rows = read_manifests()
    print("Leave-one-source-out: each independent source is predicted by a model trained on all the others.")
    for name in [args.task] if args.task else list(LEARNED):
        task = LEARNED[name]
        family = args.family
        if family is None:
            try:
                family = load_classifier(name, task.feature_names).metadata.get("family", "logistic")
            except ClassifierError:
                family = "logistic"
        ds = training.build_dataset(task, rows, persons)
        if len(set(ds.y)) < 2:
            print(f"== {name}: fewer than two classes in the corpus, skipped")
            continue
        try:
            cv = training.cross_validate(ds, family)
        except training.TrainingError as e:
            raise UserError(str(e)) from None
        rules = [task.rules(p) for p in ds.persons]
        rules_rep = training.report(ds, rules, f"{name} rules")
        print(f"\n{len(ds.y)} images from {len(set(ds.groups))} sources ({cv.folds} folds); left out: {ds.no_person} "
              f"with no person found, {ds.too_little_seen} showing too little, {ds.missing} not extracted")
        print(_text(format_report(training.report(ds, cv.predicted, f"{name} learned ({family}) LOSO")), args.errors))
        if name == "face_expression":
            pairs = [(k, str(t), str(p)) for k, t, p in zip(ds.keys, ds.y, cv.predicted)]
            print(_text(format_report(binary_view(pairs, {"face_smiling"}, {"face_neutral", "face_frowning"},
                                                  "smiling", "not_smiling")), args.errors))
        print(f"rules on the same images: macro F1 {rules_rep.macro_f1:.3f}")
    return 0


def run_events(args: argparse.Namespace) -> int:
    """``inspector eval events VIDEO... --annotations CSV``."""
    from inspector.config import load_config
    from inspector.event_eval import (AnnotationError, detect_events, format_scores, read_annotations,
                                      score_events)
    from inspector.rules import RulesError, load_rules
    from inspector.site import Site
    from inspector.sources import SourceError

    if args.what[0] != "events":
        raise UserError(f"unknown evaluation {args.what[0]!r}; use `inspector eval events VIDEO... --annotations CSV`")
    videos = [Path(v) for v in args.what[1:]]
    if not videos:
        raise UserError("give one or more video files: inspector eval events VIDEO... --annotations CSV")
    if args.annotations is None:
        raise UserError("give --annotations CSV (columns video,person,rule,t_start_s,t_end_s,box,note)")
    cfg = load_config(args.config)
    try:
        rules_file = args.rules or cfg.analysis.rules_file
        rules = load_rules(rules_file) if rules_file else Site.from_storage(cfg.storage).load_rules()
    except RulesError as e:
        raise UserError(str(e)) from None
    try:
        annotated = read_annotations(args.annotations, frozenset(r.id for r in rules.rules))
    except AnnotationError as e:
        raise UserError(str(e)) from None
    region = None
    if args.region:
        try:
            region = tuple(float(x) for x in args.region.split(","))
        except ValueError:
            region = ()
        if len(region) != 4 or not (0 <= region[0] < region[2] <= 1 and 0 <= region[1] < region[3] <= 1):
            raise UserError(f"--region {args.region!r} must be x0,y0,x1,y1 as fractions of the frame")
    stride = args.stride if args.stride is not None else cfg.analysis.stride
    if stride < 1:
        raise UserError("--stride must be at least 1")
    if not 0 < args.min_overlap <= 1:
        raise UserError("--min-overlap must be in (0, 1]")
    per_video = []
    for video in videos:
        mine = [a for a in annotated if a.video == video.name]
        if not mine:
            raise UserError(f"{args.annotations} has no row for {video.name} (the video column holds file names)")
        zones = None
        if args.calibration:
            from datetime import datetime, timezone

            from inspector.roles import ZoneRoles

            try:
                zones = ZoneRoles(cfg, args.calibration, "eval", datetime(2000, 1, 1, tzinfo=timezone.utc), rules.version)
            except (OSError, ValueError) as e:
                raise UserError(f"calibration profile {args.calibration}: {e}") from None
        try:
            found = detect_events(video, cfg, rules, stride=stride, region=region, zones=zones)
        except SourceError as e:
            raise UserError(str(e)) from None
        print(format_scores(score_events([(mine, found)], args.min_overlap), video.name))
        print()
        per_video.append((mine, found))
    if len(per_video) > 1:
        print(format_scores(score_events(per_video, args.min_overlap), f"all {len(per_video)} videos"))
    return 0
