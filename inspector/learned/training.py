"""Training, leave-one-source-out validation, calibration and ONNX export of the learned classifiers.

Training only: scikit-learn and onnx are imported when a function needs them (the ``dev`` extra);
the product runs the exported files with onnxruntime alone.

Validation cannot flatter: :func:`cross_validate` holds out one independent source (one data set,
photographer or repository, the manifest's ``source`` column) at a time, trains on all the others
and predicts the held-out one; the pooled out-of-fold predictions give the per-class figures. The
softmax temperature that calibrates the confidences is fitted on those same out-of-fold logits, so
it too was learned on sources the model had not seen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inspector.evaluate import TaskReport, score
from inspector.learned.dataset import Row
from inspector.learned.tasks import Task
from inspector.types import PersonObservation

FAMILIES = ("logistic", "mlp")
"""Model families: a standardised multinomial logistic regression, or a one-hidden-layer perceptron."""


class TrainingError(RuntimeError):
    """Training cannot run (missing packages, too little data)."""


@dataclass(frozen=True)
class Dataset:
    """The vectors of one task.

    Attributes:
        task: The task.
        x: (n, d) float32 vectors.
        y: (n,) class names.
        groups: (n,) independent source of each image.
        keys: (n,) SHA-256 of each image.
        persons: The person of each image.
        no_person: Labelled images where perception found nobody.
        too_little_seen: Labelled images whose person shows too little for the vector.
        missing: Labelled images absent from the feature file (rebuild and extract them).
    """

    task: Task
    x: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    keys: tuple[str, ...]
    persons: tuple[PersonObservation, ...]
    no_person: int
    too_little_seen: int
    missing: int


def build_dataset(task: Task, rows: list[Row], persons: dict[str, PersonObservation | None]) -> Dataset:
    """The vectors of every manifest row of ``task`` (one per image; the first row wins)."""
    xs, ys, gs, keys, people = [], [], [], [], []
    no_person = too_little = missing = 0
    seen: set[str] = set()
    for r in rows:
        if r.task != task.name or r.sha256 in seen:
            continue
        seen.add(r.sha256)
        if r.sha256 not in persons:
            missing += 1
            continue
        p = persons[r.sha256]
        if p is None:
            no_person += 1
            continue
        v = task.vector(p)
        if v is None:
            too_little += 1
            continue
        xs.append(v)
        ys.append(r.label)
        gs.append(r.source)
        keys.append(r.sha256)
        people.append(p)
    d = len(task.feature_names)
    x = np.stack(xs).astype(np.float32) if xs else np.zeros((0, d), np.float32)
    return Dataset(task, x, np.asarray(ys, dtype=object), np.asarray(gs, dtype=object), tuple(keys), tuple(people),
                   no_person, too_little, missing)


def make_estimator(family: str, seed: int = 0):
    """An unfitted scikit-learn pipeline (standardiser + classifier) of the given family."""
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.neural_network import MLPClassifier
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
    except ImportError as exc:
        raise TrainingError("training needs scikit-learn: pip install -e '.[dev]'") from exc
    if family == "logistic":
        # Strong regularisation: with few sources per class, weaker settings fit the sources, not the
        # classes (a sweep of C by leave-one-source-out validation on the corpus chose this).
        clf = LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000)
    elif family == "mlp":
        clf = MLPClassifier(hidden_layer_sizes=(32,), alpha=0.05, max_iter=1500, early_stopping=False,
                            random_state=seed)
    else:
        raise TrainingError(f"unknown model family {family!r}; choose one of {FAMILIES}")
    return make_pipeline(StandardScaler(), clf)


def _balanced_fit(est, x: np.ndarray, y: np.ndarray):
    """Fits with class-balanced sample weights where the estimator has no class_weight (the MLP)."""
    clf = est.steps[-1][1]
    if hasattr(clf, "class_weight"):
        return est.fit(x, y)
    classes, counts = np.unique(y, return_counts=True)
    reps = {c: int(round(counts.max() / n)) for c, n in zip(classes, counts)}
    idx = np.concatenate([np.repeat(np.flatnonzero(y == c), reps[c]) for c in classes])
    return est.fit(x[idx], y[idx])


def logits_of(est, x: np.ndarray) -> np.ndarray:
    """The fitted pipeline's logits (n, k), in the column order of ``est.classes_`` (binary: [-z/2, z/2])."""
    scaler, clf = est.steps[0][1], est.steps[-1][1]
    h = scaler.transform(x)
    if hasattr(clf, "coefs_"):
        for w, b in zip(clf.coefs_[:-1], clf.intercepts_[:-1]):
            h = np.maximum(h @ w + b, 0.0)
        z = h @ clf.coefs_[-1] + clf.intercepts_[-1]
    else:
        z = h @ clf.coef_.T + clf.intercept_
    if z.shape[1] == 1:
        z = np.concatenate([-z / 2, z / 2], axis=1)
    return z


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class CrossValidation:
    """Pooled out-of-fold results of leave-one-source-out validation.

    Attributes:
        classes: Class order of the logit columns.
        logits: (n, k) out-of-fold logits.
        predicted: (n,) predicted classes.
        folds: Number of held-out sources.
    """

    classes: tuple[str, ...]
    logits: np.ndarray
    predicted: np.ndarray
    folds: int


