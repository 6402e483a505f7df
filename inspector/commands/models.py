"""``inspector models list|fetch|verify``."""

from __future__ import annotations

import argparse
from pathlib import Path

from models import registry


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="List, fetch and verify the model files.")
    p.add_argument("--dir", type=Path, help="Model folder (default models/cache or $INSPECTOR_MODEL_DIR).")
    msub = p.add_subparsers(dest="models_cmd", metavar="ACTION")
    msub.required = True
    msub.add_parser("list", help="Show the manifest and what is in the cache.").set_defaults(func=_list)
    f = msub.add_parser("fetch", help="Fetch missing models (official URL, then PyPI wheels), verifying each.")
    f.add_argument("names", nargs="*", help="Model names (default all).")
    f.add_argument("--no-official", action="store_true", help="Skip the official URL, use the PyPI mirrors only.")
    f.add_argument("--timeout", type=float, default=10.0, help="Seconds to wait for the official URL.")
    f.set_defaults(func=_fetch)
    msub.add_parser("verify", help="Check size and SHA-256 of every cached model and of the project's classifiers.").set_defaults(func=_verify)


def _list(args: argparse.Namespace) -> int:
    folder = args.dir or registry.default_cache_dir()
    print(f"model folder: {folder}")
    for spec in registry.load_manifest().values():
        present = "present" if (folder / spec.file).exists() else "missing"
        print(f"  {spec.name:22s} {spec.file:28s} {spec.bytes:>9d} B  sha256 {spec.sha256[:16]}…  "
              f"{spec.license}  [{present}]")
        print(f"      official: {spec.url}")
        for m in spec.mirrors:
            print(f"      mirror:   PyPI {m.pypi} → {m.member}")
    print(f"project classifiers: {registry.CLASSIFIER_DIR} (trained by tools/train_classifiers.py)")
    for c in registry.load_classifiers().values():
        present = "present" if (registry.CLASSIFIER_DIR / c.file).exists() else "missing"
        print(f"  {c.name:22s} {c.file:28s} {c.bytes:>9d} B  sha256 {c.sha256[:16]}…  task {c.task}  [{present}]")
        if present == "present":
            print(f"      {_validation(c.name)}")
    return 0


def _validation(name: str) -> str:
    """The figures a classifier file records about its own training and validation."""
    from inspector.learned.model import ClassifierError, load_classifier

    try:
        meta = load_classifier(name).metadata
    except ClassifierError as e:
        return f"unusable: {str(e).splitlines()[0]}"
    if "loso_macro_f1" not in meta:
        return "no validation recorded"
    return (f"{meta.get('family', '?')}, {meta.get('training_images', '?')} photos from {meta.get('sources', '?')} "
            f"sources: leave-one-source-out macro F1 {float(meta['loso_macro_f1']):.3f} "
            f"(rules on the same photos {float(meta.get('rules_macro_f1_same_images', 'nan')):.3f})")


def _fetch(args: argparse.Namespace) -> int:
    paths = registry.fetch(args.names or None, args.dir, timeout=args.timeout, try_official=not args.no_official)
    print(f"{len(paths)} model(s) verified in {args.dir or registry.default_cache_dir()}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    bad = 0
    for r in registry.verify(args.dir):
        print(f"  {r.name:22s} {r.status:8s} {r.path}")
        if r.status != "ok":
            bad += 1
            if r.status == "mismatch" or r.detail.startswith("classifier file"):
                print("    " + r.detail.replace("\n", "\n    "))
    if bad:
        print(f"{bad} model file(s) missing or wrong; run `inspector models fetch`")
    return 1 if bad else 0
