"""Scores the face-expression classifier on the labelled photos of ../shared/data.

Reads the landmark cache made by ``tools/extract_landmarks.py`` (no model run), takes in each
image the largest person that has a face, classifies it with :func:`inspector.face.classify_expression`
and prints per-class precision/recall/F1, the confusion matrix, the smiling-vs-not F1, and a
leave-one-source-out check of the smile threshold (threshold re-fitted on the other sources as the
midpoint between the classes, then scored on the held-out source).

Usage: ``python tools/face_report.py [--labels ../shared/data/index.csv] [--cache .data/landmarks.pkl] [-v]``
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.face import FaceConfig, classify_expression, smile_value  # noqa: E402
from inspector.types import FaceExpression  # noqa: E402


@dataclass(frozen=True)
class Sample:
    """One labelled image and what the classifier said."""

    path: str
    source: str
    truth: str
    predicted: str
    confidence: float
    smile: float | None


def load_samples(labels: Path, cache: Path, cfg: FaceConfig) -> list[Sample]:
    """Classifies the largest face of every face_expression image found in the cache."""
    data = pickle.loads(cache.read_bytes())
    rows = [r for r in csv.DictReader(open(labels, encoding="utf-8")) if r["task"] == "face_expression"]
    out = []
    for r in rows:
        if r["path"] not in data:
            raise SystemExit(f"{r['path']} is not in the cache {cache}; run tools/extract_landmarks.py first")
        w, h, persons = data[r["path"]]
        faced = [p for p in persons if p.face is not None]
        if not faced:
            out.append(Sample(r["path"], r["source_repo"], r["label"], FaceExpression.UNKNOWN.value, 0.0, None))
            continue
        face = max(faced, key=lambda p: p.area).face
        cls, conf = classify_expression(face, cfg, (w, h))
        out.append(Sample(r["path"], r["source_repo"], r["label"], cls.value, conf, smile_value(face)))
    return out


def prf(samples: list[Sample], cls: str) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and support of one class."""
    tp = sum(s.truth == cls and s.predicted == cls for s in samples)
    fp = sum(s.truth != cls and s.predicted == cls for s in samples)
    fn = sum(s.truth == cls and s.predicted != cls for s in samples)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def loso(samples: list[Sample]) -> list[tuple[str, float, int, int]]:
    """Leave-one-source-out: (held-out source, threshold fitted on the rest, correct, total)."""
    smiling = FaceExpression.SMILING.value
    res = []
    for src in sorted({s.source for s in samples}):
        train = [s for s in samples if s.source != src and s.smile is not None]
        test = [s for s in samples if s.source == src]
        pos = [s.smile for s in train if s.truth == smiling]
        neg = [s.smile for s in train if s.truth != smiling]
        if not pos or not neg:
            continue
        thr = 0.5 * (max(neg) + min(pos)) if max(neg) < min(pos) else 0.5 * (sorted(neg)[len(neg) // 2] + sorted(pos)[len(pos) // 2])
        ok = sum((s.smile is not None and s.smile >= thr) == (s.truth == smiling) for s in test)
        res.append((src, thr, ok, len(test)))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(ROOT.parent / "shared/data/index.csv"))
    ap.add_argument("--cache", default=str(ROOT / ".data/landmarks.pkl"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every image")
    args = ap.parse_args()
    labels, cache = Path(args.labels), Path(args.cache)
    for p in (labels, cache):
        if not p.is_file():
            raise SystemExit(f"not found: {p}")
    cfg = FaceConfig()
    samples = load_samples(labels, cache, cfg)
    if args.verbose:
        for s in sorted(samples, key=lambda s: (s.truth, s.smile or -1)):
            sm = "  -  " if s.smile is None else f"{s.smile:.3f}"
            print(f"{s.truth:14s} -> {s.predicted:14s} conf={s.confidence:.2f} smile={sm}  {s.path}")
        print()
    classes = [c.value for c in FaceExpression]
    print(f"face_expression: {len(samples)} images, smile_threshold={cfg.smile_threshold}, frown_threshold={cfg.frown_threshold}")
    print(f"{'class':16s} {'prec':>6s} {'recall':>6s} {'F1':>6s} {'n':>4s}")
    for c in classes:
        p, r, f, n = prf(samples, c)
        print(f"{c:16s} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    print("\nconfusion (rows truth, columns predicted):")
    print(" " * 16 + "".join(f"{c[:13]:>14s}" for c in classes))
    conf = Counter((s.truth, s.predicted) for s in samples)
    for t in classes:
        if any(s.truth == t for s in samples):
            print(f"{t:16s}" + "".join(f"{conf[(t, c)]:14d}" for c in classes))
    smiling = FaceExpression.SMILING.value
    binary = [Sample(s.path, s.source, "yes" if s.truth == smiling else "no", "yes" if s.predicted == smiling else "no",
                     s.confidence, s.smile) for s in samples]
    p, r, f, n = prf(binary, "yes")
    print(f"\nsmiling vs not smiling: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    print("\nleave-one-source-out (threshold = midpoint between classes on the other sources):")
    for src, thr, ok, n in loso(samples):
        print(f"  held out {src}: threshold {thr:.3f}, accuracy {ok}/{n}")


if __name__ == "__main__":
    main()
