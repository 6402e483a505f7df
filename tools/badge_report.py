"""Scores the badge check on the labelled photos and prints precision / recall / F1 and the confusion.

Development aid: reads the perception cache ``.data/landmarks.pkl`` (made by
``tools/extract_landmarks.py``) for the landmarks and the images themselves from
``../shared/data`` (the badge check needs the pixels of the chest). The subject of each photo
is its largest person. These photos show many different badges and lanyards and no site badge
was enrolled for them, so this measures the *generic* detector (no enrolment).
With ``--draw DIR`` it writes, for each photo, its canonical chest crop beside the same crop with
the detector's evidence drawn on it (best strand of each side in red, best card in green), named
``<true>-><predicted>__<photo>.png``.
Usage: ``python tools/badge_report.py [--cache .data/landmarks.pkl] [--data ../shared/data] [--misses] [--draw DIR]``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.badge import BadgeAssessment, BadgeConfig, assess_badge, chest_crop, uv_to_crop  # noqa: E402
from inspector.evaluate import format_report, read_labels, score  # noqa: E402


def draw_evidence(image: np.ndarray, a: BadgeAssessment, cfg: BadgeConfig) -> np.ndarray | None:
    """The chest crop and, beside it, the crop with the strands (red) and the card (green), twice enlarged."""
    if a.chest is None:
        return None
    crop = chest_crop(image, a.chest, cfg)
    vis = crop.copy()
    if a.lanyard is not None:
        for line in a.lanyard.lines:
            pts = np.array([uv_to_crop(u, v, cfg) for u, v in line], np.float32).round().astype(np.int32)
            cv2.polylines(vis, [pts], False, (0, 0, 255), 1)
    if a.card is not None and a.card.box is not None:
        (u, v), (w, h), ang = a.card.box
        s = cfg.crop_half_shoulder_px
        x, y = uv_to_crop(u, v, cfg)
        box = cv2.boxPoints(((float(x), float(y)), (w * s, h * s), ang)).round().astype(np.int32)
        cv2.polylines(vis, [box], True, (0, 255, 0), 1)
    return cv2.resize(np.hstack([crop, vis]), None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".data" / "landmarks.pkl", help="Perception cache (pickle).")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="Folder holding index.csv and the images.")
    ap.add_argument("--misses", action="store_true", help="Also print each misclassified photo with its scores.")
    ap.add_argument("--draw", type=Path, default=None, help="Folder to write each photo's chest crop with the evidence drawn.")
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
        if args.draw is not None:
            drawn = draw_evidence(image, a, cfg)
            if drawn is not None:
                args.draw.mkdir(parents=True, exist_ok=True)
                cv2.imwrite(str(args.draw / f"{row.label}->{a.badge.value}__{Path(row.rel).stem}.png"), drawn)
        ly = a.lanyard
        info = (f"score {a.score:.2f} lanyard {ly.left:.2f}/{ly.right:.2f} (shirt texture {ly.texture[0]:.1f}/"
                f"{ly.texture[1]:.1f}) card {a.card.score:.2f} {a.card.place}"
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