def cross_validate(ds: Dataset, family: str) -> CrossValidation:
    """Leave-one-source-out: each source is predicted by a model trained on all the other sources."""
    classes = tuple(sorted(set(ds.y)))
    logits = np.zeros((len(ds.y), len(classes)))
    sources = sorted(set(ds.groups))
    for src in sources:
        test = ds.groups == src
        train = ~test
        if len(set(ds.y[train])) < 2:
            raise TrainingError(f"{ds.task.name}: without source {src} fewer than two classes remain")
        est = _balanced_fit(make_estimator(family), ds.x[train], ds.y[train])
        z = logits_of(est, ds.x[test])
        cols = [classes.index(c) for c in est.classes_]
        full = np.full((int(test.sum()), len(classes)), -30.0)
        full[:, cols] = z
        logits[test] = full
    predicted = np.asarray([classes[i] for i in logits.argmax(axis=1)], dtype=object)
    return CrossValidation(classes, logits, predicted, len(sources))


def fit_temperature(logits: np.ndarray, truth: np.ndarray, classes: tuple[str, ...]) -> float:
    """The softmax temperature that minimises the negative log-likelihood of out-of-fold logits."""
    idx = np.asarray([classes.index(t) for t in truth])
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.25), np.log(8.0), 121)):
        p = softmax(logits / t)
        nll = -float(np.mean(np.log(np.clip(p[np.arange(len(idx)), idx], 1e-12, 1.0))))
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def expected_calibration_error(probs: np.ndarray, truth: np.ndarray, classes: tuple[str, ...], bins: int = 10) -> float:
    """Gap between confidence and accuracy, averaged over confidence bins weighted by their size."""
    conf = probs.max(axis=1)
    right = np.asarray([classes[i] == t for i, t in zip(probs.argmax(axis=1), truth)], dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    err = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            err += float(m.mean()) * abs(float(right[m].mean()) - float(conf[m].mean()))
    return err


def report(ds: Dataset, predicted: np.ndarray, name: str | None = None) -> TaskReport:
    """Per-class precision, recall and F1 of predictions for the dataset's images."""
    return score(name or ds.task.name, [(k[:12], str(t), str(p)) for k, t, p in zip(ds.keys, ds.y, predicted)])


def fit_final(ds: Dataset, family: str):
    """The model trained on every source."""
    return _balanced_fit(make_estimator(family), ds.x, ds.y)


def export_onnx(est, task: Task, temperature: float, metadata: dict[str, str], out: Path) -> None:
    """Writes a fitted pipeline as ONNX: standardise, (dense + ReLU)*, dense, softmax(logits / T).

    The temperature is folded into the last layer's weights, so the graph is plain arithmetic.
    """
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError as exc:
        raise TrainingError("exporting needs onnx: pip install -e '.[dev]'") from exc
    scaler, clf = est.steps[0][1], est.steps[-1][1]
    if hasattr(clf, "coefs_"):
        layers = [(np.asarray(w), np.asarray(b)) for w, b in zip(clf.coefs_, clf.intercepts_)]
    else:
        layers = [(np.asarray(clf.coef_).T, np.asarray(clf.intercept_))]
    w, b = layers[-1]
    if w.shape[1] == 1:  # binary: two logits -z/2, z/2 give softmax = the logistic of z
        w, b = np.concatenate([-w / 2, w / 2], axis=1), np.concatenate([-b / 2, b / 2])
    layers[-1] = (w / temperature, b / temperature)
    inits = [numpy_helper.from_array(scaler.mean_.astype(np.float32), "mean"),
             numpy_helper.from_array(scaler.scale_.astype(np.float32), "scale")]
    nodes = [helper.make_node("Sub", ["features", "mean"], ["centred"]),
             helper.make_node("Div", ["centred", "scale"], ["h0"])]
    for i, (w, b) in enumerate(layers):
        inits += [numpy_helper.from_array(w.astype(np.float32), f"w{i}"), numpy_helper.from_array(b.astype(np.float32), f"b{i}")]
        nodes += [helper.make_node("MatMul", [f"h{i}", f"w{i}"], [f"m{i}"]),
                  helper.make_node("Add", [f"m{i}", f"b{i}"], [f"z{i}"])]
        if i < len(layers) - 1:
            nodes.append(helper.make_node("Relu", [f"z{i}"], [f"h{i + 1}"]))
    nodes.append(helper.make_node("Softmax", [f"z{len(layers) - 1}"], ["probabilities"], axis=1))
    d, k = len(scaler.mean_), len(clf.classes_)
    graph = helper.make_graph(nodes, task.name,
                              [helper.make_tensor_value_info("features", TensorProto.FLOAT, [None, d])],
                              [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, k])], inits)
    model = helper.make_model(graph, producer_name="tools/train_classifiers.py",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    helper.set_model_props(model, {"classes": json.dumps([str(c) for c in clf.classes_]),
                                   "feature_names": json.dumps(list(task.feature_names)), **metadata})
    onnx.checker.check_model(model)
    out.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(out))
