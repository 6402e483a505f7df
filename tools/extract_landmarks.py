"""Runs perception once over the labelled images of ../shared/data and caches the results.

Development aid for tuning the hand-made measures: classification rules can then be
re-scored in seconds. The cache (``.data/landmarks.pkl``, git-ignored) holds only landmarks,
never the images. Usage: ``python tools/extract_landmarks.py [--labels ../shared/data/index.csv]``.
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.perception import Perception  # noqa: E402
from inspector.sources import read_image  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", default=str(ROOT.parent / "shared/data/index.csv"))
    ap.add_argument("--out", default=str(ROOT / ".data/landmarks.pkl"))
    args = ap.parse_args()
    labels = Path(args.labels)
    rows = list(csv.DictReader(open(labels, encoding="utf-8")))
    paths = sorted({r["path"] for r in rows if r["task"] in ("arm_posture", "body_posture", "face_expression", "badge")})
    out: dict[str, object] = {}
    with Perception(mode="image") as perc:
        for i, rel in enumerate(paths):
            frame = read_image(labels.parent / rel)
            res = perc.process(frame)
            out[rel] = (frame.width, frame.height, res.persons)
            print(f"{i + 1}/{len(paths)} {rel}: {len(res.persons)} person(s)", file=sys.stderr)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as f:
        pickle.dump(out, f)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
