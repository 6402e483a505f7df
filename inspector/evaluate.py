"""Scoring predicted labels against a labels file (``path,task,label`` CSV) or a folder of folders.

Pure functions: the command ``inspector eval`` runs the classifier, these compute
per-class precision, recall and F1, the confusion matrix and the misclassified files.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from inspector.sources import IMAGE_EXTS
from inspector.types import ArmPosture, Badge, BodyPosture, FaceExpression

TASKS = ("arm_posture", "body_posture", "face_expression", "badge")

# Labels-file variants that score as their base class (hard cases of the same class).
LABEL_ALIASES = {
    "sitting_upright_subtle": "sitting_upright",
    "sitting_slouched_subtle": "sitting_slouched",
}


TASK_OF_LABEL = {label.value: task for task, vocab in (("arm_posture", ArmPosture), ("body_posture", BodyPosture),
                                                      ("face_expression", FaceExpression), ("badge", Badge))
                 for label in vocab if label.value != "unknown"}
"""Each class name and the task it belongs to (a folder named after a class labels the images in it)."""


@dataclass(frozen=True)
class LabelRow:
    """One labelled file."""

    path: Path
    rel: str
    task: str
    label: str
    source: str


@dataclass(frozen=True)
class ClassStats:
    """Per-class figures."""

    label: str
    support: int
    predicted: int
    tp: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class TaskReport:
    """Evaluation of one task."""

    task: str
    classes: tuple[ClassStats, ...]
    confusion: tuple[tuple[str, str, int], ...]  # (truth, predicted, count)
    errors: tuple[tuple[str, str, str], ...]  # (path, truth, predicted)
    n: int

    @property
    def accuracy(self) -> float:
        return sum(c.tp for c in self.classes) / self.n if self.n else 0.0

    @property
    def macro_f1(self) -> float:
        present = [c for c in self.classes if c.support]
        return sum(c.f1 for c in present) / len(present) if present else 0.0


def read_folder_labels(root: str | Path, task: str | None = None) -> list[LabelRow]:
    """Labelled images of a folder of folders, the way data sets are laid out.

    Each image (at any depth) takes its label from the nearest enclosing folder named after a class
    (``arms_crossed``, ``face_smiling``, ``badge_no``…, or a variant such as
    ``sitting_upright_subtle``); images under no such folder are not labelled. The source of a row
    is its first folder below ``root``.
    """
    base = Path(root)
    rows = []
    for p in sorted(base.rglob("*")):
        if not p.is_file() or p.suffix.lower() not in IMAGE_EXTS:
            continue
        rel = p.relative_to(base)
        for folder in reversed(rel.parts[:-1]):
            label = LABEL_ALIASES.get(folder, folder)
            found = TASK_OF_LABEL.get(label)
            if found is not None:
                if task is None or found == task:
                    rows.append(LabelRow(p, rel.as_posix(), found, label, rel.parts[0] if len(rel.parts) > 1 else ""))
                break
    return rows


def read_labels(csv_path: str | Path, task: str | None = None) -> list[LabelRow]:
    """Reads labelled rows (tasks with a label only), paths resolved relative to the CSV; a folder is
    read as a folder of folders (:func:`read_folder_labels`).

    Raises:
        FileNotFoundError: The CSV or folder is missing.
        ValueError: Columns path, task, label are missing.
    """
    p = Path(csv_path)
    if p.is_dir():
        return read_folder_labels(p, task)
    if not p.is_file():
        raise FileNotFoundError(f"labels file not found: {p}")
    with open(p, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"path", "task", "label"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"labels file {p} lacks column(s) {sorted(missing)}")
        rows = []
        for r in reader:
            if not r["label"] or r["task"] not in TASKS or (task and r["task"] != task):
                continue
            label = LABEL_ALIASES.get(r["label"], r["label"])
            rows.append(LabelRow(p.parent / r["path"], r["path"], r["task"], label, r.get("source_repo", "")))
    return rows


def score(task: str, pairs: list[tuple[str, str, str]]) -> TaskReport:
    """Scores (path, truth, predicted) triples of one task."""
    labels = sorted({t for _, t, _ in pairs} | {p for _, _, p in pairs})
    support = Counter(t for _, t, _ in pairs)
    predicted = Counter(p for _, _, p in pairs)
    tp = Counter(t for _, t, p in pairs if t == p)
    conf = Counter((t, p) for _, t, p in pairs)
    classes = tuple(ClassStats(lab, support[lab], predicted[lab], tp[lab]) for lab in labels)
    errors = tuple(sorted((path, t, p) for path, t, p in pairs if t != p))
    return TaskReport(task, classes, tuple((t, p, c) for (t, p), c in sorted(conf.items())), errors, len(pairs))


def binary_view(report_pairs: list[tuple[str, str, str]], positives: set[str], negatives: set[str],
                pos_name: str, neg_name: str) -> TaskReport:
    """Re-scores a task as a two-class problem over the rows whose truth is in either set.

    Predictions outside both sets count as the opposite class of the truth (an error).
    """
    out = []
    for path, t, p in report_pairs:
        if t in positives:
            truth = pos_name
        elif t in negatives:
            truth = neg_name
        else:
            continue
        if p in positives:
            pred = pos_name
        elif p in negatives:
            pred = neg_name
        else:
            pred = neg_name if truth == pos_name else pos_name
        out.append((path, truth, pred))
    return score(f"{pos_name} vs {neg_name}", out)


def format_report(rep: TaskReport) -> str:
    """Plain-text table of a task report."""
    lines = [f"== {rep.task}: {rep.n} files, accuracy {rep.accuracy:.3f}, macro F1 {rep.macro_f1:.3f}",
             f"{'class':24s} {'support':>7s} {'pred':>5s} {'prec':>6s} {'recall':>6s} {'F1':>6s}"]
    for c in rep.classes:
        lines.append(f"{c.label:24s} {c.support:7d} {c.predicted:5d} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
    labels = [c.label for c in rep.classes]
    short = [lab[:9] for lab in labels]
    lines.append("confusion (rows: truth, columns: predicted)")
    lines.append(" " * 24 + " ".join(f"{s:>9s}" for s in short))
    cm = {(t, p): n for t, p, n in rep.confusion}
    for t in labels:
        if any(cm.get((t, p), 0) for p in labels):
            lines.append(f"{t:24s}" + " ".join(f"{cm.get((t, p), 0):9d}" for p in labels))
    if rep.errors:
        lines.append("misclassified:")
        for path, t, p in rep.errors:
            lines.append(f"  {path}: {t} -> {p}")
    return "\n".join(lines)
