"""Trains the learned arm-posture classifier, judges it across sources and exports it to ONNX.

Training-time only (needs scikit-learn and onnx; the product needs only onnxruntime). Reads the
landmark cache ``.data/landmarks.pkl`` (made by ``tools/extract_landmarks.py``) and the labels of
``../shared/data/index.csv`` (task ``arm_posture``; subject = largest person with a pose). The data
is never copied into the repository: only the model's weights are written.

Judgement: leave-one-source-out cross-validation (groups = the ``source_repo`` column) and, for
comparison, stratified 5-fold; predictions of all test folds are pooled and scored by macro F1 over
the true classes. The rules need no training, so their figure on all the same images is comparable.
Two feature sets are tried: geometry alone, and geometry plus the rules' class scores. Each feature
vector is mirror-invariant by construction; the script checks this on mirrored copies of every
person and also trains on them (mirrored augmentation), which therefore only doubles the weights.

Writes ``inspector/data/arm_posture.onnx`` (the chosen feature set, trained on all images) and its
SHA-256 next to it, and prints whether it beats the rules across sources.
Usage: ``python tools/train_arm_posture.py [--cache ...] [--labels ...] [--out ...] [--C 1.0]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.posture.learned import MODEL_PATH, arm_features, feature_names, file_digest, mirror_person  # noqa: E402
from inspector.posture import PostureConfig, arm_geometry, classify_arms  # noqa: E402


def load_samples(cache_path: Path, labels_path: Path) -> tuple[list, list[str], list[str], list[str], int]:
    """(subjects, labels, sources, paths, images without a pose) of the arm_posture task."""
    cache = pickle.load(open(cache_path, "rb"))
    subjects, labels, sources, paths, no_pose = [], [], [], [], 0
    for r in csv.DictReader(open(labels_path, encoding="utf-8")):
        if r["task"] != "arm_posture":
            continue
        entry = cache.get(r["path"])
        persons = [p for p in (entry[2] if entry else ()) if p.pose is not None]
        if not persons:
            no_pose += 1
            continue
        subjects.append(max(persons, key=lambda p: p.area))
        labels.append(r["label"])
        sources.append(r["source_repo"])
        paths.append(r["path"])
    return subjects, labels, sources, paths, no_pose


def macro_f1(truth: list[str], pred: list[str]) -> tuple[float, dict[str, float]]:
    """Macro F1 over the true classes and the per-class F1."""
    per = {}
    for c in sorted(set(truth)):
        tp = sum(t == c and p == c for t, p in zip(truth, pred))
        fp = sum(t != c and p == c for t, p in zip(truth, pred))
        fn = sum(t == c and p != c for t, p in zip(truth, pred))
        per[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(per.values()) / len(per), per


def make_model(c: float):
    """Standardised multinomial logistic regression with balanced class weights."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=5000))


def cross_val(x: np.ndarray, xm: np.ndarray, y: np.ndarray, splits, c: float) -> list[str]:
    """Pooled out-of-fold predictions; training folds get their mirrored copies added."""
    pred = np.empty(len(y), dtype=object)
    for train, test in splits:
        model = make_model(c)
        model.fit(np.concatenate([x[train], xm[train]]), np.concatenate([y[train], y[train]]))
        pred[test] = model.predict(x[test])
    return list(pred)


