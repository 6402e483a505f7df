"""Trains the learned per-person classifiers on the photo corpus, judges them across sources, exports ONNX.

Reads the corpus manifests (``corpus/manifests``) and the perception features
(``corpus/features/perception.npz``, made by ``tools/corpus.py features``); no photo is needed.
For each task it tries every model family with leave-one-source-out validation, prints the pooled
per-class figures beside the hand-made rules' figures on the same images, keeps the family with the
higher macro F1, fits the softmax temperature on its out-of-fold logits (calibrated confidence),
trains it on every source and writes ``inspector/data/<task>.onnx``, recording its size and SHA-256
in ``models/manifest.json``.

Usage: ``python tools/train_classifiers.py [TASK ...] [--family logistic|mlp] [--no-export]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from inspector.evaluate import format_report  # noqa: E402
from inspector.learned import training  # noqa: E402
from inspector.learned.dataset import FEATURES, load_features, read_manifests  # noqa: E402
from inspector.learned.model import open_classifier  # noqa: E402
from inspector.learned.tasks import TASKS  # noqa: E402
from models.registry import CLASSIFIER_DIR, ClassifierSpec, record_classifier, sha256_of  # noqa: E402


def brief(rep) -> str:
    """One line per class: recall and F1."""
    return "  ".join(f"{c.label}: R {c.recall:.2f} F1 {c.f1:.2f}" for c in rep.classes if c.support)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tasks", nargs="*", help=f"Tasks (default all: {', '.join(TASKS)}).")
    ap.add_argument("--family", choices=training.FAMILIES, help="Only this model family (default: try all, keep the best).")
    ap.add_argument("--features", type=Path, default=FEATURES)
    ap.add_argument("--no-export", action="store_true", help="Validate only; write no model.")
    args = ap.parse_args(argv)
    persons = load_features(args.features)
    rows = read_manifests()
    for name in args.tasks or list(TASKS):
        task = TASKS[name]
        ds = training.build_dataset(task, rows, persons)
        print(f"\n##### {name}: {len(ds.y)} images from {len(set(ds.groups))} sources "
              f"(left out: {ds.no_person} no person, {ds.too_little_seen} too little seen, {ds.missing} not extracted)")
        rules = np.asarray([task.rules(p) for p in ds.persons], dtype=object)
        rules_rep = training.report(ds, rules, f"{name} rules")
        print(f"rules                  macro F1 {rules_rep.macro_f1:.3f}   {brief(rules_rep)}")
        results = {}
        for family in ([args.family] if args.family else training.FAMILIES):
            t0 = time.perf_counter()
            cv = training.cross_validate(ds, family)
            rep = training.report(ds, cv.predicted, f"{name} {family} LOSO")
            results[family] = (cv, rep)
            print(f"{family:8s} LOSO ({cv.folds:2d} folds) macro F1 {rep.macro_f1:.3f}   {brief(rep)}   "
                  f"[{time.perf_counter() - t0:.0f} s]")
        family = max(results, key=lambda f: results[f][1].macro_f1)
        cv, rep = results[family]
        print(format_report(rep).split("misclassified:")[0].rstrip())
        temp = training.fit_temperature(cv.logits, ds.y, cv.classes)
        ece_raw = training.expected_calibration_error(training.softmax(cv.logits), ds.y, cv.classes)
        ece_cal = training.expected_calibration_error(training.softmax(cv.logits / temp), ds.y, cv.classes)
        print(f"calibration: temperature {temp:.2f}, expected calibration error {ece_raw:.3f} -> {ece_cal:.3f}")
        if args.no_export:
            continue
        est = training.fit_final(ds, family)
        out = CLASSIFIER_DIR / f"{name}.onnx"
        meta = {"family": family, "temperature": f"{temp:.4f}", "training_images": str(len(ds.y)),
                "sources": str(len(set(ds.groups))), "loso_macro_f1": f"{rep.macro_f1:.4f}",
                "rules_macro_f1_same_images": f"{rules_rep.macro_f1:.4f}", "ece_loso": f"{ece_cal:.4f}"}
        training.export_onnx(est, task, temp, meta, out)
        record_classifier(ClassifierSpec(name=name, file=out.name, bytes=out.stat().st_size, sha256=sha256_of(out),
                                         task=name, license="project (trained on corpus/manifests)"))
        clf = open_classifier(out, name, task.feature_names)
        sample = ds.persons[: min(200, len(ds.persons))]
        t0 = time.perf_counter()
        for person in sample:
            v = task.vector(person)
            if v is not None:
                clf.predict(v)
        cost_ms = (time.perf_counter() - t0) * 1000 / max(len(sample), 1)
        print(f"cost per person: {cost_ms:.2f} ms (vector from the landmarks + onnxruntime), over {len(sample)} persons")
        verdict = "beats" if rep.macro_f1 > rules_rep.macro_f1 else "does NOT beat"
        print(f"exported {family} to {out.relative_to(ROOT)}; across sources it {verdict} the rules "
              f"({rep.macro_f1:.3f} vs {rules_rep.macro_f1:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
