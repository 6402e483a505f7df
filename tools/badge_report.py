"""Scores the badge check on the labelled photos and prints precision / recall / F1 and the confusion.

Development aid: reads the perception cache ``.data/landmarks.pkl`` (made by
``tools/extract_landmarks.py``) for the landmarks and the images themselves from
``../shared/data`` (the badge check needs the pixels of the chest). The subject of each photo
is its largest person. These photos show many different badges and lanyards and no site badge
was enrolled for them, so this measures the *generic* detector (no enrolment).
Usage: ``python tools/badge_report.py [--cache .data/landmarks.pkl] [--data ../shared/data] [--misses]``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.badge import BadgeConfig, assess_badge  # noqa: E402
from inspector.evaluate import format_report, read_labels, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".data" / "landmarks.pkl", help="Perception cache (pickle).")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="Folder holding index.csv and the images.")
    ap.add_argument("--misses", action="store_true", help="Also print each misclassified photo with its scores.")
    args = ap.parse_args(argv)
    labels = args.data / "index.csv"
    if not labels.is_file():
        print(f"badge_report: labels not found: {labels}", file=sys.stderr)
        return 2
    if not args.cache.is_file():
        print(f"badge_report: cache not found: {args.cache} (run tools/extract_landmarks.py)", file=sys.stderr)
        return 2
    cache = pickle.loads(args.cache.read_bytes())
    cfg = BadgeConfig()
    pairs, details = [], []
    for row in read_labels(labels, "badge"):
        image = cv2.imread(str(row.path))
        entry = cache.get(row.rel)
        if image is None or entry is None or not entry[2]:
            pairs.append((row.rel, row.label, "unknown"))
            details.append((row.rel, row.label, "unknown", "no image or no person in the cache"))
            continue
        a = assess_badge(entry[2][0], image, cfg)
        pairs.append((row.rel, row.label, a.badge.value))
        ly = a.lanyard
        info = (f"score {a.score:.2f} lanyard {ly.left:.2f}/{ly.right:.2f} card {a.card.score:.2f} {a.card.place}"
                if ly is not None and a.card is not None else a.reason)
        details.append((row.rel, row.label, a.badge.value, info + (f" [{a.reason}]" if a.reason else "")))
    print(format_report(score("badge", pairs)))
    if args.misses:
        print("\nmisclassified:")
        for rel, true, pred, info in details:
            if true != pred:
                print(f"  {true} -> {pred}: {rel}  ({info})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