def export_onnx(model, classes: list[str], with_rules: bool, meta: dict[str, str], out: Path) -> None:
    """Writes the fitted scaler + logistic regression as an ONNX graph (Sub, Div, MatMul, Add, Softmax)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    scaler, lr = model.steps[0][1], model.steps[1][1]
    d = len(scaler.mean_)
    inits = [numpy_helper.from_array(scaler.mean_.astype(np.float32), "mean"),
             numpy_helper.from_array(scaler.scale_.astype(np.float32), "scale"),
             numpy_helper.from_array(lr.coef_.T.astype(np.float32), "weights"),
             numpy_helper.from_array(lr.intercept_.astype(np.float32), "bias")]
    nodes = [helper.make_node("Sub", ["features", "mean"], ["centred"]),
             helper.make_node("Div", ["centred", "scale"], ["standard"]),
             helper.make_node("MatMul", ["standard", "weights"], ["logits0"]),
             helper.make_node("Add", ["logits0", "bias"], ["logits"]),
             helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)]
    graph = helper.make_graph(nodes, "arm_posture_logistic",
                              [helper.make_tensor_value_info("features", TensorProto.FLOAT, [None, d])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, len(classes)])],
                              inits)
    m = helper.make_model(graph, producer_name="tools/train_arm_posture.py", opset_imports=[helper.make_opsetid("", 13)])
    m.ir_version = 8
    helper.set_model_props(m, {"classes": json.dumps(classes), "with_rule_scores": json.dumps(with_rules),
                               "feature_names": json.dumps(list(feature_names(with_rules))), **meta})
    onnx.checker.check_model(m)
    out.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(m, str(out))
    out.with_name(out.name + ".sha256").write_text(f"{file_digest(out)}  {out.name}\n", encoding="utf-8")


def main() -> None:
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=str(ROOT / ".data/landmarks.pkl"))
    ap.add_argument("--labels", default=str(ROOT.parent / "shared/data/index.csv"))
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the logistic regression (fixed, not tuned on the folds)")
    args = ap.parse_args()
    for p in (args.cache, args.labels):
        if not Path(p).is_file():
            sys.exit(f"not found: {p} (labelled data in ../shared/data; cache from tools/extract_landmarks.py)")
    cfg = PostureConfig()
    subjects, labels, sources, _, no_pose = load_samples(Path(args.cache), Path(args.labels))
    y = np.asarray(labels, dtype=object)
    groups = np.asarray(sources)
    print(f"{len(subjects)} images with a pose ({no_pose} without, left out of every figure below); "
          f"{len(set(sources))} sources")

    rules = [classify_arms(s, cfg)[0].value for s in subjects]
    rules_f1, rules_per = macro_f1(labels, rules)

    results = {}
    for with_rules in (False, True):
        x = np.stack([arm_features(arm_geometry(s), cfg, with_rules) for s in subjects])
        xm = np.stack([arm_features(arm_geometry(mirror_person(s)), cfg, with_rules) for s in subjects])
        worst = float(np.abs(x - xm).max())
        assert worst < 1e-4, f"features are not mirror-invariant (max difference {worst})"
        loso = cross_val(x, xm, y, LeaveOneGroupOut().split(x, y, groups), args.C)
        skf = cross_val(x, xm, y, StratifiedKFold(5, shuffle=True, random_state=0).split(x, y), args.C)
        results[with_rules] = (x, xm, macro_f1(labels, loso), macro_f1(labels, skf))

    classes = sorted(set(labels))
    name = {False: "learned (geometry)", True: "learned (geometry + rule scores)"}
    print(f"\n{'class':22s} {'rules':>6s} " + " ".join(f"{'LOSO ' + ('g+r' if k else 'geo'):>9s} {'5fold ' + ('g+r' if k else 'geo'):>10s}" for k in (False, True)))
    for c in classes:
        print(f"{c:22s} {rules_per[c]:6.2f} " + " ".join(f"{results[k][2][1][c]:9.2f} {results[k][3][1][c]:10.2f}" for k in (False, True)))
    print(f"{'macro F1':22s} {rules_f1:6.3f} " + " ".join(f"{results[k][2][0]:9.3f} {results[k][3][0]:10.3f}" for k in (False, True)))

    best = max((False, True), key=lambda k: results[k][2][0])
    x, xm, (loso_f1, _), (skf_f1, _) = results[best]
    final = make_model(args.C)
    final.fit(np.concatenate([x, xm]), np.concatenate([y, y]))
    meta = {"loso_macro_f1": f"{loso_f1:.4f}", "stratified5_macro_f1": f"{skf_f1:.4f}",
            "rules_macro_f1_same_images": f"{rules_f1:.4f}", "training_images": str(len(y)), "C": str(args.C)}
    export_onnx(final, [str(c) for c in final.classes_], best, meta, Path(args.out))
    print(f"\nexported {name[best]} to {args.out} (LOSO {loso_f1:.3f}, 5-fold {skf_f1:.3f})")
    verdict = "BEATS" if loso_f1 > rules_f1 else "does NOT beat"
    print(f"across sources the learned model {verdict} the rules ({loso_f1:.3f} vs {rules_f1:.3f}): "
          f"default arm_classifier should be '{'learned' if loso_f1 > rules_f1 else 'rules'}'")


if __name__ == "__main__":
    main()
