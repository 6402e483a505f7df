"""A learned classifier file: checked against the model manifest, then run with onnxruntime.

Every classifier is an ONNX graph with one input ``features`` (n, d) float32 and one output
``probabilities`` (n, k), trained by ``tools/train_classifiers.py``. Its metadata names the classes
(in output order) and the feature names, which must equal those the product computes, so a model
trained on another vector is refused rather than fed the wrong numbers.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class ClassifierError(RuntimeError):
    """A classifier file is missing, corrupt, does not match the manifest, or expects another vector."""


@dataclass(frozen=True)
class Classifier:
    """A loaded classifier.

    Attributes:
        name: Manifest name.
        path: The verified file.
        classes: Class names of the output columns.
        feature_names: Names of the input vector's entries.
        metadata: Everything else the file records (how it was trained and validated).
    """

    name: str
    path: Path
    classes: tuple[str, ...]
    feature_names: tuple[str, ...]
    metadata: dict[str, str]
    session: object = field(repr=False, compare=False)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities (n, len(classes)) of a (n, d) or (d,) feature array.

        Raises:
            ClassifierError: The vector does not have the expected length.
        """
        x = np.atleast_2d(np.asarray(features, dtype=np.float32))
        if x.shape[1] != len(self.feature_names):
            raise ClassifierError(f"classifier {self.name} expects {len(self.feature_names)} features, got {x.shape[1]}")
        return np.asarray(self.session.run(["probabilities"], {"features": x})[0])  # type: ignore[attr-defined]

    def predict(self, features: np.ndarray) -> tuple[str, float]:
        """(class, probability) of one vector."""
        p = self.probabilities(features)[0]
        best = int(np.argmax(p))
        return self.classes[best], float(p[best])


def open_classifier(path: Path, name: str, expected_features: tuple[str, ...] | None = None) -> Classifier:
    """Opens an ONNX classifier file (no digest check: see :func:`load_classifier`).

    Raises:
        ClassifierError: Unreadable by onnxruntime, without class metadata, or for another vector.
    """
    import onnxruntime as ort

    try:
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own types for a corrupt file
        raise ClassifierError(f"classifier {name} ({path}) cannot be loaded by onnxruntime: {exc}") from exc
    meta = dict(session.get_modelmeta().custom_metadata_map)
    try:
        classes = tuple(str(c) for c in json.loads(meta.pop("classes")))
        names = tuple(str(c) for c in json.loads(meta.pop("feature_names")))
    except (KeyError, ValueError) as exc:
        raise ClassifierError(f"classifier {name} ({path}) lacks valid 'classes' / 'feature_names' metadata") from exc
    if expected_features is not None and names != tuple(expected_features):
        raise ClassifierError(f"classifier {name} ({path}) was trained on another feature vector than this version "
                              f"computes; retrain it with `python tools/train_classifiers.py`")
    return Classifier(name=name, path=Path(path), classes=classes, feature_names=names, metadata=meta, session=session)


_CACHE: dict[str, Classifier] = {}


def load_classifier(name: str, expected_features: tuple[str, ...] | None = None) -> Classifier:
    """Loads (once) the manifest's classifier ``name`` after checking its size and SHA-256.

    Raises:
        ClassifierError: Not in the manifest, missing, wrong digest, corrupt, or for another vector;
            the message names the file and what to do.
    """
    if name in _CACHE:
        return _CACHE[name]
    from models.registry import ModelDigestError, ModelMissingError, classifier_path

    try:
        path = classifier_path(name)
    except KeyError:
        raise ClassifierError(f"no classifier named {name!r} in models/manifest.json") from None
    except (ModelMissingError, ModelDigestError) as exc:
        raise ClassifierError(str(exc)) from exc
    clf = open_classifier(path, name, expected_features)
    _CACHE[name] = clf
    return clf


_WARNED: set[str] = set()


def usable_classifier(name: str, expected_features: tuple[str, ...]) -> Classifier | None:
    """The classifier, or None after one logged warning when it cannot be used (the caller then
    falls back to its rules)."""
    try:
        return load_classifier(name, expected_features)
    except ClassifierError as exc:
        if name not in _WARNED:
            _WARNED.add(name)
            log.warning("learned classifier %s unavailable, using the rules instead: %s", name, exc)
        return None
