"""Scores the posture classifiers on the landmark cache and prints per-class tables.

Development aid: reads ``.data/landmarks.pkl`` (made by ``tools/extract_landmarks.py``) and the labels in
``../shared/data/index.csv``; the subject of each image is its largest person. Prints precision, recall
and F1 per class, the macro F1, the confusion matrix and the misses, for ``arm_posture`` and
``body_posture`` (the ``_subtle`` sitting labels score as their plain class).
Usage: ``python tools/posture_report.py [--cache .data/landmarks.pkl] [--labels ../shared/data/index.csv] [--misses]
[--arm-classifier rules|learned]``.
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.posture import PostureConfig, classify_arms, classify_body  # noqa: E402


def normalise_label(task: str, label: str) -> str:
    """Maps a label of the labels file to the class the classifier must give."""
    if task == "body_posture" and label.endswith("_subtle"):
        return label[: -len("_subtle")]
    return label


def table(pairs: list[tuple[str, str]], title: str) -> float:
    """Prints per-class precision / recall / F1 and the confusion; returns the macro F1 over true classes."""
    classes = sorted({t for t, _ in pairs})
    preds = sorted({p for _, p in pairs} - set(classes))
    print(f"\n== {title}: {len(pairs)} images")
    print(f"{'class':22s} {'n':>3s} {'prec':>5s} {'rec':>5s} {'F1':>5s}")
    f1s = []
    for c in classes:
        tp = sum(1 for t, p in pairs if t == c and p == c)
        fp = sum(1 for t, p in pairs if t != c and p == c)
        fn = sum(1 for t, p in pairs if t == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        print(f"{c:22s} {tp + fn:3d} {prec:5.2f} {rec:5.2f} {f1:5.2f}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    acc = sum(1 for t, p in pairs if t == p) / max(len(pairs), 1)
    print(f"macro F1 {macro:.3f}   accuracy {acc:.3f}")
    cols = classes + preds
    short = [c[:6] for c in cols]
    print("confusion (rows true, columns predicted):")
    print(" " * 22 + " ".join(f"{s:>6s}" for s in short))
    cnt = Counter(pairs)
    for t in classes:
        print(f"{t:22s}" + " ".join(f"{cnt[(t, p)]:6d}" for p in cols))
    return macro


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=str(ROOT / ".data/landmarks.pkl"))
    ap.add_argument("--labels", default=str(ROOT.parent / "shared/data/index.csv"))
    ap.add_argument("--misses", action="store_true", help="list every misclassified file")
    ap.add_argument("--arm-classifier", choices=("rules", "learned"), default="rules",
                    help="arm classifier to score (the learned one was trained on these very images: its figure here is optimistic)")
    args = ap.parse_args()
    if not Path(args.cache).is_file():
        sys.exit(f"landmark cache not found: {args.cache} (make it with tools/extract_landmarks.py)")
    if not Path(args.labels).is_file():
        sys.exit(f"labels file not found: {args.labels}")
    cache = pickle.load(open(args.cache, "rb"))
    rows = list(csv.DictReader(open(args.labels, encoding="utf-8")))
    cfg = PostureConfig(arm_classifier=args.arm_classifier)
    for task in ("arm_posture", "body_posture"):
        pairs, misses = [], []
        hand_counts: Counter[int] = Counter()
        for r in rows:
            if r["task"] != task:
                continue
            truth = normalise_label(task, r["label"])
            entry = cache.get(r["path"])
            persons = [p for p in (entry[2] if entry else ()) if p.pose is not None]
            if not persons:
                pred, conf = "unknown", 0.0
            else:
                subject = max(persons, key=lambda p: p.area)
                hand_counts[len(subject.hands)] += 1
                if task == "arm_posture":
                    cls, conf, _ = classify_arms(subject, cfg)
                else:
                    cls, conf = classify_body(subject, cfg)
                pred = cls.value
            pairs.append((truth, pred))
            if pred != truth:
                misses.append(f"  {truth:20s} -> {pred:20s} conf={conf:.2f}  {r['path']}")
        table(pairs, task)
        print("subjects by number of detected hands (hand landmarks): "
              + ", ".join(f"{k}: {hand_counts[k]}" for k in sorted(hand_counts))
              + f"; hands in all {sum(k * v for k, v in hand_counts.items())}")
        if task == "body_posture":
            sit = [(t, p) for t, p in pairs if t in ("sitting_upright", "sitting_slouched")]
            table(sit, "body_posture, sitting upright vs slouched only")
        if args.misses:
            print("misses:")
            print("\n".join(misses))


if __name__ == "__main__":
    main()
